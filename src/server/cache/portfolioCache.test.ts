/**
 * The portfolio cache: a repeated request asks the database for the change counter only, any
 * write moves the counter (also at commit through the search documents), and the cache keeps
 * within its bounds, least recently used out first.
 */
import { type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildUser } from "../../../test/factories";
import { sqlRows } from "../../../test/sqlRows";
import { startTestApp, type TestApp } from "../../../test/testApp";
import { PortfolioCache, statementKey } from "./portfolioCache";

describe("the portfolio cache", () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp("pglite");
  });
  afterAll(async () => test?.close());

  async function projectCount(): Promise<number> {
    const [row] = await sqlRows<{ n: number }>(
      test.database.db,
      sql`select count(*)::int as n from projects`,
    );
    return row?.n ?? -1;
  }

  it("answers a repeated request without asking the database anything but the counter", async () => {
    const cache = new PortfolioCache();
    const db = test.database.db;
    const key = statementKey(sql`select count(*)::int as n from projects`);
    const execute = vi.spyOn(db, "execute");
    try {
      expect(await cache.get(db, key, projectCount)).toBe(0);
      expect(execute).toHaveBeenCalledTimes(2);
      execute.mockClear();
      expect(await cache.get(db, key, projectCount)).toBe(0);
      expect(execute).toHaveBeenCalledTimes(1);
      expect(statementKey(execute.mock.calls[0]?.[0] as SQL)).toContain("portfolio_changes");
    } finally {
      execute.mockRestore();
    }
  });

  it("counts again after a project's countries change, and after a search document is rewritten", async () => {
    const cache = new PortfolioCache();
    const db = test.database.db;
    let loads = 0;
    const load = async () => {
      loads += 1;
      return loads;
    };
    await cache.get(db, "k", load);
    await cache.get(db, "k", load);
    expect(loads).toBe(1);
    // Statement triggers fire for no rows too; before migration 0009 neither table moved this counter.
    await db.execute(
      sql`insert into project_countries (project_id, country_iso3) select id, 'GHA' from projects where false`,
    );
    await cache.get(db, "k", load);
    expect(loads).toBe(2);
    await db.execute(sql`update project_search set code_title = code_title where false`);
    await cache.get(db, "k", load);
    expect(loads).toBe(3);
    await buildUser(db, "viewer");
    await cache.get(db, "k", load);
    expect(loads).toBe(3);
  });

  it("keeps at most its number of entries, the least recently used leaving first", async () => {
    const cache = new PortfolioCache({ maxEntries: 2 });
    const db = test.database.db;
    let loads = 0;
    const load = async () => ++loads;
    await cache.get(db, "a", load);
    await cache.get(db, "b", load);
    await cache.get(db, "a", load);
    await cache.get(db, "c", load);
    expect(cache.size).toBe(2);
    expect(await cache.get(db, "a", load)).toBe(1);
    expect(await cache.get(db, "b", load)).toBe(4);
  });

  it("keeps within its size in characters, and forgets a failed computation", async () => {
    const cache = new PortfolioCache({ maxChars: 2500 });
    const db = test.database.db;
    const big = async () => "x".repeat(1000);
    await cache.get(db, "one", big);
    await cache.get(db, "two", big);
    expect(cache.keptChars).toBe(2004);
    await cache.get(db, "three", big);
    expect(cache.size).toBe(2);
    expect(cache.keptChars).toBe(2004);
    await expect(cache.get(db, "fails", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(cache.size).toBe(2);
    expect(await cache.get(db, "fails", async () => "back")).toBe("back");
  });
});
