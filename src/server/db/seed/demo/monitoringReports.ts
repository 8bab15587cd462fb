/**
 * What happened to a demo project's reports by DEMO_TODAY: which were submitted, returned and
 * accepted (and when, against their due dates), which are overdue, and what the submitted ones
 * say. Figures are to date: indicator values and beneficiaries climb towards the targets, and
 * expenditure towards the approved budget, split like the budget's shares.
 */
import { addDays, daysBetween, type IsoDate } from "../../../../domain/calendar";
import type { ScheduledReport } from "../../../../domain/reportSchedule";
import type { Random } from "../random";
import { drawPerformance, narrativeTexts, writeFigures } from "./monitoringContent";
import { ACCEPT_COMMENTS, RETURN_COMMENTS } from "./monitoringTexts";
import type { ReportingProject, ReportRows } from "./reportingProject";

type Step = { action: "submit" | "return" | "accept"; at: Date };
/** Where a report stands on DEMO_TODAY. */
type Fate = "pending" | "submitted" | "returned" | "accepted";

const HOUR_MS = 3_600_000;

/** A time of day in office hours, so that histories read naturally. */
function atOfficeHours(random: Random, day: IsoDate): Date {
  return new Date(new Date(`${day}T00:00:00Z`).getTime() + random.int(7 * 60, 17 * 60) * 60_000);
}

/**
 * The steps that brought a report to its fate by `lastDay`: a submission around its due date
 * (`lateBy` days after it, never before the period ended), the fund manager's decision some days
 * later, and now and then a return and a resubmission. When the days run short, the steps come
 * closer together rather than change the fate.
 */
function reportSteps(
  random: Random,
  slot: ScheduledReport,
  fate: Exclude<Fate, "pending">,
  options: { lateBy: number; lastDay: IsoDate; quick: boolean },
): Step[] {
  const earliest = addDays(slot.periodEnd, 1);
  if (earliest > options.lastDay) return [];
  const cycle = fate === "returned" || random.chance(fate === "accepted" ? 0.12 : 0.2);
  const actions: Step["action"][] = ["submit"];
  if (cycle) actions.push("return");
  if (cycle && fate !== "returned") actions.push("submit");
  if (fate === "accepted") actions.push("accept");
  let gaps = actions
    .slice(1)
    .map((action) =>
      action === "submit"
        ? random.int(4, options.quick ? 8 : 30)
        : random.int(options.quick ? 1 : 4, options.quick ? 8 : 25),
    );
  const room = daysBetween(earliest, options.lastDay);
  const needed = gaps.reduce((sum, gap) => sum + gap, 0);
  if (needed > room) gaps = gaps.map((gap) => Math.floor((gap * room) / needed));
  const span = gaps.reduce((sum, gap) => sum + gap, 0);
  let day = addDays(slot.dueDate, options.lateBy);
  if (day < earliest) day = earliest;
  if (daysBetween(day, options.lastDay) < span) day = addDays(options.lastDay, -span);
  const steps: Step[] = [];
  actions.forEach((action, index) => {
    if (index > 0) day = addDays(day, gaps[index - 1] ?? 0);
    let at = atOfficeHours(random, day);
    const previous = steps.at(-1)?.at;
    // Two steps on one day: the later one a little later in the day.
    if (previous && at <= previous) at = new Date(previous.getTime() + random.int(1, 3) * HOUR_MS);
    steps.push({ action, at });
  });
  return steps;
}

/** How many days after its due date a PM submits: early, on the day, late or very late. */
function lateByDays(random: Random): number {
  switch (random.weighted({ early: 38, onTime: 12, late: 40, veryLate: 10 })) {
    case "early":
      return -random.int(1, 20);
    case "onTime":
      return 0;
    case "late":
      return random.int(1, 30);
    default:
      return random.int(31, 75);
  }
}

/**
 * What became of a period's reports by today. Closed projects had every report accepted; a
 * running project's old reports are mostly accepted, recent ones often await a decision or were
 * returned, and some were never submitted: overdue, far more often for a PM who reports late.
 */
function periodFate(
  random: Random,
  project: ReportingProject,
  slot: ScheduledReport,
  today: IsoDate,
  latestPastDue: IsoDate | undefined,
): Fate {
  if (project.status === "closed") return "accepted";
  if (project.status === "approved" || today <= slot.periodEnd) return "pending";
  if (project.late && slot.dueDate === latestPastDue) return "pending";
  const age = daysBetween(slot.dueDate, today);
  if (age <= 0) return project.keepDuePending || random.chance(0.75) ? "pending" : "submitted";
  if (age < 120) {
    return random.weighted({ pending: project.late ? 55 : 10, submitted: 22, returned: 10, accepted: 58 });
  }
  return random.weighted({ pending: project.late ? 20 : 3, submitted: 2, returned: 2, accepted: 93 });
}

/** The financial report of a period now and then lags behind the narrative one. */
function laggingFate(random: Random, fate: Fate): Fate {
  if (!random.chance(0.08)) return fate;
  return fate === "accepted" ? "submitted" : "pending";
}

export function planReports(
  random: Random,
  project: ReportingProject,
  schedule: readonly ScheduledReport[],
  today: IsoDate,
): ReportRows {
  const rows: ReportRows = {
    reports: [],
    indicatorValues: [],
    beneficiaries: [],
    areaExpenditures: [],
    activityExpenditures: [],
    events: [],
  };
  const performance = drawPerformance(random, project);
  const closedOn = project.closedAt?.toISOString().slice(0, 10) ?? null;
  const periods = new Map<string, ScheduledReport[]>();
  for (const slot of schedule) {
    const key = `${slot.stage}:${slot.sequence}`;
    periods.set(key, [...(periods.get(key) ?? []), slot]);
  }
  const latestPastDue = schedule
    .map((slot) => slot.dueDate)
    .filter((due) => due < today)
    .sort()
    .at(-1);
  for (const slots of periods.values()) {
    const first = slots[0] as ScheduledReport;
    const fate = periodFate(random, project, first, today, latestPastDue);
    const lateBy = lateByDays(random);
    for (const slot of slots) {
      const id = random.uuid();
      const own = slot.kind === "financial" && project.status === "active" ? laggingFate(random, fate) : fate;
      const steps =
        own === "pending"
          ? []
          : reportSteps(random, slot, own, {
              lateBy: lateBy + (slot.kind === "financial" ? random.int(0, 6) : 0),
              lastDay: addDays(closedOn ?? today, -1),
              quick: project.status === "closed",
            });
      const events = steps.map((step) => ({
        reportId: id,
        action: step.action,
        actorId: step.action === "submit" ? project.pmId : project.fundManagerId,
        comment:
          step.action === "return"
            ? random.pick(RETURN_COMMENTS)
            : step.action === "accept"
              ? random.pick(ACCEPT_COMMENTS)
              : "",
        at: step.at,
      }));
      rows.events.push(...events);
      const submits = events.filter((e) => e.action === "submit");
      const decision = events.filter((e) => e.action !== "submit").at(-1);
      const last = events.at(-1);
      const status = !last
        ? "pending"
        : last.action === "submit"
          ? "submitted"
          : last.action === "return"
            ? "returned"
            : "accepted";
      const texts =
        status !== "pending" && slot.kind === "narrative"
          ? narrativeTexts(random, project, slot.stage === "final")
          : null;
      rows.reports.push({
        id,
        projectId: project.id,
        ...slot,
        status,
        challenges: texts?.challenges ?? "",
        lessonsLearned: texts?.lessonsLearned ?? "",
        goodPractices: texts?.goodPractices ?? "",
        firstSubmittedAt: submits[0]?.at ?? null,
        submittedAt: submits.at(-1)?.at ?? null,
        submittedById: submits.length > 0 ? project.pmId : null,
        decidedAt: decision?.at ?? null,
        decidedById: decision ? project.fundManagerId : null,
        version: 1 + events.length,
        createdAt: project.scheduledAt,
        updatedAt: last?.at ?? project.scheduledAt,
      });
      if (status !== "pending") writeFigures(random, project, performance, slot, id, rows);
    }
  }
  return rows;
}
