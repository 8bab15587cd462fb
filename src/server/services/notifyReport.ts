/**
 * Tells the people a report decision concerns: the fund managers when a report is submitted,
 * the project's managers when it is returned or accepted. An in-app notification each and, when
 * e-mail is set up, a message in the outbox (same transaction as the decision).
 */
import { and, eq, inArray } from "drizzle-orm";
import type { ReportStatus } from "../../domain/reportSchedule";
import type { ReportAction } from "../../domain/reports";
import type { DbOrTx } from "../db/client";
import { notifications, users } from "../db/schema";
import { queueMail } from "../mail/outbox";
import type { MailSettings } from "./notifyTransition";
import type { ReportProject, ReportRow } from "./reports";

/** The name of the event in notifications.transition, which the inbox translates. */
export const REPORT_NOTICES: Record<ReportAction, string> = {
  submit: "reportSubmitted",
  return: "reportReturned",
  accept: "reportAccepted",
};

const DONE: Record<ReportAction, string> = {
  submit: "submitted",
  return: "returned for revision",
  accept: "accepted",
};

export interface ReportNotice {
  eventId: number;
  action: ReportAction;
  to: ReportStatus;
  report: ReportRow;
  project: ReportProject;
  actor: { id: string; name: string };
  comment: string;
  at: Date;
}

/** "the interim narrative report no. 2" / "the final financial report", for e-mails. */
export function describeReport(report: Pick<ReportRow, "kind" | "stage" | "sequence">): string {
  return report.stage === "final"
    ? `the final ${report.kind} report`
    : `the interim ${report.kind} report no. ${report.sequence}`;
}

async function recipients(db: DbOrTx, notice: ReportNotice) {
  const { project } = notice;
  const managers = [project.pmId, project.altPmId].filter((id): id is string => id !== null);
  if (notice.action !== "submit" && managers.length === 0) return [];
  const found = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        notice.action === "submit" ? eq(users.role, "fund_manager") : inArray(users.id, managers),
      ),
    );
  return found.filter((u) => u.id !== notice.actor.id);
}

export async function notifyReport(db: DbOrTx, notice: ReportNotice, mail: MailSettings) {
  const people = await recipients(db, notice);
  if (people.length === 0) return;
  const { project, report } = notice;
  await db.insert(notifications).values(
    people.map((person) => ({
      userId: person.id,
      projectId: project.id,
      reportId: report.id,
      transition: REPORT_NOTICES[notice.action],
      toStatus: notice.to,
      actorId: notice.actor.id,
      comment: notice.comment,
      createdAt: notice.at,
    })),
  );
  if (!mail.enabled) return;
  const link = `${mail.publicUrl}/projects/${project.id}/reports/${report.id}`;
  const what = describeReport(report);
  for (const person of people) {
    await queueMail(db, {
      // One message per person per decision, whatever happens to the sender.
      dedupeKey: `report:${notice.eventId}:${person.id}`,
      to: person.email,
      subject: `[PRIMA] ${project.code} ${report.stage} ${report.kind} report ${notice.to}: ${project.title}`,
      text: [
        `Dear ${person.name},`,
        "",
        `${notice.actor.name} ${DONE[notice.action]} ${what} of ${project.code} "${project.title}" (period ${report.periodStart} to ${report.periodEnd}) on ${notice.at.toISOString().slice(0, 10)}.`,
        ...(notice.comment ? ["", "Comment:", notice.comment] : []),
        "",
        `Open the report: ${link}`,
        "",
        "— PRIMA",
      ].join("\n"),
      at: notice.at,
    });
  }
}
