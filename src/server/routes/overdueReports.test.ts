/**
 * Acceptance: with the clock set to a date, the demo portfolio has overdue reports, and the fund
 * manager's overdue list is exactly "due date passed and not submitted", computed here
 * independently in SQL.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInDemo } from "../../../test/demoPortfolio";
import { sqlRows } from "../../../test/sqlRows";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { seedDemoIfEmpty } from "../demo";

/** Every page of the fund manager's overdue list, as report ids. */
async function overdueListIds(test: TestApp, headers: Record<string, string>): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 100) {
    const response = await test.app.inject({
      method: "GET",
      url: `/api/reports?state=overdue&limit=100&offset=${offset}`,
      headers,
    });
    expect(response.statusCode).toBe(200);
    const page = response.json() as { items: { id: string; state: string }[]; total: number };
    for (const item of page.items) expect(item.state).toBe("overdue");
    ids.push(...page.items.map((i) => i.id));
    if (page.items.length < 100) {
      expect(ids.length).toBe(page.total);
      return ids;
    }
  }
}

async function overdueBySql(test: TestApp, today: string): Promise<string[]> {
  const rows = await sqlRows<{ id: string }>(
    test.database.db,
    sql`select id::text as id from reports where status = 'pending' and due_date < ${today}::date`,
  );
  return rows.map((r) => r.id);
}

describe.each(databaseKinds())("the overdue list on the demo portfolio (%s)", (kind) => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp(kind);
    await seedDemoIfEmpty(test.database.db);
  });
  afterAll(async () => test?.close());

  it.each([
    ["2026-11-01T09:00:00Z", "2026-11-01"],
    ["2027-03-15T23:30:00Z", "2027-03-15"],
  ])("at %s matches due date < today and never submitted", async (instant, today) => {
    test.clock.now = new Date(instant);
    const headers = await signInDemo(test, "fund@example.org");
    const expected = await overdueBySql(test, today);
    expect(expected.length).toBeGreaterThan(0);
    const listed = await overdueListIds(test, headers);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...expected].sort());
  });
});
