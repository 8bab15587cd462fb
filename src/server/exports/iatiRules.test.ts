/**
 * Acceptance (issue 15, section 6): the demo portfolio's IATI export passes the IATI Standard's
 * activity rules about budgets and percentages; any failure is listed by rule and activity.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { projects } from "../db/schema";
import { DEMO_PASSWORD, seedDemoIfEmpty } from "../demo";
import { checkIatiRules, readIatiActivities } from "./iatiRules";

const activity = (identifier: string, body: string) =>
  `<iati-activity><iati-identifier>${identifier}</iati-identifier>${body}</iati-activity>`;
const budget = (start: string, end: string, type = "1") =>
  `<budget type="${type}"><period-start iso-date="${start}"/><period-end iso-date="${end}"/></budget>`;
const disbursement = (start: string, end: string) =>
  `<planned-disbursement type="1"><period-start iso-date="${start}"/><period-end iso-date="${end}"/></planned-disbursement>`;
const dates =
  '<activity-date type="1" iso-date="2024-01-01"/><activity-date type="3" iso-date="2026-12-31"/>';

describe("the IATI activity rules", () => {
  it("pass a well-formed activity", () => {
    const xml = `<iati-activities>${activity(
      "XM-1",
      `${dates}<recipient-country code="GH" percentage="60"/><recipient-region code="298" percentage="40"/>` +
        '<sector vocabulary="1" code="15110" percentage="33.33"/><sector vocabulary="1" code="15150" percentage="66.67"/>' +
        '<sector vocabulary="2" code="151"/>' +
        budget("2024-01-01", "2024-12-31") +
        budget("2025-01-01", "2025-12-31") +
        budget("2026-01-01", "2026-12-31") +
        budget("2024-01-01", "2024-12-31", "2") +
        disbursement("2024-01-01", "2024-12-31") +
        disbursement("2025-01-01", "2025-12-31"),
    )}</iati-activities>`;
    expect(checkIatiRules(readIatiActivities(xml))).toEqual([]);
  });

  it("list each failure by rule and activity", () => {
    const xml = `<iati-activities>${activity(
      "XM-2",
      `${dates}<recipient-country code="GH" percentage="60"/><recipient-country code="TG" percentage="30"/>` +
        '<sector vocabulary="1" code="15110" percentage="50"/><sector vocabulary="1" code="15150"/>' +
        budget("2024-01-01", "2025-01-02") +
        budget("2025-06-01", "2025-05-31") +
        budget("2025-03-01", "2027-01-31") +
        disbursement("2025-06-01", "2025-05-31") +
        disbursement("2026-06-01", "2027-05-31"),
    )}</iati-activities>`;
    const failures = checkIatiRules(readIatiActivities(xml));
    expect(failures.map((f) => [f.rule, f.activity])).toEqual([
      ["budget period at most one year", "XM-2"],
      ["budget period at most one year", "XM-2"],
      ["budget period-start before period-end", "XM-2"],
      ["budget inside the activity dates", "XM-2"],
      ["budgets of the same type do not overlap", "XM-2"],
      ["planned disbursement period-start before period-end", "XM-2"],
      ["planned disbursement inside the activity dates", "XM-2"],
      ["sector percentages add up to 100 per vocabulary", "XM-2"],
      ["recipient percentages add up to 100", "XM-2"],
    ]);
  });

  it("let a budget end exactly a year after it starts, as the Validator counts a year", () => {
    const xml = `<iati-activities>${activity("XM-3", `${dates}${budget("2024-02-29", "2025-02-28")}`)}</iati-activities>`;
    expect(checkIatiRules(readIatiActivities(xml))).toEqual([]);
  });
});

describe.each(databaseKinds())("the demo's IATI export against the Standard's rules (%s)", (kind) => {
  let test: TestApp;
  let xml: string;

  beforeAll(async () => {
    test = await startTestApp(kind);
    await seedDemoIfEmpty(test.database.db);
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
  });
  afterAll(async () => {
    await test?.close();
  });

  it("has no failure, and one budget per year of each activity", () => {
    const activities = readIatiActivities(xml);
    expect(activities.length).toBeGreaterThan(200);
    expect(checkIatiRules(activities)).toEqual([]);
    // Multi-year projects are the demo's common case: they now report several budgets.
    expect(activities.filter((a) => a.budgets.length > 1).length).toBeGreaterThan(100);
    // A planned disbursement for each year of the original budget.
    for (const a of activities) {
      expect(a.plannedDisbursements.length).toBe(a.budgets.filter((b) => b.type === "1").length);
    }
  });

  it("states each year's value at its start, and the years add up to the project's budget to the cent", async () => {
    const budgetOf = new Map(
      (
        await test.database.db
          .select({
            code: projects.code,
            requested: projects.requestedBudgetCents,
            approved: projects.approvedBudgetCents,
          })
          .from(projects)
      ).map((p) => [p.code, p.approved ?? p.requested]),
    );
    const prefix = `${test.ctx.config.iati.reportingOrgRef}-`;
    const activities = xml.split("<iati-activity ").slice(1);
    expect(activities).toHaveLength(budgetOf.size);
    const statuses = new Set<string>();
    for (const activity of activities) {
      const code =
        activity.match(/<iati-identifier>([^<]+)<\/iati-identifier>/)?.[1]?.slice(prefix.length) ?? "";
      const budgets = [...activity.matchAll(/<budget type="1" status="([12])">(.*?)<\/budget>/g)];
      let total = 0;
      for (const [, status, inner] of budgets) {
        statuses.add(status ?? "");
        const start = inner?.match(/<period-start iso-date="([^"]+)"/)?.[1];
        const value = inner?.match(
          new RegExp(`<value currency="USD" value-date="${start}">([^<]+)</value>`),
        )?.[1];
        expect(value, code).toBeDefined();
        total += Math.round(Number(value?.replace(/,/g, "")) * 100);
      }
      expect(total, code).toBe(budgetOf.get(code));
    }
    expect(statuses).toEqual(new Set(["1", "2"]));
  });
});
