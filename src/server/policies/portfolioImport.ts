/**
 * Who may bring an existing portfolio in from a workbook: it writes projects of every region and
 * PM at once, with their past decisions, so it is the fund manager's or an administrator's act.
 */
import type { ApplicationRule } from "./project";

export const PORTFOLIO_IMPORT_ACTIONS = ["importProjects"] as const;
export type PortfolioImportAction = (typeof PORTFOLIO_IMPORT_ACTIONS)[number];

export const portfolioImportRules: Record<PortfolioImportAction, ApplicationRule> = {
  importProjects: (user) => user.role === "fund_manager" || user.role === "admin",
};
