/**
 * The search's facet counts equal counts taken by hand from the base tables (projects and their
 * countries and shares, the words matched in project_search), for random words and random facet
 * choices: each facet counted with the other facets' choices applied, the total with all of them.
 */

import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, type Session, setStatus, signIn } from "../../../../../test/factories";
import { sqlRows } from "../../../../../test/sqlRows";
import { databaseKinds, startTestApp, type TestApp } from "../../../../../test/testApp";
import type { ProjectStatus } from "../../../../domain/lifecycle";
import { SEARCH_FACETS, type SearchFacet, type SearchPage } from "../../../../domain/search";

/** Words of the titles below, and prefixes of them: the last word of a search is a prefix. */
const WORDS = ["", "labour", "lab", "health", "border", "mobility", "mo", "climate", "ghana", "japan"];
const TOPICS = ["labour mobility", "migrant health", "border management", "climate mobility"];
const COUNTRIES = [["GHA"], ["SEN"], ["KEN"], ["NPL"], ["UKR"], ["GHA"]];
const AREAS = [
  [{ code: "LHD", percent: 100 }],
  [{ code: "MH", percent: 100 }],
  [
    { code: "LHD", percent: 50 },
    { code: "IBM", percent: 50 },
  ],
];
const ACTIVITIES = [
  [{ code: "RES", percent: 100 }],
  [
    { code: "RES", percent: 40 },
    { code: "TRN", percent: 60 },
  ],
];
const STATUSES: ProjectStatus[] = ["draft", "active", "closed"];
/** Values no project has are choices too: they leave nothing. */
const ABSENT: Partial<Record<SearchFacet, string[]>> = {
  status: ["withdrawn"],
  genderMarker: ["0"],
  fundingYear: ["2031"],
  cofundedBy: ["Nobody funds this"],
};

interface BaseRow {
  region: string | null;
  fundingYear: string;
  status: string;
  fundLine: string;
  genderMarker: string | null;
  country: string[];
  area: string[];
  activity: string[];
  cofundedBy: string[];
}

/** Other funders by project (issue 15 §5): none, one, two, and one donor twice (counted once). */
const FUNDERS = [
  [],
  ["Government of Japan"],
  ["European Union", "Government of Japan"],
  ["Fondation Île", "Fondation Île"],
];

describe.each(databaseKinds())("search facet counts on %s", (kind) => {
  let test: TestApp;
  let fund: Session;
  const values: Record<SearchFacet, string[]> = {} as Record<SearchFacet, string[]>;

  beforeAll(async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    const pm = await signIn(test, await buildUser(db, "pm"));
    fund = await signIn(test, await buildUser(db, "fund_manager"));
    for (let i = 0; i < 12; i++) {
      const project = await createProjectAs(test, pm, {
        title: `${TOPICS[i % TOPICS.length]} in ${i % 2 ? "Ghana" : "the region"} ${i}`,
        countries: COUNTRIES[i % COUNTRIES.length],
        areaShares: AREAS[i % AREAS.length],
        activityShares: ACTIVITIES[i % ACTIVITIES.length],
        fundingYear: i % 3 === 0 ? 2027 : 2026,
        fundLine: i % 2 ? "L1" : "L2",
        genderMarker: (["1", "2a", "2b"] as const)[i % 3],
      });
      await setStatus(db, project.id, STATUSES[i % STATUSES.length] as ProjectStatus);
      for (const name of FUNDERS[i % FUNDERS.length] ?? []) {
        await db.execute(sql`insert into project_funding_sources (id, project_id, organisation_name,
            organisation_type, amount_minor, currency, status, source_date, created_at, updated_at)
          values (gen_random_uuid(), ${project.id}, ${name}, '10', 100000, 'EUR', 'pledged', '2026-01-01', now(), now())`);
      }
    }
    const rows = await baseRows("");
    for (const facet of SEARCH_FACETS) {
      const all = rows.flatMap((row) => row[facet] ?? []);
      values[facet] = [...new Set(all.map(String)), ...(ABSENT[facet] ?? [])];
    }
  });

  afterAll(async () => test?.close());

  /** The projects the word finds (as a prefix, as the search's last word), from the base tables. */
  async function baseRows(word: string): Promise<BaseRow[]> {
    const words = word ? sql`s.document @@ to_tsquery('prima_search', ${`${word}:*`})` : sql`true`;
    const rows = await sqlRows<Record<string, unknown>>(
      test.database.db,
      sql`select p.region_code, p.funding_year, p.status, p.fund_line, p.gender_marker,
        array(select c.country_iso3 from project_countries c where c.project_id = p.id) as countries,
        array(select a.area_code from project_area_shares a where a.project_id = p.id) as areas,
        array(select t.activity_code from project_activity_shares t where t.project_id = p.id) as activities,
        array(select distinct f.organisation_name from project_funding_sources f where f.project_id = p.id) as funders
      from projects p join project_search s on s.project_id = p.id where ${words}`,
    );
    return rows.map((r) => ({
      region: r.region_code as string | null,
      fundingYear: String(r.funding_year),
      status: r.status as string,
      fundLine: r.fund_line as string,
      genderMarker: r.gender_marker as string | null,
      country: r.countries as string[],
      area: r.areas as string[],
      activity: r.activities as string[],
      cofundedBy: r.funders as string[],
    }));
  }

  const passes = (row: BaseRow, facet: SearchFacet, chosen: string[] | undefined) => {
    if (!chosen || chosen.length === 0) return true;
    const value = row[facet];
    return Array.isArray(value)
      ? value.some((v) => chosen.includes(v))
      : value !== null && chosen.includes(value);
  };

  it("counts each facet's values with the other facets' choices, and the total with all of them", async () => {
    const choices = fc.record(
      Object.fromEntries(
        SEARCH_FACETS.map((facet) => [
          facet,
          fc.option(fc.subarray(values[facet] as string[], { minLength: 1, maxLength: 2 }), {
            nil: undefined,
          }),
        ]),
      ) as Record<SearchFacet, fc.Arbitrary<string[] | undefined>>,
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...WORDS), choices, async (word, chosen) => {
        const params = new URLSearchParams();
        if (word) params.set("q", word);
        for (const facet of SEARCH_FACETS) for (const v of chosen[facet] ?? []) params.append(facet, v);
        const response = await test.app.inject({
          method: "GET",
          url: `/api/search?${params}`,
          headers: fund.headers,
        });
        expect(response.statusMessage, response.body).toBe("OK");
        const page: SearchPage = response.json();
        const rows = await baseRows(word);
        const passing = (except: SearchFacet | null) =>
          rows.filter((row) => SEARCH_FACETS.every((f) => f === except || passes(row, f, chosen[f])));
        expect(page.total).toBe(passing(null).length);
        for (const facet of SEARCH_FACETS) {
          const counts = new Map<string, number>();
          for (const row of passing(facet)) {
            const value = row[facet];
            for (const v of Array.isArray(value) ? value : value === null ? [] : [value]) {
              counts.set(v, (counts.get(v) ?? 0) + 1);
            }
          }
          const expected = [...counts].map(([value, count]) => ({ value, count }));
          const byValue = (a: { value: string }, b: { value: string }) => a.value.localeCompare(b.value);
          expect([...page.facets[facet]].sort(byValue), facet).toEqual(expected.sort(byValue));
        }
      }),
      { numRuns: 40, seed: 13 },
    );
  });
});
