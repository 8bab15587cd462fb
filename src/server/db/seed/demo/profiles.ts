/**
 * What a typical project of each area of work looks like: how often the fund sees it, what it
 * spends on, whom it targets and which strategy points and MIGOF elements it serves.
 */
import type { ActivityTypeCode } from "../reference/activityTypes";
import type { AreaOfWorkCode } from "../reference/areasOfWork";
import type { BeneficiaryTypeCode } from "../reference/beneficiaryTypes";
import type { MigofCode } from "../reference/migof";
import type { StrategyPointNumber } from "../reference/strategyPoints";

interface AreaProfile {
  /** The Development Fund finances capacity building far more than emergency operations. */
  weight: number;
  activities: readonly ActivityTypeCode[];
  beneficiaries: readonly BeneficiaryTypeCode[];
  strategyPoints: readonly [StrategyPointNumber, ...StrategyPointNumber[]];
  migof: readonly [MigofCode, MigofCode];
}

export const AREA_PROFILES: Record<AreaOfWorkCode, AreaProfile> = {
  EPC: {
    weight: 6,
    activities: ["CBI", "DATA", "TRN", "COM", "INF"],
    beneficiaries: ["IDP", "HOST", "GOV", "RET"],
    strategyPoints: [9, 1, 3],
    migof: ["O2", "P3"],
  },
  MH: {
    weight: 12,
    activities: ["TRN", "CBI", "AWR", "POL", "INF"],
    beneficiaries: ["MIG", "HW", "GOV", "HOST", "MWK"],
    strategyPoints: [1, 3, 2],
    migof: ["O1", "P1"],
  },
  IBM: {
    weight: 20,
    activities: ["TRN", "INF", "TA", "CBI", "DATA"],
    beneficiaries: ["BLE", "GOV", "MIG"],
    strategyPoints: [3, 5, 11],
    migof: ["O3", "P2"],
  },
  MA: {
    weight: 16,
    activities: ["DAS", "CBI", "AWR", "TRN", "COM"],
    beneficiaries: ["VOT", "MIG", "RET", "GOV", "CSO", "YTH"],
    strategyPoints: [11, 10, 2],
    migof: ["P1", "O3"],
  },
  LHD: {
    weight: 20,
    activities: ["POL", "TA", "TRN", "RES", "DIA"],
    beneficiaries: ["MWK", "DSP", "GOV", "YTH", "RET"],
    strategyPoints: [12, 4, 8],
    migof: ["O1", "P3"],
  },
  MPR: {
    weight: 18,
    activities: ["POL", "RES", "DATA", "DIA", "TA"],
    beneficiaries: ["GOV", "CSO", "YTH"],
    strategyPoints: [6, 3, 7],
    migof: ["P2", "P3"],
  },
  MECC: {
    weight: 8,
    activities: ["RES", "DATA", "COM", "POL"],
    beneficiaries: ["HOST", "IDP", "GOV", "MIG"],
    strategyPoints: [4, 9, 6],
    migof: ["O2", "O1"],
  },
};

/** How many people a target group usually counts: officials by the dozen, communities by the thousand. */
export const GROUP_SIZE: Record<BeneficiaryTypeCode, readonly [number, number]> = {
  MIG: [300, 15_000],
  MWK: [200, 8_000],
  IDP: [1_000, 40_000],
  REF: [500, 10_000],
  RET: [100, 3_000],
  VOT: [30, 600],
  GOV: [20, 250],
  BLE: [40, 400],
  HOST: [1_000, 50_000],
  DSP: [50, 2_000],
  YTH: [200, 10_000],
  HW: [30, 500],
  CSO: [10, 80],
};
