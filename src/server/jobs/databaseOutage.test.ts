/**
 * The background jobs when the database goes away: the reminder scheduler and the outbox sender
 * do not throw, do not end the process, retry on their own, and say once in the log that the
 * database went away, however many attempts fail. The "database" here is a real socket that
 * ends every connection at once, as a PostgreSQL that is shutting down does.
 */
import { createServer, type Server, type Socket } from "node:net";
import { drizzle } from "drizzle-orm/node-postgres";
import type { FastifyBaseLogger } from "fastify";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config";
import type { AppContext } from "../context";
import type { Db } from "../db/client";
import * as schema from "../db/schema";
import { createDatabaseStatus, type StatusLog } from "../db/status";
import { createMailSender, NO_MAIL } from "../mail/sender";
import { NO_WEBHOOKS } from "../webhooks/sender";
import { createReminderScheduler } from "./scheduler";

interface Logged {
  level: string;
  message: string;
}

function capture(lines: Logged[]): StatusLog & FastifyBaseLogger {
  const at = (level: string) => (_details: object, message: string) => lines.push({ level, message });
  return { info: at("info"), warn: at("warn"), error: at("error"), debug: at("debug") } as never;
}

describe("jobs while the database is unreachable", () => {
  let refusing: Server;
  let connections = 0;
  let pool: pg.Pool;
  let db: Db;

  beforeAll(async () => {
    const sockets = new Set<Socket>();
    refusing = createServer((socket) => {
      connections++;
      sockets.add(socket);
      socket.destroy();
    });
    await new Promise<void>((resolve) => refusing.listen(0, "127.0.0.1", resolve));
    const address = refusing.address();
    const port = typeof address === "object" && address ? address.port : 0;
    pool = new pg.Pool({ connectionString: `postgres://prima@127.0.0.1:${port}/prima` });
    db = drizzle({ client: pool, schema }) as unknown as Db;
  });
  afterAll(async () => {
    await pool.end();
    await new Promise((resolve) => refusing.close(resolve));
  });

  it("the reminder scheduler retries sooner than its interval and says once that the database is gone", async () => {
    const lines: Logged[] = [];
    const status = createDatabaseStatus();
    status.logTo(capture(lines));
    const ctx = {
      config: loadConfig({ REMINDER_INTERVAL_MINUTES: "60", PRIMA_DEMO: "false" }),
      db,
      dbKind: "postgres",
      dbStatus: status,
      readReplica: null,
      now: () => new Date("2026-06-01T09:00:00Z"),
      sessionSecret: "x".repeat(32),
      version: "test",
      mail: NO_MAIL,
      webhooks: NO_WEBHOOKS,
    } satisfies AppContext;
    const scheduler = createReminderScheduler(ctx, capture(lines), { firstRetryMs: 20 });
    const before = connections;
    scheduler.start();
    try {
      // The interval is an hour: only the retries can make these attempts.
      const deadline = Date.now() + 60_000;
      while (connections - before < 4 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(connections - before).toBeGreaterThanOrEqual(4);
    } finally {
      await scheduler.stop();
    }
    expect(status.reachable).toBe(false);
    expect(lines.filter((line) => line.level === "warn")).toEqual([
      { level: "warn", message: expect.stringContaining("lost the database") },
    ]);
    expect(lines.filter((line) => line.level === "error")).toEqual([]);
  });

  it("the outbox sender waits for the database without an error per attempt", async () => {
    const lines: Logged[] = [];
    const status = createDatabaseStatus();
    status.logTo(capture(lines));
    const sender = createMailSender({
      db,
      smtpUrl: "smtp://127.0.0.1:1",
      from: "PRIMA <prima@localhost>",
      now: () => new Date(),
      status,
      logger: capture(lines) as never,
    });
    try {
      for (let attempt = 0; attempt < 3; attempt++) {
        expect(await sender.flush()).toEqual({ sent: 0, failed: 0 });
      }
    } finally {
      await sender.close();
    }
    expect(lines).toEqual([{ level: "warn", message: expect.stringContaining("lost the database") }]);
  });
});
