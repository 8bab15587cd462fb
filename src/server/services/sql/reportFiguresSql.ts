/**
 * Which reports the figures read: each project's latest accepted narrative report (its
 * beneficiaries reached are the project's figures to date — domain currentReport: the latest
 * period end; between two, the one decided last), and its latest accepted financial report (its
 * expenditure is what the project has spent to date).
 */
import { type SQL, sql } from "drizzle-orm";

/** Rows (id, project_id): the latest accepted narrative report of each project of `projects` (alias p, column id). */
export function latestAcceptedNarrativeReports(projects: SQL): SQL {
  return sql`select distinct on (r.project_id) r.id, r.project_id
    from reports r join ${projects} on p.id = r.project_id
    where r.kind = 'narrative' and r.status = 'accepted'
    order by r.project_id, r.period_end desc, r.decided_at desc nulls last, r.id`;
}

/**
 * Rows (id, project_id): the latest accepted financial report of each project of `projects`
 * (alias p, column id): the latest period end, and of one period the final report rather than an
 * interim one. The same order as reports/latestAcceptedFinancialReports.ts, which the spending
 * views read; the rollup property test holds the two together.
 */
export function latestAcceptedFinancialReportsSql(projects: SQL): SQL {
  return sql`select distinct on (r.project_id) r.id, r.project_id
    from reports r join ${projects} on p.id = r.project_id
    where r.kind = 'financial' and r.status = 'accepted'
    order by r.project_id, r.period_end desc, (r.stage = 'final') desc, r.id`;
}
