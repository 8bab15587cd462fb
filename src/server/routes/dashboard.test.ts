/**
 * Acceptance: every dashboard figure for one region and one funding year of the demo portfolio
 * equals a hand-written SQL query over the same data; a regional viewer sees only their region
 * and no filter widens it; signed out gets 401; bad filters get field-level 400s.
 */
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Headers, signInDemo } from "../../../test/demoPortfolio";
import { buildUser, signIn } from "../../../test/factories";
import { sqlRows } from "../../../test/sqlRows";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { shareAmounts } from "../../domain/allocation";
import type { FigureTable } from "../../domain/figures";
import { seedDemoIfEmpty } from "../demo";

const REGION = "EHA";
const YEAR = 2025;
const TODAY = "2026-11-01";
const ONE = `region=${REGION}&yearFrom=${YEAR}&yearTo=${YEAR}`;

/** round(n / 10000), half away from zero, on exact integers. */
function roundTenThousandths(total: string | number): number {
  const n = BigInt(String(total));
  return Number((n * 2n + 10000n) / 20000n);
}

describe.each(databaseKinds())("dashboard figures on the demo portfolio (%s)", (kind) => {
  let test: TestApp;
  let fund: Headers;

  async function chart(name: string, query = ONE, headers = fund): Promise<FigureTable[]> {
    const response = await test.app.inject({
      method: "GET",
      url: `/api/dashboard/${name}?${query}`,
      headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { tables: FigureTable[] }).tables;
  }

  async function table(name: string, query = ONE, headers = fund, id = name) {
    const found = (await chart(name, query, headers)).find((t) => t.id === id);
    if (!found) throw new Error(`no table ${id}`);
    return found.rows;
  }

  beforeAll(async () => {
    test = await startTestApp(kind);
    await seedDemoIfEmpty(test.database.db);
    test.clock.now = new Date(`${TODAY}T09:00:00Z`);
    fund = await signInDemo(test, "fund@example.org");
  });
  afterAll(async () => test?.close());

  it("projects and approved budget for the region and year equal a count and sums over projects", async () => {
    const [expected] = await sqlRows<{ n: number; approved: string; requested: string }>(
      test.database.db,
      sql`select count(*)::int as n, coalesce(sum(approved_budget_cents), 0)::text as approved,
            sum(requested_budget_cents)::text as requested
          from projects where region_code = ${REGION} and funding_year = ${YEAR}`,
    );
    expect(expected?.n).toBeGreaterThan(0);
    expect(await table("portfolio")).toEqual([
      {
        region: REGION,
        fundingYear: YEAR,
        projects: expected?.n,
        approvedBudget: Number(expected?.approved),
        requestedBudget: Number(expected?.requested),
      },
    ]);
  });

  it.each([
    ["areas", "area", "project_area_shares", "area_code"],
    ["activities", "activity", "project_activity_shares", "activity_code"],
  ])(
    "budget by %s sums each project's budget split by its shares as on its page",
    async (name, key, shares, code) => {
      const shareRows = await sqlRows<{
        project: string;
        code: string;
        hundredths: number;
        approved: string;
        requested: string;
      }>(
        test.database.db,
        sql`select p.id as project, s.${sql.raw(code)} as code, s.share_hundredths as hundredths,
            coalesce(p.approved_budget_cents, 0)::text as approved, p.requested_budget_cents::text as requested
          from projects p join ${sql.raw(shares)} s on s.project_id = p.id
          where p.region_code = ${REGION} and p.funding_year = ${YEAR}`,
      );
      // Each project split by the domain rule (domain shareAmounts), then summed per code.
      const expected = new Map<string, { n: number; approved: number; requested: number; exact: bigint }>();
      const byProject = new Map<string, typeof shareRows>();
      for (const r of shareRows) byProject.set(r.project, [...(byProject.get(r.project) ?? []), r]);
      for (const list of byProject.values()) {
        const approved = shareAmounts(Number(list[0]?.approved), list);
        const requested = shareAmounts(Number(list[0]?.requested), list);
        list.forEach((r, i) => {
          const e = expected.get(r.code) ?? { n: 0, approved: 0, requested: 0, exact: 0n };
          expected.set(r.code, {
            n: e.n + 1,
            approved: e.approved + (approved[i] ?? 0),
            requested: e.requested + (requested[i] ?? 0),
            exact: e.exact + BigInt(r.requested) * BigInt(r.hundredths),
          });
        });
      }
      expect(expected.size).toBeGreaterThan(1);
      const actual = await table(name);
      expect(actual.map((r) => r[key]).sort()).toEqual([...expected.keys()].sort());
      for (const [c, e] of expected) {
        expect(actual.find((r) => r[key] === c)).toEqual({
          [key]: c,
          projects: e.n,
          approvedBudget: e.approved,
          requestedBudget: e.requested,
        });
        // Each project's part is within a cent of its exact share, so a group within a cent per project.
        expect(Math.abs(e.requested - roundTenThousandths(e.exact.toString()))).toBeLessThanOrEqual(e.n);
      }
    },
  );

  it("beneficiaries targeted vs reached come from the targets and each project's latest accepted narrative report", async () => {
    const targeted = await sqlRows<{ type: string; n: number }>(
      test.database.db,
      sql`select b.type_code as type, sum(b.number)::int as n
          from project_beneficiaries b join projects p on p.id = b.project_id
          where p.region_code = ${REGION} and p.funding_year = ${YEAR} group by b.type_code`,
    );
    const reached = await sqlRows<{ type: string; n: number }>(
      test.database.db,
      sql`select rb.type_code as type, sum(rb.number)::int as n
          from report_beneficiaries rb join reports r on r.id = rb.report_id join projects p on p.id = r.project_id
          where p.region_code = ${REGION} and p.funding_year = ${YEAR}
            and r.kind = 'narrative' and r.status = 'accepted'
            and not exists (
              select 1 from reports later
              where later.project_id = r.project_id and later.kind = 'narrative' and later.status = 'accepted'
                and (later.period_end > r.period_end
                  or (later.period_end = r.period_end and later.decided_at > r.decided_at)))
          group by rb.type_code`,
    );
    expect(reached.some((r) => r.n > 0)).toBe(true);
    const types = [...new Set([...targeted, ...reached].map((r) => r.type))].sort();
    const actual = await table("beneficiaries");
    expect(actual.map((r) => r.beneficiaryType).sort()).toEqual(types);
    for (const type of types) {
      expect(actual.find((r) => r.beneficiaryType === type)).toEqual({
        beneficiaryType: type,
        targeted: targeted.find((r) => r.type === type)?.n ?? 0,
        reached: reached.find((r) => r.type === type)?.n ?? 0,
      });
    }
  });

  it("the pipeline counts projects by status, and turnaround matches the turnaround statistics", async () => {
    const expected = await sqlRows<{ status: string; n: number }>(
      test.database.db,
      sql`select status, count(*)::int as n from projects
          where region_code = ${REGION} and funding_year = ${YEAR} group by status`,
    );
    const tables = await chart("pipeline");
    const pipeline = tables.find((t) => t.id === "pipeline")?.rows ?? [];
    expect(Object.fromEntries(pipeline.map((r) => [r.status, r.projects]))).toEqual(
      Object.fromEntries(expected.map((e) => [e.status, e.n])),
    );
    // The existing turnaround statistics of the same region and year (one row per stage here).
    const stats = await test.app.inject({
      method: "GET",
      url: `/api/stats/turnaround?region=${REGION}&fundingYear=${YEAR}`,
      headers: fund,
    });
    expect(stats.statusCode).toBe(200);
    const items = stats.json().items as {
      stage: string;
      count: number;
      medianDays: number;
      p90Days: number;
    }[];
    expect(items.length).toBeGreaterThan(0);
    const turnaround = tables.find((t) => t.id === "turnaround")?.rows ?? [];
    expect(turnaround.map((r) => r.stage).sort()).toEqual(items.map((i) => i.stage).sort());
    for (const item of items) {
      expect(turnaround.find((r) => r.stage === item.stage)).toEqual({
        stage: item.stage,
        decisions: item.count,
        medianDays: item.medianDays,
        p90Days: item.p90Days,
      });
    }
  });

  it("overdue reports are pending reports due before today, with days overdue", async () => {
    const overdue = await sqlRows<{ days: number }>(
      test.database.db,
      sql`select (${TODAY}::date - r.due_date)::int as days
          from reports r join projects p on p.id = r.project_id
          where p.region_code = ${REGION} and p.funding_year = ${YEAR}
            and r.status = 'pending' and r.due_date < ${TODAY}::date
          order by days`,
    );
    expect(overdue.length).toBeGreaterThan(0);
    const days = overdue.map((o) => o.days);
    expect(await table("overdue")).toEqual([
      {
        region: REGION,
        fundingYear: YEAR,
        overdueReports: overdue.length,
        medianDaysOverdue: days[Math.ceil(days.length / 2) - 1],
        maxDaysOverdue: days.at(-1),
      },
    ]);
  });

  it("a status set and an area of work narrow the projects counted", async () => {
    const [expected] = await sqlRows<{ n: number }>(
      test.database.db,
      sql`select count(*)::int as n from projects p
          where p.status in ('active', 'closed')
            and exists (select 1 from project_area_shares s where s.project_id = p.id and s.area_code = 'LHD')`,
    );
    const portfolio = await table("portfolio", "status=active,closed&area=LHD");
    expect(expected?.n).toBeGreaterThan(0);
    expect(portfolio.reduce((sum, r) => sum + Number(r.projects), 0)).toBe(expected?.n);
  });

  it("a regional viewer sees only their region, and filters cannot widen it", async () => {
    const viewer = await signIn(test, await buildUser(test.database.db, "viewer", REGION));
    const portfolio = await table("portfolio", "", viewer.headers);
    expect(portfolio.length).toBeGreaterThan(0);
    expect(portfolio.every((r) => r.region === REGION)).toBe(true);
    expect(await table("portfolio", "region=WCA", viewer.headers)).toEqual([]);
    const overdue = await table("overdue", "", viewer.headers);
    expect(overdue.every((r) => r.region === REGION)).toBe(true);
    const [mine] = await sqlRows<{ n: number }>(
      test.database.db,
      sql`select count(*)::int as n from projects where region_code = ${REGION}`,
    );
    const pipeline = await table("pipeline", "", viewer.headers);
    expect(pipeline.reduce((sum, r) => sum + Number(r.projects), 0)).toBe(mine?.n);
  });

  it("signed out, every chart and the export answer 401", async () => {
    for (const url of [
      "/api/dashboard/portfolio",
      "/api/dashboard/overdue",
      "/api/dashboard/export?format=xlsx",
    ]) {
      const response = await test.app.inject({ method: "GET", url });
      expect(response.statusCode, url).toBe(401);
    }
  });

  it.each([
    ["yearFrom=20x5", "yearFrom"],
    ["yearFrom=2026&yearTo=2020", "yearTo"],
    ["status=active,finished", "status"],
    ["regoin=WCA", ""],
  ])("bad filters (%s) get a 400 naming the field", async (query, field) => {
    const response = await test.app.inject({
      method: "GET",
      url: `/api/dashboard/portfolio?${query}`,
      headers: fund,
    });
    expect(response.statusCode).toBe(400);
    const body = response.json() as { fields: { field: string }[] };
    expect(body.fields.some((f) => f.field.startsWith(field))).toBe(true);
    expect(response.body).not.toContain("at ");
  });

  it("an unknown chart is a 400", async () => {
    const response = await test.app.inject({ method: "GET", url: "/api/dashboard/weather", headers: fund });
    expect(response.statusCode).toBe(400);
  });

  it("the Excel download holds every chart's numbers, exactly, one sheet each", async () => {
    const response = await test.app.inject({
      method: "GET",
      url: `/api/dashboard/export?format=xlsx&lang=fr&${ONE}`,
      headers: fund,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names).toEqual([
      "Projets et budget",
      "Budget par domaine",
      "Budget par type d'activité",
      "Bénéficiaires",
      "Propositions par statut",
      "Délais d'examen",
      "Rapports en retard",
      "Enveloppes",
    ]);
    const portfolio = (await table("portfolio"))[0];
    const sheet = workbook.getWorksheet("Projets et budget");
    expect(sheet?.getRow(1).values).toContain("Budget approuvé (USD)");
    const values = sheet?.getRow(2).values as unknown[];
    expect(values).toContain(portfolio?.projects);
    expect(values).toContain(Number(portfolio?.approvedBudget) / 100);
    // Codes become names in the file's language.
    expect(String(values[1])).not.toBe(REGION);
  });

  it("a change to the data shows on the next request, even by a script outside the app", async () => {
    const before = (await table("portfolio"))[0];
    await test.database.db.execute(
      sql`update projects set approved_budget_cents = approved_budget_cents + 12345
          where id = (select id from projects where region_code = ${REGION} and funding_year = ${YEAR}
                        and approved_budget_cents is not null order by code limit 1)`,
    );
    const after = (await table("portfolio"))[0];
    expect(after?.approvedBudget).toBe(Number(before?.approvedBudget) + 12345);
  });

  it("one chart's Excel download holds that chart's tables only", async () => {
    const response = await test.app.inject({
      method: "GET",
      url: `/api/dashboard/pipeline/export?format=xlsx&${ONE}`,
      headers: fund,
    });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Proposals by status", "Review turnaround"]);
    const pipeline = await table("pipeline");
    const sheet = workbook.getWorksheet("Proposals by status");
    expect(sheet?.getColumn(2).values.slice(2)).toEqual(pipeline.map((r) => r.projects));
  });

  it("the CSV download has the same numbers", async () => {
    const response = await test.app.inject({
      method: "GET",
      url: `/api/dashboard/export?format=csv&${ONE}`,
      headers: fund,
    });
    expect(response.statusCode).toBe(200);
    const overdue = (await table("overdue"))[0];
    expect(response.body).toContain("Overdue reports");
    expect(response.body).toContain(`,${YEAR},${overdue?.overdueReports},`);
  });
});
