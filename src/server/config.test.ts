import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

describe("configuration", () => {
  it("defaults to the embedded database in ./data on port 3000, in demo mode", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: null,
      demo: true,
      publicUrl: "http://localhost:3000",
    });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it("keeps demo accounts off by default when PRIMA listens beyond this machine", () => {
    expect(loadConfig({ HOST: "0.0.0.0" }).demo).toBe(false);
    expect(loadConfig({ HOST: "0.0.0.0", PRIMA_DEMO: "true" }).demo).toBe(true);
  });

  it("trusts no proxy unless told", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "1" }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "10.0.0.0/8, 127.0.0.1" }).trustProxy).toEqual([
      "10.0.0.0/8",
      "127.0.0.1",
    ]);
  });

  it("turns demo mode off by default on PostgreSQL", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://u@h/db" }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: "postgres://u@h/db", PRIMA_DEMO: "true" }).demo).toBe(true);
  });

  it("takes a read replica's address and its wait bound, and keeps the address out of messages", () => {
    expect(loadConfig({})).toMatchObject({ databaseReadUrl: null, readReplicaMaxWaitMs: 250 });
    expect(
      loadConfig({ DATABASE_READ_URL: "postgres://r@replica/db", READ_REPLICA_MAX_WAIT_MS: "100" }),
    ).toMatchObject({ databaseReadUrl: "postgres://r@replica/db", readReplicaMaxWaitMs: 100 });
    expect(() => loadConfig({ DATABASE_READ_URL: "mysql://r:secret@replica/db" })).toThrow(
      /DATABASE_READ_URL: must be a URL such as postgres:\/\/user@replica-host:5432\/prima$/m,
    );
    expect(() => loadConfig({ DATABASE_READ_URL: "mysql://r:secret@replica/db" })).not.toThrow(/secret/);
    expect(() => loadConfig({ READ_REPLICA_MAX_WAIT_MS: "-1" })).toThrow(/READ_REPLICA_MAX_WAIT_MS/);
  });

  it("names every bad variable at once", () => {
    try {
      loadConfig({
        PORT: "70000",
        SMTP_URL: "http://mail",
        PUBLIC_URL: "not a url",
        SESSION_SECRET: "short",
      });
      expect.fail("should have thrown");
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join("\n");
      expect(problems).toContain("PORT: must be between 1 and 65535");
      expect(problems).toContain("SMTP_URL: must be a URL such as smtp://");
      expect(problems).toContain("PUBLIC_URL: must be a URL");
      expect(problems).toContain("SESSION_SECRET: must be at least 32 characters");
      expect(problems).not.toContain("short");
    }
  });
});

describe("reminder settings", () => {
  it("runs reminders every hour on the real clock by default", () => {
    const config = loadConfig({});
    expect(config.reminderIntervalMinutes).toBe(60);
    expect(config.clockStart).toBeNull();
  });

  it("takes an interval in minutes, 0 turning the scheduler off", () => {
    expect(loadConfig({ REMINDER_INTERVAL_MINUTES: "0" }).reminderIntervalMinutes).toBe(0);
    expect(loadConfig({ REMINDER_INTERVAL_MINUTES: "0.5" }).reminderIntervalMinutes).toBe(0.5);
  });

  it("starts the clock at a date (midnight UTC) or at a date-time with its offset", () => {
    expect(loadConfig({ PRIMA_CLOCK: "2026-06-01" }).clockStart?.toISOString()).toBe(
      "2026-06-01T00:00:00.000Z",
    );
    expect(loadConfig({ PRIMA_CLOCK: "2026-06-01T09:30:00Z" }).clockStart?.toISOString()).toBe(
      "2026-06-01T09:30:00.000Z",
    );
    expect(loadConfig({ PRIMA_CLOCK: "2026-06-01T11:30:00+02:00" }).clockStart?.toISOString()).toBe(
      "2026-06-01T09:30:00.000Z",
    );
  });

  it("names a bad interval and a bad clock, each with what would be right", () => {
    try {
      loadConfig({ REMINDER_INTERVAL_MINUTES: "hourly", PRIMA_CLOCK: "2026-02-30" });
      expect.fail("should have thrown");
    } catch (error) {
      const problems = (error as ConfigError).problems.join("\n");
      expect(problems).toContain(
        "REMINDER_INTERVAL_MINUTES: must be a number of minutes (0 turns reminders off)",
      );
      expect(problems).toContain(
        'PRIMA_CLOCK: must be an ISO date such as 2026-06-01 or a date-time such as 2026-06-01T09:00:00Z (got "2026-02-30")',
      );
    }
    expect(() => loadConfig({ REMINDER_INTERVAL_MINUTES: "-5" })).toThrow(
      "REMINDER_INTERVAL_MINUTES: must be 0 (off) or more",
    );
    expect(() => loadConfig({ PRIMA_CLOCK: "2026-06-01T09:00:00" })).toThrow(
      "PRIMA_CLOCK: must be an ISO date",
    );
  });
});

describe("overload settings", () => {
  it("lets one request work at a time on the embedded database and four on PostgreSQL", () => {
    expect(loadConfig({}).admission).toEqual({
      maxConcurrentRequests: 1,
      maxQueuedRequests: 32,
      maxQueueWaitMs: 2000,
      maxConcurrentTransfers: 4,
    });
    expect(loadConfig({ DATABASE_URL: "postgres://u@h/db" }).admission).toMatchObject({
      maxConcurrentRequests: 4,
      maxQueuedRequests: 64,
    });
  });

  it("takes each limit from the environment, 0 turning a lane off", () => {
    expect(
      loadConfig({
        MAX_CONCURRENT_REQUESTS: "0",
        MAX_QUEUED_REQUESTS: "0",
        MAX_QUEUE_WAIT_MS: "500",
        MAX_CONCURRENT_TRANSFERS: "2",
      }).admission,
    ).toEqual({
      maxConcurrentRequests: 0,
      maxQueuedRequests: 0,
      maxQueueWaitMs: 500,
      maxConcurrentTransfers: 2,
    });
  });

  it("names every bad limit", () => {
    try {
      loadConfig({
        MAX_CONCURRENT_REQUESTS: "many",
        MAX_QUEUED_REQUESTS: "-1",
        MAX_QUEUE_WAIT_MS: "0",
        MAX_CONCURRENT_TRANSFERS: "2.5",
      });
      expect.fail("should have thrown");
    } catch (error) {
      const problems = (error as ConfigError).problems.join("\n");
      expect(problems).toContain(
        'MAX_CONCURRENT_REQUESTS: must be a whole number (0 turns the limit off) (got "many")',
      );
      expect(problems).toContain("MAX_QUEUED_REQUESTS: must be between 0 and 10000");
      expect(problems).toContain("MAX_QUEUE_WAIT_MS: must be between 1 and 60000");
      expect(problems).toContain("MAX_CONCURRENT_TRANSFERS: must be a whole number (0 turns the limit off)");
    }
  });
});
