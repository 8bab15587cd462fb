/**
 * An appeal's requirements against the funded projects, grouped by region, country or area of
 * work (the splits are explained in src/domain/appealComparison.ts). Requirements are the
 * published appeal; a user limited to one region sees that region's rows only, and the funded
 * figures count only the projects the user may read.
 */
import { type SQL, sql } from "drizzle-orm";
import {
  type AppealComparisonQuery,
  type AppealGrouping,
  type ComparisonRowKind,
  comparisonColumns,
  comparisonTableId,
  coveragePercent,
  FUNDED_STATUSES,
} from "../../../domain/appealComparison";
import type { FigureTable } from "../../../domain/figures";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/rows";
import { areasOfWork, regions } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { readScope } from "../../policies/readScope";
import { shareAmountSql } from "../sql/shareAmountsSql";

interface Cell {
  region: string | null;
  key: string | null;
  required: number;
  funded: number;
  projects: number;
}

/** Projects whose approved budget counts as funded, in the user's scope and the filters. */
function fundedProjects(user: Actor, query: AppealComparisonQuery): SQL {
  const conditions: SQL[] = [
    sql`p.status in (${sql.join(
      FUNDED_STATUSES.map((s) => sql`${s}`),
      sql`, `,
    )})`,
    sql`p.approved_budget_cents is not null`,
  ];
  const inScope = readScope(user).where(sql`p.region_code`);
  if (inScope) conditions.push(inScope);
  if (query.region) conditions.push(sql`p.region_code = ${query.region}`);
  if (query.fundingYear !== undefined) conditions.push(sql`p.funding_year = ${query.fundingYear}`);
  if (query.fundLine) conditions.push(sql`p.fund_line = ${query.fundLine}`);
  return sql`funded as (select p.id, p.region_code, p.approved_budget_cents as budget from projects p
    where ${sql.join(conditions, sql` and `)})`;
}

/** Funded cents (and projects) per group, each project split exactly (largest remainders, as domain shareAmounts). */
function fundedQuery(by: AppealGrouping, funded: SQL): SQL {
  if (by === "region") {
    return sql`with ${funded}
      select region_code as region, null as key, sum(budget)::bigint as amount, count(*)::int as projects
      from funded group by region_code`;
  }
  if (by === "country") {
    return sql`with ${funded}, parts as (
        select f.id, pc.country_iso3, f.budget,
          count(*) over (partition by f.id) as n,
          row_number() over (partition by f.id order by pc.country_iso3) as rank
        from funded f join project_countries pc on pc.project_id = f.id)
      select c.region_code as region, parts.country_iso3 as key,
        sum(budget / n + case when rank <= budget % n then 1 else 0 end)::bigint as amount,
        count(distinct parts.id)::int as projects
      from parts join countries c on c.iso3 = parts.country_iso3
      group by c.region_code, parts.country_iso3
      union all
      select f.region_code, null, sum(f.budget)::bigint, count(*)::int from funded f
      where not exists (select 1 from project_countries pc where pc.project_id = f.id)
      group by f.region_code`;
  }
  const share = { projectId: sql`f.id`, code: sql`s.area_code`, hundredths: sql`s.share_hundredths` };
  return sql`with ${funded}, parts as (
      select f.id, s.area_code, ${shareAmountSql(sql`f.budget`, share)} as amount
      from funded f join project_area_shares s on s.project_id = f.id)
    select null as region, area_code as key, sum(amount)::bigint as amount,
      count(distinct id)::int as projects
    from parts group by area_code
    union all
    select null, null, sum(f.budget)::bigint, count(*)::int from funded f
    where not exists (select 1 from project_area_shares s where s.project_id = f.id)
    having count(*) > 0`;
}

function requiredQuery(by: AppealGrouping, appealId: string, user: Actor, query: AppealComparisonQuery): SQL {
  const conditions: SQL[] = [sql`appeal_id = ${appealId}`];
  // A region-limited reader compares their region's requirements with their region's projects.
  const inScope = readScope(user).where(sql`region_code`);
  if (inScope) conditions.push(inScope);
  if (query.region) conditions.push(sql`region_code = ${query.region}`);
  const where = sql.join(conditions, sql` and `);
  const [region, key] =
    by === "region"
      ? [sql`region_code`, sql`null`]
      : by === "country"
        ? [sql`region_code`, sql`country_iso3`]
        : [sql`null`, sql`area_code`];
  return sql`select ${region} as region, ${key} as key, sum(amount_cents)::bigint as amount
    from appeal_requirements where ${where} group by 1, 2`;
}

type Amount = { region: string | null; key: string | null; amount: string | number; projects?: number };

export async function compareAppeal(
  db: DbOrTx,
  user: Actor,
  appealId: string,
  query: AppealComparisonQuery,
): Promise<FigureTable> {
  const by = query.by;
  const [required, funded, order] = await Promise.all([
    rowsOf<Amount>(db.execute(requiredQuery(by, appealId, user, query))),
    rowsOf<Amount>(db.execute(fundedQuery(by, fundedProjects(user, query)))),
    sortOrders(db),
  ]);
  const cells = new Map<string, Cell>();
  const cellOf = (region: string | null, key: string | null) => {
    const id = `${region}|${key}`;
    let cell = cells.get(id);
    if (!cell) {
      cell = { region, key, required: 0, funded: 0, projects: 0 };
      cells.set(id, cell);
    }
    return cell;
  };
  for (const row of required.rows) cellOf(row.region, row.key).required += Number(row.amount);
  for (const row of funded.rows) {
    const cell = cellOf(row.region, row.key);
    cell.funded += Number(row.amount);
    cell.projects += Number(row.projects ?? 0);
  }
  // Regions whose requirements have no country at all: the appeal gave no country breakdown.
  const regionsWithCountries = new Set(
    required.rows.filter((r) => by === "country" && r.key !== null).map((r) => r.region),
  );
  const kindOf = (cell: Cell): ComparisonRowKind => {
    if (by === "region") return cell.region === null ? "multiRegional" : "group";
    if (by === "area") return cell.key === null ? "notBrokenDown" : "group";
    if (cell.region === null) return "multiRegional";
    if (cell.key !== null) return "group";
    return regionsWithCountries.has(cell.region) ? "regionalProgrammes" : "regionWide";
  };
  const sorted = [...cells.values()].sort((a, b) => {
    const rank = (cell: Cell) =>
      by === "area" ? (order.areas.get(cell.key ?? "") ?? 99) : (order.regions.get(cell.region ?? "") ?? 99);
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    if ((a.key === null) !== (b.key === null)) return a.key === null ? 1 : -1;
    return b.required - a.required || b.funded - a.funded || String(a.key).localeCompare(String(b.key));
  });
  const rows: FigureTable["rows"] = sorted.map((cell) => ({
    row: kindOf(cell),
    ...(by === "area" ? { area: cell.key } : { region: cell.region }),
    ...(by === "country" ? { country: cell.key } : {}),
    required: cell.required,
    funded: cell.funded,
    coverage: coveragePercent(cell.funded, cell.required),
    projects: cell.projects,
  }));
  const total = sorted.reduce(
    (sum, cell) => ({ required: sum.required + cell.required, funded: sum.funded + cell.funded }),
    {
      required: 0,
      funded: 0,
    },
  );
  rows.push({
    row: "total",
    ...(by === "area" ? { area: null } : { region: null }),
    ...(by === "country" ? { country: null } : {}),
    required: total.required,
    funded: total.funded,
    coverage: coveragePercent(total.funded, total.required),
    projects: (await countFunded(db, user, query)) ?? 0,
  });
  return { id: comparisonTableId(by), columns: comparisonColumns(by), rows };
}

async function countFunded(db: DbOrTx, user: Actor, query: AppealComparisonQuery): Promise<number> {
  const result = await rowsOf<{ n: number }>(
    db.execute(sql`with ${fundedProjects(user, query)} select count(*)::int as n from funded`),
  );
  return Number(result.rows[0]?.n ?? 0);
}

async function sortOrders(db: DbOrTx) {
  const [regionRows, areaRows] = await Promise.all([
    db.select({ code: regions.code, sort: regions.sort }).from(regions),
    db.select({ code: areasOfWork.code, sort: areasOfWork.sort }).from(areasOfWork),
  ]);
  return {
    regions: new Map(regionRows.map((r) => [r.code, r.sort])),
    areas: new Map(areaRows.map((a) => [a.code, a.sort])),
  };
}
