/** Replaces a project's lists (countries, shares, beneficiaries, tags) with those of the input. */
import { eq } from "drizzle-orm";
import type { ProjectData } from "../../../domain/project";
import { percentToHundredths } from "../../../domain/shares";
import type { DbOrTx } from "../../db/client";
import {
  projectActivityShares,
  projectAreaShares,
  projectBeneficiaries,
  projectCountries,
  projectMigof,
  projectStrategyPoints,
} from "../../db/schema";

const hundredths = (percent: number) => percentToHundredths(percent) ?? 0;

export async function writeProjectParts(db: DbOrTx, projectId: string, data: ProjectData, replace: boolean) {
  if (replace) {
    for (const table of [
      projectCountries,
      projectAreaShares,
      projectActivityShares,
      projectBeneficiaries,
      projectStrategyPoints,
      projectMigof,
    ]) {
      await db.delete(table).where(eq(table.projectId, projectId));
    }
  }
  if (data.countries.length > 0) {
    await db
      .insert(projectCountries)
      .values(data.countries.map((countryIso3) => ({ projectId, countryIso3 })));
  }
  if (data.areaShares.length > 0) {
    await db
      .insert(projectAreaShares)
      .values(
        data.areaShares.map((s) => ({ projectId, areaCode: s.code, shareHundredths: hundredths(s.percent) })),
      );
  }
  if (data.activityShares.length > 0) {
    await db.insert(projectActivityShares).values(
      data.activityShares.map((s) => ({
        projectId,
        activityCode: s.code,
        shareHundredths: hundredths(s.percent),
      })),
    );
  }
  if (data.beneficiaries.length > 0) {
    await db.insert(projectBeneficiaries).values(
      data.beneficiaries.map((b, sort) => ({
        projectId,
        typeCode: b.type,
        sex: b.sex,
        ageGroup: b.ageGroup,
        number: b.number,
        sort,
      })),
    );
  }
  if (data.strategyPoints.length > 0) {
    await db.insert(projectStrategyPoints).values(data.strategyPoints.map((point) => ({ projectId, point })));
  }
  if (data.migof.length > 0) {
    await db.insert(projectMigof).values(data.migof.map((migofCode) => ({ projectId, migofCode })));
  }
}
