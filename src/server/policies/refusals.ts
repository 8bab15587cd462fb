/**
 * What a refused user is told, per action: the English message of the 403 (or the 404 of a
 * project they may not read, which does not exist for them).
 */
import { type DomainError, NotFound, Refused } from "../../domain/errors";
import type { Action, Subjects } from "./actions";
import { fireRefusal } from "./workflow";

type Refusal<A extends Action> = (subject: Subjects[A]) => DomainError;

const says = (message?: string) => (): DomainError => new Refused(message);

export const REFUSALS: { [A in Action]: Refusal<A> } = {
  createProject: says("Only project managers can start a proposal"),
  manageProjects: says(),
  readProject: () => new NotFound("This project"),
  updateProject: says("Only the project's PM or alternate PM can edit it, and only while it is a draft"),
  assignManagers: says("Only the project's PM can change its PM or alternate PM"),
  commentOnProject: says(
    "Only the project's managers, its regional reviewer and the fund manager can comment",
  ),
  fileDocument: says(
    "Only the project's managers, its regional reviewer and the fund manager can file documents",
  ),
  fireTransition: ({ project, transition }) => new Refused(fireRefusal(transition.name, project)),
  reviewProjectsWithoutRegion: says(),
  editResultsMatrix: says(
    "Only the project's managers can change its results matrix, and not while it is under review",
  ),
  editWorkplan: says("Only the project's managers can change its workplan, and not while it is under review"),
  writeReport: says("Only the project's managers can fill in its reports, while it is approved or active"),
  decideReport: says("Only the fund manager can accept or return a report"),
  requestExtension: says(
    "Only the project's PM or alternate PM can request an extension, and only once it is approved or active",
  ),
  decideExtension: says("Only the fund manager decides extensions, while the project is approved or active"),
  requestRevision: says(
    "Only the project's PM or alternate PM can request a budget revision, and only once it is approved or active",
  ),
  decideRevision: says(
    "Only the fund manager decides budget revisions, while the project is approved or active",
  ),
  editReportingRules: says("Only the fund manager can change the reporting rules"),
  editFundRules: says("Only the fund manager can change the fund's rules"),
  importAppeal: says("Only fund managers and administrators import appeals"),
  importProjects: says("Only fund managers and administrators import a portfolio"),
  listManagers: says(),
  administerUsers: says(),
  seeOutbox: says("Only an administrator can see the outbox"),
  seeInbox: says(),
  editFundingSources: says(
    "Only the project's managers and the fund manager can change its other funding sources, until it is closed",
  ),
  administerWebhooks: says("Only an administrator can manage webhooks"),
};
