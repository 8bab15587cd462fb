/** The only place where an appeal and the summary of its import are shaped for clients. */
import type { AppealSummary } from "../../domain/appealComparison";
import type { AppealImportSummary } from "../services/appeal/importAppeal";
import type { AppealRow } from "../services/appeal/listAppeals";

export function presentAppeal(row: AppealRow): AppealSummary {
  return {
    ...row,
    importedAt: new Date(row.importedAt).toISOString(),
    totalCents: Number(row.totalCents),
  };
}

/** The import's summary without the appeal's internal id, which clients address by code. */
export function presentAppealImport(summary: AppealImportSummary) {
  const { appealId: _id, ...rest } = summary;
  return rest;
}
