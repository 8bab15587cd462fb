/**
 * Which reports the figures read: each project's latest accepted narrative report (its
 * beneficiaries reached are the project's figures to date — domain currentReport: the latest
 * period end; between two, the one decided last).
 */
import { type SQL, sql } from "drizzle-orm";

/** Rows (id, project_id): the latest accepted narrative report of each project of `projects` (alias p, column id). */
export function latestAcceptedNarrativeReports(projects: SQL): SQL {
  return sql`select distinct on (r.project_id) r.id, r.project_id
    from reports r join ${projects} on p.id = r.project_id
    where r.kind = 'narrative' and r.status = 'accepted'
    order by r.project_id, r.period_end desc, r.decided_at desc nulls last, r.id`;
}
