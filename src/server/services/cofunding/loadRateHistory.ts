/**
 * A rate's history: every change of one currency's rate for one month, newest first, as the
 * audit trail recorded it when it was set on the page or imported from a CSV. The rate's own row
 * holds only the current value; the audit trail is append-only (migration 0001), so this history
 * cannot be rewritten. A rate written without an audit entry (the demo's, or a script's) still has
 * its row: the history then starts with it as recorded, who and when as the row says.
 */
import { and, desc, eq } from "drizzle-orm";
import { formatRate, type RateChange } from "../../../domain/exchangeRates";
import type { DbOrTx } from "../../db/client";
import { auditEvents, users } from "../../db/schema";
import { loadRates } from "./loadRates";

const rateOf = (value: unknown): string | null => {
  const rate = (value as { rate?: unknown } | null)?.rate;
  return typeof rate === "string" ? rate : null;
};

export async function loadRateHistory(db: DbOrTx, currency: string, month: string): Promise<RateChange[]> {
  const rows = await db
    .select({
      at: auditEvents.at,
      before: auditEvents.before,
      after: auditEvents.after,
      userId: users.id,
      userName: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.entityType, "currencyRate"), eq(auditEvents.entityId, `${currency}/${month}`)))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id));
  const changes: RateChange[] = rows.map((row) => ({
    at: row.at.toISOString(),
    by: row.userId && row.userName !== null ? { id: row.userId, name: row.userName } : null,
    before: rateOf(row.before),
    after: rateOf(row.after),
    how: (row.after as { importedFromCsv?: boolean } | null)?.importedFromCsv ? "imported" : "set",
  }));
  const [current] = await loadRates(db, { currencies: [currency], month });
  if (current && changes[0]?.after !== formatRate(current.rate)) {
    changes.unshift({
      at: current.updatedAt.toISOString(),
      by: current.updatedBy,
      before: changes[0]?.after ?? null,
      after: formatRate(current.rate),
      how: "recorded",
    });
  }
  return changes;
}
