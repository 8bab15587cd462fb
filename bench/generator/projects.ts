/**
 * One generated project, drawn with the demo seed's words and life cycle (src/server/db/seed/demo):
 * place, team, status for its funding year, texts, budget, shares, target groups and history.
 * Each project has its own generator, derived from the run's seed and its position, so a project
 * is the same whatever chunk it is planned in.
 */
import type { ProjectStatus } from "../../src/domain/lifecycle";
import { projectCode } from "../../src/domain/projectCode";
import {
  approvedBudgetCents,
  type ProjectType,
  pickGenderMarker,
  pickMigof,
  pickStrategyPoints,
  splitShares,
} from "../../src/server/db/seed/demo/content";
import { planHistory, statusWeights } from "../../src/server/db/seed/demo/history";
import { DEMO_COUNTRIES } from "../../src/server/db/seed/demo/places";
import { type DemoProject, drawProposal } from "../../src/server/db/seed/demo/plan";
import type { Random } from "../../src/server/db/seed/random";
import { REGION_CODES, type RegionCode } from "../../src/server/db/seed/reference/regions";
import type { BenchPeople, BenchUser } from "./people";
import { createBenchRandom } from "./random";

export const FIRST_YEAR = 2016;
export const LAST_YEAR = 2027;

/** The fund grew over the years; the coming year's pipeline is still filling. */
// biome-ignore format: one weight per funding year
const YEAR_WEIGHTS = [6, 6, 7, 7, 8, 8, 9, 9, 10, 11, 12, 7];

const REGION_WEIGHTS: Record<RegionCode, number> = {
  SAF: 9,
  EHA: 12,
  WCA: 18,
  CNC: 9,
  SAM: 8,
  MENA: 12,
  AP: 16,
  EEA: 4,
  SEECA: 12,
};

/** Funding year of each project position, in order: counts proportional to YEAR_WEIGHTS, summing to `total`. */
export function fundingYears(total: number): number[] {
  const sum = YEAR_WEIGHTS.reduce((a, b) => a + b, 0);
  const exact = YEAR_WEIGHTS.map((w) => (w * total) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((value, index) => ({ index, rest: value - Math.floor(value) }));
  order.sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (let i = 0; i < total - counts.reduce((a, b) => a + b, 0); i++) {
    const at = order[i % order.length]?.index ?? 0;
    counts[at] = (counts[at] ?? 0) + 1;
  }
  return counts.flatMap((count, index) => Array.from({ length: count }, () => FIRST_YEAR + index));
}

/** A project's own generator: the same for a given run seed and position. */
export function projectRandom(seed: number, index: number): Random {
  return createBenchRandom(seed, index);
}

function pickTeam(
  random: Random,
  people: BenchPeople,
  region: RegionCode,
): { pm: BenchUser; altPm: BenchUser | null } {
  const pool = people.pmsByRegion.get(region) ?? [];
  const pm = random.pick(pool);
  const others = pool.filter((user) => user !== pm);
  return { pm, altPm: random.chance(0.45) && others.length > 0 ? random.pick(others) : null };
}

function pickCountries(random: Random, type: ProjectType, region: RegionCode | null): string[] {
  if (region) return random.sample(DEMO_COUNTRIES[region], type === "national" ? 1 : random.int(2, 5)).sort();
  // A global project names a few countries of different regions, or none at all.
  if (random.chance(0.4)) return [];
  const regions = random.sample(REGION_CODES, random.int(3, 5));
  return regions.map((r) => random.pick(DEMO_COUNTRIES[r])).sort();
}

export function planProject(
  seed: number,
  index: number,
  year: number,
  people: BenchPeople,
): { project: DemoProject; random: Random } {
  const random = projectRandom(seed, index);
  const id = random.uuid();
  const type = random.weighted<ProjectType>({ national: 76, regional: 18, global: 6 });
  const region = type === "global" ? null : random.weighted(REGION_WEIGHTS);
  const countries = pickCountries(random, type, region);
  const teamRegion = region ?? random.pick(REGION_CODES);
  const team = pickTeam(random, people, teamRegion);
  const target = random.weighted(statusWeights(Math.min(year, 2026))) as ProjectStatus;
  const { fundLine, areas, primaryArea, activities, texts, requested, beneficiaries } = drawProposal(
    random,
    type,
    countries,
    region,
  );
  const sketch = target === "draft" && random.chance(0.3);
  const history = planHistory(random, year, target, {
    pm: team.pm.id,
    altPm: team.altPm?.id ?? null,
    reviewer: (people.reviewerByRegion.get(teamRegion) as BenchUser).id,
    fundManagers: [people.fundManagers[0].id, ...people.fundManagers.slice(1).map((u) => u.id)],
  });
  const funded = history.status === "approved" || history.status === "active" || history.status === "closed";
  const project: DemoProject = {
    id,
    code: projectCode(year, index + 1),
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
    pmId: team.pm.id,
    altPmId: team.altPm?.id ?? null,
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
  return { project, random };
}

/**
 * National Line 2 projects may follow up an earlier year's Line 1 project in the same country
 * (seed 002), as in the demo: each earlier project is followed up at most once.
 */
type Earlier = Pick<DemoProject, "id" | "code" | "title" | "summary" | "objective" | "countries">;

export class FollowUps {
  private available = new Map<string, Earlier[]>();
  private thisYear: Earlier[] = [];
  private year = 0;

  link(random: Random, project: DemoProject): void {
    if (project.fundingYear !== this.year) {
      for (const earlier of this.thisYear) {
        const country = earlier.countries[0] as string;
        this.available.set(country, [...(this.available.get(country) ?? []), earlier]);
      }
      this.thisYear = [];
      this.year = project.fundingYear;
    }
    if (project.type !== "national") return;
    const country = project.countries[0] as string;
    if (project.fundLine === "L1" && (project.status === "closed" || project.status === "active")) {
      const { id, code, title, summary, objective, countries } = project;
      this.thisYear.push({ id, code, title, summary, objective, countries });
      return;
    }
    if (project.fundLine !== "L2" || !random.chance(0.4)) return;
    const earlier = this.available.get(country)?.pop();
    if (!earlier) return;
    project.followUpOfId = earlier.id;
    const phase = / – phase (II|III)$/.exec(earlier.title)?.[1];
    project.title = `${earlier.title.replace(/ – phase [IV]+$/, "")} – phase ${phase === "II" ? "III" : phase === "III" ? "IV" : "II"}`;
    project.summary = `This project builds on the results of ${earlier.code}. ${earlier.summary}`;
    project.objective = earlier.objective;
  }
}
