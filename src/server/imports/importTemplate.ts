/**
 * The import template: the Excel export's Projects, Areas of work, Activity types and
 * Beneficiaries sheets with their headings and number formats and no rows, and a sheet of the
 * reference lists (codes and names a cell may hold), read from this installation's database.
 */
import { asc, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import type { FigureLanguage } from "../../domain/figureLabels";
import { PROJECT_STATUSES } from "../../domain/lifecycle";
import { PROJECT_TYPES } from "../../domain/project";
import { PROJECT_SHEET_COLUMNS } from "../../domain/projectExport";
import { IMPORT_SHEET_IDS } from "../../domain/projectImport";
import {
  figureValueLabel,
  PROJECT_SHEET_NAMES,
  projectExportHeading,
  projectExportValue,
} from "../../web/i18n/figureTexts";
import { resources } from "../../web/i18n/resources";
import type { DbOrTx } from "../db/client";
import {
  activityTypes,
  areasOfWork,
  beneficiaryTypes,
  countries,
  fundingYears,
  fundLines,
  genderMarkers,
  regions,
  users,
} from "../db/schema";
import { columnWidth, numberFormat, uniqueSheetName } from "../exports/cells";
import { nameIn } from "../exports/projectRows";
import { workbookBytes } from "../exports/workbookBytes";

type Names = { code: string; nameEn: string; nameFr: string; nameEs: string };

export async function importTemplate(db: DbOrTx, language: FigureLanguage): Promise<Buffer> {
  const texts = resources[language].translation.projectImport;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "PRIMA";
  const used = new Set<string>();
  for (const id of IMPORT_SHEET_IDS) {
    const sheet = workbook.addWorksheet(uniqueSheetName(PROJECT_SHEET_NAMES[id][language], used), {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    sheet.columns = PROJECT_SHEET_COLUMNS[id].map((column) => {
      const header = projectExportHeading(column.key, language);
      const numFmt = numberFormat(column);
      return {
        header,
        key: column.key,
        width: Math.max(columnWidth(column.type, header), column.type === "text" ? 18 : 0),
        ...(numFmt ? { style: { numFmt } } : {}),
      };
    });
    sheet.getRow(1).font = { bold: true };
  }

  const byName = (rows: Names[]) => rows.map((r) => [r.code, nameIn(r, language, r.code)] as const);
  const [
    regionRows,
    countryRows,
    yearRows,
    lineRows,
    areaRows,
    activityRows,
    typeRows,
    markerRows,
    managers,
  ] = await Promise.all([
    db.select().from(regions).orderBy(asc(regions.sort)),
    db.select().from(countries).orderBy(asc(countries.iso3)),
    db.select().from(fundingYears).orderBy(asc(fundingYears.year)),
    db.select().from(fundLines).orderBy(asc(fundLines.sort)),
    db.select().from(areasOfWork).orderBy(asc(areasOfWork.sort)),
    db.select().from(activityTypes).orderBy(asc(activityTypes.sort)),
    db.select().from(beneficiaryTypes).orderBy(asc(beneficiaryTypes.sort)),
    db.select().from(genderMarkers).orderBy(asc(genderMarkers.sort)),
    db
      .select({ email: users.email, name: users.name })
      .from(users)
      .where(eq(users.role, "pm"))
      .orderBy(asc(users.name)),
  ]);
  const lists: [keyof typeof texts.lists, (readonly [string, string])[]][] = [
    ["status", PROJECT_STATUSES.map((s) => [s, figureValueLabel("status", s, language)] as const)],
    ["type", PROJECT_TYPES.map((t) => [t, projectExportValue("type", t, language)] as const)],
    ["region", byName(regionRows)],
    ["country", byName(countryRows.map((c) => ({ ...c, code: c.iso3 })))],
    ["fundingYear", yearRows.map((y) => [String(y.year), String(y.year)] as const)],
    ["fundLine", byName(lineRows)],
    ["area", byName(areaRows)],
    ["activity", byName(activityRows)],
    ["beneficiaryType", byName(typeRows)],
    ["genderMarker", byName(markerRows)],
    ["pm", managers.map((m) => [m.email, m.name] as const)],
  ];
  const reference = workbook.addWorksheet(uniqueSheetName(texts.referenceSheet, used), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  reference.columns = [
    { header: texts.referenceList, key: "list", width: 28 },
    { header: texts.referenceCode, key: "code", width: 34 },
    { header: texts.referenceName, key: "name", width: 50 },
  ];
  reference.getRow(1).font = { bold: true };
  for (const [list, items] of lists) {
    for (const [code, name] of items) reference.addRow([texts.lists[list], code, name]);
  }
  return workbookBytes(workbook);
}
