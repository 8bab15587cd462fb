/** A project's other funding sources, by date then organisation. */
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { projectFundingSources } from "../../db/schema";

export type FundingSourceRow = typeof projectFundingSources.$inferSelect;

export async function loadFundingSources(db: DbOrTx, projectId: string): Promise<FundingSourceRow[]> {
  return db
    .select()
    .from(projectFundingSources)
    .where(eq(projectFundingSources.projectId, projectId))
    .orderBy(
      asc(projectFundingSources.sourceDate),
      asc(projectFundingSources.organisationName),
      asc(projectFundingSources.id),
    );
}
