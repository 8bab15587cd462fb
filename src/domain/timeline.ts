/**
 * A project's timeline: what the API returns (phases of its life, planned and actual dates,
 * milestones, reports, extensions, today) and the pure computations that draw it: the phases
 * from the life-cycle transitions, the window and scale of the time axis, its ticks, and the
 * list of dated events the table view shows. The web app only turns these numbers into SVG.
 */
import { z } from "zod";
import { addMonths, daysBetween, type IsoDate } from "./calendar";
import { EXTENSION_STATUSES } from "./extensions";
import { LIFE_PHASES, type LifePhase } from "./lifecycle";
import { endingSteps, phaseOpenedBy } from "./lifecycleFacts";
import { REPORT_KINDS, REPORT_STAGES, REPORT_STATES, type ReportState } from "./reportSchedule";

export const TIMELINE_PHASES = LIFE_PHASES;
export type TimelinePhase = LifePhase;

const isoDate = z.iso.date();

export const projectTimeline = z.object({
  /** The server's calendar day (UTC). */
  today: isoDate,
  plannedStart: isoDate,
  plannedEnd: isoDate,
  /** The planned end before any approved extension; equal to plannedEnd when never extended. */
  originalEnd: isoDate,
  actualStart: isoDate.nullable(),
  actualEnd: isoDate.nullable(),
  phases: z.array(z.object({ phase: z.enum(TIMELINE_PHASES), from: isoDate, to: isoDate.nullable() })),
  milestones: z.array(
    z.object({ id: z.uuid(), title: z.string(), plannedDate: isoDate, actualDate: isoDate.nullable() }),
  ),
  reports: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(REPORT_KINDS),
      stage: z.enum(REPORT_STAGES),
      sequence: z.number().int(),
      periodEnd: isoDate,
      dueDate: isoDate,
      state: z.enum(REPORT_STATES),
      submittedAt: z.iso.datetime({ offset: true }).nullable(),
    }),
  ),
  extensions: z.array(
    z.object({
      id: z.uuid(),
      previousEnd: isoDate,
      requestedEnd: isoDate,
      status: z.enum(EXTENSION_STATUSES),
      requestedAt: z.iso.datetime({ offset: true }),
      decidedAt: z.iso.datetime({ offset: true }).nullable(),
    }),
  ),
  /** Approved budget revisions: the day decided, the change (new − previous) and the new budget, in USD. */
  revisions: z.array(
    z.object({ id: z.uuid(), decidedOn: isoDate, change: z.string(), newBudget: z.string() }),
  ),
});
export type ProjectTimeline = z.infer<typeof projectTimeline>;
export type TimelinePhaseSpan = ProjectTimeline["phases"][number];
export type TimelineMilestone = ProjectTimeline["milestones"][number];
export type TimelineReport = ProjectTimeline["reports"][number];
export type TimelineExtension = ProjectTimeline["extensions"][number];
export type TimelineRevision = ProjectTimeline["revisions"][number];

/** A recorded step of the life cycle, oldest first; the creation has no transition name. */
export interface TransitionFact {
  transition: string | null;
  day: IsoDate;
}

/** Steps that end a proposal's life before funding: no later phase follows. */
const ENDINGS = new Set<string>(endingSteps());

/**
 * The phases of a project's life from its transitions: proposal from its creation, review from
 * the first submission (returns for revision stay inside the review), approved from the
 * approval, implementation from the start, closed from the closure. A phase still under way has
 * no end; a withdrawn or rejected proposal's last phase ends on that day.
 */
export function timelinePhases(transitions: readonly TransitionFact[]): TimelinePhaseSpan[] {
  const phases: TimelinePhaseSpan[] = [];
  let current: TimelinePhaseSpan | null = null;
  for (const step of transitions) {
    if (step.transition === null || step.transition === "create") {
      if (phases.length === 0) {
        current = { phase: "proposal", from: step.day, to: null };
        phases.push(current);
      }
      continue;
    }
    if (ENDINGS.has(step.transition)) {
      if (current) current.to = step.day;
      current = null;
      continue;
    }
    const next = phaseOpenedBy(step.transition);
    if (!next || phases.some((p) => p.phase === next)) continue;
    if (current) current.to = step.day;
    current = { phase: next, from: step.day, to: null };
    phases.push(current);
  }
  return phases;
}

/* ---------- drawing ---------- */

export interface DateWindow {
  from: IsoDate;
  to: IsoDate;
}

function firstOfMonth(date: IsoDate): IsoDate {
  return `${date.slice(0, 7)}-01`;
}

/** Every date the timeline shows, so that the window holds them all. */
export function timelineDates(timeline: ProjectTimeline): IsoDate[] {
  return [
    timeline.today,
    timeline.plannedStart,
    timeline.plannedEnd,
    timeline.originalEnd,
    ...(timeline.actualStart ? [timeline.actualStart] : []),
    ...(timeline.actualEnd ? [timeline.actualEnd] : []),
    ...timeline.phases.flatMap((p) => (p.to ? [p.from, p.to] : [p.from])),
    ...timeline.milestones.flatMap((m) => (m.actualDate ? [m.plannedDate, m.actualDate] : [m.plannedDate])),
    ...timeline.reports.map((r) => r.dueDate),
    ...timeline.extensions.flatMap((e) => [e.previousEnd, e.requestedEnd]),
    ...timeline.revisions.map((r) => r.decidedOn),
  ];
}

/** Whole months around every date the timeline shows, with at least a month's margin at the end. */
export function timelineWindow(dates: readonly IsoDate[]): DateWindow {
  const sorted = [...dates].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) throw new Error("A timeline needs at least one date");
  return { from: firstOfMonth(first), to: addMonths(firstOfMonth(last), 2) };
}

/** A linear scale from calendar days to x, like d3's scaleTime, for whole days. */
export function dayScale(window: DateWindow, x0: number, x1: number): (date: IsoDate) => number {
  const span = Math.max(1, daysBetween(window.from, window.to));
  return (date) => x0 + ((x1 - x0) * daysBetween(window.from, date)) / span;
}

export interface AxisTick {
  date: IsoDate;
  /** January of a year (or the window's first tick): labelled with the year as well. */
  yearStart: boolean;
}

/** Month steps the axis may use, finest first. */
const TICK_STEPS = [1, 2, 3, 6, 12] as const;

function monthIndex(date: IsoDate): number {
  return Number(date.slice(5, 7)) - 1;
}

/** The window widened to whole steps, so that a tick labels its start and another its end. */
function alignToStep(window: DateWindow, step: number): DateWindow {
  let from = firstOfMonth(window.from);
  while (monthIndex(from) % step !== 0) from = addMonths(from, -1);
  let to = firstOfMonth(window.to);
  if (to < window.to) to = addMonths(to, 1);
  while (monthIndex(to) % step !== 0) to = addMonths(to, 1);
  return { from, to };
}

/**
 * The time axis for a drawing `width` pixels wide: ticks on the first of a month, every 1, 2,
 * 3, 6 or 12 months (the finest step that leaves `minSpacing` pixels between two labels), and
 * the window widened to whole steps. Steps of several months start on January (a quarter's
 * ticks fall on Jan, Apr, Jul, Oct), so the axis reads the same on every project.
 */
export function timelineAxis(
  window: DateWindow,
  width: number,
  minSpacing = 56,
): { window: DateWindow; ticks: AxisTick[] } {
  for (const step of TICK_STEPS) {
    const aligned = alignToStep(window, step);
    const perMonth = width / Math.max(1, daysBetween(aligned.from, aligned.to) / 30.44);
    if (step * perMonth < minSpacing && step !== 12) continue;
    const ticks: AxisTick[] = [];
    for (let date = aligned.from; date <= aligned.to; date = addMonths(date, step)) {
      ticks.push({ date, yearStart: monthIndex(date) === 0 || ticks.length === 0 });
    }
    return { window: aligned, ticks };
  }
  throw new Error("unreachable: the yearly step always fits");
}

export const MILESTONE_STATES = ["planned", "late", "achieved", "achievedLate"] as const;
export type MilestoneState = (typeof MILESTONE_STATES)[number];

/** A milestone is late once its planned date has passed without it being achieved, or achieved after it. */
export function milestoneState(milestone: TimelineMilestone, today: IsoDate): MilestoneState {
  if (milestone.actualDate) return milestone.actualDate > milestone.plannedDate ? "achievedLate" : "achieved";
  return milestone.plannedDate < today ? "late" : "planned";
}

/** Where the "Actual" bar ends: the actual end, or today while the project runs. */
export function actualBarEnd(timeline: ProjectTimeline): IsoDate | null {
  if (!timeline.actualStart) return null;
  if (timeline.actualEnd) return timeline.actualEnd;
  // Dates compare as strings; a start recorded ahead of today draws as a point.
  if (timeline.today < timeline.actualStart) return timeline.actualStart;
  return timeline.today;
}

export type TimelineEvent =
  | { date: IsoDate; type: "phase"; phase: TimelinePhase }
  | { date: IsoDate; type: "plannedStart" | "plannedEnd" | "originalEnd" | "actualStart" | "actualEnd" }
  | { date: IsoDate; type: "milestone"; title: string; state: MilestoneState; plannedDate: IsoDate }
  | { date: IsoDate; type: "report"; report: TimelineReport; state: ReportState }
  | { date: IsoDate; type: "extension"; extension: TimelineExtension }
  | { date: IsoDate; type: "revision"; revision: TimelineRevision }
  | { date: IsoDate; type: "today" };

const EVENT_ORDER: Record<TimelineEvent["type"], number> = {
  phase: 0,
  actualStart: 1,
  plannedStart: 2,
  milestone: 3,
  report: 4,
  extension: 5,
  revision: 5,
  originalEnd: 6,
  plannedEnd: 7,
  actualEnd: 8,
  today: 9,
};

/**
 * Everything on the timeline as a list by date: the table that says in words what the drawing
 * shows. A milestone is listed at its actual date once achieved, a report at its due date, an
 * extension at the end date it asks for.
 */
export function timelineEvents(timeline: ProjectTimeline): TimelineEvent[] {
  const events: TimelineEvent[] = [
    ...timeline.phases.map((p): TimelineEvent => ({ date: p.from, type: "phase", phase: p.phase })),
    { date: timeline.plannedStart, type: "plannedStart" },
    { date: timeline.plannedEnd, type: "plannedEnd" },
    ...(timeline.originalEnd !== timeline.plannedEnd
      ? [{ date: timeline.originalEnd, type: "originalEnd" } as const]
      : []),
    ...(timeline.actualStart ? [{ date: timeline.actualStart, type: "actualStart" } as const] : []),
    ...(timeline.actualEnd ? [{ date: timeline.actualEnd, type: "actualEnd" } as const] : []),
    ...timeline.milestones.map(
      (m): TimelineEvent => ({
        date: m.actualDate ?? m.plannedDate,
        type: "milestone",
        title: m.title,
        state: milestoneState(m, timeline.today),
        plannedDate: m.plannedDate,
      }),
    ),
    ...timeline.reports.map(
      (r): TimelineEvent => ({ date: r.dueDate, type: "report", report: r, state: r.state }),
    ),
    ...timeline.extensions.map(
      (e): TimelineEvent => ({ date: e.requestedEnd, type: "extension", extension: e }),
    ),
    ...timeline.revisions.map((r): TimelineEvent => ({ date: r.decidedOn, type: "revision", revision: r })),
    { date: timeline.today, type: "today" },
  ];
  return events.sort((a, b) => a.date.localeCompare(b.date) || EVENT_ORDER[a.type] - EVENT_ORDER[b.type]);
}
