/**
 * Webhooks: an administrator registers URLs per event kind; a project step, a report decision or
 * an extension decision queues a signed delivery in its own transaction, sent after commit to a
 * receiver on loopback that checks the signature; failures are retried with back-off, then given
 * up, and Retry sends them again with the same delivery id.
 */
import { and, desc, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, fire, type Session, setStatus, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { startWebhookReceiver, type WebhookReceiver } from "../../../test/webhookReceiver";
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs, type WebhookEvent } from "../../domain/webhooks";
import { auditEvents, webhookDeliveries } from "../db/schema";
import { recordEvent } from "../events/recordEvent";

describe.each(databaseKinds())("webhooks on %s", (kind) => {
  let test: TestApp;
  const receivers: WebhookReceiver[] = [];
  const sessions = {} as Record<"admin" | "pm" | "fund" | "reviewer", Session>;

  beforeAll(async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    sessions.admin = await signIn(test, await buildUser(db, "admin"));
    sessions.pm = await signIn(test, await buildUser(db, "pm"));
    sessions.fund = await signIn(test, await buildUser(db, "fund_manager"));
    sessions.reviewer = await signIn(test, await buildUser(db, "reviewer", "WCA"));
  });
  afterAll(async () => {
    await test.close();
  });
  afterEach(async () => {
    // Each test's webhooks go, so the next one's receivers hear only their own events.
    const list = await call("GET", "/api/admin/webhooks");
    for (const hook of list.json()) await call("DELETE", `/api/admin/webhooks/${hook.id}`);
    for (const receiver of receivers.splice(0)) await receiver.close();
  });

  const call = (
    method: "GET" | "POST" | "PUT" | "DELETE",
    url: string,
    payload?: object,
    who = sessions.admin,
  ) => test.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });

  /** A receiver and a webhook posting to it; the receiver knows the secret shown once. */
  async function registered(events: WebhookEvent[], active = true) {
    const receiver = await startWebhookReceiver();
    receivers.push(receiver);
    const created = await call("POST", "/api/admin/webhooks", { url: receiver.url, events, active });
    expect(created.statusCode, created.body).toBe(201);
    receiver.secret = created.json().secret;
    return { receiver, hook: created.json() as { id: string; version: number } };
  }

  const deliveriesOf = (webhookId: string) =>
    test.database.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.webhookId, webhookId))
      .orderBy(desc(webhookDeliveries.createdAt));

  it("an administrator adds a webhook, sees its secret once, edits it with its version and removes it", async () => {
    const created = await call("POST", "/api/admin/webhooks", {
      url: "https://receiver.example.org/prima",
      events: ["projectStep", "reportDecided"],
      active: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    const hook = created.json();
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(hook).toMatchObject({ version: 1, active: true, events: ["projectStep", "reportDecided"] });

    const list = await call("GET", "/api/admin/webhooks");
    expect(list.json()).toHaveLength(1);
    expect(list.body).not.toContain(hook.secret);

    const edited = await call("PUT", `/api/admin/webhooks/${hook.id}`, {
      url: "http://10.0.0.5:8080/prima",
      events: ["extensionDecided"],
      active: false,
      version: 1,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, active: false, events: ["extensionDecided"] });
    expect(edited.body).not.toContain(hook.secret);

    const stale = await call("PUT", `/api/admin/webhooks/${hook.id}`, {
      url: "https://elsewhere.example.org/",
      events: ["projectStep"],
      active: true,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ version: 2, url: "http://10.0.0.5:8080/prima" });

    expect((await call("DELETE", `/api/admin/webhooks/${hook.id}`)).statusCode).toBe(204);
    expect((await call("DELETE", `/api/admin/webhooks/${hook.id}`)).statusCode).toBe(404);
    expect((await call("GET", "/api/admin/webhooks")).json()).toEqual([]);

    const audit = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "webhook"), eq(auditEvents.entityId, hook.id)));
    expect(audit.map((a) => a.action).sort()).toEqual(["create", "delete", "update"]);
    expect(JSON.stringify(audit)).not.toContain(hook.secret);
  });

  it("refuses a bad webhook field by field and changes nothing", async () => {
    const cases: [object, string][] = [
      [{ url: "ftp://files.example.org/x", events: ["projectStep"], active: true }, "url"],
      [{ url: "javascript:alert(1)", events: ["projectStep"], active: true }, "url"],
      [{ url: "not a url", events: ["projectStep"], active: true }, "url"],
      [{ url: "https://ok.example.org/", events: [], active: true }, "events"],
      [{ url: "https://ok.example.org/", events: ["projectDeleted"], active: true }, "events.0"],
      [{ url: "https://ok.example.org/", events: ["projectStep"] }, "active"],
    ];
    for (const [payload, field] of cases) {
      const refused = await call("POST", "/api/admin/webhooks", payload);
      expect(refused.statusCode, JSON.stringify(payload)).toBe(400);
      expect(refused.json().fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    const { hook } = await registered(["projectStep"]);
    const badEdit = await call("PUT", `/api/admin/webhooks/${hook.id}`, {
      url: "file:///etc/passwd",
      events: ["projectStep"],
      active: true,
      version: 1,
    });
    expect(badEdit.statusCode).toBe(400);
    const [list] = (await call("GET", "/api/admin/webhooks")).json();
    expect(list).toMatchObject({ id: hook.id, version: 1 });
    expect((await call("GET", "/api/admin/webhooks")).json()).toHaveLength(1);
  });

  it("a project step reaches the webhooks that asked for it, signed, once each, after commit", async () => {
    const { receiver, hook } = await registered(["projectStep"]);
    const other = await registered(["reportDecided", "extensionDecided"]);
    const inactive = await registered(["projectStep"], false);

    const project = await createProjectAs(test, sessions.pm);
    const submitted = await fire(test, sessions.pm, project.id, "submit", { comment: "Ready" });
    expect(submitted.statusCode, submitted.body).toBe(200);
    await test.ctx.webhooks.flush();

    expect(receiver.received).toHaveLength(1);
    const [got] = receiver.received;
    expect(got?.signatureValid).toBe(true);
    expect(got?.t).toBe(Math.floor(test.clock.now.getTime() / 1000));
    expect(got?.event).toBe("projectStep");
    expect(got?.body).toEqual({
      deliveryId: got?.deliveryId,
      event: "projectStep",
      occurredAt: test.clock.now.toISOString(),
      eventId: expect.any(Number),
      project: { id: project.id, code: project.code, title: project.title },
      actor: { name: "Test pm" },
      data: { transition: "submit", from: "draft", to: "submitted", comment: "Ready" },
    });
    expect(other.receiver.received).toEqual([]);
    expect(inactive.receiver.received).toEqual([]);

    const log = await call("GET", `/api/admin/webhook-deliveries?webhookId=${hook.id}`);
    expect(log.json()).toMatchObject({
      total: 1,
      items: [
        { id: got?.deliveryId, status: "delivered", attempts: 1, lastHttpStatus: 200, lastError: null },
      ],
    });
    expect(log.body).not.toContain(receiver.secret);

    // Sending again finds nothing left to send.
    expect(await test.ctx.webhooks.flush()).toEqual({ delivered: 0, failed: 0 });
    expect(receiver.received).toHaveLength(1);
  });

  it("a refused step queues nothing, and neither does an event whose transaction rolls back", async () => {
    const { hook } = await registered(["projectStep"]);
    const project = await createProjectAs(test, sessions.pm);
    expect((await fire(test, sessions.reviewer, project.id, "submit")).statusCode).not.toBe(200);
    expect((await fire(test, sessions.pm, project.id, "submit", { version: 99 })).statusCode).toBe(409);
    expect(await deliveriesOf(hook.id)).toEqual([]);

    await expect(
      test.database.db.transaction(async (tx) => {
        await recordEvent(
          tx,
          { projectId: project.id, actorId: sessions.pm.user.id, at: test.clock.now },
          {
            kind: "projectTransitioned",
            payload: {
              transitionId: 0,
              transition: "withdraw",
              from: "draft",
              to: "withdrawn",
              comment: "",
              details: null,
            },
          },
          { enabled: false, publicUrl: "" },
        );
        // The event and its delivery were written in this transaction…
        const queued = await tx
          .select()
          .from(webhookDeliveries)
          .where(eq(webhookDeliveries.webhookId, hook.id));
        expect(queued).toHaveLength(1);
        throw new Error("the step fails after recording its event");
      }),
    ).rejects.toThrow("the step fails");
    // …and went with it.
    expect(await deliveriesOf(hook.id)).toEqual([]);
  });

  it("an extension decision reaches the webhooks that asked for it", async () => {
    const { receiver } = await registered(["extensionDecided"]);
    const project = await createProjectAs(test, sessions.pm, {
      plannedStart: "2026-06-01",
      plannedEnd: "2027-11-30",
    });
    await setStatus(test.database.db, project.id, "active");
    const asked = await call(
      "POST",
      `/api/projects/${project.id}/extensions`,
      {
        requestedEnd: "2028-05-31",
        justification: "The partner ministry asked for six more months to finish the national survey.",
      },
      sessions.pm,
    );
    expect(asked.statusCode, asked.body).toBe(201);
    const decided = await call(
      "POST",
      `/api/extensions/${asked.json().id}/decision`,
      { decision: "refuse", version: 1, comment: "The budget year ends first" },
      sessions.fund,
    );
    expect(decided.statusCode, decided.body).toBe(200);
    await test.ctx.webhooks.flush();
    expect(receiver.received.map((r) => [r.event, r.signatureValid, r.body.data])).toEqual([
      [
        "extensionDecided",
        true,
        {
          extensionId: asked.json().id,
          decision: "refused",
          previousEnd: "2027-11-30",
          requestedEnd: "2028-05-31",
          plannedEnd: "2027-11-30",
          comment: "The budget year ends first",
        },
      ],
    ]);
  });

  it("a failing receiver is retried with growing waits, given up as failed, and Retry sends it again with the same id", async () => {
    const { receiver, hook } = await registered(["projectStep"]);
    receiver.answer = () => 503;
    const project = await createProjectAs(test, sessions.pm);
    expect((await fire(test, sessions.pm, project.id, "submit")).statusCode).toBe(200);
    const start = test.clock.now;
    try {
      await test.ctx.webhooks.flush();
      for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
        expect(receiver.received).toHaveLength(attempt);
        const [row] = await deliveriesOf(hook.id);
        expect(row).toMatchObject({ attempts: attempt, lastHttpStatus: 503 });
        expect(row?.lastError).toBe("HTTP 503: receiver is down for maintenance");
        if (attempt === MAX_DELIVERY_ATTEMPTS) {
          expect(row?.status).toBe("failed");
          break;
        }
        expect(row?.status).toBe("pending");
        const wait = retryDelayMs(attempt);
        expect(row?.nextAttemptAt.getTime()).toBe(test.clock.now.getTime() + wait);
        // Not a moment before its time…
        test.clock.now = new Date(test.clock.now.getTime() + wait - 1000);
        await test.ctx.webhooks.flush();
        expect(receiver.received).toHaveLength(attempt);
        // …and then it is sent again.
        test.clock.now = new Date(test.clock.now.getTime() + 1000);
        await test.ctx.webhooks.flush();
      }
      expect([1, 2, 4, 8, 16, 32, 60].map((m) => m * 60_000)).toEqual(
        [1, 2, 3, 4, 5, 6, 7].map(retryDelayMs),
      );
      // Every attempt was the same delivery, signed afresh.
      const ids = new Set(receiver.received.map((r) => r.deliveryId));
      expect(ids.size).toBe(1);
      expect(receiver.received.every((r) => r.signatureValid)).toBe(true);
      expect(new Set(receiver.received.map((r) => r.raw)).size).toBe(1);

      const [failed] = await deliveriesOf(hook.id);
      const log = await call("GET", "/api/admin/webhook-deliveries?status=failed");
      expect(log.json().items.map((d: { id: string }) => d.id)).toContain(failed?.id);

      receiver.answer = () => 204;
      const retried = await call("POST", `/api/admin/webhook-deliveries/${failed?.id}/retry`);
      expect(retried.statusCode, retried.body).toBe(200);
      expect(retried.json()).toMatchObject({ status: "pending", attempts: 0 });
      await test.ctx.webhooks.flush();
      const [delivered] = await deliveriesOf(hook.id);
      expect(delivered).toMatchObject({ status: "delivered", attempts: 1, lastHttpStatus: 204 });
      expect(receiver.received.at(-1)?.deliveryId).toBe(failed?.id);

      const again = await call("POST", `/api/admin/webhook-deliveries/${failed?.id}/retry`);
      expect(again.statusCode).toBe(409);
      expect(again.json().current).toMatchObject({ status: "delivered" });
      const missing = await call("POST", `/api/admin/webhook-deliveries/${crypto.randomUUID()}/retry`);
      expect(missing.statusCode).toBe(404);

      const audit = await test.database.db
        .select()
        .from(auditEvents)
        .where(
          and(eq(auditEvents.entityType, "webhookDelivery"), eq(auditEvents.entityId, String(failed?.id))),
        );
      expect(audit.map((a) => [a.action, a.actorId])).toEqual([["retry", sessions.admin.user.id]]);
      expect(test.clock.now.getTime()).toBeGreaterThan(start.getTime());
    } finally {
      test.clock.now = start;
    }
  });

  it("a redirect is not followed: the attempt fails with the receiver's status", async () => {
    const { receiver, hook } = await registered(["projectStep"]);
    receiver.answer = () => 302;
    const project = await createProjectAs(test, sessions.pm);
    expect((await fire(test, sessions.pm, project.id, "submit")).statusCode).toBe(200);
    await test.ctx.webhooks.flush();
    const [row] = await deliveriesOf(hook.id);
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastHttpStatus: 302 });
    expect(receiver.received).toHaveLength(1);
  });

  it("a receiver that cannot be reached counts as a failed attempt, to be tried again", async () => {
    const { hook } = await registered(["projectStep"]);
    // Nothing listens there: the connection is refused at once, like a receiver that is down.
    await call("PUT", `/api/admin/webhooks/${hook.id}`, {
      url: "http://127.0.0.1:9/nobody",
      events: ["projectStep"],
      active: true,
      version: 1,
    });
    const project = await createProjectAs(test, sessions.pm);
    expect((await fire(test, sessions.pm, project.id, "submit")).statusCode).toBe(200);
    expect(await test.ctx.webhooks.flush()).toEqual({ delivered: 0, failed: 1 });
    const [row] = await deliveriesOf(hook.id);
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastHttpStatus: null });
    expect(row?.lastError).toMatch(/fetch failed/);
  });
});
