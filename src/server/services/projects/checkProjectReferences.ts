/**
 * The checks the zod schema cannot make alone because they need reference data: every code a
 * project names must exist, and its people must be active project managers. All failures are
 * returned together, each on its field.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { FieldError } from "../../../domain/errors";
import type { ProjectData } from "../../../domain/project";
import { deriveRegion } from "../../../domain/region";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/rows";
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
} from "../../db/schema";

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

export interface ProjectContext {
  pmId: string;
  altPmId: string | null;
  /** The project being edited, or null when creating one. */
  selfId: string | null;
  /** A draft may stay in its funding year after the year closes, but not move into a closed one. */
  previousFundingYear: number | null;
}

export async function checkProjectReferences(
  db: DbOrTx,
  data: ProjectData,
  { pmId, altPmId, selfId, previousFundingYear }: ProjectContext,
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
  } else if (!year.open && data.fundingYear !== previousFundingYear) {
    errors.push({
      field: "fundingYear",
      code: "fundingYearClosed",
      message: `The fund takes no more proposals for ${data.fundingYear}`,
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

  const people = [pmId, altPmId].filter((p): p is string => Boolean(p));
  const managers = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, people), eq(users.role, "pm"), eq(users.active, true)));
  const managerIds = new Set(managers.map((m) => m.id));
  if (!managerIds.has(pmId)) {
    errors.push({ field: "pmId", code: "notAManager", message: "The PM must be an active project manager" });
  }
  if (altPmId && !managerIds.has(altPmId)) {
    errors.push({
      field: "altPmId",
      code: "notAManager",
      message: "The alternate PM must be an active project manager",
    });
  }
  if (altPmId && altPmId === pmId) {
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
    } else if (selfId && (await followUpChain(db, data.followUpOfId)).includes(selfId)) {
      errors.push({
        field: "followUpOfId",
        code: "followUpCycle",
        message: "That project already follows up this one, directly or through others",
      });
    }
  }
  return { errors, region };
}

/** The projects that a project follows up, then those they follow up, and so on. */
async function followUpChain(db: DbOrTx, from: string): Promise<string[]> {
  const result = await rowsOf<{ id: string }>(
    db.execute(sql`
    with recursive chain(id, follow_up_of_id, depth) as (
      select id, follow_up_of_id, 0 from ${projects} where id = ${from}
      union all
      select p.id, p.follow_up_of_id, chain.depth + 1
      from ${projects} p join chain on p.id = chain.follow_up_of_id
      where chain.depth < 100
    )
    select id from chain`),
  );
  return result.rows.map((r) => r.id);
}
