/** The fund's exchange rates, every currency and month, with who set each last. */
import { asc, eq } from "drizzle-orm";
import type { RateRecord } from "../../../domain/exchangeRates";
import type { DbOrTx } from "../../db/client";
import { currencyRates, users } from "../../db/schema";

export interface CurrencyRateRecord extends RateRecord {
  version: number;
  updatedAt: Date;
  updatedBy: { id: string; name: string } | null;
}

export async function loadRates(db: DbOrTx): Promise<CurrencyRateRecord[]> {
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
    .orderBy(asc(currencyRates.currency), asc(currencyRates.month));
  return rows.map(({ userId, userName, ...r }) => ({
    ...r,
    updatedBy: userId && userName !== null ? { id: userId, name: userName } : null,
  }));
}
