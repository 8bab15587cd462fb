/**
 * The fund manager imports a CSV of monthly rates: a dry run lists every problem by line and what
 * would change; a real import writes all the rates or, when any line is wrong, none (one
 * transaction). Each rate written is versioned and audited like one set by hand.
 */
import { sql } from "drizzle-orm";
import { Invalid } from "../../../domain/errors";
import { formatRate, parseRateCsv, type RateImportResult } from "../../../domain/exchangeRates";
import type { Db } from "../../db/client";
import { currencyRates } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { recordAudits } from "../audit/recordAudit";
import { loadRates } from "./loadRates";

const WRITE_BATCH = 500;

export async function importCurrencyRates(
  db: Db,
  actor: Actor,
  input: { csv: string; dryRun: boolean },
  now: Date,
): Promise<RateImportResult> {
  authorize(actor, "editFundRules");
  const { rows, problems } = parseRateCsv(input.csv);
  if (problems.length > 0 && !input.dryRun) {
    throw new Invalid(
      problems.map((p) => ({
        field: `csv.${p.line}.${p.field}`,
        code: p.code,
        message: `Line ${p.line}: ${p.message}`,
        params: { ...p.params, line: p.line },
      })),
    );
  }
  return db.transaction(async (tx) => {
    const currencies = [...new Set(rows.map((row) => row.currency))];
    const existing = new Map(
      (await loadRates(tx, { currencies })).map((r) => [`${r.currency}/${r.month}`, r]),
    );
    let created = 0;
    let updated = 0;
    let unchanged = 0;
    const apply = problems.length === 0 && !input.dryRun;
    const changes: { row: (typeof rows)[number]; before: bigint | null }[] = [];
    for (const row of rows) {
      const before = existing.get(`${row.currency}/${row.month}`);
      if (before && before.rate === row.rate) {
        unchanged += 1;
        continue;
      }
      if (before) updated += 1;
      else created += 1;
      changes.push({ row, before: before?.rate ?? null });
    }
    // A few statements per batch, not two per rate: thousands of rates would otherwise hold the
    // embedded database (and its event loop) for minutes.
    for (let at = 0; apply && at < changes.length; at += WRITE_BATCH) {
      const batch = changes.slice(at, at + WRITE_BATCH);
      await tx
        .insert(currencyRates)
        .values(
          batch.map(({ row }) => ({
            currency: row.currency,
            month: row.month,
            rateE8: row.rate,
            updatedAt: now,
            updatedById: actor.id,
          })),
        )
        .onConflictDoUpdate({
          target: [currencyRates.currency, currencyRates.month],
          set: {
            rateE8: sql`excluded.rate_e8`,
            version: sql`${currencyRates.version} + 1`,
            updatedAt: now,
            updatedById: actor.id,
          },
        });
      await recordAudits(
        tx,
        batch.map(({ row, before }) => ({
          actorId: actor.id,
          entityType: "currencyRate",
          entityId: `${row.currency}/${row.month}`,
          action: before === null ? "create" : "update",
          before: before === null ? null : { rate: formatRate(before) },
          after: { rate: formatRate(row.rate), importedFromCsv: true },
          at: now,
        })),
      );
    }
    return { dryRun: input.dryRun, applied: apply, created, updated, unchanged, problems };
  });
}
