/** Reads what the fund rules engine needs about a project and its funding year. */
import { eq, inArray } from "drizzle-orm";
import type { FundYearParameters, ProposalFacts } from "../../../domain/fundRules";
import { isFunded } from "../../../domain/fundRules";
import type { DbOrTx } from "../../db/client";
import { countries, fundCountryStatus, fundYearRules, projects } from "../../db/schema";
import type { ProjectRecord } from "../projects/loadProject";

export async function loadFundYearParameters(db: DbOrTx, fundingYear: number): Promise<FundYearParameters> {
  const [rules] = await db.select().from(fundYearRules).where(eq(fundYearRules.fundingYear, fundingYear));
  // Every funding year gets its rules when reference data is seeded; a missing row is a broken install.
  if (!rules) throw new Error(`No fund rules for funding year ${fundingYear}`);
  const restricted = await db
    .select({ country: fundCountryStatus.countryIso3, status: fundCountryStatus.status })
    .from(fundCountryStatus)
    .where(eq(fundCountryStatus.fundingYear, fundingYear));
  return {
    fundingYear,
    line2NationalCeilingCents: rules.line2NationalCeilingCents,
    line2RegionalCeilingCents: rules.line2RegionalCeilingCents,
    inArrears: restricted.filter((r) => r.status === "inArrears").map((r) => r.country),
    notEligible: restricted.filter((r) => r.status === "notEligible").map((r) => r.country),
  };
}

const sum = (shares: readonly { shareHundredths: number }[]) =>
  shares.reduce((total, s) => total + s.shareHundredths, 0);

export async function loadProposalFacts(db: DbOrTx, record: ProjectRecord): Promise<ProposalFacts> {
  const { row } = record;
  const names =
    record.countries.length === 0
      ? []
      : await db
          .select({ iso3: countries.iso3, name: countries.nameEn })
          .from(countries)
          .where(inArray(countries.iso3, record.countries));
  const [followed] = row.followUpOfId
    ? await db
        .select({ code: projects.code, fundLine: projects.fundLine, status: projects.status })
        .from(projects)
        .where(eq(projects.id, row.followUpOfId))
    : [];
  return {
    type: row.type,
    countries: record.countries,
    countryNames: Object.fromEntries(names.map((n) => [n.iso3, n.name])),
    fundingYear: row.fundingYear,
    fundLine: row.fundLine,
    requestedBudgetCents: row.requestedBudgetCents,
    objective: row.objective,
    areaShareTotal: sum(record.areaShares),
    areaShareCount: record.areaShares.length,
    activityShareTotal: sum(record.activityShares),
    activityShareCount: record.activityShares.length,
    beneficiaryGroups: record.beneficiaries.length,
    plannedStart: row.plannedStart,
    plannedEnd: row.plannedEnd,
    followUpOf: followed
      ? { code: followed.code, fundLine: followed.fundLine, funded: isFunded(followed.status) }
      : null,
  };
}
