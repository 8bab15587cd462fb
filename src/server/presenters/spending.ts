/** The only place spending figures are shaped for clients: money as decimal text, shares and percentages as numbers. */
import { formatMoney } from "../../domain/money";
import { hundredthsToPercent } from "../../domain/shares";
import {
  type PortfolioSpendingRow,
  type ProjectSpending,
  projectVariance,
  type SpendingLine,
  type SpendingLineFigures,
  tenthsOfPercent,
} from "../../domain/spending";
import type { SpendingRecord } from "../services/spending/loadSpending";
import type { SpendingThresholdRecord } from "../services/spending/loadSpendingThreshold";

const tenths = (value: number | null) => (value === null ? null : value / 10);

function presentLine(line: SpendingLine, totalSpentCents: number): SpendingLineFigures {
  return {
    code: line.code,
    share: hundredthsToPercent(line.shareHundredths),
    budget: formatMoney(line.budgetCents),
    spent: formatMoney(line.spentCents),
    spentPercent: tenths(tenthsOfPercent(line.spentCents, line.budgetCents)),
    spendingShare: tenths(tenthsOfPercent(line.spentCents, totalSpentCents)),
    variance: line.varianceHundredths === null ? null : hundredthsToPercent(line.varianceHundredths),
    flagged: line.flagged,
  };
}

export function presentProjectSpending(record: SpendingRecord, thresholdPercent: number): ProjectSpending {
  const spent = record.spentCents ?? 0;
  const approved = record.approvedCents;
  const applicable = record.state !== "notApplicable";
  return {
    projectId: record.project.id,
    state: record.state,
    thresholdPercent,
    approved: approved === null ? null : formatMoney(approved),
    spent: applicable ? formatMoney(spent) : null,
    unspent: applicable && approved !== null ? formatMoney(approved - spent) : null,
    spentPercent: applicable && approved !== null ? tenths(tenthsOfPercent(spent, approved)) : null,
    report: record.report,
    areas: record.areas.map((line) => presentLine(line, spent)),
    activities: record.activities.map((line) => presentLine(line, spent)),
    burnRate: record.burnRate && {
      start: record.burnRate.start,
      end: record.burnRate.end,
      plannedDays: record.burnRate.plannedDays,
      elapsedDays: record.burnRate.elapsedDays,
      spentPercent: record.burnRate.spentTenths / 10,
      elapsedPercent: record.burnRate.elapsedTenths / 10,
    },
  };
}

export function presentPortfolioSpendingRow(record: SpendingRecord): PortfolioSpendingRow {
  const approved = record.approvedCents ?? 0;
  const spent = record.spentCents ?? 0;
  const variance = projectVariance(record.areas).hundredths;
  return {
    projectId: record.project.id,
    code: record.project.code,
    title: record.project.title,
    region: record.project.regionCode,
    fundingYear: record.project.fundingYear,
    fundLine: record.project.fundLine,
    status: record.project.status,
    end: record.project.end,
    state: record.state,
    approved: formatMoney(approved),
    spent: formatMoney(spent),
    unspent: formatMoney(approved - spent),
    spentPercent: tenths(tenthsOfPercent(spent, approved)),
    variance: variance === null ? null : hundredthsToPercent(variance),
    flaggedAreas: record.areas
      .filter((line) => line.flagged)
      .map((line) => ({
        code: line.code,
        share: hundredthsToPercent(line.shareHundredths),
        spendingShare: (tenthsOfPercent(line.spentCents, spent) ?? 0) / 10,
      })),
  };
}

export function presentSpendingThreshold(record: SpendingThresholdRecord) {
  return {
    thresholdPercent: record.thresholdPercent,
    version: record.version,
    updatedAt: record.updatedAt ? record.updatedAt.toISOString() : null,
    updatedBy: record.updatedBy,
  };
}
