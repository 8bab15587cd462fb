/** The fund's spending threshold (domain/spending.ts), as everyone reads it. */
import { eq } from "drizzle-orm";
import { DEFAULT_SPENDING_THRESHOLD_PERCENT } from "../../../domain/spending";
import type { DbOrTx } from "../../db/client";
import { fundSpendingSettings, users } from "../../db/schema";
export interface SpendingThresholdRecord {
  thresholdPercent: number;
  version: number;
  updatedAt: Date | null;
  updatedBy: { id: string; name: string } | null;
}

export async function loadSpendingThreshold(db: DbOrTx): Promise<SpendingThresholdRecord> {
  const [row] = await db
    .select({
      thresholdPercent: fundSpendingSettings.thresholdPercent,
      version: fundSpendingSettings.version,
      updatedAt: fundSpendingSettings.updatedAt,
      updatedById: users.id,
      updatedByName: users.name,
    })
    .from(fundSpendingSettings)
    .leftJoin(users, eq(users.id, fundSpendingSettings.updatedById))
    .where(eq(fundSpendingSettings.id, 1));
  // The migration creates the row; the default keeps a database restored without it readable.
  if (!row)
    return {
      thresholdPercent: DEFAULT_SPENDING_THRESHOLD_PERCENT,
      version: 1,
      updatedAt: null,
      updatedBy: null,
    };
  return {
    thresholdPercent: row.thresholdPercent,
    version: row.version,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedById ? { id: row.updatedById, name: row.updatedByName ?? "" } : null,
  };
}
