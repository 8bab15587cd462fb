/**
 * What happens to a project, as one typed stream of domain events. A use case records its events
 * in the transaction that causes them (src/server/events/recordEvent.ts); the in-app notices, the
 * outbox e-mail and the project's history are all derived from them, never written by hand.
 *
 * The log is append-only. Payloads hold what the event meant at the time (ids of the filed rows
 * it goes with, the report it is about, the dates asked for), so the history reads the same
 * whatever happens later to the rows it came from. Names of people are not copied: they are
 * joined when read, like everywhere else.
 */
import type { IsoDate } from "./calendar";
import type { ProjectStatus, TransitionName } from "./lifecycle";
import type { ReportKind, ReportStage, ReportStatus } from "./reportSchedule";

/** Which report an event is about, as named on the page and in the e-mail. */
export interface ReportRef {
  reportId: string;
  kind: ReportKind;
  stage: ReportStage;
  sequence: number;
}

export interface ReportStepPayload extends ReportRef {
  /** The row filed in report_events with the decision. */
  reportEventId: number;
  status: ReportStatus;
  comment: string;
}

export interface ExtensionPayload {
  extensionId: string;
  previousEnd: IsoDate;
  requestedEnd: IsoDate;
}

/** A budget revision (revisions.ts): the totals before and after, as decimal strings. */
export interface RevisionPayload {
  revisionId: string;
  previousTotal: string;
  newTotal: string;
}

/** The payload of each kind of event. */
export interface EventPayloads {
  /** The first row of project_transitions (from nothing to draft). */
  projectCreated: {
    transitionId: number;
    transition: TransitionName | null;
    to: ProjectStatus;
    comment: string;
    details: Record<string, unknown> | null;
  };
  /**
   * A project brought in from a workbook (`prima import projects`, the Import page), in the status
   * the file gave it: its first row of project_transitions (from nothing to that status).
   */
  projectImported: {
    transitionId: number;
    transition: null;
    to: ProjectStatus;
    comment: string;
    details: { file: string } | null;
  };
  /** A step of the life cycle (lifecycle.ts), filed in project_transitions. */
  projectTransitioned: {
    transitionId: number;
    /** Null only for transitions filed before their name was recorded. */
    transition: TransitionName | null;
    from: ProjectStatus;
    to: ProjectStatus;
    comment: string;
    /** Decision data, e.g. the approved amount and fund line. */
    details: Record<string, unknown> | null;
  };
  /** The changed fields only, before and after. */
  projectEdited: { before: Record<string, unknown>; after: Record<string, unknown> };
  projectCommented: { commentId: number; section: string; parentId: number | null; body: string };
  /** A document's first version (version 1) or a new version of it. */
  documentFiled: {
    documentId: string;
    version: number;
    filename: string;
    sizeBytes: number;
    sha256: string;
    kind?: string;
    title?: string;
    reportId?: string | null;
  };
  resultsMatrixSaved: Record<string, unknown>;
  workplanSaved: Record<string, unknown>;
  extensionRequested: ExtensionPayload & { justification: string };
  extensionApproved: ExtensionPayload & { plannedEnd: IsoDate; comment: string };
  extensionRefused: ExtensionPayload & { plannedEnd: IsoDate; comment: string };
  revisionRequested: RevisionPayload & { justification: string };
  revisionApproved: RevisionPayload & { comment: string };
  revisionRefused: RevisionPayload & { comment: string };
  reportSubmitted: ReportStepPayload;
  reportReturned: ReportStepPayload;
  reportAccepted: ReportStepPayload;
  /** A reminder step ("before:7", "overdue:2") reached by a pending report due on dueDate. */
  reportReminder: ReportRef & { dueDate: IsoDate; step: string };
}

export type EventKind = keyof EventPayloads;

export type DomainEvent = { [K in EventKind]: { kind: K; payload: EventPayloads[K] } }[EventKind];
export type EventOf<K extends EventKind> = Extract<DomainEvent, { kind: K }>;

/** Where, by whom and when: the same for every kind. The reminder job acts for nobody (null). */
export interface EventEnvelope {
  projectId: string;
  actorId: string | null;
  at: Date;
}

export const REPORT_STEP_EVENTS = {
  submit: "reportSubmitted",
  return: "reportReturned",
  accept: "reportAccepted",
} as const satisfies Record<string, EventKind>;

/**
 * What a notification needs to be shown (notifications.payload): the event's name and its one
 * changing fact (the report it is about stays in notifications.report_id). It replaces the old `to_status` column, which held a project status, a report
 * status, a reminder step or a date depending on the event.
 */
export type NoticePayload =
  | { kind: "projectTransitioned"; transition: TransitionName; to: ProjectStatus }
  | { kind: "reportSubmitted" | "reportReturned" | "reportAccepted"; status: ReportStatus }
  | { kind: "reportReminder"; step: string }
  | { kind: "extensionRequested" | "extensionApproved" | "extensionRefused"; requestedEnd: IsoDate }
  | { kind: "projectCommented"; section: string }
  | { kind: "revisionRequested" | "revisionApproved" | "revisionRefused"; newTotal: string };

/** The notice of an event, or null for events nobody is told about. */
export function noticeOf(event: DomainEvent): NoticePayload | null {
  switch (event.kind) {
    case "projectTransitioned":
      return event.payload.transition === null
        ? null
        : { kind: event.kind, transition: event.payload.transition, to: event.payload.to };
    case "reportSubmitted":
    case "reportReturned":
    case "reportAccepted":
      return { kind: event.kind, status: event.payload.status };
    case "reportReminder":
      return { kind: event.kind, step: event.payload.step };
    case "extensionRequested":
    case "extensionApproved":
    case "extensionRefused":
      return { kind: event.kind, requestedEnd: event.payload.requestedEnd };
    case "projectCommented":
      return { kind: event.kind, section: event.payload.section };
    case "revisionRequested":
    case "revisionApproved":
    case "revisionRefused":
      return { kind: event.kind, newTotal: event.payload.newTotal };
    default:
      return null;
  }
}

/** The notice's name as the inbox translates it: the step for transitions, else the event. */
export function noticeName(notice: NoticePayload): string {
  return notice.kind === "projectTransitioned" ? notice.transition : notice.kind;
}

/** The one fact the notifications API shows as `toStatus` (see MONITORING_EVENTS in inbox.ts). */
export function noticeFact(notice: NoticePayload): string {
  switch (notice.kind) {
    case "projectTransitioned":
      return notice.to;
    case "reportReminder":
      return notice.step;
    case "extensionRequested":
    case "extensionApproved":
    case "extensionRefused":
      return notice.requestedEnd;
    case "projectCommented":
      return notice.section;
    case "revisionRequested":
    case "revisionApproved":
    case "revisionRefused":
      return notice.newTotal;
    default:
      return notice.status;
  }
}

/** The history's name for each kind, where it differs (the API's `action`, translated by the pages). */
const HISTORY_ACTIONS: Partial<Record<EventKind, string>> = {
  projectCreated: "create",
  projectImported: "import",
  projectTransitioned: "transition",
  projectEdited: "update",
  projectCommented: "comment",
  resultsMatrixSaved: "resultsMatrix",
  workplanSaved: "workplan",
};

/** Kinds that are not part of the project's history (a reminder is a notice, not a change). */
const NOT_HISTORY: ReadonlySet<string> = new Set<EventKind>(["reportReminder"]);

export function inHistory(kind: string): boolean {
  return !NOT_HISTORY.has(kind);
}

/** The history's action for an event (kinds unknown to this version keep their own name). */
export function historyAction(kind: string, payload: unknown): string {
  if (kind === "documentFiled") {
    return (payload as { version?: number }).version === 1 ? "documentUploaded" : "documentVersioned";
  }
  return HISTORY_ACTIONS[kind as EventKind] ?? kind;
}

/** The kinds the history leaves out, for the query. */
export const NOT_HISTORY_KINDS: readonly string[] = [...NOT_HISTORY];
