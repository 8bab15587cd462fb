/**
 * Co-funding across the portfolio (issue 15 §5): per donor, the projects and sources the user may
 * read, the USD total of those with a rate, and the amounts per currency as recorded.
 */
import { eq } from "drizzle-orm";
import { BASE_CURRENCY, formatAmount } from "../../../domain/currencies";
import type { DonorTotal } from "../../../domain/fundingSources";
import type { DbOrTx } from "../../db/client";
import { projectFundingSources, projects } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { readScope } from "../../policies/readScope";
import { convertSource } from "../../presenters/fundingSource";
import { loadRates } from "./loadRates";

export async function listDonorTotals(db: DbOrTx, actor: Actor): Promise<DonorTotal[]> {
  const rows = await db
    .select({
      projectId: projectFundingSources.projectId,
      organisationName: projectFundingSources.organisationName,
      organisationType: projectFundingSources.organisationType,
      organisationRef: projectFundingSources.organisationRef,
      amountMinor: projectFundingSources.amountMinor,
      currency: projectFundingSources.currency,
      sourceDate: projectFundingSources.sourceDate,
    })
    .from(projectFundingSources)
    .innerJoin(projects, eq(projects.id, projectFundingSources.projectId))
    .where(readScope(actor).where(projects.regionCode));
  const rates = await loadRates(db, { currencies: [...new Set(rows.map((r) => r.currency))] });
  const donors = new Map<
    string,
    {
      first: (typeof rows)[number];
      projects: Set<string>;
      sources: number;
      cents: bigint;
      withoutRate: number;
      byCurrency: Map<string, bigint>;
    }
  >();
  for (const row of rows) {
    const donor = donors.get(row.organisationName) ?? {
      first: row,
      projects: new Set<string>(),
      sources: 0,
      cents: 0n,
      withoutRate: 0,
      byCurrency: new Map<string, bigint>(),
    };
    donors.set(row.organisationName, donor);
    donor.projects.add(row.projectId);
    donor.sources += 1;
    const converted = convertSource(row, rates);
    if (converted) donor.cents += converted.cents;
    else donor.withoutRate += 1;
    donor.byCurrency.set(row.currency, (donor.byCurrency.get(row.currency) ?? 0n) + row.amountMinor);
  }
  return [...donors.entries()]
    .map(([name, d]) => ({
      organisationName: name,
      organisationType: d.first.organisationType,
      organisationRef: d.first.organisationRef,
      projects: d.projects.size,
      sources: d.sources,
      usd: formatAmount(d.cents, BASE_CURRENCY),
      withoutRate: d.withoutRate,
      byCurrency: [...d.byCurrency.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([currency, minor]) => ({ currency, amount: formatAmount(minor, currency) })),
      cents: d.cents,
    }))
    .sort((a, b) =>
      a.cents === b.cents ? a.organisationName.localeCompare(b.organisationName) : a.cents > b.cents ? -1 : 1,
    )
    .map(({ cents: _cents, ...donor }) => donor);
}
