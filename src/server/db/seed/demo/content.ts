/**
 * The content of a demo proposal once its place and area of work are known: budget shares,
 * target groups, alignment tags, gender marker, money and words.
 */
import type { AGE_GROUPS, SEXES } from "../../../../domain/project";
import { FULL_SHARE } from "../../../../domain/shares";
import type { Random } from "../random";
import type { ActivityTypeCode } from "../reference/activityTypes";
import type { AreaOfWorkCode } from "../reference/areasOfWork";
import type { BeneficiaryTypeCode } from "../reference/beneficiaryTypes";
import type { FundLineCode } from "../reference/funding";
import type { GenderMarkerCode } from "../reference/genderMarkers";
import type { MigofCode } from "../reference/migof";
import { STRATEGY_POINTS } from "../reference/strategyPoints";
import { AREA_PROFILES, GROUP_SIZE } from "./profiles";
import { APPROACH_BY_ACTIVITY, AREA_TEXTS } from "./texts";

export type ProjectType = "national" | "regional" | "global";

export interface Share<C extends string> {
  code: C;
  hundredths: number;
}

export interface TargetGroup {
  typeCode: BeneficiaryTypeCode;
  sex: (typeof SEXES)[number];
  ageGroup: (typeof AGE_GROUPS)[number];
  number: number;
}

const SHARE_STEP = 500; // budgets are split in steps of 5 %, as planners do

/** Splits 100 % among `codes`, the first one getting the largest share; always sums to 10000. */
export function splitShares<C extends string>(random: Random, codes: readonly C[]): Share<C>[] {
  const steps = FULL_SHARE / SHARE_STEP;
  const counts = codes.map(() => 1);
  for (let left = steps - codes.length; left > 0; left--) {
    const index = random.chance(0.5) ? 0 : random.int(0, codes.length - 1);
    counts[index] = (counts[index] ?? 0) + 1;
  }
  counts.sort((a, b) => b - a);
  return codes.map((code, index) => ({ code, hundredths: (counts[index] ?? 0) * SHARE_STEP }));
}

export function pickAreas(random: Random): AreaOfWorkCode[] {
  const weights = Object.fromEntries(
    Object.entries(AREA_PROFILES).map(([code, profile]) => [code, profile.weight]),
  );
  const primary = random.weighted(weights) as AreaOfWorkCode;
  const others = (Object.keys(AREA_PROFILES) as AreaOfWorkCode[]).filter((code) => code !== primary);
  return [
    primary,
    ...random.sample(others, random.weighted({ 0: 5, 1: 4, 2: 1 }) === "0" ? 0 : random.int(1, 2)),
  ];
}

export function pickActivities(random: Random, area: AreaOfWorkCode): ActivityTypeCode[] {
  return random.sample(AREA_PROFILES[area].activities, random.int(2, 4));
}

export function pickTargetGroups(random: Random, area: AreaOfWorkCode): TargetGroup[] {
  const types = random.sample(AREA_PROFILES[area].beneficiaries, random.int(1, 4));
  return types.map((typeCode) => {
    const [min, max] = GROUP_SIZE[typeCode];
    const sex =
      typeCode === "VOT" && random.chance(0.6) ? "female" : random.weighted({ all: 6, female: 3, male: 1 });
    const ageGroup =
      typeCode === "YTH"
        ? "youth"
        : typeCode === "GOV" || typeCode === "BLE" || typeCode === "HW" || typeCode === "CSO"
          ? "adults"
          : random.weighted({ all: 5, adults: 4, youth: 2, children: 1, older: 1 });
    const number = Math.max(min, Math.round(random.int(min, max) / 10) * 10);
    return { typeCode, sex, ageGroup, number };
  });
}

export function pickStrategyPoints(random: Random, area: AreaOfWorkCode): number[] {
  const [first, ...rest] = AREA_PROFILES[area].strategyPoints;
  const points = [first, ...random.sample(rest, random.int(0, 2))];
  if (points.length < 3 && random.chance(0.15)) points.push(random.pick(STRATEGY_POINTS).number);
  return [...new Set(points)];
}

export function pickMigof(random: Random, area: AreaOfWorkCode): MigofCode[] {
  const [first, second] = AREA_PROFILES[area].migof;
  const codes: MigofCode[] = [first, ...(random.chance(0.6) ? [second] : [])];
  if (random.chance(0.3)) codes.push(random.pick(["P1", "P2", "P3"] as const));
  return [...new Set(codes)];
}

export function pickGenderMarker(random: Random, groups: readonly TargetGroup[]): GenderMarkerCode {
  if (groups.some((group) => group.sex === "female") && random.chance(0.5)) return "2b";
  return random.weighted({ "0": 5, "1": 35, "2a": 45, "2b": 10 });
}

/** USD ranges per line and type; Line 2 stays within the ceilings of seed 002 (200,000 / 300,000). */
const BUDGET_RANGE_USD: Record<FundLineCode, Record<ProjectType, readonly [number, number]>> = {
  L1: { national: [30_000, 100_000], regional: [60_000, 150_000], global: [80_000, 200_000] },
  L2: { national: [60_000, 200_000], regional: [120_000, 300_000], global: [120_000, 300_000] },
};

export function requestedBudgetCents(random: Random, line: FundLineCode, type: ProjectType): number {
  const [min, max] = BUDGET_RANGE_USD[line][type];
  return random.int(min / 10, max / 10) * 10 * 100;
}

/** The fund often approves what was asked, sometimes a little less, rounded to USD 100. */
export function approvedBudgetCents(random: Random, requested: number): number {
  if (random.chance(0.7)) return requested;
  return Math.floor((requested * random.int(85, 95)) / 100 / 10_000) * 10_000;
}

export interface ProposalTexts {
  title: string;
  summary: string;
  objective: string;
}

export function writeProposal(
  random: Random,
  area: AreaOfWorkCode,
  mainActivity: ActivityTypeCode,
  place: string,
): ProposalTexts {
  const texts = AREA_TEXTS[area];
  const fill = (template: string) => template.replaceAll("{place}", place);
  return {
    title: fill(random.pick(texts.titles)),
    summary: `${fill(random.pick(texts.contexts))} ${APPROACH_BY_ACTIVITY[mainActivity]}`,
    objective: fill(random.pick(texts.objectives)),
  };
}
