/**
 * The project search engine: ranked projects within the user's read scope, with the matched words
 * marked in the title and a summary snippet, and facet counts (see domain/search.ts).
 *
 * Everything is read from project_search, one row per project kept by triggers (migration 0007),
 * so that finding and counting over 100,000 projects reads one table through its GIN indexes; the
 * projects themselves are read for the one page shown.
 */
import { and, sql } from "drizzle-orm";
import type { HighlightPart } from "../../../../domain/knowledge";
import type { ProjectStatus } from "../../../../domain/lifecycle";
import { SEARCH_FACETS, type SearchItem, type SearchPage, type SearchQuery } from "../../../../domain/search";
import { cachedAnswer } from "../../../cache/portfolioCache";
import type { DbOrTx } from "../../../db/client";
import { rowsOf } from "../../../db/rows";
import type { Actor } from "../../../policies/actor";
import { type ReadScope, readScope } from "../../../policies/readScope";
import { splitHighlights } from "../../knowledge/searchKnowledge";
import { countFacets, facetConditions } from "./facets";
import { approximateMatching, indexedMatching, matchText, type TextMatch } from "./matching";
import { pageOfResults } from "./ranking";

const START = "\u0002";
const STOP = "\u0003";
const TITLE_OPTIONS = `StartSel="${START}", StopSel="${STOP}", HighlightAll=true`;
const SNIPPET_OPTIONS = `StartSel="${START}", StopSel="${STOP}", MaxWords=30, MinWords=15, ShortWord=2`;
/** Without words to mark, a summary is cut after this many words. */
const EXCERPT_WORDS = 30;

interface Row {
  id: string;
  code: string;
  title: string;
  body: string;
  status: ProjectStatus;
  region_code: string | null;
  countries: string[];
  funding_year: number;
  fund_line: string;
  exact: boolean;
  title_headline: string | null;
  summary_headline: string | null;
}

function excerpt(text: string): HighlightPart[] {
  const words = text.split(/\s+/).filter(Boolean);
  const cut = words.length > EXCERPT_WORDS + 5 ? `${words.slice(0, EXCERPT_WORDS).join(" ")} …` : text;
  return cut ? [{ text: cut, match: false }] : [];
}

/** The marked passage, with "…" where it cuts the text short. */
function snippet(body: string, headline: string | null): HighlightPart[] {
  if (headline === null) return excerpt(body);
  const parts = splitHighlights(headline);
  if (!parts.some((part) => part.match)) return excerpt(body);
  const plain = parts.map((part) => part.text).join("");
  const at = body.indexOf(plain);
  if (at > 0) parts.unshift({ text: "… ", match: false });
  if (at >= 0 && at + plain.length < body.length) parts.push({ text: " …", match: false });
  return parts;
}

type SharedItem = Omit<SearchItem, "bookmarked">;

/**
 * Answers are kept (cache/portfolioCache.ts) for everyone with the same read scope: the page of results
 * by the words, choices, sort and page, and the facet counts by the words and choices alone, so
 * that paging or sorting reuses the counts. Bookmarks are looked up per user.
 */
export async function searchProjects(db: DbOrTx, user: Actor, query: SearchQuery): Promise<SearchPage> {
  const scope = readScope(user);
  const searched = JSON.stringify({
    scope: scope.key,
    q: query.q ?? "",
    filters: SEARCH_FACETS.map((f) => query[f] ?? []),
  });
  const shown = JSON.stringify({
    searched,
    sort: query.sort ?? null,
    page: query.page,
    size: query.pageSize,
  });
  const [items, counted] = await Promise.all([
    cachedAnswer(db, `search page ${shown}`, () => findPage(db, scope, query)),
    cachedAnswer(db, `search facets ${searched}`, () => findFacets(db, scope, query)),
  ]);
  const bookmarked = await bookmarkedAmong(
    db,
    user.id,
    items.map((item) => item.id),
  );
  return {
    items: items.map((item) => ({ ...item, bookmarked: bookmarked.has(item.id) })),
    total: counted.total,
    page: query.page,
    pageSize: query.pageSize,
    facets: counted.facets,
  };
}

async function bookmarkedAmong(db: DbOrTx, userId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const result = await rowsOf<{ project_id: string }>(
    db.execute(sql`select project_id from bookmarks
    where user_id = ${userId} and project_id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`),
  );
  return new Set(result.rows.map((row) => row.project_id));
}

/** The rows the words find within the read scope (over project_search as s), before facet choices. */
async function findRows(db: DbOrTx, scope: ReadScope, q: string | undefined) {
  const text = await matchText(db, q);
  const scoped = [scope.where(sql`s.region_code`), text?.where];
  return { text, found: and(...scoped) ?? sql`true` };
}

/**
 * Runs the statements of a search for words in their own transaction, with the planner held to
 * the indexes and matching by spelling on when the words need it. Without words, as they are.
 */
function matching<T>(db: DbOrTx, text: TextMatch | null, run: (db: DbOrTx) => Promise<T>): Promise<T> {
  if (!text) return run(db);
  return db.transaction(async (tx) => {
    await indexedMatching(tx);
    if (text.approximate) await approximateMatching(tx);
    return run(tx);
  });
}

async function findFacets(db: DbOrTx, scope: ReadScope, query: SearchQuery) {
  const { text, found } = await findRows(db, scope, query.q);
  return matching(db, text, (run) => countFacets(run, found, query));
}

async function findPage(db: DbOrTx, scope: ReadScope, query: SearchQuery): Promise<SharedItem[]> {
  const { text, found } = await findRows(db, scope, query.q);
  const chosen = and(found, ...facetConditions(query)) ?? sql`true`;

  const sort = query.sort ?? (text ? "relevance" : "code");
  const top = pageOfResults({ q: query.q, text, chosen, sort, page: query.page, pageSize: query.pageSize });
  // Marked only for the page's rows: ts_headline parses the text again.
  const headlines = text
    ? sql`ts_headline('prima_search', translate(page.title, ${START + STOP}, ''), ${text.highlighting}, ${TITLE_OPTIONS}) as title_headline,
        ts_headline('prima_search', translate(page.body, ${START + STOP}, ''), ${text.highlighting}, ${SNIPPET_OPTIONS}) as summary_headline`
    : sql`null as title_headline, null as summary_headline`;
  // The page is chosen in project_search alone; the projects are read for its rows only.
  const pageQuery = sql`
    select page.*, ${headlines}
    from (
      select p.id, p.code, p.title, p.status,
        concat_ws(E'\n', nullif(p.summary, ''), nullif(p.objective, ''), (
          select string_agg(nullif(btrim(r.lessons_learned || ' ' || r.good_practices), ''), E'\n') from reports r
          where r.project_id = p.id and r.kind = 'narrative' and r.stage = 'final' and r.status = 'accepted'
        )) as body, p.region_code, top.countries, p.funding_year,
        p.fund_line, top.exact, top.position
      from (${top}) as top
      join projects p on p.id = top.project_id
    ) as page
    order by page.position
  `;
  const rows = await matching(db, text, (run) => rowsOf<Row>(run.execute(pageQuery)));
  return rows.rows.map((row) => ({
    id: row.id,
    code: row.code,
    title: row.title,
    titleHighlights:
      row.title_headline === null ? [{ text: row.title, match: false }] : splitHighlights(row.title_headline),
    snippet: snippet(row.body, row.summary_headline),
    status: row.status,
    region: row.region_code,
    countries: row.countries,
    fundingYear: row.funding_year,
    fundLine: row.fund_line,
    approximate: !row.exact,
  }));
}
