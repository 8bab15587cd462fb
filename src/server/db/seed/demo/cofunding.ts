/**
 * The demo's co-funding (issue 15 §5): a few projects of every status have other funders, in
 * euros, yen, Kuwaiti dinars, US dollars and Swiss francs; the fund manager has recorded a rate for
 * every month from 2013 to 2026 for EUR, JPY and KWD, and none for CHF, so that the demo also
 * shows a source whose currency has no rate.
 */
import { parseAmount } from "../../../../domain/currencies";
import type { ProjectStatus } from "../../../../domain/lifecycle";
import type { DbOrTx } from "../../client";
import { currencyRates, projectFundingSources } from "../../schema";

interface DemoDonor {
  name: string;
  type: string;
  ref: string | null;
  currency: string;
  /** The first project's amount and the step to the next one, in the currency's major units. */
  amount: (i: number) => string;
}

const DONORS: DemoDonor[] = [
  {
    name: "European Union",
    type: "40",
    ref: "XI-IATI-EC_INTPA",
    currency: "EUR",
    amount: (i) => `${50_000 + 2_500 * i}.00`,
  },
  {
    name: "Government of Japan",
    type: "10",
    ref: "XM-DAC-701",
    currency: "JPY",
    amount: (i) => `${5_000_000 + 250_000 * i}`,
  },
  {
    name: "Kuwait Fund for Arab Economic Development",
    type: "10",
    ref: null,
    currency: "KWD",
    amount: (i) => `${15_000 + 500 * i}.250`,
  },
  {
    name: "Open Society Foundations",
    type: "60",
    ref: null,
    currency: "USD",
    amount: (i) => `${25_000 + 1_000 * i}.00`,
  },
  {
    name: "Swiss Agency for Development and Cooperation",
    type: "10",
    ref: null,
    currency: "CHF",
    amount: (i) => `${40_000 + 1_500 * i}.00`,
  },
];

const STATUSES = ["pledged", "confirmed", "received"] as const;
/** How many projects of each status have other funders. */
const PER_STATUS = 4;
const RATE_YEARS = { first: 2013, last: 2026 };

/** Demo rates (USD per unit, in 10⁻⁸): plausible, varying from month to month, deterministic. */
function demoRate(currency: string, m: number): bigint {
  switch (currency) {
    case "EUR":
      return BigInt(110_000_000 + (((m * 37) % 17) - 8) * 500_000);
    case "JPY":
      return BigInt(900_000 - (m % 50) * 4_000);
    default:
      return BigInt(329_000_000 + (((m * 13) % 11) - 5) * 200_000);
  }
}

export async function seedDemoCofunding(
  tx: DbOrTx,
  projects: readonly { id: string; status: ProjectStatus; plannedStart: string }[],
  fundManagerId: string,
  at: Date,
) {
  const byStatus = new Map<ProjectStatus, { id: string; plannedStart: string }[]>();
  for (const p of projects) byStatus.set(p.status, [...(byStatus.get(p.status) ?? []), p]);
  const rows: (typeof projectFundingSources.$inferInsert)[] = [];
  let n = 0;
  for (const list of byStatus.values()) {
    for (const project of list.slice(0, PER_STATUS)) {
      // Two funders per project, each donor in turn, so every currency appears in every status.
      for (const k of [0, 1]) {
        const donor = DONORS[(n + k * 2) % DONORS.length] as DemoDonor;
        const amount = donor.amount(n);
        rows.push({
          id: `00000000-0000-4000-8c0f-${String(rows.length + 1).padStart(12, "0")}`,
          projectId: project.id,
          organisationName: donor.name,
          organisationType: donor.type,
          organisationRef: donor.ref,
          amountMinor: parseAmount(amount, donor.currency) as bigint,
          currency: donor.currency,
          status: STATUSES[(n + k) % STATUSES.length] as string,
          sourceDate: project.plannedStart,
          createdAt: at,
          updatedAt: at,
          updatedById: fundManagerId,
        });
      }
      n += 1;
    }
  }
  if (rows.length > 0) await tx.insert(projectFundingSources).values(rows).onConflictDoNothing();
  const rates: (typeof currencyRates.$inferInsert)[] = [];
  for (let year = RATE_YEARS.first; year <= RATE_YEARS.last; year++) {
    for (let month = 1; month <= 12; month++) {
      const m = (year - RATE_YEARS.first) * 12 + month;
      for (const currency of ["EUR", "JPY", "KWD"]) {
        rates.push({
          currency,
          month: `${year}-${String(month).padStart(2, "0")}`,
          rateE8: demoRate(currency, m),
          updatedAt: at,
          updatedById: fundManagerId,
        });
      }
    }
  }
  await tx.insert(currencyRates).values(rates).onConflictDoNothing();
}
