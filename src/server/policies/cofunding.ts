/**
 * Who may record a project's other funding sources (issue 15 §5). Co-funding is budget
 * information: the project's PM and alternate, who plan the budget, and the fund manager, who
 * approves it, keep it up to date from the draft to the end of implementation; once a project is
 * closed, rejected or withdrawn its sources are a record and no longer change. Exchange rates
 * are among the fund's rules (editFundRules).
 */
import { isProjectManagerOf, type ProjectRule, projectRules } from "./project";

const SOURCES_OPEN = new Set(["draft", "submitted", "endorsed", "approved", "active"]);

export const COFUNDING_ACTIONS = ["editFundingSources"] as const;
export type CofundingAction = (typeof COFUNDING_ACTIONS)[number];

export const cofundingRules: Record<CofundingAction, ProjectRule> = {
  editFundingSources: (user, project) =>
    projectRules.readProject(user, project) &&
    (isProjectManagerOf(user, project) || user.role === "fund_manager") &&
    SOURCES_OPEN.has(project.status),
};
