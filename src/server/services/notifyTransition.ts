/**
 * Tells the people a transition concerns: an in-app notification each and, when e-mail is set
 * up, a message in the outbox (same transaction, so a rolled-back step notifies nobody).
 */
import { and, eq, inArray, or } from "drizzle-orm";
import { findTransition, type ProjectStatus, type TransitionName } from "../../domain/lifecycle";
import { partiesConcerned } from "../../domain/lifecycleFacts";
import type { DbOrTx } from "../db/client";
import { notifications, users } from "../db/schema";
import { queueMail } from "../mail/outbox";
import type { ProjectRow } from "./loadProject";

export interface TransitionNotice {
  transitionId: number;
  transition: TransitionName;
  from: ProjectStatus;
  to: ProjectStatus;
  project: ProjectRow;
  actor: { id: string; name: string };
  comment: string;
  at: Date;
}

export interface MailSettings {
  enabled: boolean;
  publicUrl: string;
}

async function recipients(db: DbOrTx, notice: TransitionNotice) {
  const { project } = notice;
  const conditions = partiesConcerned(notice.transition, notice.from).map((party) => {
    switch (party) {
      case "managers":
        return inArray(
          users.id,
          [project.pmId, project.altPmId].filter((id): id is string => id !== null),
        );
      case "reviewers":
        // Projects with no region are reviewed by the fund (policies/workflow.ts).
        return project.regionCode === null
          ? eq(users.role, "fund_manager")
          : and(eq(users.role, "reviewer"), eq(users.regionCode, project.regionCode));
      default:
        return eq(users.role, "fund_manager");
    }
  });
  if (conditions.length === 0) return [];
  const found = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(and(eq(users.active, true), or(...conditions)));
  return found.filter((u) => u.id !== notice.actor.id);
}

export async function notifyTransition(db: DbOrTx, notice: TransitionNotice, mail: MailSettings) {
  const people = await recipients(db, notice);
  if (people.length === 0) return;
  await db.insert(notifications).values(
    people.map((person) => ({
      userId: person.id,
      projectId: notice.project.id,
      transition: notice.transition,
      toStatus: notice.to,
      actorId: notice.actor.id,
      comment: notice.comment,
      createdAt: notice.at,
    })),
  );
  if (!mail.enabled) return;
  const { project } = notice;
  const link = `${mail.publicUrl}/projects/${project.id}`;
  const done = findTransition(notice.transition, notice.from)?.doneText ?? notice.transition;
  for (const person of people) {
    await queueMail(db, {
      // One message per person per transition, whatever happens to the sender.
      dedupeKey: `transition:${notice.transitionId}:${person.id}`,
      to: person.email,
      subject: `[PRIMA] ${project.code} ${notice.to}: ${project.title}`,
      text: [
        `Dear ${person.name},`,
        "",
        `${notice.actor.name} ${done} ${project.code} "${project.title}" on ${notice.at.toISOString().slice(0, 10)}.`,
        `The project is now ${notice.to}.`,
        ...(notice.comment ? ["", "Comment:", notice.comment] : []),
        "",
        `Open the project: ${link}`,
        "",
        "— PRIMA",
      ].join("\n"),
      at: notice.at,
    });
  }
}
