/**
 * Acceptance (issue 15, section 6): the demo portfolio's IATI export passes the IATI Standard's
 * activity rules about budgets and percentages; any failure is listed by rule and activity.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { dayOf } from "../../domain/calendar";
import { projects } from "../db/schema";
import { DEMO_TODAY } from "../db/seed/demo/history";
import { DEMO_PASSWORD, seedDemoIfEmpty } from "../demo";
import { checkIatiRules, readIatiActivities } from "./iatiRules";

const activity = (identifier: string, body: string) =>
  `<iati-activity xml:lang="en" default-currency="USD" last-updated-datetime="2026-10-01T09:00:00Z"><iati-identifier>${identifier}</iati-identifier><reporting-org ref="XM"/><title><narrative>A project</narrative></title>${body}</iati-activity>`;
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
    expect(checkIatiRules(readIatiActivities(xml), TODAY)).toEqual([]);
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
    const failures = checkIatiRules(readIatiActivities(xml), TODAY);
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
    expect(checkIatiRules(readIatiActivities(xml), TODAY)).toEqual([]);
  });
});

const TODAY = "2026-11-01";
const transaction = (type: string, date: string, valueDate = date, org = '<provider-org ref="XM"/>') =>
  `<transaction><transaction-type code="${type}"/><transaction-date iso-date="${date}"/><value currency="USD" value-date="${valueDate}">10.00</value>${org}</transaction>`;
const indicator = (
  baseline: string,
  target: string,
  actual: string,
  start = "2024-01-01",
  end = "2026-12-31",
) =>
  `<result type="1"><title><narrative>Output</narrative></title><indicator measure="1" ascending="true"><title><narrative>People</narrative></title>${baseline}<period><period-start iso-date="${start}"/><period-end iso-date="${end}"/>${target}${actual}</period></indicator></result>`;
const goodBody =
  '<description type="1"><narrative>What it does</narrative></description>' +
  '<participating-org ref="XM" role="1"/>' +
  '<activity-date type="1" iso-date="2024-01-01"/><activity-date type="2" iso-date="2024-02-01"/>' +
  '<activity-date type="3" iso-date="2026-12-31"/>' +
  '<recipient-country code="GH"/><sector vocabulary="1" code="15110" percentage="100"/>' +
  '<budget type="1"><period-start iso-date="2024-02-01"/><period-end iso-date="2025-01-31"/><value currency="USD" value-date="2024-02-01">10.00</value></budget>' +
  transaction("2", "2023-11-20") +
  transaction("4", "2024-06-30") +
  indicator('<baseline year="2024" value="0"/>', '<target value="10"/>', '<actual value="4"/>');

/** Each rule of the Standard Ruleset that PRIMA checks, with an activity that breaks it. */
const BROKEN: [rule: string, identifier: string, body: string, alsoBroken?: string][] = [
  [
    "identifier differs from the reporting-org ref",
    "XM",
    goodBody,
    "identifier starts with the reporting-org ref",
  ],
  ["identifier starts with the reporting-org ref", "XY-1", goodBody],
  ["identifier has no spaces around it and no / & | ?", "XM-1/2", goodBody],
  ["title and descriptions have text", "XM-1", goodBody.replace("What it does", " ")],
  [
    "participating organisations are named",
    "XM-1",
    goodBody.replace('<participating-org ref="XM" role="1"/>', '<participating-org role="1"/>'),
  ],
  [
    "activity has a start date",
    "XM-1",
    goodBody.replace(/<activity-date type="[12]" iso-date="[^"]+"\/>/g, ""),
  ],
  [
    "activity starts before it ends",
    "XM-1",
    goodBody.replace('type="1" iso-date="2024-01-01"', 'type="1" iso-date="2027-01-01"'),
  ],
  ["actual dates not in the future", "XM-1", `${goodBody}<activity-date type="4" iso-date="2026-11-02"/>`],
  ["transaction dates not in the future", "XM-1", goodBody + transaction("4", "2026-10-30", "2026-11-02")],
  ["transaction dates within the activity's bounds", "XM-1", goodBody + transaction("4", "2024-01-15")],
  [
    "budget value date within its period",
    "XM-1",
    goodBody.replace(
      'value-date="2024-02-01">10.00</value></budget>',
      'value-date="2025-02-01">10.00</value></budget>',
    ),
  ],
  [
    "transaction organisations are named",
    "XM-1",
    goodBody + transaction("4", "2024-07-31", "2024-07-31", "<provider-org/>"),
  ],
  [
    "percentages between 0 and 100",
    "XM-1",
    goodBody.replace(
      '<recipient-country code="GH"/>',
      '<recipient-country code="GH" percentage="120"/><recipient-region code="298" percentage="-20"/>',
    ),
  ],
  [
    "a single country or sector is 100 %",
    "XM-1",
    goodBody.replace('<recipient-country code="GH"/>', '<recipient-country code="GH" percentage="50"/>'),
    // The sum rule of all recipients says the same.
    "recipient percentages add up to 100",
  ],
  [
    "indicator period starts before it ends",
    "XM-1",
    goodBody + indicator("", '<target value="1"/>', "", "2026-01-01", "2025-12-31"),
  ],
  [
    "quantitative indicators have numeric values",
    "XM-1",
    goodBody + indicator('<baseline year="2024"/>', '<target value="ten"/>', ""),
  ],
];

describe("the IATI Standard's rules checked by PRIMA", () => {
  const check = (identifier: string, body: string, attributes = "") =>
    checkIatiRules(
      readIatiActivities(
        `<iati-activities>${activity(identifier, body).replace("<iati-activity ", `<iati-activity ${attributes}`)}</iati-activities>`,
      ),
      TODAY,
    );

  it("pass an activity with transactions, dates and results as PRIMA writes them", () => {
    expect(check("XM-1", goodBody)).toEqual([]);
  });

  it.each(BROKEN)("fail on an activity that breaks %s", (rule, identifier, body, alsoBroken) => {
    const failures = check(identifier, body);
    expect(failures.every((f) => f.activity === identifier)).toBe(true);
    expect(new Set(failures.map((f) => f.rule)), JSON.stringify(failures)).toEqual(
      new Set([rule, ...(alsoBroken ? [alsoBroken] : [])]),
    );
  });

  it("fail on an activity updated after today, and on values without currency when there is no default", () => {
    const future = checkIatiRules(
      readIatiActivities(
        `<iati-activities>${activity("XM-1", goodBody).replace("2026-10-01T", "2026-11-02T")}</iati-activities>`,
      ),
      TODAY,
    );
    expect(future.map((f) => f.rule)).toEqual(["last updated not in the future"]);
    const noCurrency = checkIatiRules(
      readIatiActivities(
        `<iati-activities>${activity("XM-1", goodBody.replace('<value currency="USD" value-date="2024-02-01">', '<value value-date="2024-02-01">')).replace(' default-currency="USD"', "")}</iati-activities>`,
      ),
      TODAY,
    );
    expect(noCurrency.map((f) => f.rule)).toEqual(["every value has a currency"]);
    const noLanguage = checkIatiRules(
      readIatiActivities(
        `<iati-activities>${activity("XM-1", goodBody).replace(' xml:lang="en"', "")}</iati-activities>`,
      ),
      TODAY,
    );
    expect(noLanguage.map((f) => f.rule)).toEqual(["narratives have a language"]);
  });

  it("fail on two activities with the same identifier", () => {
    const xml = `<iati-activities>${activity("XM-1", goodBody)}${activity("XM-1", goodBody)}</iati-activities>`;
    expect(checkIatiRules(readIatiActivities(xml), TODAY).map((f) => [f.rule, f.activity])).toEqual([
      ["identifier unique in the file", "XM-1"],
    ]);
  });
});

describe.each(databaseKinds())("the demo's IATI export against the Standard's rules (%s)", (kind) => {
  let test: TestApp;
  let xml: string;

  beforeAll(async () => {
    test = await startTestApp(kind);
    await seedDemoIfEmpty(test.database.db);
    // The file is made on the demo's today, so that all the demo did has happened.
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
  });
  afterAll(async () => {
    await test?.close();
  });

  it("has no failure, and one budget per year of each activity", () => {
    const activities = readIatiActivities(xml);
    expect(activities.length).toBeGreaterThan(200);
    expect(checkIatiRules(activities, dayOf(DEMO_TODAY))).toEqual([]);
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
      // The current budget: the revised one (type 2) after a budget revision, else the original.
      const type = activity.includes('<budget type="2"') ? "2" : "1";
      const budgets = [
        ...activity.matchAll(new RegExp(`<budget type="${type}" status="([12])">(.*?)</budget>`, "g")),
      ];
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
