/**
 * A date or month far outside any project's life (year 0000, 9999) is a typing slip: every route
 * that takes one refuses it on its field, and nothing changes. Year 0000 was a 500 before (PostgreSQL
 * has no year 0; JavaScript has).
 */
import { afterEach, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, projectInput, type Session, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";

const SOURCE = {
  organisationName: "European Union",
  organisationType: "40",
  organisationRef: null,
  amount: "1000.00",
  currency: "EUR",
  status: "confirmed",
  date: "2026-03-15",
};

describe.each(databaseKinds())("dates out of range on %s", (kind) => {
  let test: TestApp;
  afterEach(() => test?.close());

  const call = (session: Session, method: "GET" | "PUT" | "POST", url: string, payload?: object) =>
    test.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });
  const fields = (body: string) =>
    (JSON.parse(body).fields ?? []).map((e: { field: string; code: string }) => `${e.field}:${e.code}`);

  it.each(["0000-01-01", "9999-12-31", "1899-12-31"])(
    "refuses %s on the field that holds it, for projects, milestones, funding sources and rates",
    async (day) => {
      test = await startTestApp(kind);
      const db = test.database.db;
      const pm = await signIn(test, await buildUser(db, "pm"));
      const fund = await signIn(test, await buildUser(db, "fund_manager"));
      const project = await createProjectAs(test, pm);
      const before = (await call(pm, "GET", `/api/projects/${project.id}`)).json();

      const created = await call(pm, "POST", "/api/projects", projectInput({ plannedStart: day }));
      expect(created.statusCode, created.body).toBe(400);
      expect(fields(created.body)).toContain("plannedStart:dateOutOfRange");

      const edited = await call(pm, "PUT", `/api/projects/${project.id}`, {
        ...projectInput({ plannedEnd: day }),
        version: before.version,
      });
      expect(edited.statusCode, edited.body).toBe(400);
      expect(fields(edited.body)).toContain("plannedEnd:dateOutOfRange");

      const milestone = await call(pm, "PUT", `/api/projects/${project.id}/workplan`, {
        version: 1,
        milestones: [{ title: "Inception workshop held", plannedDate: day }],
      });
      expect(milestone.statusCode, milestone.body).toBe(400);
      expect(fields(milestone.body)).toContain("milestones.0.plannedDate:dateOutOfRange");

      const sources = `/api/projects/${project.id}/funding-sources`;
      const source = await call(pm, "POST", sources, { ...SOURCE, date: day });
      expect(source.statusCode, source.body).toBe(400);
      expect(fields(source.body)).toContain("date:dateOutOfRange");
      const kept = await call(pm, "POST", sources, SOURCE);
      expect(kept.statusCode, kept.body).toBe(201);
      const changed = await call(pm, "PUT", `${sources}/${kept.json().id}`, {
        ...SOURCE,
        date: day,
        version: kept.json().version,
      });
      expect(changed.statusCode, changed.body).toBe(400);
      expect(fields(changed.body)).toContain("date:dateOutOfRange");

      const month = day.slice(0, 7);
      const rate = await call(fund, "PUT", `/api/currency-rates/EUR/${month}`, { version: 0, rate: "1.1" });
      expect(rate.statusCode, rate.body).toBe(400);
      const imported = await call(fund, "POST", "/api/currency-rates/import", {
        csv: `currency,month,rate\nEUR,${month},1.1\n`,
        dryRun: false,
      });
      expect(imported.statusCode, imported.body).toBe(400);
      expect(fields(imported.body)).toEqual(["csv.2.month:dateOutOfRange"]);
      const dryRun = await call(fund, "POST", "/api/currency-rates/import", {
        csv: `currency,month,rate\nEUR,${month},1.1\n`,
        dryRun: true,
      });
      expect(dryRun.json()).toMatchObject({
        applied: false,
        problems: [
          {
            line: 2,
            field: "month",
            code: "dateOutOfRange",
            message: "Enter a date between the years 1900 and 2199",
            params: { first: 1900, last: 2199 },
          },
        ],
      });

      // Nothing moved: the project as it was, one source with its own date, no rate at all.
      const after = (await call(pm, "GET", `/api/projects/${project.id}`)).json();
      expect(after).toMatchObject({ version: before.version, plannedEnd: before.plannedEnd });
      expect((await call(pm, "GET", `/api/projects/${project.id}/workplan`)).json().milestones).toEqual([]);
      const list = (await call(pm, "GET", sources)).json();
      expect(list.items.map((s: { date: string }) => s.date)).toEqual(["2026-03-15"]);
      expect((await call(fund, "GET", "/api/currency-rates")).json().items).toEqual([]);
    },
  );
});
