/**
 * The portfolio at a glance (home page): projects per country for the world map, a few headline
 * figures, and the user's bookmarked projects. The schemas are the API's and the web app's.
 */
import { z } from "zod";
import { PROJECT_STATUSES } from "./lifecycle";

/** Strict: a misspelt filter (?fundingyear=2026) is an error, not a silently unfiltered summary. */
export const portfolioSummaryQuery = z.strictObject({
  fundingYear: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(PROJECT_STATUSES).optional(),
});
export type PortfolioSummaryQuery = z.output<typeof portfolioSummaryQuery>;

export const countryCount = z.object({
  /** ISO 3166 alpha-3. */
  country: z.string(),
  projects: z.number().int(),
});
export type CountryCount = z.infer<typeof countryCount>;

export const portfolioHeadline = z.object({
  projects: z.number().int(),
  /** Projects in implementation (status `active`). */
  activeProjects: z.number().int(),
  /** Sum of approved budgets, in cents (integer, as a decimal string: it may pass 2^53). */
  approvedBudgetCents: z.string(),
  /** Countries with at least one project. */
  countriesReached: z.number().int(),
  /** Reports not submitted whose due date has passed (the app's today). */
  overdueReports: z.number().int(),
});
export type PortfolioHeadline = z.infer<typeof portfolioHeadline>;

export const portfolioSummary = z.object({
  /** Projects per country, most first; a multi-country project counts in each of its countries. */
  countries: z.array(countryCount),
  headline: portfolioHeadline,
  /** When these figures were counted: they may be up to a minute old. */
  countedAt: z.string(),
});
export type PortfolioSummary = z.infer<typeof portfolioSummary>;

export const bookmarkedProject = z.object({
  projectId: z.uuid(),
  code: z.string(),
  title: z.string(),
  status: z.enum(PROJECT_STATUSES),
  region: z.string().nullable(),
  fundingYear: z.number().int(),
  bookmarkedAt: z.string(),
});
export type BookmarkedProject = z.infer<typeof bookmarkedProject>;

export const bookmarkList = z.object({ items: z.array(bookmarkedProject) });
export type BookmarkList = z.infer<typeof bookmarkList>;

export const projectIdParams = z.object({ id: z.uuid() });
