/**
 * Reminders with real processes on fresh PostgreSQL databases and a real SMTP server:
 * (a) `prima remind` twice in a row, then two at once: each reminder e-mail arrives exactly once;
 * (b) `prima serve` killed with SIGKILL in the middle of its reminder run and started again: no
 *     reminder lost, none doubled, the same messages as a run that was never killed;
 * (c) the administrator's outbox page: a failed message, retried, is delivered.
 * The portfolio is generated in SQL with fixed ids, and what should be sent is computed here
 * independently of the server's code.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { addDays } from "../src/domain/calendar";
import { messageIdFor } from "../src/server/mail/outbox";
import { mailHeader, occurrences } from "../test/mailHeaders";
import { startSmtp, type TestSmtp } from "../test/smtp";
import { launchChromium, seriousA11yViolations, signInAs } from "./browser";
import { freePort, runPrima, startPrima, tempDataDir } from "./server";

const ROOT = path.resolve(import.meta.dirname, "..");
const DAY_X = "2026-06-01";
const AT_X = `${DAY_X}T08:00:00Z`;
/** Eight days later: some reports move on a step, some stay where they were. */
const DAY_Y = addDays(DAY_X, 8);
const AT_Y = `${DAY_Y}T08:00:00Z`;
/** Days from the day of the run to each generated report's due date. */
const DUE_OFFSETS = [45, 30, 20, 7, 2, 0, -1, -6, -9, -30];

// ---------------------------------------------------------------- the portfolio, generated

interface Person {
  id: string;
  email: string;
  role: "pm" | "reviewer" | "fund_manager" | "viewer";
  region: string | null;
  active: boolean;
}
interface Project {
  id: string;
  status: "approved" | "active" | "closed" | "draft";
  region: string | null;
  pm: Person;
  alt: Person | null;
}
interface Report {
  id: string;
  project: Project;
  status: "pending" | "submitted";
  dueDate: string;
}

const uuid = (kind: number, n: number) =>
  `00000000-0000-4000-8${kind.toString(16).padStart(3, "0")}-${n.toString(16).padStart(12, "0")}`;

function person(n: number, role: Person["role"], region: string | null = null, active = true): Person {
  return { id: uuid(1, n), email: `${role}.${n}@e2e.example.org`, role, region, active };
}

const PMS = [0, 1, 2, 3].map((i) => person(10 + i, "pm"));
// The fourth alternate has left: an inactive account is never reminded.
const ALTS = [0, 1, 2, 3].map((i) => person(20 + i, "pm", null, i !== 3));
const REVIEWERS = [
  person(30, "reviewer", "WCA"),
  person(31, "reviewer", "WCA"),
  person(32, "reviewer", "WCA", false),
  person(33, "reviewer", "EEA"),
];
const FUND_MANAGERS = [person(40, "fund_manager"), person(41, "fund_manager")];
const EVERYONE = [...PMS, ...ALTS, ...REVIEWERS, ...FUND_MANAGERS, person(50, "viewer")];

function portfolio(projectCount: number): { projects: Project[]; reports: Report[] } {
  const projects: Project[] = [];
  const reports: Report[] = [];
  for (let i = 0; i < projectCount; i++) {
    const status = i % 10 === 9 ? "closed" : i % 10 === 8 ? "draft" : i % 2 === 0 ? "approved" : "active";
    const project: Project = {
      id: uuid(2, i),
      status,
      region: ["WCA", "EEA", null][i % 3] ?? null,
      pm: PMS[i % 4] as Person,
      alt: i % 5 === 4 ? null : (ALTS[i % 4] as Person),
    };
    projects.push(project);
    DUE_OFFSETS.forEach((offset, j) => {
      reports.push({ id: uuid(3, i * 100 + j), project, status: "pending", dueDate: addDays(DAY_X, offset) });
    });
    // Submitted after its due date: no longer owed, never reminded.
    reports.push({ id: uuid(3, i * 100 + 99), project, status: "submitted", dueDate: addDays(DAY_X, -3) });
  }
  return { projects, reports };
}

/** The rule as the issue states it (leads 30 and 7 days, then weekly), written out on its own. */
function expectedStep(dueDate: string, today: string): string | null {
  const daysLeft = Math.round((Date.parse(dueDate) - Date.parse(today)) / 86_400_000);
  if (daysLeft > 30) return null;
  if (daysLeft > 7) return "before:30";
  if (daysLeft >= 0) return "before:7";
  return `overdue:${Math.floor((-daysLeft - 1) / 7) + 1}`;
}

/** Every reminder a run on `today` owes: report, step, person. */
function expectedReminders(reports: Report[], today: string): { key: string; to: string }[] {
  const owed: { key: string; to: string }[] = [];
  for (const report of reports) {
    const { project } = report;
    if (report.status !== "pending" || !["approved", "active"].includes(project.status)) continue;
    const step = expectedStep(report.dueDate, today);
    if (!step) continue;
    const people = [project.pm, project.alt].filter((p): p is Person => p !== null);
    if (step.startsWith("overdue")) {
      people.push(
        ...(project.region === null ? FUND_MANAGERS : REVIEWERS.filter((r) => r.region === project.region)),
      );
    }
    for (const p of new Set(people)) {
      if (p.active)
        owed.push({ key: `reminder:${report.id}:${report.dueDate}:${step}:${p.id}`, to: p.email });
    }
  }
  return owed;
}

const literal = (value: string | number | boolean | null) =>
  value === null ? "null" : typeof value === "string" ? `'${value.replace(/'/g, "''")}'` : String(value);
const rows = (values: (string | number | boolean | null)[][]) =>
  values.map((row) => `(${row.map(literal).join(", ")})`).join(",\n");

async function seed(db: pg.Client, data: { projects: Project[]; reports: Report[] }) {
  await db.query(`insert into users (id, email, name, role, region_code, password_hash, active) values
    ${rows(EVERYONE.map((p) => [p.id, p.email, `E2E ${p.role} ${p.id.slice(-2)}`, p.role, p.region, "not-a-hash", p.active]))}`);
  await db.query(`insert into projects (id, code, title, type, status, region_code, funding_year, fund_line,
      requested_budget_cents, planned_start, planned_end, actual_start, pm_id, alt_pm_id) values
    ${rows(
      data.projects.map((p, i) => [
        p.id,
        `E2E-${String(i).padStart(3, "0")}`,
        `Reminder test project ${i}`,
        "national",
        p.status,
        p.region,
        2026,
        i % 2 === 0 ? "L1" : "L2",
        15_000_000,
        "2025-01-01",
        "2027-12-31",
        p.status === "active" ? "2025-01-01" : null,
        p.pm.id,
        p.alt?.id ?? null,
      ]),
    )}`);
  await db.query(`insert into reports (id, project_id, kind, stage, sequence, period_start, period_end, due_date, status) values
    ${rows(
      data.reports.map((r, j) => {
        const periodEnd = addDays(r.dueDate, -30);
        return [
          r.id,
          r.project.id,
          j % 2 === 0 ? "narrative" : "financial",
          "interim",
          j + 1,
          addDays(periodEnd, -180),
          periodEnd,
          r.dueDate,
          r.status,
        ];
      }),
    )}`);
}

// ---------------------------------------------------------------- databases and processes

const adminUrl = inject("postgresAdminUrl");

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl ?? "" });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const databases: string[] = [];
const clients: pg.Client[] = [];

/** A new database, migrated by `prima migrate`, seeded with the portfolio. */
async function freshDatabase(data: { projects: Project[]; reports: Report[] }) {
  const name = `prima_e2e_${randomBytes(4).toString("hex")}`;
  await adminQuery(`create database ${name}`);
  databases.push(name);
  const url = new URL(adminUrl ?? "");
  url.pathname = `/${name}`;
  const migrated = await runPrima(["migrate"], { DATABASE_URL: url.toString(), DATA_DIR: tempDataDir() });
  expect(migrated.output).toContain("Migrations applied");
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  clients.push(db);
  await seed(db, data);
  const count = async (sql: string) => Number((await db.query(sql)).rows[0].n);
  return { url: url.toString(), db, count };
}

/** `prima serve` started directly, so the test can watch its reminder run from the first instant. */
function spawnServe(env: Record<string, string>): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [path.join(ROOT, "bin/prima.js"), "serve"], {
    env: { ...process.env, LOG_LEVEL: "warn", ...env },
    cwd: ROOT,
    stdio: "ignore",
  });
  return { child, exited: new Promise((resolve) => child.once("exit", (code) => resolve(code))) };
}

// Generous: a restarted `prima serve` on a loaded two-core machine can take a minute to start
// before its first reminder run; this only bounds how long a real hang takes to be reported.
async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What arrived at the SMTP server, one line per message: Message-ID, recipient, subject. */
function arrived(smtp: TestSmtp) {
  return smtp.received.map((m) => ({
    messageId: mailHeader(m.raw, "Message-ID") ?? "",
    to: m.to.join(","),
    subject: mailHeader(m.raw, "Subject") ?? "",
  }));
}

/** Each message exactly once, by Message-ID and by recipient and subject. */
function expectEachOnce(mails: ReturnType<typeof arrived>) {
  const twice = (values: string[]) => [...occurrences(values)].filter(([, n]) => n !== 1);
  expect(twice(mails.map((m) => m.messageId))).toEqual([]);
  expect(twice(mails.map((m) => `${m.to} | ${m.subject}`))).toEqual([]);
}

const queued = (output: string) => Number(/: (\d+) queued/.exec(output)?.[1] ?? Number.NaN);

describe.runIf(adminUrl)("reminders with real processes on PostgreSQL", () => {
  const smtps: TestSmtp[] = [];
  afterAll(async () => {
    for (const client of clients) await client.end().catch(() => {});
    for (const smtp of smtps) await smtp.close();
    for (const name of databases) await adminQuery(`drop database if exists ${name} with (force)`);
  });

  let first: Awaited<ReturnType<typeof freshDatabase>>;
  let firstSmtp: TestSmtp;

  it("(a) run twice in a row, then in two processes at once: each reminder e-mail arrives exactly once", async () => {
    const data = portfolio(20);
    const atX = expectedReminders(data.reports, DAY_X);
    const atY = expectedReminders(data.reports, DAY_Y);
    const all = new Map([...atX, ...atY].map((r) => [r.key, r]));
    // Some reports stay at their step from X to Y, so the later runs must skip those keys.
    expect(all.size).toBeLessThan(atX.length + atY.length);

    first = await freshDatabase(data);
    firstSmtp = await startSmtp();
    smtps.push(firstSmtp);
    const env = {
      DATABASE_URL: first.url,
      SMTP_URL: firstSmtp.url,
      DATA_DIR: tempDataDir(),
      PUBLIC_URL: "http://prima.test",
    };

    const once = await runPrima(["remind", "--now", AT_X], env);
    expect(once.code, once.output).toBe(0);
    expect(queued(once.output)).toBe(atX.length);
    expect(once.output).toContain(`E-mail: ${atX.length} sent`);
    expect(firstSmtp.received).toHaveLength(atX.length);

    const twice = await runPrima(["remind", "--now", AT_X], env);
    expect(queued(twice.output)).toBe(0);
    expect(firstSmtp.received).toHaveLength(atX.length);

    const [p, q] = await Promise.all([
      runPrima(["remind", "--now", AT_Y], env),
      runPrima(["remind", "--now", AT_Y], env),
    ]);
    expect(p.code, p.output).toBe(0);
    expect(q.code, q.output).toBe(0);
    // Whichever process recorded a reminder sent it; together they recorded each new one once.
    expect(queued(p.output) + queued(q.output)).toBe(all.size - atX.length);

    const mails = arrived(firstSmtp);
    expectEachOnce(mails);
    expect(mails).toHaveLength(all.size);
    expect(await first.count("select count(*) as n from reminders")).toBe(all.size);
    expect(await first.count("select count(*) as n from mail_outbox where status <> 'sent'")).toBe(0);
    expect(new Set(mails.map((m) => m.messageId))).toEqual(new Set([...all.keys()].map(messageIdFor)));
    for (const m of mails)
      expect(m.to).toBe(all.get([...all.keys()].find((k) => messageIdFor(k) === m.messageId) ?? "")?.to);
  });

  it("(b) a server killed with SIGKILL in the middle of its reminder run and started again loses no reminder and doubles none", async () => {
    const data = portfolio(40);
    const expected = expectedReminders(data.reports, DAY_X);
    const [killed, control] = await Promise.all([freshDatabase(data), freshDatabase(data)]);
    const [killedSmtp, controlSmtp] = await Promise.all([startSmtp(), startSmtp()]);
    smtps.push(killedSmtp, controlSmtp);
    const serveEnv = async (database: { url: string }, smtp: TestSmtp, clock: string) => ({
      DATABASE_URL: database.url,
      SMTP_URL: smtp.url,
      DATA_DIR: tempDataDir(),
      PORT: String(await freePort()),
      PRIMA_CLOCK: clock,
      REMINDER_INTERVAL_MINUTES: "1",
    });
    const remindersIn = (database: typeof killed) => database.count("select count(*) as n from reminders");

    // Watch the run from the first instant and kill the server about a quarter of the way through.
    const server = spawnServe(await serveEnv(killed, killedSmtp, AT_X));
    let atKill = 0;
    for (;;) {
      atKill = await remindersIn(killed);
      if (atKill >= expected.length / 4 || server.child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    server.child.kill("SIGKILL");
    await server.exited;
    atKill = await remindersIn(killed);
    expect(atKill, "the run was killed part-way").toBeGreaterThan(0);
    expect(atKill, "the run was killed part-way").toBeLessThan(expected.length);
    expect(killedSmtp.received.length).toBeLessThan(expected.length);

    // Started again (ten minutes later the same day), it finishes the run and delivers the outbox.
    const restarted = spawnServe(await serveEnv(killed, killedSmtp, `${DAY_X}T08:10:00Z`));
    const controlServer = spawnServe(await serveEnv(control, controlSmtp, AT_X));
    try {
      await waitFor("the restarted server to deliver every reminder", async () => {
        const pending = await killed.count("select count(*) as n from mail_outbox where status <> 'sent'");
        return (
          (await remindersIn(killed)) === expected.length &&
          pending === 0 &&
          killedSmtp.received.length >= expected.length
        );
      });
      await waitFor(
        "the control server to deliver every reminder",
        async () => controlSmtp.received.length >= expected.length,
      );
    } finally {
      restarted.child.kill("SIGTERM");
      controlServer.child.kill("SIGTERM");
      await Promise.all([restarted.exited, controlServer.exited]);
    }

    const afterCrash = arrived(killedSmtp);
    const neverKilled = arrived(controlSmtp);
    expectEachOnce(afterCrash);
    expectEachOnce(neverKilled);
    expect(afterCrash).toHaveLength(expected.length);
    const ids = (mails: typeof afterCrash) => new Set(mails.map((m) => m.messageId));
    expect(ids(afterCrash)).toEqual(new Set(expected.map((r) => messageIdFor(r.key))));
    expect(ids(afterCrash)).toEqual(ids(neverKilled));
    const lines = (mails: typeof afterCrash) => mails.map((m) => `${m.to} | ${m.subject}`).sort();
    expect(lines(afterCrash)).toEqual(lines(neverKilled));
    // Every reminder recorded in the database is a message that arrived, and the other way round.
    const keys = (await killed.db.query("select dedupe_key from reminders")).rows.map((r) =>
      messageIdFor(r.dedupe_key),
    );
    expect(new Set(keys)).toEqual(ids(afterCrash));
    expect(
      await killed.count("select count(*) as n from notifications where transition = 'reportReminder'"),
    ).toBe(expected.length);
  }, 900_000);

  it("(c) the administrator sees the outbox and retries a failed message, which is then delivered", async () => {
    const env = {
      DATABASE_URL: first.url,
      SMTP_URL: firstSmtp.url,
      DATA_DIR: tempDataDir(),
      REMINDER_INTERVAL_MINUTES: "0",
    };
    const created = await runPrima(
      [
        "create-user",
        "--email",
        "admin@e2e.example.org",
        "--role",
        "admin",
        "--password",
        "mailbox outbox retry",
      ],
      env,
    );
    expect(created.code, created.output).toBe(0);
    await first.db.query(`insert into mail_outbox (dedupe_key, to_address, subject, body_text, status, attempts, last_error, created_at, next_attempt_at)
      values ('e2e:failed', 'moved.away@e2e.example.org', '[PRIMA] E2E-000 message that failed', 'Hello', 'failed', 5, '550 5.1.1 mailbox unavailable', now() - interval '1 hour', now())`);
    const server = await startPrima(env);
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
      await signInAs(page, server.url, "admin@e2e.example.org", "mailbox outbox retry");
      await page.goto(`${server.url}/admin/outbox?status=failed`);
      await page.getByRole("heading", { name: "Mail outbox" }).waitFor();
      const row = page.getByRole("row", { name: /moved\.away@e2e\.example\.org/ });
      await expect
        .poll(() => row.getByText("550 5.1.1 mailbox unavailable").count(), { timeout: 15_000 })
        .toBe(1);
      expect(await page.getByText(/^Failed \(1\)$/).count()).toBeGreaterThan(0);
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.getByRole("button", { name: "Retry message to moved.away@e2e.example.org" }).click();
      await waitFor("the retried message to arrive", async () =>
        firstSmtp.received.some((m) => m.to.includes("moved.away@e2e.example.org")),
      );
      await page.goto(`${server.url}/admin/outbox?status=sent&q=moved.away`);
      await expect
        .poll(() => page.getByRole("row", { name: /moved\.away@e2e\.example\.org.*Sent/ }).count(), {
          timeout: 60_000,
        })
        .toBe(1);
      expect(firstSmtp.received.filter((m) => m.to.includes("moved.away@e2e.example.org"))).toHaveLength(1);

      // The PM finds the reminders among their notifications, each linking to its report.
      await first.db.query(`update users set password_hash = (select password_hash from users where email = 'admin@e2e.example.org')
        where email = '${PMS[0]?.email}'`);
      const pmPage = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
      await signInAs(pmPage, server.url, PMS[0]?.email ?? "", "mailbox outbox retry");
      await pmPage.goto(`${server.url}/notifications`);
      await pmPage.getByRole("heading", { name: "Notifications" }).waitFor();
      await expect
        .poll(() => pmPage.getByText("Report overdue: please submit it").count(), { timeout: 15_000 })
        .toBeGreaterThan(0);
      expect(await pmPage.getByText("Report still overdue (reminder 2)").count()).toBeGreaterThan(0);
      const link = pmPage.locator('a[href*="/reports/"]').first();
      expect(await link.getAttribute("href")).toMatch(/^\/projects\/[0-9a-f-]{36}\/reports\/[0-9a-f-]{36}$/);
      expect(await seriousA11yViolations(pmPage)).toEqual([]);
    } finally {
      await browser.close();
      await server.stop();
    }
  });
});
