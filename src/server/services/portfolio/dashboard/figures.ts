/**
 * Use cases of the dashboard and analysis routes: a chart's or report's tables for a user, and
 * the same tables labelled in a language for Excel and CSV (codes become names; numbers stay).
 */
import { dayOf } from "../../../../domain/calendar";
import {
  type AnalysisReport,
  CODED_COLUMNS,
  type DashboardChart,
  type DashboardFilters,
  labelFigureTables,
} from "../../../../domain/dashboard";
import type { FigureLanguage } from "../../../../domain/figureLabels";
import type { FigureTable } from "../../../../domain/figures";
import { figureValueLabel, NO_REGION } from "../../../../web/i18n/figureTexts";
import { cachedAnswer, statementKey } from "../../../cache/portfolioCache";
import type { DbOrTx } from "../../../db/client";
import type { Actor } from "../../../policies/actor";
import { readScope } from "../../../policies/readScope";
import { loadReferenceData } from "../../reference/loadReferenceData";
import { analysisQuery } from "../analysis/analysisQuery";
import { chartQuery, dashboardExportQuery } from "./charts";
import { envelopeTables } from "./envelopeFigures";
import { type FigureQuery, runFigureQuery } from "./figureSql";

/**
 * A figure query through the portfolio cache, keyed by its statement with its values (read scope,
 * filters and today are all in it): see cache/portfolioCache.ts for why that is safe.
 */
function run(db: DbOrTx, query: FigureQuery): Promise<FigureTable[]> {
  return cachedAnswer(db, figureKey(query), () => runFigureQuery(db, query));
}

export function figureKey(query: FigureQuery): string {
  return `figures ${statementKey(query.sql)}`;
}

export function chartTables(
  db: DbOrTx,
  user: Actor,
  chart: DashboardChart,
  filters: DashboardFilters,
  now: Date,
): Promise<FigureTable[]> {
  if (chart === "envelopes") return envelopeTables(db, filters);
  return run(db, chartQuery(chart, readScope(user), filters, dayOf(now)));
}

export async function dashboardTables(
  db: DbOrTx,
  user: Actor,
  filters: DashboardFilters,
  now: Date,
): Promise<FigureTable[]> {
  const [tables, envelopes] = await Promise.all([
    run(db, dashboardExportQuery(readScope(user), filters, dayOf(now))),
    envelopeTables(db, filters),
  ]);
  return [...tables, ...envelopes];
}

export function analysisTables(
  db: DbOrTx,
  user: Actor,
  report: AnalysisReport,
  filters: DashboardFilters,
  now: Date,
): Promise<FigureTable[]> {
  return run(db, analysisQuery(report, readScope(user), filters, dayOf(now)));
}

/** Codes as names in the language (reference data, statuses, review stages), for a file. */
export async function labelTables(
  db: DbOrTx,
  tables: FigureTable[],
  language: FigureLanguage,
): Promise<FigureTable[]> {
  const reference = await loadReferenceData(db);
  const names = new Map<string, Map<string, string>>();
  for (const [column, list] of Object.entries(CODED_COLUMNS)) {
    names.set(
      column,
      new Map(reference[list].map((item) => [item.code, item.name[language] || item.name.en])),
    );
  }
  return labelFigureTables(tables, (column, value) => {
    if (value === null) return column === "region" ? NO_REGION[language] : null;
    return names.get(column)?.get(value) ?? figureValueLabel(column, value, language);
  });
}
