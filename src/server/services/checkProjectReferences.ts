/**
 * The checks the zod schema cannot make alone because they need reference data: every code a
 * project names must exist, and its people must be active project managers. All failures are
 * returned together, each on its field.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { FieldError } from "../../domain/errors";
import type { ProjectData } from "../../domain/project";
import { deriveRegion } from "../../domain/region";
import type { DbOrTx } from "../db/client";
import {
  activityTypes,
  areasOfWork,
  beneficiaryTypes,
  countries,
  fundingYears,
  fundLines,
  genderMarkers,
  migofElements,
  projects,
  regions,
  users,
} from "../db/schema";

type CodeTable = typeof areasOfWork | typeof activityTypes | typeof beneficiaryTypes | typeof migofElements;

async function existingCodes(db: DbOrTx, table: CodeTable, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.select({ code: table.code }).from(table).where(inArray(table.code, codes));
  return new Set(rows.map((r) => r.code));
}

function unknownIn(field: string, listed: string[], known: Set<string>, what: string): FieldError[] {
  return listed.flatMap((code, index) =>
    known.has(code)
      ? []
      : [
          {
            field: `${field}.${index}`,
            code: "unknownCode",
            message: `Unknown ${what}: ${code}`,
            params: { value: code },
          },
        ],
  );
}

export async function checkProjectReferences(
  db: DbOrTx,
  data: ProjectData,
  pmId: string,
  selfId: string | null,
): Promise<{ errors: FieldError[]; region: string | null }> {
  const errors: FieldError[] = [];

  const countryRows =
    data.countries.length > 0
      ? await db
          .select({ iso3: countries.iso3, region: countries.regionCode })
          .from(countries)
          .where(inArray(countries.iso3, data.countries))
      : [];
  const countryRegion = new Map(countryRows.map((c) => [c.iso3, c.region]));
  data.countries.forEach((iso3, index) => {
    if (!countryRegion.has(iso3)) {
      errors.push({
        field: `countries.${index}`,
        code: "unknownCountry",
        message: `Unknown country: ${iso3}`,
        params: { value: iso3 },
      });
    }
  });

  if (data.region) {
    const [region] = await db
      .select({ code: regions.code })
      .from(regions)
      .where(eq(regions.code, data.region));
    if (!region)
      errors.push({ field: "region", code: "unknownCode", message: `Unknown region: ${data.region}` });
  }
  let region: string | null = null;
  const derived = deriveRegion(
    data.type,
    data.countries.map((c) => countryRegion.get(c) ?? null),
    data.region,
  );
  if ("error" in derived) errors.push(derived.error);
  else region = derived.region;

  const [year] = await db.select().from(fundingYears).where(eq(fundingYears.year, data.fundingYear));
  if (!year) {
    errors.push({
      field: "fundingYear",
      code: "unknownFundingYear",
      message: `${data.fundingYear} is not a funding year of the fund`,
    });
  }
  const [line] = await db.select().from(fundLines).where(eq(fundLines.code, data.fundLine));
  if (!line)
    errors.push({ field: "fundLine", code: "unknownCode", message: `Unknown fund line: ${data.fundLine}` });

  const areaCodes = data.areaShares.map((s) => s.code);
  errors.push(
    ...unknownIn(
      "areaShares",
      areaCodes,
      await existingCodes(db, areasOfWork, areaCodes),
      "area of work",
    ).map((e) => ({ ...e, field: `${e.field}.code` })),
  );
  const activityCodes = data.activityShares.map((s) => s.code);
  errors.push(
    ...unknownIn(
      "activityShares",
      activityCodes,
      await existingCodes(db, activityTypes, activityCodes),
      "activity type",
    ).map((e) => ({ ...e, field: `${e.field}.code` })),
  );
  const typeCodes = data.beneficiaries.map((b) => b.type);
  errors.push(
    ...unknownIn(
      "beneficiaries",
      typeCodes,
      await existingCodes(db, beneficiaryTypes, typeCodes),
      "beneficiary type",
    ).map((e) => ({ ...e, field: `${e.field}.type` })),
  );
  errors.push(
    ...unknownIn("migof", data.migof, await existingCodes(db, migofElements, data.migof), "MIGOF element"),
  );

  if (data.genderMarker) {
    const [marker] = await db.select().from(genderMarkers).where(eq(genderMarkers.code, data.genderMarker));
    if (!marker)
      errors.push({
        field: "genderMarker",
        code: "unknownCode",
        message: `Unknown gender marker: ${data.genderMarker}`,
      });
  }

  const people = [pmId, data.altPmId].filter((p): p is string => Boolean(p));
  const managers = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, people), eq(users.role, "pm"), eq(users.active, true)));
  const managerIds = new Set(managers.map((m) => m.id));
  if (!managerIds.has(pmId)) {
    errors.push({ field: "pmId", code: "notAManager", message: "The PM must be an active project manager" });
  }
  if (data.altPmId && !managerIds.has(data.altPmId)) {
    errors.push({
      field: "altPmId",
      code: "notAManager",
      message: "The alternate PM must be an active project manager",
    });
  }
  if (data.altPmId && data.altPmId === pmId) {
    errors.push({ field: "altPmId", code: "altPmSame", message: "The alternate PM must be another person" });
  }

  if (data.followUpOfId) {
    const [original] = await db
      .select({ id: projects.id })
      .from(projects)
      .where(eq(projects.id, data.followUpOfId));
    if (!original || data.followUpOfId === selfId) {
      errors.push({
        field: "followUpOfId",
        code: "unknownProject",
        message: "The project this follows up does not exist",
      });
    }
  }
  return { errors, region };
}
