/**
 * The e-mail of each kind of notified event, in the language of the person it goes to (their
 * profile's; English when they chose none). Pure: the event, its project and report as read in the
 * recording transaction, the person, the settings.
 */
import { daysBetween, type IsoDate } from "../../domain/calendar";
import type { DomainEvent, EventOf, ReportRef } from "../../domain/events";
import { type MailTexts, mailTextsFor } from "./mailTexts";
import type { EventProject, Recipient } from "./recipients";
import { revisionMail } from "./revisionMails";

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

const day = (at: Date) => at.toISOString().slice(0, 10);
const letter = (words: MailTexts, name: string, lines: string[], link: string) =>
  [words.greeting(name), "", ...lines, "", link, "", words.signature].join("\n");

function transitionMail(event: EventOf<"projectTransitioned">, person: Recipient, c: MailContext): EventMail {
  const { project } = c;
  const { payload } = event;
  const words = mailTextsFor(person.language);
  return {
    subject: words.transitionSubject(project.code, payload.to, project.title),
    text: letter(
      words,
      person.name,
      [
        words.transitionDone(c.actorName, payload, project.code, project.title, day(c.at)),
        words.nowStatus(payload.to),
        ...(payload.comment ? ["", words.comment, payload.comment] : []),
      ],
      words.openProject(`${c.publicUrl}/projects/${project.id}`),
    ),
  };
}

function reportMail(
  event: EventOf<"reportSubmitted" | "reportReturned" | "reportAccepted">,
  person: Recipient,
  c: MailContext,
): EventMail {
  const { project } = c;
  const { payload } = event;
  const words = mailTextsFor(person.language);
  const period = c.report ? words.reportPeriod(c.report.periodStart, c.report.periodEnd) : "";
  return {
    subject: words.reportSubject(project.code, payload, payload.status, project.title),
    text: letter(
      words,
      person.name,
      [
        words.reportDone(c.actorName, event.kind, payload, project.code, project.title, period, day(c.at)),
        ...(payload.comment ? ["", words.comment, payload.comment] : []),
      ],
      words.openReport(`${c.publicUrl}/projects/${project.id}/reports/${payload.reportId}`),
    ),
  };
}

function extensionMail(
  event: EventOf<"extensionRequested" | "extensionApproved" | "extensionRefused">,
  person: Recipient,
  c: MailContext,
): EventMail {
  const { project } = c;
  const { payload } = event;
  const words = mailTextsFor(person.language);
  const said = event.kind === "extensionRequested" ? event.payload.justification : event.payload.comment;
  return {
    subject: words.extensionSubject(project.code, event.kind, payload.requestedEnd, project.title),
    text: letter(
      words,
      person.name,
      [
        words.extensionDone(c.actorName, event.kind, project.code, project.title, day(c.at)),
        words.extensionDates(payload.previousEnd, payload.requestedEnd),
        ...(event.kind === "extensionApproved" ? [words.extensionApproved(payload.requestedEnd)] : []),
        ...(said
          ? ["", event.kind === "extensionRequested" ? words.justification : words.comment, said]
          : []),
      ],
      words.openProject(`${c.publicUrl}/projects/${project.id}`),
    ),
  };
}

function commentMail(event: EventOf<"projectCommented">, person: Recipient, c: MailContext): EventMail {
  const { project } = c;
  const reply = event.payload.parentId !== null;
  const words = mailTextsFor(person.language);
  return {
    subject: words.commentSubject(project.code, project.title, reply),
    text: letter(
      words,
      person.name,
      [words.commentDone(c.actorName, project.code, project.title, day(c.at), reply), "", event.payload.body],
      words.openProject(`${c.publicUrl}/projects/${project.id}`),
    ),
  };
}

function reminderMail(event: EventOf<"reportReminder">, person: Recipient, c: MailContext): EventMail {
  const { project } = c;
  const { payload } = event;
  const words = mailTextsFor(person.language);
  const [kind, n = ""] = payload.step.split(":");
  const overdue = kind === "overdue";
  const period = c.report ? words.reportPeriod(c.report.periodStart, c.report.periodEnd) : "";
  const daysLeft = daysBetween(day(c.at), payload.dueDate);
  return {
    subject: words.reminderSubject(project.code, payload, {
      overdue,
      copy: person.copy,
      n,
      dueDate: payload.dueDate,
    }),
    text: letter(
      words,
      person.name,
      [
        words.reminderStatus(project.code, payload, project.title, period, {
          overdue,
          dueDate: payload.dueDate,
          daysLeft,
        }),
        ...(person.copy ? ["", words.reminderWhy(project.regionCode)] : []),
      ],
      words.openReport(`${c.publicUrl}/projects/${project.id}/reports/${payload.reportId}`),
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
    case "projectCommented":
      return commentMail(event, person, context);
    case "revisionRequested":
    case "revisionApproved":
    case "revisionRefused":
      return revisionMail(event, person, context);
    default:
      return null;
  }
}
