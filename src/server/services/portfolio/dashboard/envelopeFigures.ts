/**
 * The dashboard's "Envelopes" chart (issue 15, section 1): per funding year and fund line, the
 * allocation, what is committed, in the pipeline and spent, and what is available; the same
 * figures as the Fund rules page (listEnvelopes), so both always agree. Envelopes are the fund's,
 * not a project's: the year and line filters narrow them, the region, status and area filters
 * (which select projects) do not apply. Being the fund's, one answer serves every user and filter:
 * it is kept in the portfolio cache, which the envelopes and everything they sum move (0026).
 */
import type { DashboardFilters } from "../../../../domain/dashboard";
import type { FigureTable } from "../../../../domain/figures";
import { cachedAnswer } from "../../../cache/portfolioCache";
import type { DbOrTx } from "../../../db/client";
import { listEnvelopes } from "../../fund/listEnvelopes";
import { integer, money, text } from "./chartColumns";

export const ENVELOPE_COLUMNS = [
  integer("fundingYear"),
  text("fundLine"),
  money("allocated"),
  money("committed"),
  money("pipeline"),
  money("spent"),
  money("available"),
];

export async function envelopeTables(db: DbOrTx, filters: DashboardFilters): Promise<FigureTable[]> {
  // Only the figures are kept: who last changed an envelope is the Fund rules page's, not the chart's.
  const envelopes = await cachedAnswer(db, "envelopes", async () =>
    (await listEnvelopes(db)).map(
      ({ fundingYear, fundLine, allocatedCents, committedCents, pipelineCents, spentCents }) => ({
        fundingYear,
        fundLine,
        allocatedCents,
        committedCents,
        pipelineCents,
        spentCents,
      }),
    ),
  );
  const rows = envelopes
    .filter(
      (e) =>
        (filters.yearFrom === undefined || e.fundingYear >= filters.yearFrom) &&
        (filters.yearTo === undefined || e.fundingYear <= filters.yearTo) &&
        (filters.fundLine === undefined || e.fundLine === filters.fundLine) &&
        // A year and line with no envelope and no money yet has nothing to show.
        (e.allocatedCents !== null || e.committedCents + e.pipelineCents + e.spentCents > 0),
    )
    .map((e) => ({
      fundingYear: e.fundingYear,
      fundLine: e.fundLine,
      allocated: e.allocatedCents,
      committed: e.committedCents,
      pipeline: e.pipelineCents,
      spent: e.spentCents,
      // Null where no envelope is set: there is no limit, so nothing is "available".
      available: e.allocatedCents === null ? null : e.allocatedCents - e.committedCents,
    }));
  return [{ id: "envelopes", columns: ENVELOPE_COLUMNS, rows }];
}
