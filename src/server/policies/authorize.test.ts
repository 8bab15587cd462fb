/**
 * The policy matrix: every action of every entity (project, workflow, monitoring, fund, appeal,
 * reference, users, outbox, inbox) for every kind of user, and for the actions on a project in
 * every status, on a project of the user's region, of another region and without one. Each row
 * says who may, in words; everyone else may not. A changed rule fails here.
 */
import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import {
  PROJECT_STATUSES,
  type ProjectStatus,
  TRANSITIONS,
  type TransitionName,
} from "../../domain/lifecycle";
import type { ApplicationAction, ProjectRecordAction } from "./actions";
import type { Actor } from "./actor";
import { can } from "./authorize";
import type { ProjectScopeFacts } from "./project";
import { readScope } from "./readScope";
import { availableTransitions } from "./workflow";

const PEOPLE = {
  anonymous: null,
  pm: { id: "pm-1", role: "pm", region: null },
  altPm: { id: "pm-2", role: "pm", region: null },
  otherPm: { id: "pm-3", role: "pm", region: null },
  reviewerWca: { id: "rv-1", role: "reviewer", region: "WCA" },
  reviewerEha: { id: "rv-2", role: "reviewer", region: "EHA" },
  fund: { id: "fm-1", role: "fund_manager", region: null },
  viewer: { id: "vw-1", role: "viewer", region: null },
  viewerWca: { id: "vw-2", role: "viewer", region: "WCA" },
  viewerEha: { id: "vw-3", role: "viewer", region: "EHA" },
  admin: { id: "ad-1", role: "admin", region: null },
} as const satisfies Record<string, Actor | null>;
type Who = keyof typeof PEOPLE;
const EVERYONE = Object.keys(PEOPLE) as Who[];
const PMS: Who[] = ["pm", "altPm", "otherPm"];
const SIGNED_IN = EVERYONE.filter((who) => who !== "anonymous");

const ALL_STATUSES = PROJECT_STATUSES;
const PLAN_OPEN: ProjectStatus[] = ["draft", "approved", "active"];
const IMPLEMENTING: ProjectStatus[] = ["approved", "active"];

/** A project of WCA (or another region, or none) managed by `pm` with `altPm` as alternate. */
const projectIn = (regionCode: string | null, status: ProjectStatus): ProjectScopeFacts => ({
  pmId: PEOPLE.pm.id,
  altPmId: PEOPLE.altPm.id,
  regionCode,
  status,
});

/** Application-level actions: who may, whatever the project. */
const APPLICATION: Record<ApplicationAction, Who[]> = {
  createProject: PMS,
  manageProjects: PMS,
  reviewProjectsWithoutRegion: ["fund"],
  editReportingRules: ["fund"],
  editFundRules: ["fund"],
  importAppeal: ["fund", "admin"],
  importProjects: ["fund", "admin"],
  listManagers: ["pm", "altPm", "otherPm", "reviewerWca", "reviewerEha", "fund", "admin"],
  administerUsers: ["admin"],
  seeOutbox: ["admin"],
  administerWebhooks: ["admin"],
  seeInbox: ["pm", "altPm", "otherPm", "reviewerWca", "reviewerEha", "fund"],
};

describe("application-level actions", () => {
  const rows = Object.entries(APPLICATION).flatMap(([action, allowed]) =>
    EVERYONE.map((who) => [action as ApplicationAction, who, allowed.includes(who)] as const),
  );
  it.each(rows)("%s by %s: %s", (action, who, allowed) => {
    expect(can(PEOPLE[who], action)).toBe(allowed);
  });
});

/** Actions on one project: in which statuses, and who may, on a WCA project, an EHA one, a global one. */
interface ProjectRow {
  statuses: readonly ProjectStatus[];
  wca: Who[];
  eha: Who[];
  global: Who[];
}
const READERS_OF_WCA = SIGNED_IN.filter((who) => who !== "viewerEha");
const READERS_OF_EHA = SIGNED_IN.filter((who) => who !== "viewerWca");
const READERS_OF_GLOBAL = SIGNED_IN.filter((who) => who !== "viewerWca" && who !== "viewerEha");
const MANAGERS: Who[] = ["pm", "altPm"];

const ON_PROJECT: Record<ProjectRecordAction, ProjectRow> = {
  readProject: {
    statuses: ALL_STATUSES,
    wca: READERS_OF_WCA,
    eha: READERS_OF_EHA,
    global: READERS_OF_GLOBAL,
  },
  updateProject: { statuses: ["draft"], wca: MANAGERS, eha: MANAGERS, global: MANAGERS },
  assignManagers: { statuses: ["draft"], wca: ["pm"], eha: ["pm"], global: ["pm"] },
  commentOnProject: {
    statuses: ALL_STATUSES,
    wca: [...MANAGERS, "reviewerWca", "fund"],
    eha: [...MANAGERS, "reviewerEha", "fund"],
    global: [...MANAGERS, "fund"],
  },
  fileDocument: {
    statuses: ALL_STATUSES,
    wca: [...MANAGERS, "reviewerWca", "fund"],
    eha: [...MANAGERS, "reviewerEha", "fund"],
    global: [...MANAGERS, "fund"],
  },
  editResultsMatrix: { statuses: PLAN_OPEN, wca: MANAGERS, eha: MANAGERS, global: MANAGERS },
  editWorkplan: { statuses: PLAN_OPEN, wca: MANAGERS, eha: MANAGERS, global: MANAGERS },
  writeReport: { statuses: IMPLEMENTING, wca: MANAGERS, eha: MANAGERS, global: MANAGERS },
  requestExtension: { statuses: IMPLEMENTING, wca: MANAGERS, eha: MANAGERS, global: MANAGERS },
  decideReport: { statuses: IMPLEMENTING, wca: ["fund"], eha: ["fund"], global: ["fund"] },
  decideExtension: { statuses: IMPLEMENTING, wca: ["fund"], eha: ["fund"], global: ["fund"] },
  requestRevision: { statuses: IMPLEMENTING, wca: MANAGERS, eha: MANAGERS, global: MANAGERS },
  decideRevision: { statuses: IMPLEMENTING, wca: ["fund"], eha: ["fund"], global: ["fund"] },
  editFundingSources: {
    statuses: ["draft", "submitted", "endorsed", "approved", "active"],
    wca: [...MANAGERS, "fund"],
    eha: [...MANAGERS, "fund"],
    global: [...MANAGERS, "fund"],
  },
};

const REGIONS = [
  ["wca", "WCA"],
  ["eha", "EHA"],
  ["global", null],
] as const;

describe("actions on a project", () => {
  const rows = Object.entries(ON_PROJECT).flatMap(([action, row]) =>
    REGIONS.flatMap(([where, region]) =>
      ALL_STATUSES.flatMap((status) =>
        EVERYONE.map(
          (who) =>
            [
              action as ProjectRecordAction,
              where,
              status,
              who,
              row.statuses.includes(status) && row[where].includes(who),
              region,
            ] as const,
        ),
      ),
    ),
  );
  it.each(rows)(
    "%s on a %s project that is %s, by %s: %s",
    (action, _where, status, who, allowed, region) => {
      expect(can(PEOPLE[who], action, projectIn(region, status))).toBe(allowed);
    },
  );

  it("a reviewer named as the project's PM by mistake is still not its manager", () => {
    const named = { ...PEOPLE.reviewerWca, id: PEOPLE.pm.id };
    expect(can(named, "updateProject", projectIn("WCA", "draft"))).toBe(false);
    expect(can(named, "writeReport", projectIn("WCA", "active"))).toBe(false);
  });

  it("a manager who may not read the project (a viewer's region) cannot act on it either", () => {
    const outOfScope = projectIn("EHA", "active");
    expect(can(PEOPLE.viewerWca, "readProject", outOfScope)).toBe(false);
    expect(can(PEOPLE.viewerWca, "commentOnProject", outOfScope)).toBe(false);
  });
});

/** Each step of the life cycle, from the status it leaves: who may take it on a WCA or a global project. */
const STEPS: [TransitionName, ProjectStatus, Who[], Who[]][] = [
  ["submit", "draft", MANAGERS, MANAGERS],
  ["withdraw", "draft", MANAGERS, MANAGERS],
  ["withdraw", "submitted", MANAGERS, MANAGERS],
  ["withdraw", "endorsed", MANAGERS, MANAGERS],
  ["endorse", "submitted", ["reviewerWca"], ["fund"]],
  ["returnToDraft", "submitted", ["reviewerWca"], ["fund"]],
  ["notEndorse", "submitted", ["reviewerWca"], ["fund"]],
  ["returnToDraft", "endorsed", ["fund"], ["fund"]],
  ["approve", "endorsed", ["fund"], ["fund"]],
  ["reject", "endorsed", ["fund"], ["fund"]],
  ["start", "approved", MANAGERS, MANAGERS],
  ["close", "active", ["fund"], ["fund"]],
];

describe("steps of the life cycle", () => {
  it("the matrix lists every step of the table", () => {
    const inTable = TRANSITIONS.flatMap((t) => t.from.map((from) => `${t.name}@${from}`)).sort();
    expect(STEPS.map(([name, from]) => `${name}@${from}`).sort()).toEqual(inTable);
  });

  const rows = STEPS.flatMap(([name, from, wca, global]) =>
    EVERYONE.flatMap((who) => [
      [name, from, "WCA", who, wca.includes(who)] as const,
      [name, from, "global", who, global.includes(who)] as const,
    ]),
  );
  it.each(rows)("%s from %s on a %s project, by %s: %s", (name, from, where, who, allowed) => {
    const project = projectIn(where === "global" ? null : "WCA", from);
    const transition = TRANSITIONS.find((t) => t.name === name && t.from.includes(from));
    if (!transition) throw new Error(`no ${name} from ${from}`);
    expect(can(PEOPLE[who], "fireTransition", { project, transition })).toBe(allowed);
    expect(availableTransitions(PEOPLE[who], project).includes(transition)).toBe(allowed);
  });
});

describe("the read scope", () => {
  it("is everything for staff, one region for a viewer given one, nothing signed out", () => {
    expect(readScope(PEOPLE.fund).key).toBe("all");
    expect(readScope(PEOPLE.reviewerEha).key).toBe("all");
    expect(readScope(PEOPLE.viewer).key).toBe("all");
    expect(readScope(PEOPLE.viewerEha).key).toBe("region:EHA");
    expect(readScope(null).key).toBe("none");
  });

  it("keeps the rows of its region only, and no row when there is no user", () => {
    const dialect = new PgDialect();
    const where = (user: Actor | null) => {
      const condition = readScope(user).where(sql`p.region_code`);
      return condition && dialect.sqlToQuery(condition);
    };
    expect(where(PEOPLE.admin)).toBeUndefined();
    expect(where(PEOPLE.viewerEha)).toMatchObject({ sql: "p.region_code = $1", params: ["EHA"] });
    expect(where(null)).toMatchObject({ sql: "false", params: [] });
    expect(readScope(PEOPLE.viewerEha).includes("EHA")).toBe(true);
    expect(readScope(PEOPLE.viewerEha).includes(null)).toBe(false);
    expect(readScope(null).includes("EHA")).toBe(false);
  });
});
