/**
 * IATI `participating-org` elements with role 1 (Funding) for a project's other funding sources
 * (issue 15 §5): the organisation's name, its OrganisationType code and, when known, its IATI
 * organisation identifier as @ref. One per organisation, in the order of the project page.
 */
import { asc, inArray } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { projectFundingSources } from "../db/schema";
import { escapeXml } from "./xml";

/** The funding organisations' elements per project id (projects with none are absent). */
export async function fundingOrgsXml(db: DbOrTx, projectIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (projectIds.length === 0) return out;
  const rows = await db
    .select({
      projectId: projectFundingSources.projectId,
      name: projectFundingSources.organisationName,
      type: projectFundingSources.organisationType,
      ref: projectFundingSources.organisationRef,
    })
    .from(projectFundingSources)
    .where(inArray(projectFundingSources.projectId, projectIds))
    .orderBy(asc(projectFundingSources.sourceDate), asc(projectFundingSources.organisationName));
  const seen = new Set<string>();
  for (const row of rows) {
    // A donor with several sources (a pledge, then a second tranche) is one participating org.
    const key = `${row.projectId}\u0000${row.name}\u0000${row.ref ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const ref = row.ref ? ` ref="${escapeXml(row.ref)}"` : "";
    const element = `<participating-org${ref} type="${escapeXml(row.type)}" role="1"><narrative>${escapeXml(row.name)}</narrative></participating-org>`;
    out.set(row.projectId, [...(out.get(row.projectId) ?? []), element]);
  }
  return out;
}
