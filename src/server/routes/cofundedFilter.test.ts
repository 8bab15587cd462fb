/** The project list filtered by donor: `?cofundedBy=…` keeps projects with a source from that organisation. */
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

  it("keeps projects with a source of one of the donors, within the reader's scope; bad input is a 400", async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    const pm = await signIn(test, await buildUser(db, "pm"));
    const fund = await signIn(test, await buildUser(db, "fund_manager"));
    const elsewhere = await signIn(test, await buildUser(db, "viewer", "EEA"));
    const eu = await createProjectAs(test, pm);
    const jp = await createProjectAs(test, pm);
    const none = await createProjectAs(test, pm);
    for (const [id, name] of [
      [eu.id, "European Union"],
      [jp.id, "Japan"],
    ] as const) {
      const r = await test.app.inject({
        method: "POST",
        url: `/api/projects/${id}/funding-sources`,
        headers: pm.headers,
        payload: source(name),
      });
      expect(r.statusCode, r.body).toBe(201);
    }
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
});
