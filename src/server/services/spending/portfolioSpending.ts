/**
 * The portfolio by spending (domain/spending.ts): the projects the user may read whose approved
 * budget is being spent, with the filters of the other portfolio views, listed by variance (those
 * with an accepted financial report, the area furthest above its share first) and by unspent
 * balance (those ended or ending within ENDING_SOON_DAYS, the largest balance first).
 */
import { and, eq, gte, lte, type SQL } from "drizzle-orm";
import { addDays, dayOf } from "../../../domain/calendar";
import { ENDING_SOON_DAYS, type PortfolioSpendingQuery, projectVariance } from "../../../domain/spending";
import type { DbOrTx } from "../../db/client";
import { projects } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { readScope } from "../../policies/readScope";
import { loadSpending, type SpendingRecord, spendingProjects } from "./loadSpending";
import { loadSpendingThreshold } from "./loadSpendingThreshold";

export interface PortfolioSpendingRecords {
  thresholdPercent: number;
  today: string;
  byVariance: SpendingRecord[];
  byUnspent: SpendingRecord[];
}

function filterCondition(actor: Actor, query: PortfolioSpendingQuery): SQL | undefined {
  return and(
    readScope(actor).where(projects.regionCode),
    query.region ? eq(projects.regionCode, query.region) : undefined,
    query.yearFrom !== undefined ? gte(projects.fundingYear, query.yearFrom) : undefined,
    query.yearTo !== undefined ? lte(projects.fundingYear, query.yearTo) : undefined,
    query.fundLine ? eq(projects.fundLine, query.fundLine) : undefined,
  );
}

/** Spending on an unbudgeted area first, then the largest variance, then by code. */
function byVariance(a: SpendingRecord, b: SpendingRecord): number {
  const va = projectVariance(a.areas);
  const vb = projectVariance(b.areas);
  if (va.unbudgeted !== vb.unbudgeted) return va.unbudgeted ? -1 : 1;
  const x = va.hundredths ?? Number.NEGATIVE_INFINITY;
  const y = vb.hundredths ?? Number.NEGATIVE_INFINITY;
  return x !== y ? y - x : a.project.code.localeCompare(b.project.code);
}

const unspentOf = (r: SpendingRecord) => (r.approvedCents ?? 0) - (r.spentCents ?? 0);

export async function portfolioSpending(
  db: DbOrTx,
  actor: Actor,
  query: PortfolioSpendingQuery,
  now: Date,
): Promise<PortfolioSpendingRecords> {
  const today = dayOf(now);
  const { thresholdPercent } = await loadSpendingThreshold(db);
  const records = await loadSpending(
    db,
    spendingProjects(filterCondition(actor, query)),
    thresholdPercent,
    today,
  );
  const endingBy = addDays(today, ENDING_SOON_DAYS);
  return {
    thresholdPercent,
    today,
    byVariance: records.filter((r) => r.report !== null).sort(byVariance),
    byUnspent: records
      .filter((r) => r.project.end <= endingBy)
      .sort((a, b) => unspentOf(b) - unspentOf(a) || a.project.code.localeCompare(b.project.code)),
  };
}
