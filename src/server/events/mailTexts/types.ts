/**
 * The words of PRIMA's e-mails in one language. Each person's e-mails use their own language
 * (profile), English when they chose none. Functions, not templates: word order and agreement
 * differ between languages, and the compiler checks each language says everything.
 */
import type { ProjectStatus, TransitionName } from "../../../domain/lifecycle";
import type { ReportKind, ReportStage, ReportStatus } from "../../../domain/reportSchedule";
import type { Role } from "../../../domain/roles";

export interface ReportWords {
  kind: ReportKind;
  stage: ReportStage;
  sequence: number;
}

export interface MailTexts {
  greeting(name: string): string;
  signature: string;
  status(status: ProjectStatus): string;
  comment: string;
  justification: string;
  openProject(url: string): string;
  openReport(url: string): string;
  /** "[PRIMA] P-001 endorsed: Title" */
  transitionSubject(code: string, to: ProjectStatus, title: string): string;
  /** "Ana endorsed P-001 "Title" on 2026-03-02." */
  transitionDone(
    actor: string,
    step: { transition: TransitionName | null; from: ProjectStatus },
    code: string,
    title: string,
    day: string,
  ): string;
  nowStatus(to: ProjectStatus): string;
  reportSubject(code: string, report: ReportWords, status: ReportStatus, title: string): string;
  reportPeriod(start: string, end: string): string;
  reportDone(
    actor: string,
    kind: "reportSubmitted" | "reportReturned" | "reportAccepted",
    report: ReportWords,
    code: string,
    title: string,
    period: string,
    day: string,
  ): string;
  extensionSubject(
    code: string,
    kind: "extensionRequested" | "extensionApproved" | "extensionRefused",
    requestedEnd: string,
    title: string,
  ): string;
  extensionDone(
    actor: string,
    kind: "extensionRequested" | "extensionApproved" | "extensionRefused",
    code: string,
    title: string,
    day: string,
  ): string;
  extensionDates(previousEnd: string, requestedEnd: string): string;
  /** "[PRIMA] P-001 new comment: Title" */
  commentSubject(code: string, title: string, reply: boolean): string;
  /** "Ana commented on P-001 "Title" on 2026-03-02." */
  commentDone(actor: string, code: string, title: string, day: string, reply: boolean): string;
  extensionApproved(requestedEnd: string): string;
  reminderSubject(
    code: string,
    report: ReportWords,
    reminder: { overdue: boolean; copy: boolean; n: string; dueDate: string },
  ): string;
  /** "The interim narrative report 2 of P-001 "Title" (period …) is due on …, in 3 days." */
  reminderStatus(
    code: string,
    report: ReportWords,
    title: string,
    period: string,
    due: { overdue: boolean; dueDate: string; daysLeft: number },
  ): string;
  reminderWhy(regionCode: string | null): string;
  resetSubject: string;
  /** The body's lines of a "set a new password" message; `minutes` is how long the link works. */
  resetLines(minutes: number): string[];
  resetLink(url: string): string;
  inviteSubject(inviter: string): string;
  inviteLines(inviter: string, role: string, hours: number): string[];
  inviteLink(url: string): string;
  /** Where single sign-on is the way in: the first line of inviteLines, then how to come. */
  inviteSsoOnly(provider: string): string;
  /** Beside the password link, when single sign-on is on too. */
  inviteSsoAlso(provider: string, url: string): string;
  role(role: Role): string;
}
