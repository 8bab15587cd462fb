/**
 * How PRIMA's vocabulary maps onto IATI 2.03 code lists (copies in `iati-2.03/codelists/`).
 * Each map is documented in the README's "Exports" section; a test checks every code used here
 * is in its code list.
 */
import type { ProjectStatus } from "../../domain/lifecycle";

/**
 * ActivityStatus: 1 pipeline/identification, 2 implementation, 3 finalisation, 4 closed,
 * 5 cancelled. A proposal not yet started is in the pipeline; an active project past its end date
 * (final reports still open) is finalising; a rejected or withdrawn proposal is cancelled.
 */
export function iatiActivityStatus(status: ProjectStatus, endDate: string, today: string): string {
  switch (status) {
    case "draft":
    case "submitted":
    case "endorsed":
    case "approved":
      return "1";
    case "active":
      return today > endDate ? "3" : "2";
    case "closed":
      return "4";
    case "rejected":
    case "withdrawn":
      return "5";
  }
}

/** Areas of work → OECD DAC 5-digit purpose codes (Sector vocabulary 1). */
export const AREA_SECTORS: Record<string, string> = {
  EPC: "72010", // Emergency, operations and post-crisis → Material relief assistance and services
  MH: "12110", // Migration health → Health policy and administrative management
  IBM: "15136", // Immigration and border management → Immigration
  MA: "16010", // Migrant assistance → Social protection
  LHD: "16020", // Labour mobility and human development → Employment creation
  MPR: "15190", // Migration policy and research → Facilitation of orderly, safe, regular and responsible migration
  MECC: "41010", // Migration, environment and climate change → Environmental policy and administrative management
};
/** An area of work added later without a mapping is reported under the migration purpose code. */
export const DEFAULT_SECTOR = "15190";

/** Regions → DAC recipient regions (Region vocabulary 1), for regional projects. */
export const REGION_CODES: Record<string, string> = {
  SAF: "1029", // Southern Africa, regional
  EHA: "1027", // Eastern Africa, regional
  WCA: "1030", // Western Africa, regional
  CNC: "389", // Caribbean & Central America, regional
  SAM: "489", // South America, regional
  MENA: "589", // Middle East, regional
  AP: "798", // Asia, regional
  EEA: "89", // Europe, regional
  SEECA: "89", // Europe, regional
};
/** A global project (or a region without a mapping): developing countries, unspecified. */
export const GLOBAL_REGION = "998";

/**
 * PolicySignificance of the gender-equality policy marker (PolicyMarker 1) from the IASC-style
 * gender marker: 2b targeted action → 2 principal objective; 2a mainstreaming → 1 significant
 * objective; 1 limited and 0 no contribution → 0 not targeted.
 */
export const GENDER_SIGNIFICANCE: Record<string, string> = { "0": "0", "1": "0", "2a": "1", "2b": "2" };

/** IndicatorMeasure: 2 percentage for a unit in percent, otherwise 1 unit. */
export function iatiIndicatorMeasure(unit: string): string {
  return /%|percent|pourcent|porcentaje/i.test(unit) ? "2" : "1";
}
