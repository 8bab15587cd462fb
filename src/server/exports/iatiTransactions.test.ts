/**
 * Acceptance (issue 15, section 6): the demo portfolio's IATI export reports a commitment for
 * each funded project, on the day of its approval and for its approved amount, and expenditure
 * that follows its accepted financial reports, adding up to the latest one to the cent; the file
 * still validates against the 2.03 schema.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { and, asc, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { dayOf } from "../../domain/calendar";
import { budgetRevisions, projects, projectTransitions, reportAreaExpenditures, reports } from "../db/schema";
import { DEMO_TODAY } from "../db/seed/demo/history";
import { DEMO_PASSWORD, seedDemoIfEmpty } from "../demo";

const run = promisify(execFile);
const IATI_DIR = fileURLToPath(new URL("./iati-2.03/", import.meta.url));

interface Transaction {
  type: string;
  date: string;
  valueDate: string;
  cents: number;
  provider: string | null;
  receiver: string | null;
}

function transactionsByCode(xml: string, prefix: string): Map<string, Transaction[]> {
  const byCode = new Map<string, Transaction[]>();
  for (const activity of xml.split("<iati-activity ").slice(1)) {
    const code =
      activity.match(/<iati-identifier>([^<]+)<\/iati-identifier>/)?.[1]?.slice(prefix.length) ?? "";
    byCode.set(
      code,
      [...activity.matchAll(/<transaction>(.*?)<\/transaction>/g)].map(([, inner = ""]) => ({
        type: inner.match(/<transaction-type code="(\d+)"/)?.[1] ?? "",
        date: inner.match(/<transaction-date iso-date="([^"]+)"/)?.[1] ?? "",
        valueDate: inner.match(/value-date="([^"]+)"/)?.[1] ?? "",
        cents: Math.round(Number(inner.match(/<value [^>]*>([^<]+)<\/value>/)?.[1]) * 100),
        provider: inner.match(/<provider-org ref="([^"]+)"/)?.[1] ?? null,
        receiver: inner.match(/<receiver-org ref="([^"]+)"/)?.[1] ?? null,
      })),
    );
  }
  return byCode;
}

describe.each(databaseKinds())("IATI transactions of the demo portfolio (%s)", (kind) => {
  let test: TestApp;
  let xml: string;
  let byCode: Map<string, Transaction[]>;
  let workDir: string;

  beforeAll(async () => {
    test = await startTestApp(kind);
    await seedDemoIfEmpty(test.database.db);
    // The export's today is the demo's, so that everything the demo did has happened.
    test.clock.now = DEMO_TODAY;
    const login = await test.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: "fund@example.org", password: DEMO_PASSWORD },
    });
    const cookie = login.cookies.find((c) => c.name === "prima_session");
    const response = await test.app.inject({
      url: "/api/projects/export?format=iati",
      headers: { cookie: `prima_session=${cookie?.value}` },
    });
    expect(response.statusCode).toBe(200);
    xml = response.body;
    byCode = transactionsByCode(xml, `${test.ctx.config.iati.reportingOrgRef}-`);
    workDir = await mkdtemp(path.join(tmpdir(), "prima-iati-tx-"));
  });
  afterAll(async () => {
    await test?.close();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it("still validates against the IATI 2.03 schema", async () => {
    const file = path.join(workDir, "activities.xml");
    await writeFile(file, xml);
    const lint = await run("xmllint", [
      "--noout",
      "--schema",
      path.join(IATI_DIR, "iati-activities-schema.xsd"),
      file,
    ]).catch((error: { stderr: string; code: number }) => error);
    expect("code" in lint ? lint.stderr : "").toBe("");
  });

  it("commits each approved, active or closed project's approved amount on the day of its approval", async () => {
    const db = test.database.db;
    const rows = await db
      .select({
        code: projects.code,
        status: projects.status,
        approved: projects.approvedBudgetCents,
        id: projects.id,
      })
      .from(projects);
    const approvals = await db
      .select({ projectId: projectTransitions.projectId, at: projectTransitions.at })
      .from(projectTransitions)
      .where(eq(projectTransitions.toStatus, "approved"));
    const approvedOn = new Map<string, string>();
    for (const a of approvals) {
      const day = dayOf(a.at);
      if ((approvedOn.get(a.projectId) ?? "") < day) approvedOn.set(a.projectId, day);
    }
    const revised = await db
      .select()
      .from(budgetRevisions)
      .where(eq(budgetRevisions.status, "approved"))
      .orderBy(asc(budgetRevisions.decidedAt));
    let funded = 0;
    let withRevisions = 0;
    for (const project of rows) {
      const commitments = (byCode.get(project.code) ?? []).filter((t) => t.type === "2");
      const revisions = revised.filter((r) => r.projectId === project.id);
      if (revisions.length > 0) {
        // Approved at first, then each revision's change on its day: together, the budget now.
        withRevisions++;
        expect(commitments[0]).toMatchObject({
          date: approvedOn.get(project.id),
          cents: revisions[0]?.previousCents,
        });
        expect(commitments.slice(1).map((c) => [c.date, c.cents])).toEqual(
          revisions.map((r) => [dayOf(r.decidedAt as Date), r.newCents - r.previousCents]),
        );
        expect(commitments.reduce((sum, c) => sum + c.cents, 0)).toBe(project.approved);
        funded++;
      } else if (["approved", "active", "closed"].includes(project.status)) {
        funded++;
        const day = approvedOn.get(project.id);
        expect(commitments, project.code).toEqual([
          {
            type: "2",
            date: day,
            valueDate: day,
            cents: project.approved,
            provider: "XM-DAC-47066",
            receiver: "XM-DAC-47066",
          },
        ]);
      } else {
        expect(byCode.get(project.code), project.code).toEqual([]);
      }
    }
    expect(funded).toBeGreaterThan(100);
    expect(withRevisions).toBeGreaterThanOrEqual(2);
  });

  it("reports a revised project's original budget (type 1) and its revised one (type 2), each per year", async () => {
    const revised = await test.database.db
      .select({
        code: projects.code,
        approved: projects.approvedBudgetCents,
        first: budgetRevisions.previousCents,
      })
      .from(budgetRevisions)
      .innerJoin(projects, eq(projects.id, budgetRevisions.projectId))
      .where(eq(budgetRevisions.status, "approved"))
      .orderBy(asc(budgetRevisions.decidedAt));
    expect(revised.length).toBeGreaterThanOrEqual(2);
    const seen = new Set<string>();
    const prefix = `${test.ctx.config.iati.reportingOrgRef}-`;
    for (const project of revised) {
      // The original budget is what the earliest revision started from.
      if (seen.has(project.code)) continue;
      seen.add(project.code);
      const activity = xml
        .split("<iati-activity ")
        .find((a) => a.includes(`<iati-identifier>${prefix}${project.code}</iati-identifier>`)) as string;
      const sum = (type: string) =>
        [...activity.matchAll(new RegExp(`<budget type="${type}"[^>]*>.*?<value[^>]*>([^<]+)</value>`, "g"))]
          .map(([, v]) => Math.round(Number(v) * 100))
          .reduce((a, b) => a + b, 0);
      expect(sum("1"), project.code).toBe(project.first);
      expect(sum("2"), project.code).toBe(project.approved);
    }
  });

  it("reports expenditure that adds up to each project's latest accepted financial report, to the cent", async () => {
    const db = test.database.db;
    const accepted = await db
      .select({ code: projects.code, id: reports.id, periodEnd: reports.periodEnd, stage: reports.stage })
      .from(reports)
      .innerJoin(projects, eq(projects.id, reports.projectId))
      .where(and(eq(reports.kind, "financial"), eq(reports.status, "accepted")))
      .orderBy(desc(reports.periodEnd), desc(reports.stage));
    const spentByReport = new Map<string, number>();
    for (const row of await db.select().from(reportAreaExpenditures)) {
      spentByReport.set(row.reportId, (spentByReport.get(row.reportId) ?? 0) + row.amountCents);
    }
    const latest = new Map<string, number>();
    const reportCount = new Map<string, number>();
    for (const row of accepted) {
      if (!latest.has(row.code)) latest.set(row.code, spentByReport.get(row.id) ?? 0);
      reportCount.set(row.code, (reportCount.get(row.code) ?? 0) + 1);
    }
    expect(latest.size).toBeGreaterThan(50);
    let several = 0;
    for (const [code, transactions] of byCode) {
      const expenditures = transactions.filter((t) => t.type === "4");
      expect(
        expenditures.reduce((sum, t) => sum + t.cents, 0),
        code,
      ).toBe(latest.get(code) ?? 0);
      expect(expenditures.length, code).toBeLessThanOrEqual(reportCount.get(code) ?? 0);
      for (const t of expenditures) {
        expect(t.date <= dayOf(DEMO_TODAY) && t.valueDate === t.date, code).toBe(true);
        expect([t.provider, t.receiver]).toEqual(["XM-DAC-47066", null]);
      }
      // In date order: the commitment first, revisions' changes and expenditure as they came.
      const dates = transactions.map((t) => t.date);
      expect(dates, code).toEqual([...dates].sort());
      if (expenditures.length > 1) several++;
    }
    expect(several).toBeGreaterThan(20);
  });
});
