/** Every action authorization knows, by entity, and what each is decided on. */
import type { AppealAction } from "./appeal";
import type { CofundingAction } from "./cofunding";
import type { FundAction } from "./fund";
import type { InboxAction } from "./inbox";
import type { MonitoringAction, MonitoringApplicationAction } from "./monitoring";
import type { OutboxAction } from "./outbox";
import type { PortfolioImportAction } from "./portfolioImport";
import type { ProjectAction, ProjectApplicationAction, ProjectScopeFacts } from "./project";
import type { ReferenceAction } from "./reference";
import type { UserAction } from "./user";
import type { WebhookAction } from "./webhooks";
import type { TransitionSubject, WorkflowAction, WorkflowApplicationAction } from "./workflow";

/** Actions decided on the user alone: what the application lets them do at all. */
export type ApplicationAction =
  | ProjectApplicationAction
  | WorkflowApplicationAction
  | MonitoringApplicationAction
  | FundAction
  | AppealAction
  | ReferenceAction
  | UserAction
  | OutboxAction
  | InboxAction
  | PortfolioImportAction
  | WebhookAction;

/** Actions decided on one project. */
export type ProjectRecordAction = ProjectAction | WorkflowAction | MonitoringAction | CofundingAction;

export type Action = ApplicationAction | ProjectRecordAction | "fireTransition";

/** What each action is decided on: nothing, a project, or a step of the life cycle on a project. */
export type Subjects = { [A in ApplicationAction]: undefined } & {
  [A in ProjectRecordAction]: ProjectScopeFacts;
} & { fireTransition: TransitionSubject };
