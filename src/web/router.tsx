import { lazy, type ReactNode, Suspense } from "react";
import { createBrowserRouter } from "react-router";
import { PageLoader } from "./components/AppLayout";
import { FocusOnNavigation } from "./components/FocusOnNavigation";
import { RouteError } from "./components/RouteError";
import { SignedInLayout } from "./components/SignedIn";
import { PAGE_PATHS, type PageName, type SIGNED_OUT_PAGES } from "./paths";

// Each page is its own chunk: signing in does not download the project form.
const LoginPage = lazy(() => import("./pages/LoginPage"));
const ForgotPasswordPage = lazy(() => import("./pages/account/ForgotPasswordPage"));
const SetPasswordPage = lazy(() => import("./pages/account/SetPasswordPage"));
const ProjectListPage = lazy(() => import("./pages/list/ProjectListPage"));
const ProjectPage = lazy(() => import("./pages/project/ProjectPage"));
const ProjectFormPage = lazy(() => import("./pages/form/ProjectFormPage"));
const NotFoundPage = lazy(() => import("./pages/NotFoundPage"));
const InboxPage = lazy(() => import("./pages/inbox/InboxPage"));
const NotificationsPage = lazy(() => import("./pages/inbox/NotificationsPage"));
const ProcessMapPage = lazy(() => import("./pages/process/ProcessMapPage"));
const FundRulesPage = lazy(() => import("./pages/process/FundRulesPage"));
const CofundingPage = lazy(() => import("./pages/cofunding/CofundingPage"));
const ReportPage = lazy(() => import("./pages/reports/ReportPage"));
const OverdueReportsPage = lazy(() => import("./pages/reports/OverdueReportsPage"));
const KnowledgeBasePage = lazy(() => import("./pages/knowledge/KnowledgeBasePage"));
const OutboxPage = lazy(() => import("./pages/admin/OutboxPage"));
const WebhooksPage = lazy(() => import("./pages/admin/WebhooksPage"));
const UsersPage = lazy(() => import("./pages/admin/UsersPage"));
const TokensPage = lazy(() => import("./pages/admin/TokensPage"));
const ImportPage = lazy(() => import("./pages/admin/ImportPage"));
const ProfilePage = lazy(() => import("./pages/profile/ProfilePage"));
const HomePage = lazy(() => import("./pages/home/HomePage"));
const SearchPage = lazy(() => import("./pages/search/SearchPage"));
const DashboardPage = lazy(() => import("./pages/dashboard/DashboardPage"));
const AnalysisPage = lazy(() => import("./pages/dashboard/AnalysisPage"));
const FundingRequirementsPage = lazy(() => import("./pages/appeal/FundingRequirementsPage"));
const SpendingPage = lazy(() => import("./pages/spending/SpendingPage"));

/** The pages before signing in. */
const SIGNED_OUT: Record<(typeof SIGNED_OUT_PAGES)[number], ReactNode> = {
  login: <LoginPage />,
  forgotPassword: <ForgotPasswordPage />,
  setPassword: <SetPasswordPage />,
};

/** The page at each signed-in address; the type makes every entry of PAGE_PATHS have one. */
const SIGNED_IN: Record<Exclude<PageName, (typeof SIGNED_OUT_PAGES)[number]>, ReactNode> = {
  home: <HomePage />,
  search: <SearchPage />,
  dashboard: <DashboardPage />,
  analysis: <AnalysisPage />,
  fundingRequirements: <FundingRequirementsPage />,
  projects: <ProjectListPage />,
  newProject: <ProjectFormPage />,
  project: <ProjectPage />,
  editProject: <ProjectFormPage />,
  inbox: <InboxPage />,
  notifications: <NotificationsPage />,
  process: <ProcessMapPage />,
  fundRules: <FundRulesPage />,
  report: <ReportPage />,
  reports: <OverdueReportsPage />,
  knowledge: <KnowledgeBasePage />,
  outbox: <OutboxPage />,
  users: <UsersPage />,
  tokens: <TokensPage />,
  projectImport: <ImportPage />,
  webhooks: <WebhooksPage />,
  profile: <ProfilePage />,
  spending: <SpendingPage />,
  cofunding: <CofundingPage />,
  notFound: <NotFoundPage />,
};

export const router = createBrowserRouter([
  {
    element: <FocusOnNavigation />,
    errorElement: <RouteError />,
    children: [
      ...Object.entries(SIGNED_OUT).map(([name, element]) => ({
        path: PAGE_PATHS[name as PageName],
        element: <Suspense fallback={<PageLoader />}>{element}</Suspense>,
      })),
      {
        path: "/",
        element: <SignedInLayout />,
        // Absolute paths under "/": the router ranks them as it ranked the relative ones.
        children: Object.entries(SIGNED_IN).map(([name, element]) =>
          name === "home" ? { index: true, element } : { path: PAGE_PATHS[name as PageName], element },
        ),
      },
    ],
  },
]);
