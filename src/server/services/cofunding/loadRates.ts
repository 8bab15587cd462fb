/** The fund's exchange rates, every currency and month, with who set each last. */
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { RateRecord } from "../../../domain/exchangeRates";
import type { DbOrTx } from "../../db/client";
import { currencyRates, users } from "../../db/schema";

export interface CurrencyRateRecord extends RateRecord {
  version: number;
  updatedAt: Date;
  updatedBy: { id: string; name: string } | null;
}

/**
 * Only what is asked for: the rates of some currencies (what a project's sources convert with), or
 * one currency and month. The table may hold every month of every currency for decades.
 */
export interface RateFilter {
  currencies?: readonly string[];
  month?: string;
}

export async function loadRates(db: DbOrTx, filter: RateFilter = {}): Promise<CurrencyRateRecord[]> {
  if (filter.currencies?.length === 0) return [];
  const conditions: SQL[] = [];
  if (filter.currencies) conditions.push(inArray(currencyRates.currency, [...filter.currencies]));
  if (filter.month !== undefined) conditions.push(eq(currencyRates.month, filter.month));
  const rows = await db
    .select({
      currency: currencyRates.currency,
      month: currencyRates.month,
      rate: currencyRates.rateE8,
      version: currencyRates.version,
      updatedAt: currencyRates.updatedAt,
      userId: users.id,
      userName: users.name,
    })
    .from(currencyRates)
    .leftJoin(users, eq(users.id, currencyRates.updatedById))
    .where(and(...conditions))
    .orderBy(asc(currencyRates.currency), asc(currencyRates.month));
  return rows.map(({ userId, userName, ...r }) => ({
    ...r,
    updatedBy: userId && userName !== null ? { id: userId, name: userName } : null,
  }));
}
