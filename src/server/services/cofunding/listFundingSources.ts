/** A project's other funding sources with their USD values, for whoever may read the project. */
import { eq } from "drizzle-orm";
import { NotFound } from "../../../domain/errors";
import type { FundingSourceList } from "../../../domain/fundingSources";
import type { DbOrTx } from "../../db/client";
import { projects } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { can } from "../../policies/authorize";
import { presentFundingSourceList } from "../../presenters/fundingSource";
import { readableProject } from "../projects/readableProject";
import { loadFundingSources } from "./loadFundingSources";
import { loadRates } from "./loadRates";

export async function listFundingSources(
  db: DbOrTx,
  actor: Actor,
  projectId: string,
): Promise<FundingSourceList> {
  const scope = await readableProject(db, actor, projectId);
  const [budget] = await db
    .select({ requested: projects.requestedBudgetCents, approved: projects.approvedBudgetCents })
    .from(projects)
    .where(eq(projects.id, projectId));
  if (!budget) throw new NotFound("This project");
  const sources = await loadFundingSources(db, projectId);
  const rates = await loadRates(db, { currencies: [...new Set(sources.map((s) => s.currency))] });
  return presentFundingSourceList(sources, rates, budget, { edit: can(actor, "editFundingSources", scope) });
}
