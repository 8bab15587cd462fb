import { describe, expect, it } from "vitest";
import { fieldErrorsFromZod } from "./validation";
import { milestoneStatus, workplanInput } from "./workplan";

function fieldsOf(input: unknown) {
  const result = workplanInput.safeParse(input);
  return result.success ? [] : fieldErrorsFromZod(result.error).map((f) => `${f.field}:${f.code}`);
}

describe("workplan input", () => {
  it.each([
    [
      "an impossible date",
      { title: "Launch", plannedDate: "2026-02-30" },
      ["milestones.0.plannedDate:invalid_format"],
    ],
    ["a blank title", { title: " ", plannedDate: "2026-02-03" }, ["milestones.0.title:too_small"]],
    [
      "an actual date in another format",
      { title: "Launch", plannedDate: "2026-02-03", actualDate: "03/02/2026" },
      ["milestones.0.actualDate:invalid_format"],
    ],
  ])("refuses %s", (_name, milestone, fields) => {
    expect(fieldsOf({ version: 1, milestones: [milestone] })).toEqual(fields);
  });

  it("takes a milestone without an actual date as not reached", () => {
    const parsed = workplanInput.parse({
      version: 3,
      milestones: [{ title: "Launch", plannedDate: "2026-02-03" }],
    });
    expect(parsed.milestones[0]?.actualDate).toBeNull();
  });

  it("refuses more than 100 milestones", () => {
    const milestones = Array.from({ length: 101 }, () => ({ title: "M", plannedDate: "2026-01-01" }));
    expect(fieldsOf({ version: 1, milestones })).toEqual(["milestones:too_big"]);
  });
});

describe("milestone status", () => {
  it.each([
    [{ plannedDate: "2026-03-01", actualDate: "2026-03-05" }, "done"],
    [{ plannedDate: "2026-04-01", actualDate: "2026-03-05" }, "done"],
    [{ plannedDate: "2026-03-01", actualDate: null }, "late"],
    [{ plannedDate: "2026-03-02", actualDate: null }, "planned"],
    [{ plannedDate: "2026-05-01", actualDate: null }, "planned"],
  ] as const)("%o on 2 March 2026 is %s", (milestone, status) => {
    expect(milestoneStatus(milestone, "2026-03-02")).toBe(status);
  });
});
