/**
 * Figures through the portfolio cache: the same statement shares an entry, another scope or
 * filter never does, a change to the data (the counter) is seen on the next call, and an expired
 * entry is refreshed.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../../test/testApp";
import type { FigureTable } from "../../../../domain/figures";
import { PortfolioCache } from "../../../cache/portfolioCache";
import { ReadScope } from "../../../policies/readScope";
import { chartQuery } from "./charts";
import { figureKey } from "./figures";

const TODAY = "2026-11-01";

function counting(label: string) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    load: async (): Promise<FigureTable[]> => {
      calls += 1;
      return [{ id: label, columns: [], rows: [{ call: calls }] }];
    },
  };
}

describe("the figure cache", () => {
  let test: TestApp;
  let clock = 0;
  const cache = new PortfolioCache({ ttlMs: 30_000, maxEntries: 500 }, () => clock);
  const all = figureKey(chartQuery("portfolio", ReadScope.all, {}, TODAY));
  const wca = figureKey(chartQuery("portfolio", ReadScope.ofRegion("WCA"), {}, TODAY));

  beforeAll(async () => {
    test = await startTestApp("pglite");
  });
  afterAll(async () => test?.close());

  it("answers the same statement from one query, and another scope from its own", async () => {
    const first = counting("all");
    const second = counting("wca");
    const [a, b] = await Promise.all([
      cache.get(test.database.db, all, first.load),
      cache.get(test.database.db, all, first.load),
    ]);
    expect(first.calls).toBe(1);
    expect(a).toBe(b);
    const regional = await cache.get(test.database.db, wca, second.load);
    expect(second.calls).toBe(1);
    expect(regional[0]?.id).toBe("wca");
  });

  it("queries again once the data changed", async () => {
    const loads = counting("all");
    await cache.get(test.database.db, all, loads.load);
    await test.database.db.execute(sql`update projects set title = title`);
    const after = await cache.get(test.database.db, all, loads.load);
    expect(loads.calls).toBe(1);
    expect(after[0]?.rows[0]?.call).toBe(1);
  });

  it("serves an expired entry once while refreshing it", async () => {
    await test.database.db.execute(sql`update projects set title = title`);
    const loads = counting("all");
    await cache.get(test.database.db, all, loads.load);
    expect(loads.calls).toBe(1);
    clock += 31_000;
    const served = await cache.get(test.database.db, all, loads.load);
    expect(served[0]?.rows[0]?.call).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    const refreshed = await cache.get(test.database.db, all, loads.load);
    expect(loads.calls).toBe(2);
    expect(refreshed[0]?.rows[0]?.call).toBe(2);
  });
});
