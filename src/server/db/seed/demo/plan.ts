/**
 * The demo portfolio as plain data, before it touches the database: about 260 projects of the
 * funding years 2013 to 2026 across the nine regions, with their people, content and history.
 * Pure and deterministic: the same users give the same portfolio, down to the ids.
 */
import type { ProjectStatus } from "../../../../domain/lifecycle";
import { projectCode } from "../../../../domain/projectCode";
import { createRandom, type Random } from "../random";
import type { ActivityTypeCode } from "../reference/activityTypes";
import type { AreaOfWorkCode } from "../reference/areasOfWork";
import type { FundLineCode } from "../reference/funding";
import type { GenderMarkerCode } from "../reference/genderMarkers";
import type { RegionCode } from "../reference/regions";
import {
  approvedBudgetCents,
  type ProjectType,
  pickActivities,
  pickAreas,
  pickGenderMarker,
  pickMigof,
  pickStrategyPoints,
  pickTargetGroups,
  requestedBudgetCents,
  type Share,
  splitShares,
  type TargetGroup,
  writeProposal,
} from "./content";
import { type PlannedTransition, planHistory, statusWeights } from "./history";
import { DEMO_COUNTRIES, placeInTitle } from "./places";
import {
  DEMO_ALT_PM_EMAIL,
  DEMO_FUND_MANAGER_EMAIL,
  DEMO_PM_EMAIL,
  DEMO_USERS,
  type DemoUser,
} from "./users";

export interface DemoProject {
  id: string;
  code: string;
  title: string;
  summary: string;
  objective: string;
  type: ProjectType;
  status: ProjectStatus;
  regionCode: RegionCode | null;
  fundingYear: number;
  fundLine: FundLineCode;
  requestedBudgetCents: number;
  approvedBudgetCents: number | null;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
  pmId: string;
  altPmId: string | null;
  genderMarker: GenderMarkerCode | null;
  followUpOfId: string | null;
  countries: string[];
  areaShares: Share<AreaOfWorkCode>[];
  activityShares: Share<ActivityTypeCode>[];
  beneficiaries: TargetGroup[];
  strategyPoints: number[];
  migof: string[];
  transitions: PlannedTransition[];
}

/** Projects per funding year: the fund grew, and the coming year's pipeline is full. */
const PROJECTS_PER_YEAR: Record<number, number> = {
  2013: 12,
  2014: 12,
  2015: 12,
  2016: 12,
  2017: 12,
  2018: 12,
  2019: 12,
  2020: 12,
  2021: 15,
  2022: 17,
  2023: 19,
  2024: 24,
  2025: 34,
  2026: 59,
};

/** West and Central Africa leads on purpose: its reviewer is the demo reviewer account. */
const REGION_WEIGHTS: Record<RegionCode, number> = {
  SAF: 8,
  EHA: 11,
  WCA: 24,
  CNC: 9,
  SAM: 8,
  MENA: 11,
  AP: 13,
  EEA: 3,
  SEECA: 9,
};

/** The e2e tests edit one of the demo PM's drafts, so the demo PM's desk holds a dozen. */
const DEMO_PM_DRAFTS = 12;
const SEED = 2016;

type IdOf = (email: string) => string;

interface Team {
  pm: DemoUser;
  altPm: DemoUser | null;
}

const PMS = DEMO_USERS.filter((user) => user.role === "pm");
const demoPm = PMS.find((user) => user.email === DEMO_PM_EMAIL) as DemoUser;
const altPm = PMS.find((user) => user.email === DEMO_ALT_PM_EMAIL) as DemoUser;

function pickTeam(random: Random, region: RegionCode | null, year: number): Team {
  const pool = region ? PMS.filter((user) => user.regions.includes(region)) : PMS;
  const colleagues = pool.filter((user) => user !== demoPm);
  const demoPmShare = year >= 2025 ? 0.5 : 0.1;
  const pm = pool.includes(demoPm) && random.chance(demoPmShare) ? demoPm : random.pick(colleagues);
  const others = colleagues.filter((user) => user !== pm);
  if (pm === demoPm) {
    if (random.chance(0.65)) return { pm, altPm };
    return { pm, altPm: random.chance(0.4) && others.length > 0 ? random.pick(others) : null };
  }
  return { pm, altPm: random.chance(0.45) && others.length > 0 ? random.pick(others) : null };
}

function reviewerOf(region: RegionCode): DemoUser {
  const reviewer = DEMO_USERS.find((user) => user.role === "reviewer" && user.regionCode === region);
  if (!reviewer) throw new Error(`No demo reviewer for ${region}`);
  return reviewer;
}

/**
 * What a proposal says, drawn in one fixed order: fund line, areas and activities, texts, budget
 * and target groups. The demo and the benchmark generator share it, so both portfolios read alike.
 */
export function drawProposal(
  random: Random,
  type: ProjectType,
  countries: readonly string[],
  region: RegionCode | null,
) {
  const fundLine: FundLineCode = type === "global" || random.chance(0.3) ? "L1" : "L2";
  const areas = pickAreas(random);
  const primaryArea = areas[0] as AreaOfWorkCode;
  const activities = pickActivities(random, primaryArea);
  const texts = writeProposal(
    random,
    primaryArea,
    activities[0] as ActivityTypeCode,
    placeInTitle(countries, region),
  );
  const requested = requestedBudgetCents(random, fundLine, type);
  const beneficiaries = pickTargetGroups(random, primaryArea);
  return { fundLine, areas, primaryArea, activities, texts, requested, beneficiaries };
}

function planProject(random: Random, year: number, idOf: IdOf, demoPmDraftsLeft: () => boolean): DemoProject {
  const id = random.uuid();
  const type = random.weighted<ProjectType>({ national: 78, regional: 16, global: 6 });
  const region = type === "global" ? null : random.weighted(REGION_WEIGHTS);
  const countries = region
    ? random.sample(DEMO_COUNTRIES[region], type === "national" ? 1 : random.int(2, 5)).sort()
    : [];
  const team = pickTeam(random, region, year);
  const target: ProjectStatus =
    year === 2026 && team.pm === demoPm && demoPmDraftsLeft()
      ? "draft"
      : random.weighted(statusWeights(year));
  const { fundLine, areas, primaryArea, activities, texts, requested, beneficiaries } = drawProposal(
    random,
    type,
    countries,
    region,
  );
  // Some colleagues' drafts are still sketches: no activity breakdown, no target groups yet.
  const sketch = target === "draft" && team.pm !== demoPm && random.chance(0.3);
  const history = planHistory(random, year, target, {
    pm: idOf(team.pm.email),
    altPm: team.altPm ? idOf(team.altPm.email) : null,
    reviewer: idOf(reviewerOf(region ?? (team.pm.regions[0] as RegionCode)).email),
    fundManagers: [
      idOf(DEMO_FUND_MANAGER_EMAIL),
      ...DEMO_USERS.filter(
        (user) => user.role === "fund_manager" && user.email !== DEMO_FUND_MANAGER_EMAIL,
      ).map((user) => idOf(user.email)),
    ],
  });
  const funded = history.status === "approved" || history.status === "active" || history.status === "closed";
  return {
    id,
    code: "",
    ...texts,
    type,
    status: history.status,
    regionCode: region,
    fundingYear: year,
    fundLine,
    requestedBudgetCents: requested,
    approvedBudgetCents: funded ? approvedBudgetCents(random, requested) : null,
    plannedStart: history.plannedStart,
    plannedEnd: history.plannedEnd,
    actualStart: history.actualStart,
    actualEnd: history.actualEnd,
    pmId: idOf(team.pm.email),
    altPmId: team.altPm ? idOf(team.altPm.email) : null,
    genderMarker: sketch ? null : pickGenderMarker(random, beneficiaries),
    followUpOfId: null,
    countries,
    areaShares: splitShares(random, areas),
    activityShares: sketch ? [] : splitShares(random, activities),
    beneficiaries: sketch ? [] : beneficiaries,
    strategyPoints: pickStrategyPoints(random, primaryArea),
    migof: pickMigof(random, primaryArea),
    transitions: history.transitions,
  };
}

/** A national Line 2 project may follow up an earlier Line 1 project in the same country (seed 002). */
function linkFollowUps(random: Random, projects: DemoProject[]): void {
  const followed = new Set<string>();
  projects.forEach((project, index) => {
    if (project.type !== "national" || project.fundLine !== "L2" || !random.chance(0.4)) return;
    const earlier = projects
      .slice(0, index)
      .filter(
        (candidate) =>
          candidate.type === "national" &&
          candidate.fundLine === "L1" &&
          candidate.fundingYear < project.fundingYear &&
          (candidate.status === "closed" || candidate.status === "active") &&
          candidate.countries[0] === project.countries[0] &&
          !followed.has(candidate.id),
      )
      .at(-1);
    if (!earlier) return;
    followed.add(earlier.id);
    project.followUpOfId = earlier.id;
    const phase = / – phase (II|III)$/.exec(earlier.title)?.[1];
    project.title = `${earlier.title.replace(/ – phase [IV]+$/, "")} – phase ${phase === "II" ? "III" : phase === "III" ? "IV" : "II"}`;
    // A second phase pursues the same objective with the same people in mind.
    project.summary = `This project builds on the results of ${earlier.code}. ${earlier.summary}`;
    project.objective = earlier.objective;
    project.areaShares = earlier.areaShares.map((share) => ({ ...share }));
    project.strategyPoints = [...earlier.strategyPoints];
    project.migof = [...earlier.migof];
    if (project.activityShares.length > 0)
      project.activityShares = earlier.activityShares.map((share) => ({ ...share }));
    if (project.beneficiaries.length > 0)
      project.beneficiaries = earlier.beneficiaries.map((group) => ({ ...group }));
  });
}

export function planDemoPortfolio(idOf: IdOf): DemoProject[] {
  const skeleton = createRandom(SEED);
  let demoPmDrafts = 0;
  const demoPmDraftsLeft = () => demoPmDrafts++ < DEMO_PM_DRAFTS;
  const projects: DemoProject[] = [];
  for (const [year, count] of Object.entries(PROJECTS_PER_YEAR)) {
    const inYear = Array.from({ length: count }, () =>
      planProject(createRandom(skeleton.int(0, 2 ** 31)), Number(year), idOf, demoPmDraftsLeft),
    );
    inYear.sort((a, b) => (a.transitions[0]?.at.getTime() ?? 0) - (b.transitions[0]?.at.getTime() ?? 0));
    projects.push(...inYear);
  }
  projects.forEach((project, index) => {
    project.code = projectCode(project.fundingYear, index + 1);
  });
  linkFollowUps(skeleton, projects);
  return projects;
}
