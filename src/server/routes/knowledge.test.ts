/**
 * The knowledge base: lessons learned and good practices of accepted final reports, found by
 * words and word beginnings, filtered by region, area of work and kind, within what the user may
 * read, with the matched words marked.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, type Session, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import type { KnowledgeItem, KnowledgePage } from "../../domain/knowledge";
import { reports } from "../db/schema";

const LABOUR_LESSON =
  "Labour mobility agreements only work when both ministries meet regularly; remittances then reach families safely.";
const LABOUR_PRACTICE = "A skills recognition committee certified eight occupations with employers.";
const HEALTH_LESSON =
  "Health screening at migrant resource points was accepted once separated from immigration checks.";

describe.each(databaseKinds())("the knowledge base on %s", (kind) => {
  let test: TestApp;
  let pm: Session;
  let otherPm: Session;
  let reviewer: Session;
  let regionViewer: Session;
  let ghana: string;
  let kenya: string;

  async function search(session: Session | null, query: string) {
    return test.app.inject({
      method: "GET",
      url: `/api/knowledge${query ? `?${query}` : ""}`,
      headers: session?.headers ?? {},
    });
  }
  async function found(session: Session, query: string): Promise<KnowledgePage> {
    const response = await search(session, query);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }
  const texts = (page: KnowledgePage) => page.items.map((item) => item.text);

  async function addReport(
    projectId: string,
    report: Partial<typeof reports.$inferInsert> & Pick<typeof reports.$inferInsert, "stage" | "status">,
  ) {
    await test.database.db.insert(reports).values({
      projectId,
      kind: "narrative",
      sequence: report.stage === "final" ? 0 : 1,
      periodStart: "2025-01-01",
      periodEnd: "2025-12-31",
      dueDate: "2026-03-31",
      ...report,
    });
  }

  beforeAll(async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    pm = await signIn(test, await buildUser(db, "pm"));
    otherPm = await signIn(test, await buildUser(db, "pm"));
    reviewer = await signIn(test, await buildUser(db, "reviewer", "EHA"));
    regionViewer = await signIn(test, await buildUser(db, "viewer", "WCA"));
    ghana = (await createProjectAs(test, pm)).id;
    kenya = (
      await createProjectAs(test, otherPm, {
        title: "Migrant health in Kenya",
        countries: ["KEN"],
        areaShares: [{ code: "MH", percent: 100 }],
        beneficiaries: [{ type: "MIG", sex: "all", ageGroup: "all", number: 500 }],
      })
    ).id;
    await addReport(ghana, {
      stage: "final",
      status: "accepted",
      lessonsLearned: LABOUR_LESSON,
      goodPractices: LABOUR_PRACTICE,
      decidedAt: new Date("2026-02-10T10:00:00Z"),
    });
    await addReport(kenya, {
      stage: "final",
      status: "accepted",
      lessonsLearned: HEALTH_LESSON,
      goodPractices: "",
      decidedAt: new Date("2026-04-20T10:00:00Z"),
    });
    // Not (yet) in the knowledge base: a final report awaiting the decision, an interim report,
    // and the financial report (it has no narrative).
    await addReport(kenya, {
      stage: "interim",
      status: "accepted",
      lessonsLearned: "Interim zanzibarite lesson.",
      decidedAt: new Date("2025-08-01T10:00:00Z"),
    });
    await addReport(ghana, { stage: "final", kind: "financial", status: "accepted", lessonsLearned: "" });
    const pending = await createProjectAs(test, pm, {
      title: "Labour migration in Senegal",
      countries: ["SEN"],
    });
    await addReport(pending.id, {
      stage: "final",
      status: "submitted",
      lessonsLearned: "A zanzibarite lesson.",
    });
  });

  afterAll(async () => test?.close());

  it("finds an accepted final report's lesson by a word and by the beginning of a word", async () => {
    for (const q of ["remittances", "remit", "Labour%20mob", "%22labour%20mobility%22"]) {
      const page = await found(pm, `q=${q}`);
      expect(texts(page), q).toEqual([LABOUR_LESSON]);
    }
    const [item] = (await found(pm, "q=skills")).items as [KnowledgeItem];
    expect(item).toMatchObject({
      kind: "goodPractice",
      text: LABOUR_PRACTICE,
      acceptedAt: "2026-02-10T10:00:00.000Z",
      project: { id: ghana, region: "WCA", areas: ["LHD", "MPR"] },
    });
  });

  it("leaves out final reports not accepted yet and interim reports", async () => {
    expect(await found(pm, "q=zanzibarite")).toEqual({ items: [], total: 0 });
  });

  it("lists everything newest first without a search, with the total for paging", async () => {
    const page = await found(pm, "");
    expect(texts(page)).toEqual([HEALTH_LESSON, LABOUR_LESSON, LABOUR_PRACTICE]);
    expect(page.total).toBe(3);
    expect(page.items[0]?.highlights).toEqual([{ text: HEALTH_LESSON, match: false }]);
    const second = await found(pm, "limit=1&offset=1");
    expect(second.total).toBe(3);
    expect(second.items).toHaveLength(1);
    expect(second.items[0]?.project.id).toBe(ghana);
  });

  it("filters by region, area of work and kind", async () => {
    expect(texts(await found(pm, "region=EHA"))).toEqual([HEALTH_LESSON]);
    expect(texts(await found(pm, "area=MH"))).toEqual([HEALTH_LESSON]);
    expect(new Set(texts(await found(pm, "area=MPR")))).toEqual(new Set([LABOUR_LESSON, LABOUR_PRACTICE]));
    expect(texts(await found(pm, "kind=goodPractice"))).toEqual([LABOUR_PRACTICE]);
    expect(texts(await found(pm, "q=screening&region=WCA"))).toEqual([]);
  });

  it("shows a viewer limited to a region only that region's lessons; the rest of staff read the whole portfolio, as in the project list", async () => {
    expect(new Set(texts(await found(regionViewer, "")))).toEqual(new Set([LABOUR_LESSON, LABOUR_PRACTICE]));
    expect(texts(await found(regionViewer, "q=screening"))).toEqual([]);
    expect((await found(reviewer, "")).total).toBe(3);
    expect((await found(otherPm, "q=remittances")).total).toBe(1);
    expect((await search(null, "q=labour")).statusCode).toBe(401);
  });

  it("marks the matched words in the snippet, neighbours together", async () => {
    const [item] = (await found(pm, "q=labour%20mobility")).items as [KnowledgeItem];
    expect(item.highlights.filter((part) => part.match).map((part) => part.text)).toEqual([
      "Labour mobility",
    ]);
    expect(item.highlights.map((part) => part.text).join("")).toBe(LABOUR_LESSON);
    const [prefixed] = (await found(pm, "q=screen")).items as [KnowledgeItem];
    expect(prefixed.highlights.filter((part) => part.match).map((part) => part.text)).toEqual(["screening"]);
  });

  it("refuses bad input with field errors", async () => {
    for (const [query, field] of [
      [`q=${"a".repeat(201)}`, "q"],
      ["kind=story", "kind"],
      ["limit=101", "limit"],
      ["limit=0", "limit"],
      ["offset=-1", "offset"],
      ["regoin=WCA", ""],
    ] as const) {
      const response = await search(pm, query);
      expect(response.statusCode, query).toBe(400);
      const body = response.json() as { error: string; fields: { field: string }[] };
      expect(body.error).toBe("validation");
      if (field) expect(body.fields.map((f) => f.field).join(" "), query).toContain(field);
    }
    expect((await search(pm, `q=${"a".repeat(200)}`)).statusCode).toBe(200);
  });

  it("treats text that looks like SQL or query syntax as words", async () => {
    for (const q of [
      "'; drop table reports; --",
      '") or 1=1 --',
      "labour:* | !x & (",
      "remittances' or '1'='1",
      "-",
      '"',
      "!!!",
      "l'",
    ]) {
      const response = await search(pm, `q=${encodeURIComponent(q)}`);
      expect(response.statusCode, q).toBe(200);
    }
    expect(await found(pm, `q=${encodeURIComponent("'; drop table reports; --")}`)).toEqual({
      items: [],
      total: 0,
    });
    expect((await found(pm, "")).total).toBe(3);
  });
});
