/**
 * A person's choice of how to hear of each kind of notice. No row means the defaults (every kind
 * e-mailed at once), shown as version 0, so that nothing changes for people who never choose.
 */
import { and, eq, inArray } from "drizzle-orm";
import { Conflict } from "../../../domain/errors";
import { NOTICE_KINDS } from "../../../domain/inbox";
import {
  DEFAULT_NOTICE_CHOICES,
  type NoticeChoices,
  type NoticePreferences,
  type NoticePreferencesChange,
} from "../../../domain/noticePreferences";
import type { Db, DbOrTx } from "../../db/client";
import { noticePreferences } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { recordAudit } from "../audit/recordAudit";

type Row = typeof noticePreferences.$inferSelect;

const choicesOf = (row: Row): NoticeChoices => ({
  workflow: row.workflow,
  comments: row.comments,
  reports: row.reports,
  reminders: row.reminders,
  extensions: row.extensions,
});

export async function loadNoticePreferences(db: DbOrTx, actor: Actor): Promise<NoticePreferences> {
  const [row] = await db.select().from(noticePreferences).where(eq(noticePreferences.userId, actor.id));
  return row
    ? { choices: choicesOf(row), version: row.version }
    : { choices: DEFAULT_NOTICE_CHOICES, version: 0 };
}

/** Each person's choices (the defaults for those who never chose), for the people an event tells. */
export async function noticeChoicesOf(db: DbOrTx, userIds: string[]): Promise<Map<string, NoticeChoices>> {
  const rows =
    userIds.length === 0
      ? []
      : await db.select().from(noticePreferences).where(inArray(noticePreferences.userId, userIds));
  const found = new Map(rows.map((row) => [row.userId, choicesOf(row)]));
  return new Map(userIds.map((id) => [id, found.get(id) ?? DEFAULT_NOTICE_CHOICES]));
}

const STALE = "Your notice choices were changed elsewhere first (another tab?); here is what was saved";

/** Saves the person's choices; the version read guards against a second tab's save (409). */
export async function changeNoticePreferences(
  db: Db,
  actor: Actor,
  change: NoticePreferencesChange,
  now: Date,
): Promise<NoticePreferences> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(noticePreferences)
      .where(eq(noticePreferences.userId, actor.id))
      .for("update");
    const current = row
      ? { choices: choicesOf(row), version: row.version }
      : { choices: DEFAULT_NOTICE_CHOICES, version: 0 };
    if (current.version !== change.version) throw new Conflict(STALE, { current });
    const values = Object.fromEntries(
      NOTICE_KINDS.map((kind) => [kind, change.choices[kind]]),
    ) as NoticeChoices;
    let saved: Row | undefined;
    if (row) {
      [saved] = await tx
        .update(noticePreferences)
        .set({ ...values, version: row.version + 1, updatedAt: now })
        .where(and(eq(noticePreferences.userId, actor.id), eq(noticePreferences.version, row.version)))
        .returning();
    } else {
      // Two first saves at once: the second finds the key taken and is told it is stale.
      [saved] = await tx
        .insert(noticePreferences)
        .values({ userId: actor.id, ...values, version: 1, updatedAt: now })
        .onConflictDoNothing()
        .returning();
    }
    if (!saved) throw new Conflict(STALE, { current });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "user",
      entityId: actor.id,
      action: "changeNoticePreferences",
      before: current.choices,
      after: values,
      at: now,
    });
    return { choices: choicesOf(saved), version: saved.version };
  });
}
