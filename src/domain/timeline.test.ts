import { describe, expect, it } from "vitest";
import {
  actualBarEnd,
  dayScale,
  milestoneState,
  type ProjectTimeline,
  type TimelineRevision,
  timelineAxis,
  timelineDates,
  timelineEvents,
  timelinePhases,
  timelineWindow,
} from "./timeline";

const step = (transition: string | null, day: string) => ({ transition, day });

describe("the phases of a project's life", () => {
  it("follow its transitions from creation to closure; returns for revision stay in the review", () => {
    expect(
      timelinePhases([
        step(null, "2025-09-01"),
        step("submit", "2025-10-01"),
        step("returnToDraft", "2025-10-10"),
        step("submit", "2025-10-20"),
        step("endorse", "2025-11-01"),
        step("approve", "2025-12-01"),
        step("start", "2026-01-05"),
        step("close", "2027-07-01"),
      ]),
    ).toEqual([
      { phase: "proposal", from: "2025-09-01", to: "2025-10-01" },
      { phase: "review", from: "2025-10-01", to: "2025-12-01" },
      { phase: "approved", from: "2025-12-01", to: "2026-01-05" },
      { phase: "implementation", from: "2026-01-05", to: "2027-07-01" },
      { phase: "closed", from: "2027-07-01", to: null },
    ]);
  });
  it("leave the current phase open", () => {
    expect(timelinePhases([step(null, "2026-01-01"), step("submit", "2026-02-01")])).toEqual([
      { phase: "proposal", from: "2026-01-01", to: "2026-02-01" },
      { phase: "review", from: "2026-02-01", to: null },
    ]);
  });
  it("end with a rejection or withdrawal", () => {
    expect(
      timelinePhases([
        step(null, "2026-01-01"),
        step("submit", "2026-02-01"),
        step("notEndorse", "2026-03-01"),
      ]),
    ).toEqual([
      { phase: "proposal", from: "2026-01-01", to: "2026-02-01" },
      { phase: "review", from: "2026-02-01", to: "2026-03-01" },
    ]);
    expect(timelinePhases([step(null, "2026-01-01"), step("withdraw", "2026-01-15")])).toEqual([
      { phase: "proposal", from: "2026-01-01", to: "2026-01-15" },
    ]);
  });
});

describe("the time axis", () => {
  it("spans whole months around every date, with a margin after the last", () => {
    expect(timelineWindow(["2026-07-15", "2026-03-02", "2028-03-30"])).toEqual({
      from: "2026-03-01",
      to: "2028-05-01",
    });
  });
  it("maps days linearly", () => {
    const x = dayScale({ from: "2026-01-01", to: "2026-01-11" }, 100, 200);
    expect(x("2026-01-01")).toBe(100);
    expect(x("2026-01-06")).toBe(150);
    expect(x("2026-01-11")).toBe(200);
  });
  it("ticks every month when there is room, every quarter or year when there is not", () => {
    const year = { from: "2026-01-01", to: "2027-01-01" };
    expect(timelineAxis(year, 1200).ticks).toHaveLength(13);
    const quarters = timelineAxis(year, 300);
    expect(quarters.ticks.map((t) => t.date)).toEqual([
      "2026-01-01",
      "2026-04-01",
      "2026-07-01",
      "2026-10-01",
      "2027-01-01",
    ]);
    expect(quarters.ticks.filter((t) => t.yearStart).map((t) => t.date)).toEqual([
      "2026-01-01",
      "2027-01-01",
    ]);
    const tenYears = timelineAxis({ from: "2026-03-01", to: "2036-03-01" }, 700);
    expect(tenYears.ticks.every((t) => t.date.endsWith("-01-01"))).toBe(true);
    expect(tenYears.window).toEqual({ from: "2026-01-01", to: "2037-01-01" });
    expect(tenYears.ticks).toHaveLength(12);
  });
  it("widens the window to whole steps, so the first and last ticks label its ends", () => {
    const axis = timelineAxis({ from: "2024-11-01", to: "2028-01-01" }, 1000);
    expect(axis.window).toEqual({ from: "2024-10-01", to: "2028-01-01" });
    expect(axis.ticks[0]).toEqual({ date: "2024-10-01", yearStart: true });
    expect(axis.ticks.at(-1)).toEqual({ date: "2028-01-01", yearStart: true });
  });
  it("labels the year on the first tick even when it is not January", () => {
    expect(timelineAxis({ from: "2026-05-01", to: "2026-09-01" }, 1000).ticks[0]).toEqual({
      date: "2026-05-01",
      yearStart: true,
    });
  });
});

describe("milestones", () => {
  const m = (plannedDate: string, actualDate: string | null = null) => ({
    id: "00000000-0000-4000-8000-000000000001",
    title: "Baseline study",
    plannedDate,
    actualDate,
  });
  it.each([
    [m("2026-06-01"), "planned"],
    [m("2026-02-01"), "late"],
    [m("2026-02-01", "2026-01-20"), "achieved"],
    [m("2026-02-01", "2026-02-20"), "achievedLate"],
  ] as const)("%o is %s on 2026-03-02", (milestone, state) => {
    expect(milestoneState(milestone, "2026-03-02")).toBe(state);
  });
});

const timeline: ProjectTimeline = {
  today: "2026-10-01",
  plannedStart: "2026-07-01",
  plannedEnd: "2028-06-30",
  originalEnd: "2027-12-31",
  actualStart: "2026-07-06",
  actualEnd: null,
  phases: [
    { phase: "proposal", from: "2026-01-10", to: "2026-02-01" },
    { phase: "review", from: "2026-02-01", to: "2026-05-01" },
    { phase: "approved", from: "2026-05-01", to: "2026-07-06" },
    { phase: "implementation", from: "2026-07-06", to: null },
  ],
  milestones: [
    {
      id: "00000000-0000-4000-8000-000000000001",
      title: "Inception",
      plannedDate: "2026-08-01",
      actualDate: "2026-08-10",
    },
  ],
  reports: [
    {
      id: "00000000-0000-4000-8000-000000000002",
      kind: "narrative",
      stage: "final",
      sequence: 0,
      periodEnd: "2028-06-30",
      dueDate: "2028-09-28",
      state: "upcoming",
      submittedAt: null,
    },
  ],
  extensions: [
    {
      id: "00000000-0000-4000-8000-000000000003",
      previousEnd: "2027-12-31",
      requestedEnd: "2028-06-30",
      status: "approved",
      requestedAt: "2026-09-01T10:00:00.000Z",
      decidedAt: "2026-09-10T10:00:00.000Z",
    },
  ],
  revisions: [
    {
      id: "00000000-0000-4000-8000-000000000004",
      decidedOn: "2026-09-15",
      change: "-30000.00",
      newBudget: "120000.00",
    },
  ],
};

describe("the table view", () => {
  it("lists every event by date, ends after the things that happen on the same day", () => {
    expect(timelineEvents(timeline).map((e) => `${e.date} ${e.type}`)).toEqual([
      "2026-01-10 phase",
      "2026-02-01 phase",
      "2026-05-01 phase",
      "2026-07-01 plannedStart",
      "2026-07-06 phase",
      "2026-07-06 actualStart",
      "2026-08-10 milestone",
      "2026-09-15 revision",
      "2026-10-01 today",
      "2027-12-31 originalEnd",
      "2028-06-30 extension",
      "2028-06-30 plannedEnd",
      "2028-09-28 report",
    ]);
  });
  it("the window holds every date and the actual bar runs to today", () => {
    expect(timelineWindow(timelineDates(timeline))).toEqual({ from: "2026-01-01", to: "2028-11-01" });
    expect(actualBarEnd(timeline)).toBe("2026-10-01");
    expect(actualBarEnd({ ...timeline, actualEnd: "2026-09-01" })).toBe("2026-09-01");
    expect(actualBarEnd({ ...timeline, actualStart: null })).toBeNull();
  });
  it("the window also holds a revision decided after every other date", () => {
    const late = {
      ...timeline,
      revisions: [{ ...(timeline.revisions[0] as TimelineRevision), decidedOn: "2029-02-10" }],
    };
    expect(timelineWindow(timelineDates(late)).to > "2029-02-10").toBe(true);
  });
});
