/**
 * The life-cycle table says everything about a step. The cases below are written out by hand
 * from what the server and the web app did before these facts moved onto the table (the switch
 * of domain/notify.ts, the name checks of fireTransition, the lists of the turnaround SQL, the
 * workflow bar and the timeline), not derived from the table under test.
 */
import { describe, expect, it } from "vitest";
import {
  FUND_LIFE_CYCLE,
  findTransition,
  type LifeCycle,
  type Party,
  type ProjectStatus,
  REVIEW_STATUSES,
  TRANSITION_NAMES,
  TRANSITIONS,
  type TransitionEffect,
  type TransitionName,
  transitionsFrom,
} from "./lifecycle";
import {
  decisionSteps,
  endingSteps,
  hasEffect,
  partiesConcerned,
  phaseOpenedBy,
  stepsOnCourse,
  stepsWithEffect,
} from "./lifecycleFacts";
import { timelinePhases } from "./timeline";

/** Every step as it can be taken: one row per status it leaves. */
const STEPS: {
  name: TransitionName;
  from: ProjectStatus;
  notify: Party[];
  effects: TransitionEffect[];
  checks: string;
  done: string;
}[] = [
  {
    name: "submit",
    from: "draft",
    notify: ["reviewers"],
    effects: ["keepSubmittedVersion"],
    checks: "submission",
    done: "submitted",
  },
  { name: "withdraw", from: "draft", notify: [], effects: [], checks: "none", done: "withdrew" },
  {
    name: "withdraw",
    from: "submitted",
    notify: ["reviewers"],
    effects: [],
    checks: "none",
    done: "withdrew",
  },
  {
    name: "withdraw",
    from: "endorsed",
    notify: ["reviewers", "fundManagers"],
    effects: [],
    checks: "none",
    done: "withdrew",
  },
  {
    name: "endorse",
    from: "submitted",
    notify: ["managers", "fundManagers"],
    effects: [],
    checks: "none",
    done: "endorsed",
  },
  {
    name: "returnToDraft",
    from: "submitted",
    notify: ["managers"],
    effects: [],
    checks: "none",
    done: "returned for revision",
  },
  {
    name: "notEndorse",
    from: "submitted",
    notify: ["managers"],
    effects: [],
    checks: "none",
    done: "did not endorse",
  },
  {
    name: "returnToDraft",
    from: "endorsed",
    notify: ["managers", "reviewers"],
    effects: [],
    checks: "none",
    done: "returned for revision",
  },
  {
    name: "approve",
    from: "endorsed",
    notify: ["managers", "reviewers"],
    effects: ["setFunding", "syncReportSchedule"],
    checks: "approval",
    done: "approved",
  },
  {
    name: "reject",
    from: "endorsed",
    notify: ["managers", "reviewers"],
    effects: [],
    checks: "none",
    done: "rejected",
  },
  {
    name: "start",
    from: "approved",
    notify: ["fundManagers"],
    effects: ["setActualStart", "syncReportSchedule"],
    checks: "none",
    done: "started implementation of",
  },
  {
    name: "close",
    from: "active",
    notify: ["managers", "reviewers"],
    effects: ["setActualEnd"],
    checks: "closure",
    done: "closed",
  },
];

describe("every step of the fund's life cycle", () => {
  it("is in the table once per status it leaves, and nothing else is", () => {
    const inTable = TRANSITIONS.flatMap((t) => t.from.map((from) => `${t.name} from ${from}`));
    expect(inTable.sort()).toEqual(STEPS.map((s) => `${s.name} from ${s.from}`).sort());
  });

  it.each(STEPS)("$name from $from tells $notify", ({ name, from, notify }) => {
    expect(partiesConcerned(name, from)).toEqual(notify);
  });

  it.each(STEPS)("$name from $from has the effects $effects", ({ name, from, effects }) => {
    expect(findTransition(name, from)?.effects).toEqual(effects);
  });

  it.each(STEPS)("$name from $from checks $checks first", ({ name, from, checks }) => {
    expect(findTransition(name, from)?.checks).toBe(checks);
  });

  it.each(STEPS)("$name from $from is told by e-mail as '… $done …'", ({ name, from, done }) => {
    expect(findTransition(name, from)?.doneText).toBe(done);
  });

  it("nobody is told of a step that does not leave that status", () => {
    expect(partiesConcerned("approve", "draft")).toEqual([]);
    expect(partiesConcerned("withdraw", "approved")).toEqual([]);
  });

  it("a step's name says the same thing wherever it is taken from", () => {
    for (const name of TRANSITION_NAMES) {
      const entries = TRANSITIONS.filter((t) => t.name === name);
      const facts = entries.map((t) => [t.course, t.effects, t.opensPhase, t.doneText, t.sideStep]);
      expect(new Set(facts.map((f) => JSON.stringify(f))).size, name).toBe(1);
    }
    expect(new Set(TRANSITIONS.map((t) => t.name))).toEqual(new Set(TRANSITION_NAMES));
  });

  it("names recipients only for the statuses a step leaves", () => {
    for (const t of TRANSITIONS) {
      if ("fromStatus" in t.notify)
        expect(t.from).toEqual(expect.arrayContaining(Object.keys(t.notify.fromStatus)));
    }
  });
});

describe("facts derived from the table", () => {
  it("the steps that end a proposal before funding: withdraw, not endorse, reject", () => {
    expect(endingSteps().sort()).toEqual(["notEndorse", "reject", "withdraw"]);
  });

  it("forward steps are submit, endorse, approve, start and close; returning is the one step back", () => {
    expect(stepsOnCourse("forward").sort()).toEqual(["approve", "close", "endorse", "start", "submit"]);
    expect(stepsOnCourse("back")).toEqual(["returnToDraft"]);
  });

  it("review turnaround counts the reviewer's decisions on a submission and the fund's on an endorsement", () => {
    const sorted = decisionSteps().map((d) => ({ ...d, transitions: [...d.transitions].sort() }));
    expect(sorted).toEqual([
      { stage: "regionalReview", from: "submitted", transitions: ["endorse", "notEndorse", "returnToDraft"] },
      { stage: "approval", from: "endorsed", transitions: ["approve", "reject", "returnToDraft"] },
    ]);
    expect(REVIEW_STATUSES).toEqual(["submitted", "endorsed"]);
  });

  it("withdrawing is not a decision, and is the only side step", () => {
    expect(decisionSteps().flatMap((d) => d.transitions)).not.toContain("withdraw");
    expect(TRANSITIONS.filter((t) => t.sideStep).map((t) => t.name)).toEqual(["withdraw"]);
  });

  it.each([
    ["submit", "review"],
    ["approve", "approved"],
    ["start", "implementation"],
    ["close", "closed"],
    ["endorse", undefined],
    ["returnToDraft", undefined],
    ["create", undefined],
    [null, undefined],
  ] as const)("%s begins the phase %s", (name, phase) => {
    expect(phaseOpenedBy(name)).toBe(phase);
  });

  it("the steps that file a snapshot, fund the project, and set the actual dates", () => {
    expect(stepsWithEffect("keepSubmittedVersion")).toEqual(["submit"]);
    expect(stepsWithEffect("setFunding")).toEqual(["approve"]);
    expect(stepsWithEffect("syncReportSchedule")).toEqual(["approve", "start"]);
    expect(stepsWithEffect("setActualStart")).toEqual(["start"]);
    expect(stepsWithEffect("setActualEnd")).toEqual(["close"]);
    expect(hasEffect("approve", "setFunding")).toBe(true);
    expect(hasEffect("reject", "setFunding")).toBe(false);
    expect(hasEffect(null, "setFunding")).toBe(false);
  });

  it.each(endingSteps())("the timeline ends the phase under way on %s", (ending) => {
    const history = (last: string) => [
      { transition: null, day: "2026-01-01" },
      { transition: "submit", day: "2026-02-01" },
      { transition: last, day: "2026-03-01" },
    ];
    expect(timelinePhases(history(ending)).at(-1)).toEqual({
      phase: "review",
      from: "2026-02-01",
      to: "2026-03-01",
    });
    // A step that ends nothing leaves the review under way.
    expect(timelinePhases(history("endorse")).at(-1)).toEqual({
      phase: "review",
      from: "2026-02-01",
      to: null,
    });
  });
});

describe("another life cycle is one more table", () => {
  const base = { needs: [], checks: "none", effects: [], doneText: "" } as const;
  const twoStep: LifeCycle = {
    id: "test",
    transitions: [
      {
        ...base,
        name: "submit",
        from: ["draft"],
        to: "endorsed",
        by: "projectManager",
        notify: ["fundManagers"],
        course: "forward",
      },
      {
        ...base,
        name: "approve",
        from: ["endorsed"],
        to: "active",
        by: "fundManager",
        notify: ["managers"],
        course: "forward",
        decides: "approval",
        effects: ["setFunding", "setActualStart"],
      },
      {
        ...base,
        name: "reject",
        from: ["endorsed"],
        to: "rejected",
        by: "fundManager",
        notify: [],
        course: "ends",
      },
    ],
  };

  it("the lookups read the table they are given", () => {
    expect(transitionsFrom("draft", twoStep).map((t) => t.name)).toEqual(["submit"]);
    expect(findTransition("endorse", "submitted", twoStep)).toBeUndefined();
    expect(partiesConcerned("submit", "draft", twoStep)).toEqual(["fundManagers"]);
    expect(decisionSteps(twoStep)).toEqual([
      { stage: "approval", from: "endorsed", transitions: ["approve"] },
    ]);
    expect(endingSteps(twoStep)).toEqual(["reject"]);
    expect(stepsWithEffect("setActualStart", twoStep)).toEqual(["approve"]);
  });

  it("the fund's life cycle is the one read when none is given", () => {
    expect(decisionSteps()).toEqual(decisionSteps(FUND_LIFE_CYCLE));
    expect(TRANSITIONS).toBe(FUND_LIFE_CYCLE.transitions);
  });
});
