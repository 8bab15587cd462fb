/**
 * The address of every page, in the router's syntax. The router is built from this table alone,
 * and the accessibility test (e2e/accessibility.e2e.ts) visits each entry, so a new page cannot
 * be added without being checked.
 */
export const PAGE_PATHS = {
  login: "/login",
  forgotPassword: "/forgot-password",
  setPassword: "/set-password",
  home: "/",
  search: "/search",
  dashboard: "/dashboard",
  analysis: "/dashboard/analysis",
  fundingRequirements: "/dashboard/funding-requirements",
  projects: "/projects",
  newProject: "/projects/new",
  project: "/projects/:id",
  editProject: "/projects/:id/edit",
  inbox: "/inbox",
  notifications: "/notifications",
  process: "/process",
  fundRules: "/fund-rules",
  report: "/projects/:id/reports/:reportId",
  reports: "/reports",
  knowledge: "/knowledge",
  outbox: "/admin/outbox",
  users: "/admin/users",
  tokens: "/admin/tokens",
  projectImport: "/admin/import",
  webhooks: "/admin/webhooks",
  profile: "/profile",
  spending: "/dashboard/spending",
  cofunding: "/fund-rules/co-funding",
  notFound: "/*",
} as const;

export type PageName = keyof typeof PAGE_PATHS;

/** The pages a visitor sees without signing in; every other page sits behind the sign-in. */
export const SIGNED_OUT_PAGES = [
  "login",
  "forgotPassword",
  "setPassword",
] as const satisfies readonly PageName[];
