import { describe, expect, it } from "vitest";
import {
  checkRequestedEnd,
  extensionDecisionInput,
  extensionRequestInput,
  monthsAdded,
  originalEnd,
} from "./extensions";

const project = { plannedStart: "2026-07-01", plannedEnd: "2027-12-31", actualStart: null };
const codes = (end: string, p: Parameters<typeof checkRequestedEnd>[0] = project) =>
  checkRequestedEnd(p, end).map((f) => `${f.field}:${f.code}`);

describe("months an extension adds", () => {
  it.each([
    ["2027-12-31", "2028-06-30", 6],
    ["2027-02-28", "2027-08-31", 6],
    ["2027-11-30", "2028-05-30", 6],
    ["2027-06-30", "2027-12-30", 6],
    ["2026-03-01", "2026-03-16", 0.5],
    ["2026-01-31", "2026-02-28", 1],
    ["2026-07-15", "2027-07-15", 12],
    ["2026-07-15", "2026-07-15", 0],
  ])("%s → %s is %d", (from, to, months) => {
    expect(monthsAdded(from, to)).toBe(months);
  });
});

describe("a requested end date", () => {
  it("must be later than the current planned end", () => {
    expect(codes("2027-12-31")).toEqual(["requestedEnd:notLater"]);
    expect(codes("2027-06-30")).toEqual(["requestedEnd:notLater"]);
    expect(codes("2028-01-01")).toEqual([]);
  });
  it("keeps the project within ten years of its earliest start", () => {
    expect(codes("2036-07-01")).toEqual([]);
    expect(codes("2036-07-02")).toEqual(["requestedEnd:durationTooLong"]);
    // Started early: the ten years count from the actual start.
    expect(codes("2036-06-30", { ...project, actualStart: "2026-05-01" })).toEqual([
      "requestedEnd:durationTooLong",
    ]);
  });
});

describe("the request and decision bodies", () => {
  it("refuse a short justification and a date that does not exist", () => {
    const parsed = extensionRequestInput.safeParse({
      requestedEnd: "2028-02-30",
      justification: "  too short ",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["requestedEnd", "justification"]);
  });
  it("trim the comment and default it to empty", () => {
    expect(extensionDecisionInput.parse({ decision: "approve", version: 1 }).comment).toBe("");
    expect(extensionDecisionInput.parse({ decision: "refuse", version: 2, comment: "  no " }).comment).toBe(
      "no",
    );
  });
});

describe("the original end", () => {
  it("is the end before the first approved extension; refused and open requests do not count", () => {
    const ext = (status: "requested" | "approved" | "refused", previousEnd: string, requestedAt: string) => ({
      status,
      previousEnd,
      requestedAt,
    });
    expect(originalEnd("2028-06-30", [])).toBe("2028-06-30");
    expect(
      originalEnd("2029-06-30", [
        ext("refused", "2027-12-31", "2026-01-01T00:00:00Z"),
        ext("approved", "2028-06-30", "2027-01-01T00:00:00Z"),
        ext("approved", "2027-12-31", "2026-06-01T00:00:00Z"),
        ext("requested", "2029-06-30", "2028-01-01T00:00:00Z"),
      ]),
    ).toBe("2027-12-31");
  });
});
