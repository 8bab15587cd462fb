import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { rowsOf } from "./rows";

describe("rowsOf: the rows of a raw SQL answer", () => {
  it("takes the rows node-postgres and PGlite both answer with", async () => {
    await expect(rowsOf(Promise.resolve({ rows: [{ n: 1 }], fields: [] }))).resolves.toEqual({
      rows: [{ n: 1 }],
    });
  });

  it.each([[[{ n: 1 }]], [null], [{ rows: "1" }]])(
    "refuses an answer without rows instead of reading it as empty: %j",
    async (answer) => {
      await expect(rowsOf(Promise.resolve(answer))).rejects.toThrow(/without rows/);
    },
  );
});

describe.each(databaseKinds())("rowsOf on %s", (kind) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(kind);
  });
  afterAll(() => test.close());

  it("returns the rows of raw SQL under the names of its select list", async () => {
    const { rows } = await rowsOf<{ n: number; word: string }>(
      test.database.db.execute(
        sql`select n::int as n, 'row ' || n as word from generate_series(1, 2) as n order by n`,
      ),
    );
    expect(rows).toEqual([
      { n: 1, word: "row 1" },
      { n: 2, word: "row 2" },
    ]);
  });

  it("answers inside a transaction too", async () => {
    const { rows } = await test.database.db.transaction((tx) =>
      rowsOf<{ one: number }>(tx.execute(sql`select 1::int as one`)),
    );
    expect(rows).toEqual([{ one: 1 }]);
  });
});
