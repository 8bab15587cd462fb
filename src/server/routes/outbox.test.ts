/**
 * An administrator sees the outbox: what was sent to whom and when, what waits, what failed and
 * why, and can send a failed message again. Nobody else can.
 */
import { randomBytes } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../../e2e/server";
import { buildUser, type Session, signIn } from "../../../test/factories";
import { mailHeader } from "../../../test/mailHeaders";
import { startSmtp, type TestSmtp } from "../../../test/smtp";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import type { OutboxPage } from "../../domain/outbox";
import { ROLES } from "../../domain/roles";
import { buildApp } from "../app";
import { loadConfig } from "../config";
import { auditEvents, mailOutbox } from "../db/schema";
import { MAX_ATTEMPTS, messageIdFor, queueMail } from "../mail/outbox";
import { createMailSender } from "../mail/sender";
import { createContext } from "../start";

describe.each(databaseKinds())("the outbox on %s", (kind) => {
  let test: TestApp;
  let smtp: TestSmtp;
  const sessions = new Map<string, Session>();
  const admin = () => sessions.get("admin") as Session;

  beforeAll(async () => {
    smtp = await startSmtp();
    test = await startTestApp(kind, { SMTP_URL: smtp.url });
    for (const role of ROLES) {
      sessions.set(
        role,
        await signIn(test, await buildUser(test.database.db, role, role === "reviewer" ? "WCA" : null)),
      );
    }
  });
  afterAll(async () => {
    await test.close();
    await smtp.close();
  });

  const list = (query = "", who: Session | null = admin()) =>
    test.app.inject({ method: "GET", url: `/api/admin/outbox${query}`, headers: who?.headers ?? {} });
  const retry = (id: number, who: Session | null = admin()) =>
    test.app.inject({ method: "POST", url: `/api/admin/outbox/${id}/retry`, headers: who?.headers ?? {} });

  /** Queues messages whose subjects carry a token of their own, so a search finds only them. */
  async function queue(count: number, start: Date) {
    const token = `t${randomBytes(4).toString("hex")}`;
    const keys: string[] = [];
    for (let i = 0; i < count; i++) {
      const dedupeKey = `test:${token}:${i}`;
      keys.push(dedupeKey);
      await queueMail(test.database.db, {
        dedupeKey,
        to: `person${i}@example.org`,
        subject: `[PRIMA] ${token} message ${i}`,
        text: "Hello",
        at: new Date(start.getTime() + i * 60_000),
      });
    }
    return { token, keys };
  }

  it("answers 401 to anonymous people and 403 to every role but the administrator", async () => {
    expect((await list("", null)).statusCode).toBe(401);
    expect((await retry(1, null)).statusCode).toBe(401);
    for (const role of ROLES.filter((r) => r !== "admin")) {
      const who = sessions.get(role) as Session;
      expect((await list("", who)).statusCode, role).toBe(403);
      expect((await list("?status=nonsense", who)).statusCode, role).toBe(403);
      expect((await retry(1, who)).statusCode, role).toBe(403);
    }
    expect((await list()).statusCode).toBe(200);
  });

  it("lists messages newest first with counts per status, by status, by address or subject, page by page", async () => {
    const { token, keys } = await queue(5, new Date("2026-03-01T08:00:00Z"));
    const byKey = (key: string) => eq(mailOutbox.dedupeKey, key);
    const sentAt = new Date("2026-03-01T09:00:00Z");
    await test.database.db
      .update(mailOutbox)
      .set({ status: "sent", sentAt, attempts: 1 })
      .where(byKey(keys[0] ?? ""));
    await test.database.db
      .update(mailOutbox)
      .set({ status: "sent", sentAt, attempts: 1 })
      .where(byKey(keys[1] ?? ""));
    await test.database.db
      .update(mailOutbox)
      .set({ status: "failed", attempts: MAX_ATTEMPTS, lastError: "550 mailbox unavailable" })
      .where(byKey(keys[2] ?? ""));

    const all = (await list(`?q=${token}`)).json() as OutboxPage;
    expect(all.total).toBe(5);
    expect(all.counts).toEqual({ pending: 2, sent: 2, failed: 1 });
    expect(all.mailEnabled).toBe(true);
    expect(all.items.map((m) => m.subject)).toEqual(
      [4, 3, 2, 1, 0].map((i) => `[PRIMA] ${token} message ${i}`),
    );
    expect(all.items[4]).toMatchObject({
      to: "person0@example.org",
      status: "sent",
      attempts: 1,
      lastError: null,
      createdAt: "2026-03-01T08:00:00.000Z",
      sentAt: "2026-03-01T09:00:00.000Z",
    });

    const failed = (await list(`?q=${token}&status=failed`)).json() as OutboxPage;
    expect(failed.items.map((m) => [m.to, m.lastError, m.attempts])).toEqual([
      ["person2@example.org", "550 mailbox unavailable", MAX_ATTEMPTS],
    ]);
    expect(failed.total).toBe(1);

    const byAddress = (await list(`?q=PERSON3@example`)).json() as OutboxPage;
    expect(byAddress.items.every((m) => m.to === "person3@example.org")).toBe(true);
    expect(byAddress.items.length).toBeGreaterThan(0);

    const page2 = (await list(`?q=${token}&limit=2&offset=2`)).json() as OutboxPage;
    expect(page2.items.map((m) => m.subject)).toEqual([2, 1].map((i) => `[PRIMA] ${token} message ${i}`));
    expect(page2.total).toBe(5);
    expect((await list("?limit=0")).statusCode).toBe(400);
  });

  it("a message that cannot be delivered is tried again with a growing delay, then shown as failed with the error; retried by the administrator, it is delivered", async () => {
    // Within the administrator's 12-hour session.
    test.clock.now = new Date("2026-03-02T10:00:00Z");
    const { token, keys } = await queue(1, test.clock.now);
    // Other tests' messages are not due meanwhile: this one alone is tried.
    await test.database.db
      .update(mailOutbox)
      .set({ nextAttemptAt: new Date("2100-01-01T00:00:00Z") })
      .where(and(eq(mailOutbox.status, "pending"), ne(mailOutbox.dedupeKey, keys[0] ?? "")));
    // The mail server is down: a sender pointed at a closed port.
    const down = createMailSender({
      db: test.database.db,
      smtpUrl: `smtp://127.0.0.1:${await freePort()}`,
      from: "PRIMA <prima@localhost>",
      now: () => test.clock.now,
      status: test.database.status,
    });
    try {
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        expect(await down.flush()).toEqual({ sent: 0, failed: 1 });
        const [row] = (await list(`?q=${token}`)).json().items as OutboxPage["items"];
        expect(row).toMatchObject({
          attempts: attempt,
          status: attempt < MAX_ATTEMPTS ? "pending" : "failed",
        });
        expect(row?.lastError).toMatch(/ECONNREFUSED|connect/i);
        // Not tried again before its next attempt is due; the delay doubles.
        expect(await down.flush()).toEqual({ sent: 0, failed: 0 });
        expect(Date.parse(row?.nextAttemptAt ?? "") - test.clock.now.getTime()).toBe(
          60_000 * 2 ** (attempt - 1),
        );
        test.clock.now = new Date(Date.parse(row?.nextAttemptAt ?? ""));
      }
    } finally {
      await down.close();
    }
    const [failed] = (await list(`?q=${token}&status=failed`)).json().items as OutboxPage["items"];
    if (!failed) throw new Error("no failed message");

    // The mail server is back: the administrator retries.
    const response = await retry(failed.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      status: "pending",
      attempts: 0,
      nextAttemptAt: test.clock.now.toISOString(),
    });
    await test.ctx.mail.flush();
    const [sent] = (await list(`?q=${token}`)).json().items as OutboxPage["items"];
    expect(sent).toMatchObject({
      status: "sent",
      attempts: 1,
      lastError: null,
      sentAt: test.clock.now.toISOString(),
    });
    const arrived = smtp.received.filter(
      (m) => mailHeader(m.raw, "Message-ID") === messageIdFor(keys[0] ?? ""),
    );
    expect(arrived).toHaveLength(1);
    const audit = await test.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, String(failed.id)));
    expect(audit.map((a) => [a.entityType, a.action, a.actorId])).toContainEqual([
      "mail",
      "retry",
      admin().user.id,
    ]);
  });

  it("retrying a message that has not failed is refused (409), an unknown one is 404", async () => {
    const { token } = await queue(1, new Date("2026-05-01T08:00:00Z"));
    const [pending] = (await list(`?q=${token}`)).json().items as OutboxPage["items"];
    const refused = await retry(pending?.id ?? 0);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ error: "conflict", current: { status: "pending" } });
    expect((await retry(987_654_321)).statusCode).toBe(404);
  });

  it("tells the administrator when e-mail is off", async () => {
    const config = loadConfig({ LOG_LEVEL: "silent", PRIMA_DEMO: "false", DATA_DIR: test.dataDir });
    const app = await buildApp(await createContext(config, test.database, () => test.clock.now), {
      logger: false,
    });
    try {
      const response = await app.inject({
        method: "GET",
        url: "/api/admin/outbox",
        headers: admin().headers,
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().mailEnabled).toBe(false);
    } finally {
      await app.close();
    }
  });
});
