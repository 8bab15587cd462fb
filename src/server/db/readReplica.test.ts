import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, projectInput, TEST_PASSWORD, type TestUser } from "../../../test/factories";
import {
  type ReplicatedPostgres,
  replicationUnavailable,
  startReplicatedPostgres,
} from "../../../test/replicatedPostgres";
import { waitUntil } from "../../../test/waitUntil";
import { buildApp } from "../app";
import { loadConfig } from "../config";
import type { AppContext } from "../context";
import { createContext, prepareDatabase } from "../start";
import { type Database, openDatabase } from "./client";
import { WRITE_POSITION_COOKIE, walPosition } from "./readReplica";

describe("WAL positions", () => {
  it("order as PostgreSQL orders them, and anything else is no position", () => {
    const low = walPosition("0/FFFFFFFF");
    const high = walPosition("1/0");
    expect(low).not.toBeNull();
    expect(high).not.toBeNull();
    expect((high ?? 0n) > (low ?? 0n)).toBe(true);
    expect(walPosition("16/B374D848")).toBe((0x16n << 32n) + 0xb374d848n);
    for (const bad of ["", "16", "16/", "x/1", "1/2/3", "123456789/0", null, undefined]) {
      expect(walPosition(bad)).toBeNull();
    }
  });
});

const unavailable = replicationUnavailable();
if (unavailable) console.warn(`read replica test skipped: ${unavailable}`);

/**
 * The standby applies each commit only after this delay, so that "right after a write" is
 * reliably before the replica has it, even on a loaded machine.
 */
const APPLY_DELAY_MS = 2_000;

describe.skipIf(unavailable !== null)("a read replica made by pg_basebackup -R", () => {
  let pair: ReplicatedPostgres | null = null;
  let database: Database | null = null;
  const apps: { app: Awaited<ReturnType<typeof buildApp>>; ctx: AppContext }[] = [];
  let pm: TestUser;
  let viewer: TestUser;

  beforeAll(async () => {
    pair = await startReplicatedPostgres([`recovery_min_apply_delay = '${APPLY_DELAY_MS}ms'`]);
    database = await openDatabase({ kind: "postgres", url: pair.primaryUrl });
    await prepareDatabase(database, { demo: false });
    pm = await buildUser(database.db, "pm");
    viewer = await buildUser(database.db, "viewer");
  });

  afterAll(async () => {
    for (const { app } of apps.splice(0)) await app.close().catch(() => {});
    await database?.close().catch(() => {});
    await pair?.destroy();
  });

  /** A PRIMA server on the pair; several of them stand for several servers behind a balancer. */
  async function server(maxWaitMs: number, settings: Record<string, string> = {}) {
    if (!pair || !database) throw new Error("no databases");
    const config = loadConfig({
      LOG_LEVEL: "silent",
      PRIMA_DEMO: "false",
      LOGIN_RATE_LIMIT: "10000",
      REMINDER_INTERVAL_MINUTES: "0",
      DATABASE_URL: pair.primaryUrl,
      DATABASE_READ_URL: pair.standbyUrl,
      READ_REPLICA_MAX_WAIT_MS: String(maxWaitMs),
      ...settings,
    });
    const ctx = await createContext(config, database, () => new Date("2026-03-02T09:00:00Z"));
    const app = await buildApp(ctx, { logger: false });
    apps.push({ app, ctx });
    const replica = ctx.readReplica;
    if (!replica) throw new Error("the replica was not configured");
    return { app, replica };
  }

  async function signIn(app: Awaited<ReturnType<typeof buildApp>>, user: TestUser) {
    const response = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const session = response.cookies.find((c) => c.name === "prima_session")?.value;
    return { cookie: `prima_session=${session}`, "x-csrf-token": response.json().csrfToken as string };
  }

  async function query<T>(url: string, text: string): Promise<T[]> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(text)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /** Waits until the standby has replayed everything the primary has written so far. */
  async function replicaCaughtUp() {
    if (!pair) throw new Error("no databases");
    const [primary] = await query<{ position: string }>(
      pair.primaryUrl,
      "select pg_current_wal_lsn()::text as position",
    );
    const target = walPosition(primary?.position) ?? 0n;
    const standby = pair.standbyUrl;
    await waitUntil(async () => {
      const [row] = await query<{ position: string }>(
        standby,
        "select pg_last_wal_replay_lsn()::text as position",
      );
      return (walPosition(row?.position) ?? 0n) >= target;
    }, "the standby to replay the primary's WAL");
  }

  it("shows a user's new project on the replica path right after they create it", async () => {
    const { app, replica } = await server(10_000);
    const headers = await signIn(app, pm);
    const title = "Replicated labour mobility pilot";
    const created = await app.inject({
      method: "POST",
      url: "/api/projects",
      headers,
      payload: projectInput({ title }),
    });
    expect(created.statusCode).toBe(201);
    const { code } = created.json();
    const written = walPosition(created.cookies.find((c) => c.name === WRITE_POSITION_COOKIE)?.value);
    expect(written).not.toBeNull();
    // The replica has not replayed it yet: reading it as it is would miss the user's change.
    const [replayed] = await query<{ position: string }>(
      pair?.standbyUrl ?? "",
      "select pg_last_wal_replay_lsn()::text as position",
    );
    expect(walPosition(replayed?.position) ?? 0n).toBeLessThan(written ?? 0n);

    const before = { ...replica.counts };
    const list = await app.inject({ method: "GET", url: "/api/projects?pageSize=100", headers });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((p: { code: string }) => p.code)).toContain(code);
    const search = await app.inject({ method: "GET", url: "/api/search?q=replicated", headers });
    expect(search.statusCode).toBe(200);
    expect(JSON.stringify(search.json())).toContain(code);
    // Answered by the replica, which the first read waited for.
    expect(replica.counts.replica - before.replica).toBe(2);
    expect(replica.counts.waited - before.waited).toBeGreaterThanOrEqual(1);
    expect(replica.counts.primary).toBe(before.primary);
  });

  it("honours the write's cookie on another server that did not see the write", async () => {
    const writer = await server(10_000);
    const reader = await server(10_000);
    const headers = await signIn(writer.app, pm);
    const title = "Cookie-carried mobility assessment";
    const created = await writer.app.inject({
      method: "POST",
      url: "/api/projects",
      headers,
      payload: projectInput({ title }),
    });
    expect(created.statusCode).toBe(201);
    const position = created.cookies.find((c) => c.name === WRITE_POSITION_COOKIE)?.value;
    const list = await reader.app.inject({
      method: "GET",
      url: "/api/projects?pageSize=100",
      headers: { ...headers, cookie: `${headers.cookie}; ${WRITE_POSITION_COOKIE}=${position}` },
    });
    expect(list.json().items.map((p: { code: string }) => p.code)).toContain(created.json().code);
    expect(reader.replica.counts).toMatchObject({ replica: 1, waited: 1, primary: 0 });
  });

  it("lets others use the server while a read waits for the replica to replay its user's write", async () => {
    // One request at a time, so that a read holding its slot through the wait would hold up all.
    const { app, replica } = await server(10_000, {
      MAX_CONCURRENT_REQUESTS: "1",
      MAX_QUEUE_WAIT_MS: "30000",
    });
    const pmHeaders = await signIn(app, pm);
    const viewerHeaders = await signIn(app, viewer);
    const created = await app.inject({
      method: "POST",
      url: "/api/projects",
      headers: pmHeaders,
      payload: projectInput({ title: "Patient replica pilot" }),
    });
    expect(created.statusCode).toBe(201);
    let listed = false;
    const list = app
      .inject({ method: "GET", url: "/api/projects?pageSize=100", headers: pmHeaders })
      .then((r) => {
        listed = true;
        return r;
      });
    await waitUntil(() => replica.waitingForReplay === 1, "the PM's list to wait for the replica");
    // The viewer's page is answered while the PM's list is still waiting, not after it.
    const page = await app.inject({
      method: "GET",
      url: `/api/projects/${created.json().id}`,
      headers: viewerHeaders,
    });
    expect(page.statusCode).toBe(200);
    expect(listed).toBe(false);
    const answered = await list;
    expect(answered.statusCode).toBe(200);
    expect(answered.json().items.map((p: { code: string }) => p.code)).toContain(created.json().code);
  });

  it("reads from the primary when the replica is further behind than the bound", async () => {
    const { app, replica } = await server(50);
    const headers = await signIn(app, pm);
    const created = await app.inject({
      method: "POST",
      url: "/api/projects",
      headers,
      payload: projectInput({ title: "Bounded wait pilot" }),
    });
    expect(created.statusCode).toBe(201);
    const list = await app.inject({ method: "GET", url: "/api/projects?pageSize=100", headers });
    expect(list.json().items.map((p: { code: string }) => p.code)).toContain(created.json().code);
    expect(replica.counts).toMatchObject({ replica: 0, primary: 1 });
  });

  it("never keeps the replica's older figures under the primary's newer change counter", async () => {
    const { app } = await server(10_000);
    const pmHeaders = await signIn(app, pm);
    const viewerHeaders = await signIn(app, viewer);
    await replicaCaughtUp();
    const projects = async () => {
      const response = await app.inject({
        method: "GET",
        url: "/api/portfolio/summary",
        headers: viewerHeaders,
      });
      expect(response.statusCode).toBe(200);
      return response.json().headline.projects as number;
    };
    const before = await projects();
    const created = await app.inject({
      method: "POST",
      url: "/api/projects",
      headers: pmHeaders,
      payload: projectInput(),
    });
    expect(created.statusCode).toBe(201);
    // The viewer did not write: the replica answers as it is, without the new project...
    expect(await projects()).toBe(before);
    await replicaCaughtUp();
    // ...and once it has replayed the write, the viewer sees it: that older answer was not kept.
    expect(await projects()).toBe(before + 1);
  });

  it("reads from the primary while the replica is down", async () => {
    const { app, replica } = await server(10_000);
    const headers = await signIn(app, pm);
    await pair?.stopStandby();
    try {
      const list = await app.inject({ method: "GET", url: "/api/projects?pageSize=100", headers });
      expect(list.statusCode).toBe(200);
      expect(list.json().total).toBeGreaterThanOrEqual(4);
      const summary = await app.inject({ method: "GET", url: "/api/portfolio/summary", headers });
      expect(summary.statusCode).toBe(200);
      expect(replica.counts).toMatchObject({ replica: 0, primary: 2 });
    } finally {
      await pair?.startStandby();
    }
  });
});
