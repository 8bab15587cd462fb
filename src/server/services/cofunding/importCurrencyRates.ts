/**
 * The fund manager imports a CSV of monthly rates: a dry run lists every problem by line and what
 * would change; a real import writes all the rates or, when any line is wrong, none (one
 * transaction). Each rate written is versioned and audited like one set by hand.
 */
import { and, eq, sql } from "drizzle-orm";
import { Invalid } from "../../../domain/errors";
import { formatRate, parseRateCsv, type RateImportResult } from "../../../domain/exchangeRates";
import type { Db } from "../../db/client";
import { currencyRates } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { recordAudit } from "../audit/recordAudit";
import { loadRates } from "./loadRates";

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
    const existing = new Map((await loadRates(tx)).map((r) => [`${r.currency}/${r.month}`, r]));
    let created = 0;
    let updated = 0;
    let unchanged = 0;
    const apply = problems.length === 0 && !input.dryRun;
    for (const row of rows) {
      const key = `${row.currency}/${row.month}`;
      const before = existing.get(key);
      if (before && before.rate === row.rate) {
        unchanged += 1;
        continue;
      }
      if (before) updated += 1;
      else created += 1;
      if (!apply) continue;
      if (before) {
        await tx
          .update(currencyRates)
          .set({
            rateE8: row.rate,
            version: sql`${currencyRates.version} + 1`,
            updatedAt: now,
            updatedById: actor.id,
          })
          .where(and(eq(currencyRates.currency, row.currency), eq(currencyRates.month, row.month)));
      } else {
        await tx.insert(currencyRates).values({
          currency: row.currency,
          month: row.month,
          rateE8: row.rate,
          updatedAt: now,
          updatedById: actor.id,
        });
      }
      await recordAudit(tx, {
        actorId: actor.id,
        entityType: "currencyRate",
        entityId: key,
        action: before ? "update" : "create",
        before: before ? { rate: formatRate(before.rate) } : null,
        after: { rate: formatRate(row.rate), importedFromCsv: true },
        at: now,
      });
    }
    return { dryRun: input.dryRun, applied: apply, created, updated, unchanged, problems };
  });
}
