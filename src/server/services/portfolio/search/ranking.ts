/**
 * The order of a search's results and the one page of it to show, chosen in project_search alone.
 *
 * Ranking by relevance is bounded, so that a word found in most of 100,000 projects ("migration",
 * the prefix "mi") costs the same as a rare one: ts_rank must decompress each document it ranks,
 * and ranking every match cost more than everything else in the search together. Three stages:
 * 1. the first CANDIDATES matches in a cheap order that reads no document: exact matches, then
 *    closest spellings, then as many of the words in the code or title as possible, then the most
 *    recently updated (project id last, so the order is total and repeatable);
 * 2. those candidates by ts_rank (term weights), of which the best few hundred
 * 3. are ranked again by ts_rank_cd, which also rewards words close together ("labour mobility")
 *    but costs three times as much.
 *
 * What is given up: for words found in more than CANDIDATES projects, the results shown first come
 * from the CANDIDATES best by the cheap order, not from all of them. A project with the words
 * only in its summary, countries or lessons, updated long ago, may then rank below candidates it
 * would have beaten; results after the candidates follow the cheap order. A search that narrows
 * the results (more words, a facet choice) ranks all of them again.
 */
import { type SQL, sql } from "drizzle-orm";
import type { TextMatch } from "./matching";

/** Ranking weights of the document's parts {D, C, B, A}: lessons, countries, summary, code and title. */
const WEIGHTS = "{0.1, 0.2, 0.4, 1.0}";
/** Matches ranked by ts_rank (measured at 100,000 projects: see bench/README.md, "Search"). */
export const CANDIDATES = 2000;
/** Best ranked matches ranked again by cover density. */
const RERANK_WINDOW = 200;

export type SearchSort = "relevance" | "recent" | "code";

/** The words of the text, as they could appear in a code or title (operators and negated words aside). */
function titleWords(q: string): string[] {
  const words: string[] = [];
  for (const match of q.matchAll(/(^|[^\p{L}\p{N}])([\p{L}\p{N}]+)/gu)) {
    const [, before, word] = match;
    if (!word || before === "-" || word.toLowerCase() === "or") continue;
    words.push(word);
  }
  return [...new Set(words)].slice(0, 8);
}

/**
 * The page's rows of project_search (project_id, countries, code_title, updated_at, exact,
 * similarity, and their position on the page), in the order the sort asks, among the rows `chosen`
 * finds. Every order ends with the project id, so that pages never overlap.
 */
export function pageOfResults(options: {
  q: string | undefined;
  text: TextMatch | null;
  chosen: SQL;
  sort: SearchSort;
  page: number;
  pageSize: number;
}): SQL {
  const { q, text, chosen, sort, pageSize } = options;
  const offset = (options.page - 1) * pageSize;
  const columns = sql`s.project_id, s.countries, s.code_title, s.updated_at,
    ${text ? text.exact : sql`true`} as exact, ${text ? text.similarity : sql`0::real`} as similarity`;
  // Numbered after the page is cut: numbering every match would sort them all.
  const page = (rows: SQL, order: string) =>
    sql`select p.project_id, p.countries, p.code_title, p.updated_at, p.exact, p.similarity,
        row_number() over (order by ${sql.raw(order)}) as position
      from (${rows} order by ${sql.raw(order)} limit ${pageSize} offset ${offset}) as p`;
  if (sort !== "relevance" || !text) {
    const order = sort === "recent" ? "updated_at desc, code_title, project_id" : "code_title, project_id";
    return page(sql`select ${columns} from project_search s where ${chosen}`, order);
  }
  const words = titleWords(q ?? "");
  const inTitle =
    words.length === 0
      ? sql`0`
      : sql.join(
          words.map((word) => sql`(s.code_title like '%' || prima_fold(${word}) || '%')::int`),
          sql` + `,
        );
  const keys = sql`s.project_id, s.updated_at, ${text.exact} as exact, ${text.similarity} as similarity`;
  const found = sql`select ${columns}, ${inTitle} as in_title from project_search s where ${chosen}`;
  const cheap = "exact desc, similarity desc, in_title desc, updated_at desc, project_id";
  // Whole numbers of pages, so that a page never mixes two stages' orders.
  const window = Math.ceil(RERANK_WINDOW / pageSize) * pageSize;
  const candidates = Math.max(window, Math.ceil(CANDIDATES / pageSize) * pageSize);
  if (offset >= candidates) return page(found, cheap);
  const rank = (measure: string, from: string) =>
    sql`${sql.raw(measure)}(${WEIGHTS}::float4[], ${sql.raw(from)}.document, ${text.ranking})`;
  // The candidates are chosen by their keys alone, the rest of their row read afterwards: carried
  // through the cheap order's sort, every match's document was copied (measured at 100,000
  // projects for "mi": 178 ms for the statement then, 85 ms now).
  const ranked = sql`select c.*, d.countries, d.code_title, d.document, ${rank("ts_rank", "d")} as rank
    from (
      select ${keys}, ${inTitle} as in_title from project_search s where ${chosen}
      order by ${sql.raw(cheap)} limit ${candidates}
    ) as c
    join project_search d on d.project_id = c.project_id`;
  const byRank = "exact desc, rank desc, similarity desc, code_title, project_id";
  if (offset >= window) return page(sql`select * from (${ranked}) as r`, byRank);
  return page(
    sql`select w.*, ${rank("ts_rank_cd", "w")} as cover
      from (select * from (${ranked}) as r order by ${sql.raw(byRank)} limit ${window}) as w`,
    "exact desc, cover desc, similarity desc, code_title, project_id",
  );
}
