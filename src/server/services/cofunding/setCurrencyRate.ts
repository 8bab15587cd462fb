/** The fund manager records a currency's rate for a month; every change is audited and versioned. */
import { and, eq, sql } from "drizzle-orm";
import { BASE_CURRENCY, isCurrency } from "../../../domain/currencies";
import { Conflict, Invalid } from "../../../domain/errors";
import { formatRate, parseRate, type RateInput } from "../../../domain/exchangeRates";
import type { Db, DbOrTx } from "../../db/client";
import { currencyRates } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { presentRate } from "../../presenters/fundingSource";
import { recordAudit } from "../audit/recordAudit";
import { type CurrencyRateRecord, loadRates } from "./loadRates";

const STALE_MESSAGE =
  "Someone else changed this rate after you opened it. Nothing was saved; reload to see their change.";

async function findRate(tx: DbOrTx, currency: string, month: string) {
  return (await loadRates(tx, { currencies: [currency], month }))[0] ?? null;
}

/** A rate is recorded for a currency other than USD, which is the fund's own. */
export function checkRateCurrency(currency: string) {
  if (!isCurrency(currency) || currency === BASE_CURRENCY) {
    throw new Invalid([
      { field: "currency", code: "currencyUnknown", message: "Choose an ISO 4217 currency other than USD" },
    ]);
  }
}

export async function setCurrencyRate(
  db: Db,
  actor: Actor,
  currency: string,
  month: string,
  input: RateInput,
  now: Date,
): Promise<CurrencyRateRecord> {
  authorize(actor, "editFundRules");
  checkRateCurrency(currency);
  return db.transaction(async (tx) => {
    const before = await findRate(tx, currency, month);
    const stale = async () => {
      const latest = await findRate(tx, currency, month);
      return new Conflict(STALE_MESSAGE, { current: latest ? presentRate(latest) : undefined });
    };
    if ((before?.version ?? 0) !== input.version) throw await stale();
    const rateE8 = parseRate(input.rate) as bigint;
    // Version 0 = no rate yet: the primary key makes a second "first" rate a conflict.
    const written =
      input.version === 0
        ? await tx
            .insert(currencyRates)
            .values({ currency, month, rateE8, updatedAt: now, updatedById: actor.id })
            .onConflictDoNothing()
            .returning({ month: currencyRates.month })
        : await tx
            .update(currencyRates)
            .set({
              rateE8,
              version: sql`${currencyRates.version} + 1`,
              updatedAt: now,
              updatedById: actor.id,
            })
            .where(
              and(
                eq(currencyRates.currency, currency),
                eq(currencyRates.month, month),
                eq(currencyRates.version, input.version),
              ),
            )
            .returning({ month: currencyRates.month });
    if (written.length === 0) throw await stale();
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "currencyRate",
      entityId: `${currency}/${month}`,
      action: before ? "update" : "create",
      before: before ? { rate: formatRate(before.rate) } : null,
      after: { rate: formatRate(rateE8) },
      at: now,
    });
    return (await findRate(tx, currency, month)) as CurrencyRateRecord;
  });
}
