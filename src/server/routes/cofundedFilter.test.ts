/**
 * The project list and the search filtered by donor: `?cofundedBy=…` keeps projects with a source
 * from that organisation; the search also counts the donors as a facet and finds them by name.
 */
import { afterEach, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, type Session, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";

const source = (organisationName: string) => ({
  organisationName,
  organisationType: "40",
  organisationRef: null,
  amount: "1000.00",
  currency: "EUR",
  status: "confirmed",
  date: "2026-03-15",
});

describe.each(databaseKinds())("the co-funded-by filter on %s", (kind) => {
  let test: TestApp;
  afterEach(() => test?.close());

  const get = (session: Session, url: string) =>
    test.app.inject({ method: "GET", url, headers: session.headers });

  /** The PM adds a funder to one of their projects; the source as the API answers it. */
  const addSource = async (pm: Session, projectId: string, name: string) => {
    const r = await test.app.inject({
      method: "POST",
      url: `/api/projects/${projectId}/funding-sources`,
      headers: pm.headers,
      payload: source(name),
    });
    expect(r.statusCode, r.body).toBe(201);
    return r.json() as { id: string; version: number };
  };

  it("keeps projects with a source of one of the donors, within the reader's scope; bad input is a 400", async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    const pm = await signIn(test, await buildUser(db, "pm"));
    const fund = await signIn(test, await buildUser(db, "fund_manager"));
    const elsewhere = await signIn(test, await buildUser(db, "viewer", "EEA"));
    const eu = await createProjectAs(test, pm);
    const jp = await createProjectAs(test, pm);
    const none = await createProjectAs(test, pm);
    await addSource(pm, eu.id, "European Union");
    await addSource(pm, jp.id, "Japan");
    const ids = (body: { items: { id: string }[] }) => body.items.map((p) => p.id).sort();

    const one = await get(fund, "/api/projects?cofundedBy=European%20Union");
    expect(one.statusCode, one.body).toBe(200);
    expect(ids(one.json())).toEqual([eu.id]);
    expect(one.json().total).toBe(1);

    const two = await get(fund, "/api/projects?cofundedBy=European%20Union&cofundedBy=Japan");
    expect(ids(two.json())).toEqual([eu.id, jp.id].sort());
    expect(ids(two.json())).not.toContain(none.id);

    const nobody = await get(fund, "/api/projects?cofundedBy=Nobody");
    expect(nobody.json().total).toBe(0);

    const outside = await get(elsewhere, "/api/projects?cofundedBy=European%20Union");
    expect(outside.statusCode).toBe(200);
    expect(outside.json().total).toBe(0);

    const bad = await get(fund, `/api/projects?cofundedBy=${"x".repeat(201)}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("cofundedBy");
  });

  it("the search counts projects per donor, narrows to one, finds the donor's name, and follows a rename or a removal", async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    const pm = await signIn(test, await buildUser(db, "pm"));
    const fund = await signIn(test, await buildUser(db, "fund_manager"));
    const elsewhere = await signIn(test, await buildUser(db, "viewer", "EEA"));
    const eu = await createProjectAs(test, pm);
    const both = await createProjectAs(test, pm);
    await createProjectAs(test, pm);
    const added: Record<string, { id: string; version: number }> = {};
    for (const [id, name] of [
      [eu.id, "European Union"],
      [both.id, "European Union"],
      [both.id, "Government of Japan"],
    ] as const) {
      added[`${id} ${name}`] = await addSource(pm, id, name);
    }
    const search = async (session: Session, query: string) => {
      const r = await get(session, `/api/search?${query}`);
      expect(r.statusCode, r.body).toBe(200);
      return r.json() as { total: number; items: { id: string }[]; facets: { cofundedBy: unknown[] } };
    };

    expect((await search(fund, "")).facets.cofundedBy).toEqual([
      { value: "European Union", count: 2 },
      { value: "Government of Japan", count: 1 },
    ]);
    const japan = await search(fund, "cofundedBy=Government%20of%20Japan");
    expect(japan.items.map((i) => i.id)).toEqual([both.id]);
    // Each facet is counted with the other facets' choices, not its own: both donors still show.
    expect(japan.facets.cofundedBy).toHaveLength(2);
    expect((await search(fund, "q=japan")).items.map((i) => i.id)).toEqual([both.id]);
    expect((await search(elsewhere, "")).facets.cofundedBy).toEqual([]);

    const renamed = await test.app.inject({
      method: "PUT",
      url: `/api/projects/${both.id}/funding-sources/${added[`${both.id} Government of Japan`]?.id}`,
      headers: pm.headers,
      payload: { ...source("JICA"), version: 1 },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const removed = await test.app.inject({
      method: "DELETE",
      url: `/api/projects/${eu.id}/funding-sources/${added[`${eu.id} European Union`]?.id}?version=1`,
      headers: pm.headers,
    });
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await search(fund, "")).facets.cofundedBy).toEqual([
      { value: "European Union", count: 1 },
      { value: "JICA", count: 1 },
    ]);
    expect((await search(fund, "q=japan")).total).toBe(0);

    const bad = await get(fund, `/api/search?cofundedBy=${"x".repeat(201)}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("cofundedBy");
  });
});
