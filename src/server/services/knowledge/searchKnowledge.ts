/**
 * Searches the knowledge base: the lessons learned and good practices of accepted final narrative
 * reports (one item per field that says something), in the projects the user may read.
 *
 * Full-text search in the 'simple' configuration, so that it behaves the same on PGlite and
 * PostgreSQL and in every language (no stemming, no stop words): the user's words as a web search
 * (quotes, "or", -word), the last word also as a prefix so that results come while typing. The
 * user's text only ever reaches SQL as a parameter. Snippets come from ts_headline with control
 * characters as markers; presenters/knowledge.ts splits them into parts the web app renders
 * without HTML.
 */
import { and, type SQL, sql } from "drizzle-orm";
import type { HighlightPart, KnowledgeKind, KnowledgeQuery } from "../../../domain/knowledge";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/rows";
import { projectAreaShares, projects, reports } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { readScope } from "../../policies/readScope";

const START = "\u0002";
const STOP = "\u0003";
/** One passage around the best match; a lesson of a few sentences shows whole. */
const HEADLINE_OPTIONS = `StartSel="${START}", StopSel="${STOP}", MaxWords=80, MinWords=60`;

/**
 * The search text as a web search plus, when it ends with a plain word (not quoted, not negated,
 * not the operator "or"), that word as a prefix. Null when there is nothing to search for.
 */
export function searchTerms(q: string | undefined): { words: string; prefix: string | null } | null {
  const text = q?.trim() ?? "";
  if (!/[\p{L}\p{N}]/u.test(text)) return null;
  const last = /(^|[^\p{L}\p{N}])([\p{L}\p{N}]+)$/u.exec(text);
  const quoted = (text.match(/"/g)?.length ?? 0) % 2 === 1;
  const word = last?.[2];
  if (!last || !word || quoted || last[1] === "-" || word.toLowerCase() === "or") {
    return { words: text, prefix: null };
  }
  return { words: text.slice(0, text.length - word.length), prefix: word };
}

/** ts_headline's marked text as parts; neighbouring matches ("labour mobility") become one. */
export function splitHighlights(headline: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  const push = (text: string, match: boolean) => {
    if (text === "") return;
    const previous = parts.at(-1);
    const beforePrevious = parts.at(-2);
    if (previous && previous.match === match) previous.text += text;
    else if (match && previous && beforePrevious?.match && previous.text.trim() === "") {
      parts.pop();
      beforePrevious.text += previous.text + text;
    } else parts.push({ text, match });
  };
  const [head = "", ...marked] = headline.split(START);
  push(head.replaceAll(STOP, ""), false);
  for (const segment of marked) {
    const [match = "", ...rest] = segment.split(STOP);
    push(match, true);
    push(rest.join(""), false);
  }
  return parts;
}

/** One item found: a field of an accepted report, with ts_headline's marked passage when searched. */
export interface KnowledgeRecord {
  reportId: string;
  project: { id: string; code: string; title: string; region: string | null; areas: string[] };
  kind: KnowledgeKind;
  text: string;
  headline: string | null;
  acceptedAt: Date;
}

interface Row {
  report_id: string;
  kind: KnowledgeKind;
  body: string;
  accepted_at: Date | string;
  project_id: string;
  code: string;
  title: string;
  region_code: string | null;
  areas: string[];
  headline: string | null;
}

export async function searchKnowledge(
  db: DbOrTx,
  user: Actor,
  query: KnowledgeQuery,
): Promise<{ items: KnowledgeRecord[]; total: number }> {
  const terms = searchTerms(query.q);
  const tsquery = terms
    ? terms.prefix
      ? sql`(websearch_to_tsquery('simple', ${terms.words}) && to_tsquery('simple', ${`${terms.prefix}:*`}))`
      : sql`websearch_to_tsquery('simple', ${terms.words})`
    : null;
  // One item per non-empty field of an accepted final narrative report.
  const items = sql`(
    select ${reports.id} as report_id, ${reports.projectId} as project_id, ${reports.decidedAt} as accepted_at,
      field.kind, field.body
    from ${reports}
    cross join lateral (values ('lesson', ${reports.lessonsLearned}), ('goodPractice', ${reports.goodPractices}))
      as field(kind, body)
    where ${reports.kind} = 'narrative' and ${reports.stage} = 'final' and ${reports.status} = 'accepted'
      and btrim(field.body) <> ''
  ) as item`;
  const conditions: (SQL | undefined)[] = [readScope(user).where(projects.regionCode)];
  if (query.region) conditions.push(sql`${projects.regionCode} = ${query.region}`);
  if (query.area) {
    conditions.push(
      sql`exists (select 1 from ${projectAreaShares} where ${projectAreaShares.projectId} = ${projects.id} and ${projectAreaShares.areaCode} = ${query.area})`,
    );
  }
  if (query.kind) conditions.push(sql`item.kind = ${query.kind}`);
  if (tsquery) conditions.push(sql`to_tsvector('simple', item.body) @@ ${tsquery}`);
  const where = and(...conditions) ?? sql`true`;
  const from = sql`from ${items} join ${projects} on ${projects.id} = item.project_id where ${where}`;
  // A report's lesson before its good practice ("lesson" > "goodPractice").
  const newest = sql`item.accepted_at desc, item.report_id, item.kind desc`;
  const order = tsquery ? sql`ts_rank(to_tsvector('simple', item.body), ${tsquery}) desc, ${newest}` : newest;
  const headline = tsquery
    ? sql`ts_headline('simple', translate(item.body, ${START + STOP}, ''), ${tsquery}, ${HEADLINE_OPTIONS})`
    : sql`null`;
  const page = await rowsOf<Row>(
    db.execute(sql`
    select item.report_id, item.kind, item.body, item.accepted_at, ${projects.id} as project_id,
      ${projects.code} as code, ${projects.title} as title, ${projects.regionCode} as region_code,
      coalesce((select array_agg(${projectAreaShares.areaCode} order by ${projectAreaShares.shareHundredths} desc, ${projectAreaShares.areaCode})
        from ${projectAreaShares} where ${projectAreaShares.projectId} = ${projects.id}), '{}') as areas,
      ${headline} as headline
    ${from} order by ${order} limit ${query.limit} offset ${query.offset}`),
  );
  const counted = await rowsOf<{ total: string | number }>(db.execute(sql`select count(*) as total ${from}`));
  return {
    items: page.rows.map((row) => ({
      reportId: row.report_id,
      project: {
        id: row.project_id,
        code: row.code,
        title: row.title,
        region: row.region_code,
        areas: row.areas,
      },
      kind: row.kind,
      text: row.body,
      headline: row.headline,
      acceptedAt: new Date(row.accepted_at),
    })),
    total: Number(counted.rows[0]?.total ?? 0),
  };
}
