/**
 * Excel of the per-donor totals (the co-funding page's donor table), one row per donor exactly as
 * GET /api/cofunding/donors returns them: the USD total as a number, the amounts per currency as text.
 */
import ExcelJS from "exceljs";
import type { DonorTotal } from "../../domain/fundingSources";
import { workbookBytes } from "./workbookBytes";

export const DONOR_COLUMNS = [
  { header: "Organisation", key: "organisationName", width: 40 },
  { header: "IATI organisation type", key: "organisationType", width: 12 },
  { header: "IATI organisation identifier", key: "organisationRef", width: 28 },
  { header: "Projects", key: "projects", width: 10 },
  { header: "Sources", key: "sources", width: 10 },
  { header: "Total (USD)", key: "usd", width: 18, style: { numFmt: "#,##0.00" } },
  { header: "Sources without a rate", key: "withoutRate", width: 12 },
  { header: "Amounts per currency", key: "byCurrency", width: 50 },
] as const;

export async function donorTotalsWorkbook(donors: readonly DonorTotal[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "PRIMA";
  const sheet = workbook.addWorksheet("Donors", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = DONOR_COLUMNS.map((column) => ({ ...column }));
  sheet.getRow(1).font = { bold: true };
  for (const donor of donors) {
    sheet.addRow({
      organisationName: donor.organisationName,
      organisationType: donor.organisationType,
      organisationRef: donor.organisationRef ?? "",
      projects: donor.projects,
      sources: donor.sources,
      usd: Number(donor.usd),
      withoutRate: donor.withoutRate,
      byCurrency: donor.byCurrency.map((c) => `${c.currency} ${c.amount}`).join("; "),
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: DONOR_COLUMNS.length } };
  return workbookBytes(workbook);
}
