import { findTransition } from "../../../domain/lifecycle";
import type { MailTexts, ReportWords } from "./types";

const s = (n: number) => (n === 1 ? "" : "s");

/** "the interim narrative report no. 2" / "the final financial report" */
const describeReport = (r: ReportWords) =>
  r.stage === "final" ? `the final ${r.kind} report` : `the interim ${r.kind} report no. ${r.sequence}`;
const reportLabel = (r: ReportWords) =>
  r.stage === "final" ? `final ${r.kind} report` : `interim ${r.kind} report ${r.sequence}`;

const REPORT_DONE = {
  reportSubmitted: "submitted",
  reportReturned: "returned for revision",
  reportAccepted: "accepted",
} as const;

const EXTENSION_DONE = {
  extensionRequested: "asks to extend",
  extensionApproved: "approved the extension of",
  extensionRefused: "refused the extension of",
} as const;

export const en: MailTexts = {
  greeting: (name) => `Dear ${name},`,
  signature: "— PRIMA",
  status: (status) => status,
  comment: "Comment:",
  justification: "Justification:",
  openProject: (url) => `Open the project: ${url}`,
  openReport: (url) => `Open the report: ${url}`,
  transitionSubject: (code, to, title) => `[PRIMA] ${code} ${to}: ${title}`,
  transitionDone: (actor, { transition, from }, code, title, day) => {
    const done = (transition && findTransition(transition, from)?.doneText) ?? transition;
    return `${actor} ${done} ${code} "${title}" on ${day}.`;
  },
  nowStatus: (to) => `The project is now ${to}.`,
  reportSubject: (code, r, status, title) =>
    `[PRIMA] ${code} ${r.stage} ${r.kind} report ${status}: ${title}`,
  reportPeriod: (start, end) => ` (period ${start} to ${end})`,
  reportDone: (actor, kind, r, code, title, period, day) =>
    `${actor} ${REPORT_DONE[kind]} ${describeReport(r)} of ${code} "${title}"${period} on ${day}.`,
  extensionSubject: (code, kind, requestedEnd, title) => {
    const what = {
      extensionRequested: `extension requested to ${requestedEnd}`,
      extensionApproved: `extension approved: ends ${requestedEnd}`,
      extensionRefused: "extension refused",
    }[kind];
    return `[PRIMA] ${code} ${what}: ${title}`;
  },
  extensionDone: (actor, kind, code, title, day) =>
    `${actor} ${EXTENSION_DONE[kind]} ${code} "${title}" on ${day}.`,
  commentSubject: (code, title, reply) =>
    `[PRIMA] ${code} ${reply ? "reply to a comment" : "new comment"}: ${title}`,
  commentDone: (actor, code, title, day, reply) =>
    `${actor} ${reply ? "answered a comment on" : "commented on"} ${code} "${title}" on ${day}.`,
  extensionDates: (previousEnd, requestedEnd) =>
    `Planned end: ${previousEnd}; requested end: ${requestedEnd}.`,
  extensionApproved: (requestedEnd) =>
    `The project now ends on ${requestedEnd}; its reporting schedule has been updated.`,
  reminderSubject: (code, r, { overdue, copy, n, dueDate }) =>
    overdue
      ? `[PRIMA] ${copy ? "Copy: " : ""}${code} ${reportLabel(r)} overdue, was due ${dueDate} (reminder ${n})`
      : `[PRIMA] ${code} ${reportLabel(r)} due within ${n} days (${dueDate})`,
  reminderStatus: (code, r, title, period, { overdue, dueDate, daysLeft }) => {
    const status = overdue
      ? `was due on ${dueDate} and has not been submitted: it is ${-daysLeft} day${s(-daysLeft)} overdue.`
      : daysLeft === 0
        ? `is due today, ${dueDate}.`
        : `is due on ${dueDate}, in ${daysLeft} day${s(daysLeft)}.`;
    return `The ${reportLabel(r)} of ${code} "${title}"${period} ${status}`;
  },
  reminderWhy: (regionCode) =>
    regionCode === null
      ? "You receive this copy as a fund manager: the project has no region."
      : `You receive this copy as a regional reviewer of ${regionCode}.`,
  resetSubject: "[PRIMA] Set a new password",
  resetLines: (minutes) => [
    "Someone, probably you, asked to set a new password for your PRIMA account.",
    `The link below works once, for ${minutes} minutes. If you did not ask, ignore this message: your password stays as it is.`,
  ],
  resetLink: (url) => `Set a new password: ${url}`,
  inviteSubject: (inviter) => `[PRIMA] ${inviter} invites you to PRIMA`,
  inviteLines: (inviter, role, hours) => [
    `${inviter} has given you an account on PRIMA, the fund's project system, as ${role}.`,
    `Choose your password with the link below; it works once, for ${hours} hours.`,
  ],
  inviteLink: (url) => `Choose your password: ${url}`,
  inviteSsoOnly: (provider) => `Sign in with your ${provider} account: there is no password to choose.`,
  inviteSsoAlso: (provider, url) => `Or sign in with your ${provider} account: ${url}`,
  role: (role) =>
    ({
      pm: "project manager",
      reviewer: "regional reviewer",
      fund_manager: "fund manager",
      viewer: "viewer",
      admin: "administrator",
    })[role],
};
