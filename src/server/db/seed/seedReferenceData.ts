/**
 * Loads the reference data (regions, countries, areas of work, activity and beneficiary types,
 * fund lines, gender markers, strategy points, MIGOF elements, funding years and their fund rules). It runs on every
 * start: labels and translations are owned by this code and refreshed, while the choices people
 * make in the application (a country moved to another region, a funding year opened or closed)
 * are kept.
 */
import { getTableColumns, type SQL, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import {
  DEFAULT_LINE2_NATIONAL_CEILING_CENTS,
  DEFAULT_LINE2_REGIONAL_CEILING_CENTS,
} from "../../../domain/fundRules";
import type { DbOrTx } from "../client";
import {
  activityTypes,
  areasOfWork,
  beneficiaryTypes,
  countries,
  fundingYears,
  fundLines,
  fundYearRules,
  genderMarkers,
  migofElements,
  regions,
  reportingRules,
  strategyPoints,
} from "../schema";
import { inBatches } from "./batches";
import { ACTIVITY_TYPES } from "./reference/activityTypes";
import { AREAS_OF_WORK } from "./reference/areasOfWork";
import { BENEFICIARY_TYPES } from "./reference/beneficiaryTypes";
import { buildCountryRows } from "./reference/countries";
import { FUND_LINES, FUNDING_YEARS } from "./reference/funding";
import { GENDER_MARKERS } from "./reference/genderMarkers";
import { MIGOF_ELEMENTS } from "./reference/migof";
import { REGIONS } from "./reference/regions";
import { STRATEGY_POINTS } from "./reference/strategyPoints";

/** The SET clause of an upsert: every column but the key takes the value that was offered. */
function takeOffered(table: PgTable, key: string): Record<string, SQL> {
  return Object.fromEntries(
    Object.entries(getTableColumns(table))
      .filter(([property]) => property !== key)
      .map(([property, column]) => [property, sql.raw(`excluded."${column.name}"`)]),
  );
}

export async function seedReferenceData(db: DbOrTx): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(regions)
      .values([...REGIONS])
      .onConflictDoUpdate({ target: regions.code, set: takeOffered(regions, "code") });
    await inBatches(buildCountryRows(), (batch) =>
      tx
        .insert(countries)
        .values(batch)
        .onConflictDoUpdate({
          target: countries.iso3,
          set: {
            ...takeOffered(countries, "iso3"),
            regionCode: sql`coalesce(${countries.regionCode}, excluded.region_code)`,
          },
        }),
    );
    await tx
      .insert(areasOfWork)
      .values([...AREAS_OF_WORK])
      .onConflictDoUpdate({ target: areasOfWork.code, set: takeOffered(areasOfWork, "code") });
    await tx
      .insert(activityTypes)
      .values([...ACTIVITY_TYPES])
      .onConflictDoUpdate({ target: activityTypes.code, set: takeOffered(activityTypes, "code") });
    await tx
      .insert(beneficiaryTypes)
      .values([...BENEFICIARY_TYPES])
      .onConflictDoUpdate({ target: beneficiaryTypes.code, set: takeOffered(beneficiaryTypes, "code") });
    await tx
      .insert(fundLines)
      .values([...FUND_LINES])
      .onConflictDoUpdate({ target: fundLines.code, set: takeOffered(fundLines, "code") });
    await tx
      .insert(genderMarkers)
      .values([...GENDER_MARKERS])
      .onConflictDoUpdate({ target: genderMarkers.code, set: takeOffered(genderMarkers, "code") });
    await tx
      .insert(migofElements)
      .values([...MIGOF_ELEMENTS])
      .onConflictDoUpdate({ target: migofElements.code, set: takeOffered(migofElements, "code") });
    await tx
      .insert(strategyPoints)
      .values([...STRATEGY_POINTS])
      .onConflictDoUpdate({ target: strategyPoints.number, set: takeOffered(strategyPoints, "number") });
    // Whether a year is open is the fund manager's decision once the year exists.
    await tx
      .insert(fundingYears)
      .values([...FUNDING_YEARS])
      .onConflictDoNothing({ target: fundingYears.year });
    // Every year starts with the ceilings of seed 002; a fund manager's changes are kept.
    await tx
      .insert(fundYearRules)
      .values(
        FUNDING_YEARS.map((y) => ({
          fundingYear: y.year,
          line2NationalCeilingCents: DEFAULT_LINE2_NATIONAL_CEILING_CENTS,
          line2RegionalCeilingCents: DEFAULT_LINE2_REGIONAL_CEILING_CENTS,
        })),
      )
      .onConflictDoNothing({ target: fundYearRules.fundingYear });
    // Each fund line starts with the default reporting rules (columns' defaults); edits are kept.
    await tx
      .insert(reportingRules)
      .values(FUND_LINES.map((line) => ({ fundLine: line.code })))
      .onConflictDoNothing({ target: reportingRules.fundLine });
  });
}
