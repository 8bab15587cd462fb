/**
 * What a submitted demo report says: its narrative in the words of the project's area of work,
 * and its figures to date. Indicator values and beneficiaries climb towards the targets over the
 * implementation period (some projects fall short, some exceed), expenditure towards the approved
 * budget (a few go above it), split by area of work and by activity type like the budget (a few
 * spend their first area faster), with equal totals.
 */
import { allocateCents } from "../../../../domain/allocation";
import { daysBetween, type IsoDate } from "../../../../domain/calendar";
import type { ScheduledReport } from "../../../../domain/reportSchedule";
import type { Random } from "../random";
import type { Share } from "./content";
import { CROSS_CUTTING, INDICATOR_COMMENTS, REPORT_TEXTS } from "./monitoringTexts";
import type { ReportingProject, ReportRows } from "./reportingProject";

function fill(random: Random, texts: readonly string[], place: string): string {
  return random.pick(texts).replaceAll("{place}", place);
}

export function narrativeTexts(random: Random, project: ReportingProject, final: boolean) {
  const own = REPORT_TEXTS[project.area];
  const sentences = (area: readonly string[], cross: readonly string[], count: number) =>
    [fill(random, area, project.place), ...(count > 1 ? [fill(random, cross, project.place)] : [])].join(" ");
  return {
    challenges: sentences(own.challenges, CROSS_CUTTING.challenges, random.int(1, 2)),
    lessonsLearned: final
      ? sentences(own.lessons, CROSS_CUTTING.lessons, 2)
      : random.chance(0.7)
        ? fill(random, random.chance(0.6) ? own.lessons : CROSS_CUTTING.lessons, project.place)
        : "",
    goodPractices: final
      ? sentences(own.goodPractices, CROSS_CUTTING.goodPractices, random.int(1, 2))
      : random.chance(0.5)
        ? fill(random, own.goodPractices, project.place)
        : "",
  };
}

/** Splits `total` cents like `shares` (hundredths of a percent); the first share takes the rounding. */
function splitAmount(total: number, shares: readonly Share<string>[]): { code: string; amount: number }[] {
  const amounts = shares.map((share) => ({
    code: share.code,
    amount: Math.floor((total * share.hundredths) / 10_000),
  }));
  const rest = total - amounts.reduce((sum, a) => sum + a.amount, 0);
  if (amounts[0]) amounts[0].amount += rest;
  return amounts;
}

/** How far above its budget an overspending demo project goes. */
const OVERSPENDING = 1.08;

/**
 * Demo only, so that the spending views show every state: about one project in ten spends its
 * first area of work twice as fast as its share (flagged at the default threshold when that share
 * is below 5/6), and one in ten goes above its approved budget. Drawn from the project's id, not
 * the random stream, so that everything else the demo draws stays the same.
 */
function spendingHabit(project: ReportingProject): "asPlanned" | "firstAreaFirst" | "overspends" {
  const digit = Number.parseInt(project.id.slice(0, 2), 16) % 10;
  return digit === 3 ? "firstAreaFirst" : digit === 7 ? "overspends" : "asPlanned";
}

/** Splits `total` with the first share's weight doubled, exactly (largest remainder). */
function firstAreaFirst(total: number, shares: readonly Share<string>[]): { code: string; amount: number }[] {
  const amounts = allocateCents(
    total,
    shares.map((share, index) => (index === 0 ? share.hundredths * 2 : share.hundredths)),
  );
  return shares.map((share, index) => ({ code: share.code, amount: amounts[index] ?? 0 }));
}

/** How far a project has come by the end of a period: 0 at its start, 1 at its end. */
function elapsed(project: ReportingProject, periodEnd: IsoDate): number {
  const whole = Math.max(1, daysBetween(project.start, project.end));
  return Math.min(1, Math.max(0, daysBetween(project.start, periodEnd) / whole));
}

/** How well a project does: per indicator, per target group, and how fast it spends. */
export interface Performance {
  indicators: number[];
  reach: number[];
  spending: number;
}

export function drawPerformance(random: Random, project: ReportingProject): Performance {
  return {
    indicators: project.indicators.map(
      () => (random.chance(0.25) ? random.int(55, 85) : random.int(85, 115)) / 100,
    ),
    reach: project.beneficiaries.map(() => random.int(65, 120) / 100),
    spending: random.int(86, 100) / 100,
  };
}

export function writeFigures(
  random: Random,
  project: ReportingProject,
  performance: Performance,
  slot: ScheduledReport,
  reportId: string,
  rows: ReportRows,
) {
  const final = slot.stage === "final";
  const progress = elapsed(project, slot.periodEnd);
  if (slot.kind === "narrative") {
    project.indicators.forEach((indicator, index) => {
      const achieved = performance.indicators[index] ?? 1;
      const exact = indicator.baseline + (indicator.target - indicator.baseline) * achieved * progress ** 1.1;
      rows.indicatorValues.push({
        reportId,
        indicatorId: indicator.id,
        actual: Math.min(
          indicator.unit === "%" ? 100 : Number.POSITIVE_INFINITY,
          Math.max(0, Math.round(exact)),
        ),
        comment:
          achieved < 0.8 && random.chance(0.5)
            ? random.pick(INDICATOR_COMMENTS.behind)
            : final && achieved > 1.05
              ? random.pick(INDICATOR_COMMENTS.ahead)
              : "",
      });
    });
    project.beneficiaries.forEach((group, index) => {
      rows.beneficiaries.push({
        reportId,
        typeCode: group.typeCode,
        sex: group.sex,
        ageGroup: group.ageGroup,
        number: Math.round(group.number * (performance.reach[index] ?? 1) * progress ** 0.9),
      });
    });
    return;
  }
  const habit = spendingHabit(project);
  const pace = habit === "overspends" ? OVERSPENDING : performance.spending;
  const spent = pace * (final ? 1 : Math.min(1, progress ** 0.95 * 1.04));
  const total = Math.floor((project.approvedBudgetCents * spent) / 100) * 100;
  const areaSplit =
    habit === "firstAreaFirst" && project.areaShares.length > 1
      ? firstAreaFirst(total, project.areaShares)
      : splitAmount(total, project.areaShares);
  for (const { code, amount } of areaSplit)
    rows.areaExpenditures.push({ reportId, areaCode: code, amountCents: amount });
  for (const { code, amount } of splitAmount(total, project.activityShares))
    rows.activityExpenditures.push({ reportId, activityCode: code, amountCents: amount });
}
