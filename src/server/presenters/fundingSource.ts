/** The only place a project's funding sources and the fund's rates are shaped for clients. */
import { BASE_CURRENCY, formatAmount } from "../../domain/currencies";
import type { RateView } from "../../domain/exchangeRates";
import { formatRate, type RateRecord, rateFor, toUsdCents } from "../../domain/exchangeRates";
import type { FundingSourceList, FundingSourceView, FundingStatus } from "../../domain/fundingSources";
import { formatMoney } from "../../domain/money";
import type { FundingSourceRow } from "../services/cofunding/loadFundingSources";
import type { CurrencyRateRecord } from "../services/cofunding/loadRates";

/** The source's amount in USD cents at the rate that applies, or null when there is none. */
export function convertSource(
  source: Pick<FundingSourceRow, "amountMinor" | "currency" | "sourceDate">,
  rates: readonly RateRecord[],
): { cents: bigint; rate: bigint; month: string } | null {
  const applied = rateFor(rates, source.currency, source.sourceDate);
  if (!applied) return null;
  return { cents: toUsdCents(source.amountMinor, source.currency, applied.rate), ...applied };
}

export function presentFundingSource(row: FundingSourceRow, rates: readonly RateRecord[]): FundingSourceView {
  const converted = convertSource(row, rates);
  return {
    id: row.id,
    organisationName: row.organisationName,
    organisationType: row.organisationType,
    organisationRef: row.organisationRef,
    amount: formatAmount(row.amountMinor, row.currency),
    currency: row.currency,
    status: row.status as FundingStatus,
    date: row.sourceDate,
    converted: converted && {
      usd: formatAmount(converted.cents, BASE_CURRENCY),
      rate: formatRate(converted.rate),
      rateMonth: converted.month,
    },
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentFundingSourceList(
  rows: readonly FundingSourceRow[],
  rates: readonly RateRecord[],
  budget: { requested: number; approved: number | null },
  can: { edit: boolean },
): FundingSourceList {
  let total = 0n;
  let withoutRate = 0;
  for (const row of rows) {
    const converted = convertSource(row, rates);
    if (converted) total += converted.cents;
    else withoutRate += 1;
  }
  return {
    items: rows.map((row) => presentFundingSource(row, rates)),
    totals: {
      otherSourcesUsd: formatAmount(total, BASE_CURRENCY),
      withoutRate,
      fundRequestedUsd: formatMoney(budget.requested),
      fundApprovedUsd: budget.approved === null ? null : formatMoney(budget.approved),
    },
    can,
  };
}

export function presentRate(record: CurrencyRateRecord): RateView {
  return {
    currency: record.currency,
    month: record.month,
    rate: formatRate(record.rate),
    version: record.version,
    updatedAt: record.updatedAt.toISOString(),
    updatedBy: record.updatedBy,
  };
}
