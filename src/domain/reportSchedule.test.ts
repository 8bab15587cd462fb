import { describe, expect, it } from "vitest";
import { addMonths, monthsBetween } from "./calendar";
import {
  isOverdue,
  planScheduleChanges,
  DEFAULT_REPORTING_RULES as RULES,
  reminderStep,
  reportSchedule,
  reportState,
  type StoredReportSlot,
} from "./reportSchedule";

const brief = (s: ReturnType<typeof reportSchedule>) =>
  s.map((r) => `${r.stage}${r.sequence} ${r.kind} ${r.periodStart}..${r.periodEnd} due ${r.dueDate}`);

describe("calendar", () => {
  it("adds months without running past the end of a month", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonths("2026-11-15", -12)).toBe("2025-11-15");
  });
  it("counts whole months", () => {
    expect(monthsBetween("2026-01-15", "2026-07-15")).toBe(6);
    expect(monthsBetween("2026-01-15", "2026-07-14")).toBe(5);
  });
});

describe("the reporting schedule", () => {
  it("asks an 18-month project for two interim pairs and a final pair", () => {
    expect(brief(reportSchedule("2026-01-01", "2027-06-30", RULES))).toEqual([
      "interim1 narrative 2026-01-01..2026-06-30 due 2026-07-30",
      "interim1 financial 2026-01-01..2026-06-30 due 2026-07-30",
      "interim2 narrative 2026-07-01..2026-12-31 due 2027-01-30",
      "interim2 financial 2026-07-01..2026-12-31 due 2027-01-30",
      "final0 narrative 2026-01-01..2027-06-30 due 2027-09-28",
      "final0 financial 2026-01-01..2027-06-30 due 2027-09-28",
    ]);
  });
  it("leaves a period that would reach the end date to the final report", () => {
    expect(reportSchedule("2026-01-01", "2026-06-30", RULES).map((r) => r.stage)).toEqual(["final", "final"]);
    expect(
      reportSchedule("2026-01-01", "2026-07-01", RULES).filter((r) => r.stage === "interim"),
    ).toHaveLength(2);
  });
  it("follows the fund's rules: quarterly periods due after 15 days, final after 60", () => {
    const rules = { ...RULES, interimPeriodMonths: 3, interimDueDays: 15, finalDueDays: 60 };
    const schedule = reportSchedule("2026-03-01", "2026-12-31", rules);
    expect(schedule.filter((r) => r.kind === "narrative").map((r) => r.dueDate)).toEqual([
      "2026-06-15",
      "2026-09-15",
      "2026-12-15",
      "2027-03-01",
    ]);
  });
});

describe("a report's state", () => {
  const report = { status: "pending" as const, periodEnd: "2026-06-30", dueDate: "2026-07-30" };
  it.each([
    ["2026-06-30", "upcoming"],
    ["2026-07-01", "due"],
    ["2026-07-30", "due"],
    ["2026-07-31", "overdue"],
  ])("on %s a pending report is %s", (today, state) => {
    expect(reportState(report, today)).toBe(state);
    expect(isOverdue(report, today)).toBe(state === "overdue");
  });
  it("is never overdue once submitted, whatever the date", () => {
    for (const status of ["submitted", "accepted", "returned"] as const) {
      expect(isOverdue({ ...report, status }, "2030-01-01")).toBe(false);
      expect(reportState({ ...report, status }, "2030-01-01")).toBe(status);
    }
  });
});

describe("reminders", () => {
  const report = { status: "pending" as const, periodEnd: "2026-06-30", dueDate: "2026-07-30" };
  it.each([
    ["2026-06-29", null],
    ["2026-06-30", "before:30"],
    ["2026-07-22", "before:30"],
    ["2026-07-23", "before:7"],
    ["2026-07-30", "before:7"],
    ["2026-07-31", "overdue:1"],
    ["2026-08-06", "overdue:1"],
    ["2026-08-07", "overdue:2"],
    ["2026-08-14", "overdue:3"],
  ])("on %s the step owed is %s", (today, step) => {
    expect(reminderStep(report, RULES, today)).toBe(step);
  });
  it("owes nothing for a submitted report", () => {
    expect(reminderStep({ ...report, status: "submitted" }, RULES, "2026-08-14")).toBeNull();
  });
});

describe("recomputing a schedule after an extension", () => {
  const stored: StoredReportSlot[] = reportSchedule("2026-01-01", "2026-12-31", RULES).map((r, i) => ({
    ...r,
    id: `r${i}`,
    status: r.stage === "interim" ? "submitted" : "pending",
  }));
  it("moves the final reports by six months and leaves submitted interim reports alone", () => {
    const changes = planScheduleChanges(stored, reportSchedule("2026-01-01", "2027-06-30", RULES));
    expect(changes.move.map((m) => [m.id, m.dueDate])).toEqual([
      ["r2", "2027-09-28"],
      ["r3", "2027-09-28"],
    ]);
    expect(changes.insert.map((r) => `${r.stage}${r.sequence} ${r.kind} due ${r.dueDate}`)).toEqual([
      "interim2 narrative due 2027-01-30",
      "interim2 financial due 2027-01-30",
    ]);
    expect(changes.remove).toEqual([]);
  });
  it("never removes a report someone acted on", () => {
    const changes = planScheduleChanges(stored, reportSchedule("2026-01-01", "2026-06-30", RULES));
    expect(changes.remove).toEqual([]);
  });
});
