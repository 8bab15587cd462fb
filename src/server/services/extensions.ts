/**
 * What the extension use cases share: reading requests with the people involved, shaping them
 * for clients, and telling the people concerned (in the app and by e-mail, in the same
 * transaction as the change, like notifyTransition.ts).
 */
import { and, desc, eq, inArray, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { monthsAdded, type ProjectExtension } from "../../domain/extensions";
import type { DbOrTx } from "../db/client";
import { extensions, notifications, users } from "../db/schema";
import { queueMail } from "../mail/outbox";
import type { ProjectRow } from "./loadProject";
import type { MailSettings } from "./notifyTransition";

export type ExtensionRow = typeof extensions.$inferSelect;

const decider = alias(users, "decider");

/** A project's extension requests, newest first, with who asked and who decided. */
export async function loadExtensions(
  db: DbOrTx,
  where: { projectId: string } | { id: string },
): Promise<ProjectExtension[]> {
  const rows = await db
    .select({
      extension: extensions,
      requester: { id: users.id, name: users.name },
      decider: { id: decider.id, name: decider.name },
    })
    .from(extensions)
    .innerJoin(users, eq(users.id, extensions.requestedById))
    .leftJoin(decider, eq(decider.id, extensions.decidedById))
    .where("id" in where ? eq(extensions.id, where.id) : eq(extensions.projectId, where.projectId))
    .orderBy(desc(extensions.requestedAt), desc(extensions.id));
  return rows.map(({ extension, requester, decider: decidedBy }) =>
    presentExtension(extension, requester, decidedBy?.id ? decidedBy : null),
  );
}

export function presentExtension(
  row: ExtensionRow,
  requestedBy: { id: string; name: string },
  decidedBy: { id: string; name: string } | null,
): ProjectExtension {
  return {
    id: row.id,
    previousEnd: row.previousEnd,
    requestedEnd: row.requestedEnd,
    monthsAdded: monthsAdded(row.previousEnd, row.requestedEnd),
    justification: row.justification,
    status: row.status,
    requestedBy,
    requestedAt: row.requestedAt.toISOString(),
    decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionComment: row.decisionComment,
    version: row.version,
  };
}

export type ExtensionEvent = "extensionRequested" | "extensionApproved" | "extensionRefused";

export interface ExtensionNotice {
  event: ExtensionEvent;
  extension: ExtensionRow;
  project: ProjectRow;
  actor: { id: string; name: string };
  /** The justification of a request, the fund manager's comment on a decision. */
  comment: string;
  at: Date;
}

const DONE: Record<ExtensionEvent, string> = {
  extensionRequested: "asks to extend",
  extensionApproved: "approved the extension of",
  extensionRefused: "refused the extension of",
};

/** A request goes to the fund; a decision goes back to the project's managers. */
async function recipients(db: DbOrTx, notice: ExtensionNotice) {
  const { project } = notice;
  const managers = [project.pmId, project.altPmId].filter((id): id is string => id !== null);
  const who =
    notice.event === "extensionRequested"
      ? eq(users.role, "fund_manager")
      : managers.length > 0
        ? inArray(users.id, managers)
        : null;
  if (!who) return [];
  const found = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(and(eq(users.active, true), or(who)));
  return found.filter((u) => u.id !== notice.actor.id);
}

export async function notifyExtension(db: DbOrTx, notice: ExtensionNotice, mail: MailSettings) {
  const people = await recipients(db, notice);
  if (people.length === 0) return;
  const { project, extension } = notice;
  await db.insert(notifications).values(
    people.map((person) => ({
      userId: person.id,
      projectId: project.id,
      transition: notice.event,
      // See MONITORING_EVENTS in domain/inbox.ts: an extension's notice carries the end date asked for.
      toStatus: extension.requestedEnd,
      actorId: notice.actor.id,
      comment: notice.comment,
      createdAt: notice.at,
    })),
  );
  if (!mail.enabled) return;
  const step = notice.event.replace("extension", "").toLowerCase();
  const link = `${mail.publicUrl}/projects/${project.id}`;
  const subject: Record<ExtensionEvent, string> = {
    extensionRequested: `extension requested to ${extension.requestedEnd}`,
    extensionApproved: `extension approved: ends ${extension.requestedEnd}`,
    extensionRefused: "extension refused",
  };
  for (const person of people) {
    await queueMail(db, {
      // One message per person per step of the request, whatever happens to the sender.
      dedupeKey: `extension:${extension.id}:${step}:${person.id}`,
      to: person.email,
      subject: `[PRIMA] ${project.code} ${subject[notice.event]}: ${project.title}`,
      text: [
        `Dear ${person.name},`,
        "",
        `${notice.actor.name} ${DONE[notice.event]} ${project.code} "${project.title}" on ${notice.at.toISOString().slice(0, 10)}.`,
        `Planned end: ${extension.previousEnd}; requested end: ${extension.requestedEnd}.`,
        ...(notice.event === "extensionApproved"
          ? [`The project now ends on ${extension.requestedEnd}; its reporting schedule has been updated.`]
          : []),
        ...(notice.comment
          ? ["", notice.event === "extensionRequested" ? "Justification:" : "Comment:", notice.comment]
          : []),
        "",
        `Open the project: ${link}`,
        "",
        "— PRIMA",
      ].join("\n"),
      at: notice.at,
    });
  }
}

/** Whether a database error is the violation of the named unique index (Drizzle wraps the driver's error). */
export function violates(error: unknown, constraint: string): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const { code, constraint: name, message } = e as { code?: string; constraint?: string; message?: string };
    if (code === "23505" && (name === constraint || message?.includes(constraint))) return true;
    if ((e as { cause?: unknown }).cause === e) break;
  }
  return false;
}

/** The open request of a project, if any. */
export async function openRequest(db: DbOrTx, projectId: string): Promise<ExtensionRow | null> {
  const [row] = await db
    .select()
    .from(extensions)
    .where(and(eq(extensions.projectId, projectId), eq(extensions.status, "requested")));
  return row ?? null;
}
