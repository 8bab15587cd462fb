/**
 * IATI 2.03 activity XML of a filtered project list, streamed one activity at a time. Element
 * order follows `iati-activities-schema.xsd` (copied in `iati-2.03/`); codes come from the code
 * lists through the maps in `iatiCodes.ts`.
 */
import type { Writable } from "node:stream";
import type { IsoDate } from "../../domain/calendar";
import type { ProjectStatus } from "../../domain/lifecycle";
import { currentReport } from "../../domain/progress";
import type { Config } from "../config";
import { loadBudgetYears, type PlannedYears } from "../services/projects/budgetYears";
import {
  activityYears,
  budgetsXml,
  originalBudgetsOf,
  originalYears,
  plannedDisbursementsXml,
} from "./iatiBudgetYears";
import {
  AREA_SECTORS,
  DEFAULT_SECTOR,
  GENDER_SIGNIFICANCE,
  GLOBAL_REGION,
  iatiActivityStatus,
  iatiIndicatorMeasure,
  REGION_CODES,
} from "./iatiCodes";
import { fundingOrgsXml } from "./iatiFunding";
import { type TransactionFacts, transactionFactsOf, transactionsXml } from "./iatiTransactions";
import {
  areaSharesOf,
  type ExportProject,
  type ExportReference,
  indicatorValuesIn,
  loadExportReference,
  projectBatches,
  reportsOf,
  resultsOf,
} from "./projectRows";
import type { ProjectExportInput } from "./projectsWorkbook";
import { writeChunk } from "./streams";
import { escapeXml } from "./xml";

type Attributes = Record<string, string | number | boolean | null | undefined>;

function el(name: string, attributes: Attributes, ...children: string[]): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join("");
  return children.length === 0 ? `<${name}${attrs}/>` : `<${name}${attrs}>${children.join("")}</${name}>`;
}

/** A text in a `narrative` element (empty texts are left out by the callers). */
const narrative = (text: string, lang?: string) => el("narrative", { "xml:lang": lang }, escapeXml(text));

/** Hundredths of a percent as an xsd:decimal: 3333 → "33.33", 10000 → "100". */
export function percentage(hundredths: number): string {
  const whole = Math.floor(hundredths / 100);
  const rest = hundredths % 100;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, "0").replace(/0$/, "")}`;
}

/** 100 % split evenly in hundredths, the remainder to the first ones, so the total is exact. */
export function evenShares(count: number): number[] {
  const base = Math.floor(10_000 / count);
  return Array.from({ length: count }, (_, i) => base + (i < 10_000 - base * count ? 1 : 0));
}

type Results = Awaited<ReturnType<typeof resultsOf>>;
type Statement = NonNullable<ReturnType<Results["statements"]["get"]>>[number];
type Indicator = NonNullable<ReturnType<Results["indicators"]["get"]>>[number];

interface ActivityParts {
  shares: { code: string; hundredths: number }[];
  statements: Statement[];
  indicators: Indicator[];
  actuals: Map<string, number>;
  transactions: TransactionFacts;
  budgetYears: PlannedYears | undefined;
  /** The budget first approved, when a revision changed it since. */
  originalBudget: { totalCents: number; years: number[] } | undefined;
  funders: string[];
}

export interface IatiSettings {
  iati: Config["iati"];
  language: string;
  today: IsoDate;
}

const FUNDED_STATUSES: readonly ProjectStatus[] = ["approved", "active", "closed"];

/**
 * BudgetStatus 2 "Committed" once the fund has approved the amount and the project has not been
 * turned away since; 1 "Indicative" for a requested amount.
 */
function budgetStatus(project: ExportProject): "1" | "2" {
  return project.approvedBudgetCents !== null && FUNDED_STATUSES.includes(project.status) ? "2" : "1";
}

function activityXml(
  project: ExportProject,
  parts: ActivityParts,
  reference: ExportReference,
  settings: IatiSettings,
) {
  const { iati, language: lang, today } = settings;
  const start = project.actualStart ?? project.plannedStart;
  const end = project.actualEnd ?? project.plannedEnd;
  const out: string[] = [];

  out.push(el("iati-identifier", {}, escapeXml(`${iati.reportingOrgRef}-${project.code}`)));
  out.push(
    el(
      "reporting-org",
      { ref: iati.reportingOrgRef, type: iati.reportingOrgType },
      narrative(iati.reportingOrgName),
    ),
  );
  out.push(el("title", {}, narrative(project.title, lang)));
  out.push(el("description", { type: "1" }, narrative(project.summary.trim() || project.title, lang)));
  if (project.objective.trim())
    out.push(el("description", { type: "2" }, narrative(project.objective, lang)));
  out.push(
    el(
      "participating-org",
      { ref: iati.reportingOrgRef, type: iati.reportingOrgType, role: "1" },
      narrative(iati.fundName),
    ),
  );
  out.push(
    el(
      "participating-org",
      { ref: iati.reportingOrgRef, type: iati.reportingOrgType, role: "4" },
      narrative(iati.reportingOrgName),
    ),
  );
  out.push(...parts.funders);
  out.push(el("activity-status", { code: iatiActivityStatus(project.status, project.plannedEnd, today) }));
  out.push(el("activity-date", { type: "1", "iso-date": project.plannedStart }));
  if (project.actualStart) out.push(el("activity-date", { type: "2", "iso-date": project.actualStart }));
  out.push(el("activity-date", { type: "3", "iso-date": project.plannedEnd }));
  if (project.actualEnd) out.push(el("activity-date", { type: "4", "iso-date": project.actualEnd }));

  // Where: the countries of a national project; the region of a regional one; a global one is
  // "developing countries, unspecified". Either way the percentages add up to 100.
  const iso2 = project.countries.map((iso3) => reference.iso2.get(iso3)).filter((c): c is string => !!c);
  if (project.type === "national" && iso2.length > 0) {
    const shares = evenShares(iso2.length);
    iso2.forEach((code, i) => {
      out.push(el("recipient-country", { code, percentage: percentage(shares[i] ?? 0) }));
    });
  } else {
    const region =
      project.type === "regional" && project.regionCode
        ? (REGION_CODES[project.regionCode] ?? GLOBAL_REGION)
        : GLOBAL_REGION;
    out.push(el("recipient-region", { code: region, vocabulary: "1", percentage: "100" }));
  }

  const sectors = new Map<string, number>();
  for (const share of parts.shares) {
    const code = AREA_SECTORS[share.code] ?? DEFAULT_SECTOR;
    sectors.set(code, (sectors.get(code) ?? 0) + share.hundredths);
  }
  for (const [code, hundredths] of sectors) {
    out.push(el("sector", { vocabulary: "1", code, percentage: percentage(hundredths) }));
  }

  const significance = project.genderMarker ? GENDER_SIGNIFICANCE[project.genderMarker] : undefined;
  if (significance !== undefined) {
    out.push(el("policy-marker", { vocabulary: "1", code: "1", significance }));
  }

  // One budget per year of the project: IATI's rules refuse a budget period longer than a year.
  const years = activityYears(project, parts.budgetYears, start, end);
  const original = parts.originalBudget && originalYears(parts.originalBudget, start, end);
  if (original) {
    // Revised since its approval: the original budget and the revised one, each per year.
    out.push(...budgetsXml(original, budgetStatus(project), "1"));
    out.push(...budgetsXml(years, budgetStatus(project), "2"));
  } else out.push(...budgetsXml(years, budgetStatus(project)));
  out.push(...plannedDisbursementsXml(years, original ? "2" : "1"));

  out.push(...transactionsXml(project, parts.transactions, iati, today));
  out.push(...resultsXml(project, parts, { start, end, lang }));
  return el(
    "iati-activity",
    { "last-updated-datetime": project.updatedAt.toISOString(), "xml:lang": lang, "default-currency": "USD" },
    ...out,
  );
}

/** The results matrix: the objective (impact), outcomes and outputs that have indicators. */
function resultsXml(
  project: ExportProject,
  parts: ActivityParts,
  period: { start: string; end: string; lang: string },
): string[] {
  const results: { type: string; title: string; resultId: string | null }[] = [
    { type: "3", title: project.objective.trim() || project.title, resultId: null },
    ...parts.statements.map((s) => ({
      type: s.level === "outcome" ? "2" : "1",
      title: s.statement,
      resultId: s.id,
    })),
  ];
  const baselineYear = Number(period.start.slice(0, 4));
  return results.flatMap((result) => {
    const measures = parts.indicators.filter((i) => i.resultId === result.resultId);
    if (measures.length === 0) return [];
    const indicatorsXml = measures.map((indicator) => {
      const actual = parts.actuals.get(indicator.id);
      return el(
        "indicator",
        { measure: iatiIndicatorMeasure(indicator.unit), ascending: indicator.target >= indicator.baseline },
        el("title", {}, narrative(`${indicator.name} (${indicator.unit})`, period.lang)),
        el("baseline", { year: baselineYear, value: String(indicator.baseline) }),
        el(
          "period",
          {},
          el("period-start", { "iso-date": period.start }),
          el("period-end", { "iso-date": period.end }),
          el("target", { value: String(indicator.target) }),
          ...(actual === undefined ? [] : [el("actual", { value: String(actual) })]),
        ),
      );
    });
    return [
      el(
        "result",
        { type: result.type },
        el("title", {}, narrative(result.title, period.lang)),
        ...indicatorsXml,
      ),
    ];
  });
}

export async function writeProjectsIati(
  input: ProjectExportInput,
  settings: Omit<IatiSettings, "today" | "language">,
  out: Writable,
): Promise<{ projects: number }> {
  const { db, where, language, today } = input;
  const full: IatiSettings = { ...settings, language, today };
  const reference = await loadExportReference(db);
  await writeChunk(
    out,
    `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="${new Date().toISOString()}">\n`,
  );
  let count = 0;
  for await (const batch of projectBatches(db, where)) {
    const ids = batch.map((p) => p.id);
    const [shares, results, reportsByProject, transactions, budgetYears, originals] = await Promise.all([
      areaSharesOf(db, ids),
      resultsOf(db, ids),
      reportsOf(db, ids),
      transactionFactsOf(db, ids),
      loadBudgetYears(db, ids),
      originalBudgetsOf(db, ids),
    ]);
    // Actual values: the project's current report (latest accepted narrative), as on its page.
    const current = new Map<string, string>();
    for (const [projectId, list] of reportsByProject) {
      const report = currentReport(list.filter((r) => r.kind === "narrative"));
      if (report) current.set(projectId, report.id);
    }
    const values = await indicatorValuesIn(db, [...current.values()]);
    const funders = await fundingOrgsXml(db, ids);
    let chunk = "";
    for (const project of batch) {
      const reportId = current.get(project.id);
      const actuals = new Map(
        (reportId ? (values.get(reportId) ?? []) : []).map((v) => [v.indicatorId, v.actual]),
      );
      const parts: ActivityParts = {
        shares: shares.get(project.id) ?? [],
        statements: results.statements.get(project.id) ?? [],
        indicators: results.indicators.get(project.id) ?? [],
        actuals,
        transactions,
        budgetYears: budgetYears.get(project.id),
        originalBudget: originals.get(project.id),
        funders: funders.get(project.id) ?? [],
      };
      chunk += `${activityXml(project, parts, reference, full)}\n`;
    }
    count += batch.length;
    await writeChunk(out, chunk);
  }
  await writeChunk(out, "</iati-activities>\n");
  out.end();
  return { projects: count };
}
