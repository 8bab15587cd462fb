/**
 * The e-mail of each kind of notified event (English, as PRIMA's other e-mail). Pure: the event,
 * its project and report as read in the recording transaction, the person, the settings.
 */
import { daysBetween, type IsoDate } from "../../domain/calendar";
import type { DomainEvent, EventOf, ReportRef } from "../../domain/events";
import { findTransition } from "../../domain/lifecycle";
import type { EventProject, Recipient } from "./recipients";

export interface EventReport extends ReportRef {
  periodStart: IsoDate;
  periodEnd: IsoDate;
  dueDate: IsoDate;
}

export interface MailContext {
  project: EventProject;
  report: EventReport | null;
  actorName: string;
  at: Date;
  publicUrl: string;
}

export interface EventMail {
  subject: string;
  text: string;
}

/** "the interim narrative report no. 2" / "the final financial report", for e-mails. */
export function describeReport(report: Pick<ReportRef, "kind" | "stage" | "sequence">): string {
  return report.stage === "final"
    ? `the final ${report.kind} report`
    : `the interim ${report.kind} report no. ${report.sequence}`;
}

const day = (at: Date) => at.toISOString().slice(0, 10);
const letter = (name: string, lines: string[], link: string) =>
  [`Dear ${name},`, "", ...lines, "", link, "", "— PRIMA"].join("\n");

function transitionMail(event: EventOf<"projectTransitioned">, person: Recipient, c: MailContext): EventMail {
  const { project } = c;
  const { payload } = event;
  const done =
    (payload.transition && findTransition(payload.transition, payload.from)?.doneText) ?? payload.transition;
  return {
    subject: `[PRIMA] ${project.code} ${payload.to}: ${project.title}`,
    text: letter(
      person.name,
      [
        `${c.actorName} ${done} ${project.code} "${project.title}" on ${day(c.at)}.`,
        `The project is now ${payload.to}.`,
        ...(payload.comment ? ["", "Comment:", payload.comment] : []),
      ],
      `Open the project: ${c.publicUrl}/projects/${project.id}`,
    ),
  };
}

const REPORT_DONE = {
  reportSubmitted: "submitted",
  reportReturned: "returned for revision",
  reportAccepted: "accepted",
} as const;

function reportMail(
  event: EventOf<"reportSubmitted" | "reportReturned" | "reportAccepted">,
  person: Recipient,
  c: MailContext,
): EventMail {
  const { project } = c;
  const { payload } = event;
  const period = c.report ? ` (period ${c.report.periodStart} to ${c.report.periodEnd})` : "";
  return {
    subject: `[PRIMA] ${project.code} ${payload.stage} ${payload.kind} report ${payload.status}: ${project.title}`,
    text: letter(
      person.name,
      [
        `${c.actorName} ${REPORT_DONE[event.kind]} ${describeReport(payload)} of ${project.code} "${project.title}"${period} on ${day(c.at)}.`,
        ...(payload.comment ? ["", "Comment:", payload.comment] : []),
      ],
      `Open the report: ${c.publicUrl}/projects/${project.id}/reports/${payload.reportId}`,
    ),
  };
}

const EXTENSION_DONE = {
  extensionRequested: "asks to extend",
  extensionApproved: "approved the extension of",
  extensionRefused: "refused the extension of",
} as const;

function extensionMail(
  event: EventOf<"extensionRequested" | "extensionApproved" | "extensionRefused">,
  person: Recipient,
  c: MailContext,
): EventMail {
  const { project } = c;
  const { payload } = event;
  const subject = {
    extensionRequested: `extension requested to ${payload.requestedEnd}`,
    extensionApproved: `extension approved: ends ${payload.requestedEnd}`,
    extensionRefused: "extension refused",
  }[event.kind];
  const said = event.kind === "extensionRequested" ? event.payload.justification : event.payload.comment;
  return {
    subject: `[PRIMA] ${project.code} ${subject}: ${project.title}`,
    text: letter(
      person.name,
      [
        `${c.actorName} ${EXTENSION_DONE[event.kind]} ${project.code} "${project.title}" on ${day(c.at)}.`,
        `Planned end: ${payload.previousEnd}; requested end: ${payload.requestedEnd}.`,
        ...(event.kind === "extensionApproved"
          ? [`The project now ends on ${payload.requestedEnd}; its reporting schedule has been updated.`]
          : []),
        ...(said ? ["", event.kind === "extensionRequested" ? "Justification:" : "Comment:", said] : []),
      ],
      `Open the project: ${c.publicUrl}/projects/${project.id}`,
    ),
  };
}

function reportLabel(report: Pick<ReportRef, "kind" | "stage" | "sequence">): string {
  return report.stage === "final"
    ? `final ${report.kind} report`
    : `interim ${report.kind} report ${report.sequence}`;
}

function reminderMail(event: EventOf<"reportReminder">, person: Recipient, c: MailContext): EventMail {
  const { project } = c;
  const { payload } = event;
  const [kind, n] = payload.step.split(":");
  const label = reportLabel(payload);
  const overdue = kind === "overdue";
  const subject = overdue
    ? `[PRIMA] ${person.copy ? "Copy: " : ""}${project.code} ${label} overdue, was due ${payload.dueDate} (reminder ${n})`
    : `[PRIMA] ${project.code} ${label} due within ${n} days (${payload.dueDate})`;
  const left = daysBetween(day(c.at), payload.dueDate);
  const status = overdue
    ? `was due on ${payload.dueDate} and has not been submitted: it is ${-left} day${left === -1 ? "" : "s"} overdue.`
    : left === 0
      ? `is due today, ${payload.dueDate}.`
      : `is due on ${payload.dueDate}, in ${left} day${left === 1 ? "" : "s"}.`;
  const why = person.copy
    ? [
        "",
        project.regionCode === null
          ? "You receive this copy as a fund manager: the project has no region."
          : `You receive this copy as a regional reviewer of ${project.regionCode}.`,
      ]
    : [];
  const period = c.report ? ` (period ${c.report.periodStart} to ${c.report.periodEnd})` : "";
  return {
    subject,
    text: letter(
      person.name,
      [`The ${label} of ${project.code} "${project.title}"${period} ${status}`, ...why],
      `Open the report: ${c.publicUrl}/projects/${project.id}/reports/${payload.reportId}`,
    ),
  };
}

/** The message telling one person of an event, or null for kinds that send none. */
export function eventMail(event: DomainEvent, person: Recipient, context: MailContext): EventMail | null {
  switch (event.kind) {
    case "projectTransitioned":
      return transitionMail(event, person, context);
    case "reportSubmitted":
    case "reportReturned":
    case "reportAccepted":
      return reportMail(event, person, context);
    case "extensionRequested":
    case "extensionApproved":
    case "extensionRefused":
      return extensionMail(event, person, context);
    case "reportReminder":
      return reminderMail(event, person, context);
    default:
      return null;
  }
}
