/** The imported appeals, oldest year first, with how many requirements each holds and their sum. */
import { asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { appealRequirements, appeals } from "../../db/schema";

export function listAppeals(db: DbOrTx) {
  return db
    .select({
      code: appeals.code,
      title: appeals.title,
      year: appeals.year,
      currency: appeals.currency,
      importedAt: appeals.importedAt,
      requirements: sql<number>`count(${appealRequirements.id})::int`,
      totalCents: sql<string>`coalesce(sum(${appealRequirements.amountCents}), 0)::text`,
    })
    .from(appeals)
    .leftJoin(appealRequirements, eq(appealRequirements.appealId, appeals.id))
    .groupBy(appeals.id)
    .orderBy(asc(appeals.year), asc(appeals.code));
}

export type AppealRow = Awaited<ReturnType<typeof listAppeals>>[number];
