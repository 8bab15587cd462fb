/**
 * Imports an appeal's funding requirements from its text (seed 001's tables): one transaction,
 * and a second import of the same code replaces that appeal's requirements, so importing twice
 * gives the same figures. A text with an unreadable line writes nothing.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { eq, sql } from "drizzle-orm";
import { type AppealIssue, type AppealReference, parseAppealText } from "../../../domain/appeal";
import type { DbOrTx } from "../../db/client";
import { appealRequirements, appeals, areasOfWork, countries, regions } from "../../db/schema";
import { inBatches } from "../../db/seed/batches";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { recordAudit } from "../audit/recordAudit";

export interface ImportAppealInput {
  text: string;
  code: string;
  title: string;
  year: number;
  actorId: string | null;
  now: Date;
}

export interface AppealImportSummary {
  appealId: string;
  code: string;
  /** Regions read from a country table, and those taken from the overview only. */
  tables: string[];
  overviewOnly: string[];
  rows: number;
  /** Requirements the import replaced (0 on a first import). */
  replacedRows: number;
  totalCents: number;
  overviewTotalCents: number | null;
  warnings: AppealIssue[];
}

export type AppealImportResult =
  | ({ ok: true } & AppealImportSummary)
  | { ok: false; errors: AppealIssue[]; warnings: AppealIssue[] };

export async function loadAppealReference(db: DbOrTx): Promise<AppealReference> {
  const [regionRows, areaRows, countryRows] = await Promise.all([
    db.select({ code: regions.code, nameEn: regions.nameEn }).from(regions),
    db.select({ code: areasOfWork.code, nameEn: areasOfWork.nameEn }).from(areasOfWork),
    db
      .select({ iso3: countries.iso3, nameEn: countries.nameEn, regionCode: countries.regionCode })
      .from(countries),
  ]);
  return { regions: regionRows, areas: areaRows, countries: countryRows };
}

/** A signed-in user imports an appeal (the command line and the demo seed call importAppeal). */
export async function importAppealAs(
  db: DbOrTx,
  actor: Actor,
  input: Omit<ImportAppealInput, "actorId">,
): Promise<AppealImportResult> {
  authorize(actor, "importAppeal");
  return importAppeal(db, { ...input, actorId: actor.id });
}

export async function importAppeal(db: DbOrTx, input: ImportAppealInput): Promise<AppealImportResult> {
  const parsed = parseAppealText(input.text, await loadAppealReference(db));
  if (parsed.errors.length > 0) return { ok: false, errors: parsed.errors, warnings: parsed.warnings };
  const sourceSha256 = createHash("sha256").update(input.text).digest("hex");
  return db.transaction(async (tx) => {
    const [appeal] = await tx
      .insert(appeals)
      .values({
        code: input.code,
        title: input.title,
        year: input.year,
        sourceSha256,
        importedById: input.actorId,
        importedAt: input.now,
      })
      .onConflictDoUpdate({
        target: appeals.code,
        set: {
          title: input.title,
          year: input.year,
          sourceSha256,
          importedById: input.actorId,
          importedAt: input.now,
        },
      })
      .returning({ id: appeals.id });
    if (!appeal) throw new Error("The appeal was not stored");
    const [before] = await tx
      .select({
        rows: sql<number>`count(*)::int`,
        totalCents: sql<string>`coalesce(sum(${appealRequirements.amountCents}), 0)::text`,
      })
      .from(appealRequirements)
      .where(eq(appealRequirements.appealId, appeal.id));
    await tx.delete(appealRequirements).where(eq(appealRequirements.appealId, appeal.id));
    await inBatches(parsed.requirements, (batch) =>
      tx.insert(appealRequirements).values(batch.map((r) => ({ appealId: appeal.id, ...r }))),
    );
    const summary: AppealImportSummary = {
      appealId: appeal.id,
      code: input.code,
      tables: parsed.tables,
      overviewOnly: parsed.overviewOnly,
      rows: parsed.requirements.length,
      replacedRows: before?.rows ?? 0,
      totalCents: parsed.totalCents,
      overviewTotalCents: parsed.overviewTotalCents,
      warnings: parsed.warnings,
    };
    await recordAudit(tx, {
      actorId: input.actorId,
      entityType: "appeal",
      entityId: appeal.id,
      action: "import",
      before: before?.rows ? { rows: before.rows, totalCents: Number(before.totalCents) } : null,
      after: {
        code: input.code,
        title: input.title,
        year: input.year,
        sourceSha256,
        rows: summary.rows,
        totalCents: summary.totalCents,
        warnings: parsed.warnings.length,
      },
      at: input.now,
    });
    return { ok: true as const, ...summary };
  });
}

/** Seed 001's 2016 funding requirements, kept verbatim in the repository. */
export const APPEAL_2016_FILE = fileURLToPath(
  new URL("../../db/seed/reference/appeal-2016.txt", import.meta.url),
);

/** Imports the 2016 appeal from the text in the repository (the demo database has it). */
export async function importAppeal2016(
  db: DbOrTx,
  actorId: string | null,
  now: Date,
): Promise<AppealImportResult> {
  const text = await readFile(APPEAL_2016_FILE, "utf8");
  return importAppeal(db, {
    text,
    code: "2016",
    title: "Migration Initiatives 2016: funding requirements",
    year: 2016,
    actorId,
    now,
  });
}
