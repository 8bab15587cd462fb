/**
 * Authorization in one place: `can(user, action, subject)` answers, `authorize(…)` refuses with
 * the action's message (refusals.ts). Every action is named verb-entity and belongs to one
 * entity's rules (project, workflow, monitoring, fund, appeal, reference, user, outbox, inbox);
 * those rules draw on the life-cycle table. Services call these; routes do not decide. What a
 * user may read is the read scope (readScope.ts), which the project rules use too.
 *
 * Application-level actions take no subject; `capabilitiesOf` lists them for GET /api/me. Reading
 * needs no action: a signed-in user reads the reference data, the fund's rules, appeals and the
 * portfolio within their read scope.
 */
import type { Action, ApplicationAction, ProjectRecordAction, Subjects } from "./actions";
import type { Actor } from "./actor";
import { appealRules } from "./appeal";
import { cofundingRules } from "./cofunding";
import { fundRules } from "./fund";
import { inboxRules } from "./inbox";
import { monitoringApplicationRules, monitoringRules } from "./monitoring";
import { outboxRules } from "./outbox";
import { portfolioImportRules } from "./portfolioImport";
import {
  type ApplicationRule,
  type ProjectRule,
  type ProjectScopeFacts,
  projectApplicationRules,
  projectRules,
} from "./project";
import { referenceRules } from "./reference";
import { REFUSALS } from "./refusals";
import { userRules } from "./user";
import { webhookRules } from "./webhooks";
import {
  mayFireTransition,
  type TransitionSubject,
  workflowApplicationRules,
  workflowRules,
} from "./workflow";

type SubjectArgs<A extends Action> = Subjects[A] extends undefined ? [] : [subject: Subjects[A]];

const APPLICATION_RULES: Record<ApplicationAction, ApplicationRule> = {
  ...projectApplicationRules,
  ...workflowApplicationRules,
  ...monitoringApplicationRules,
  ...fundRules,
  ...appealRules,
  ...referenceRules,
  ...userRules,
  ...outboxRules,
  ...inboxRules,
  ...portfolioImportRules,
  ...webhookRules,
};

const PROJECT_RECORD_RULES: Record<ProjectRecordAction, ProjectRule> = {
  ...projectRules,
  ...workflowRules,
  ...monitoringRules,
  ...cofundingRules,
};

function isApplicationAction(action: Action): action is ApplicationAction {
  return action in APPLICATION_RULES;
}

/** Whether the user may do this; nobody signed out may do anything. */
export function can<A extends Action>(user: Actor | null, action: A, ...[subject]: SubjectArgs<A>): boolean {
  if (!user) return false;
  if (action === "fireTransition") return mayFireTransition(user, subject as TransitionSubject);
  if (isApplicationAction(action)) return APPLICATION_RULES[action](user);
  return PROJECT_RECORD_RULES[action as ProjectRecordAction](user, subject as ProjectScopeFacts);
}

/** Refuses what `can` does not allow, with the action's message; afterwards `user` is signed in. */
export function authorize<A extends Action>(
  user: Actor | null,
  action: A,
  ...args: SubjectArgs<A>
): asserts user is Actor {
  if (!can(user, action, ...args)) throw REFUSALS[action](args[0] as Subjects[A]);
}
