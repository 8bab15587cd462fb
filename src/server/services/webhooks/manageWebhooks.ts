/**
 * Administrators register, edit and remove webhooks; every change is audited (never the secret).
 * The signing secret is made here and shown once, in the answer to adding the webhook.
 */
import { randomBytes } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import { Conflict, NotFound } from "../../../domain/errors";
import type { WebhookInput, WebhookUpdate } from "../../../domain/webhooks";
import type { Db } from "../../db/client";
import { webhooks } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { presentWebhook } from "../../presenters/webhook";
import { recordAudit } from "../audit/recordAudit";

const STALE =
  "This webhook changed after you opened it (someone else edited it). Nothing was saved; reload to see it.";

/** What the audit trail keeps of a webhook. */
const audited = (row: { url: string; events: string[]; active: boolean }) => ({
  url: row.url,
  events: row.events,
  active: row.active,
});

export async function listWebhooks(db: Db, actor: Actor) {
  authorize(actor, "administerWebhooks");
  const rows = await db.select().from(webhooks).orderBy(asc(webhooks.createdAt), asc(webhooks.id));
  return rows.map(presentWebhook);
}

export async function createWebhook(db: Db, actor: Actor, input: WebhookInput, now: Date) {
  authorize(actor, "administerWebhooks");
  const secret = `whsec_${randomBytes(32).toString("base64url")}`;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(webhooks)
      .values({ ...input, secret, createdAt: now, updatedAt: now })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "webhook",
      entityId: row.id,
      action: "create",
      after: audited(row),
      at: now,
    });
    return { ...presentWebhook(row), secret };
  });
}

export async function updateWebhook(db: Db, actor: Actor, id: string, input: WebhookUpdate, now: Date) {
  authorize(actor, "administerWebhooks");
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(webhooks).where(eq(webhooks.id, id)).for("update");
    if (!current) throw new NotFound("This webhook");
    if (current.version !== input.version) throw new Conflict(STALE, { current: presentWebhook(current) });
    const [row] = await tx
      .update(webhooks)
      .set({
        url: input.url,
        events: input.events,
        active: input.active,
        updatedAt: now,
        version: sql`${webhooks.version} + 1`,
      })
      .where(and(eq(webhooks.id, id), eq(webhooks.version, input.version)))
      .returning();
    if (!row) throw new Conflict(STALE, { current: presentWebhook(current) });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "webhook",
      entityId: id,
      action: "update",
      before: audited(current),
      after: audited(row),
      at: now,
    });
    return presentWebhook(row);
  });
}

/** Removes a webhook and its delivery log; what was still waiting is not sent. */
export async function deleteWebhook(db: Db, actor: Actor, id: string, now: Date) {
  authorize(actor, "administerWebhooks");
  await db.transaction(async (tx) => {
    const [removed] = await tx.delete(webhooks).where(eq(webhooks.id, id)).returning();
    if (!removed) throw new NotFound("This webhook");
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "webhook",
      entityId: id,
      action: "delete",
      before: audited(removed),
      at: now,
    });
  });
}
