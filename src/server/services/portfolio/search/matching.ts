/**
 * What a search text matches in the search documents (project_search, migration 0007).
 *
 * Words are matched in the 'prima_search' text search configuration ('simple' behind unaccent: no
 * stemming, no stop words, accents folded), as a web search (quotes, "or", -word) with the last
 * word also as a prefix, like the knowledge base. A plain list of words is also typo-tolerant: a
 * word no document contains matches codes and titles with a word close in spelling (pg_trgm word
 * similarity over project_search.code_title), so "labor mobilty" finds "Labour mobility". Exact
 * matches rank first. The user's text only ever reaches SQL as a parameter.
 */
import { type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { rowsOf } from "../../../db/rows";
import { searchTerms } from "../../knowledge/searchKnowledge";

/** Words shorter than this have too few trigrams for their similarity to mean anything. */
const TYPO_MIN_LENGTH = 4;

export interface TextMatch {
  /** Rows the text finds (over project_search as s). */
  where: SQL;
  /** True for rows that match the words exactly (not only by a close spelling). */
  exact: SQL;
  /** The words as a tsquery, for ranking and highlighting (any word marks). */
  ranking: SQL;
  highlighting: SQL;
  /** How close the code and title are to the words (0 to 1), to order approximate matches. */
  similarity: SQL;
  /** Some words are matched by spelling: run with approximateMatching() in a transaction. */
  approximate: boolean;
}

/**
 * pg_trgm's default word similarity (0.6) misses a letter left out of a short word ("helth" is
 * 0.44 from "health"); the search lowers it for its own transaction only.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.4;

/**
 * The planner's choices for a search's statements, for their transaction only. A word found in
 * most documents looks cheapest to PostgreSQL as a sequential scan, which decompresses every
 * document to test it (measured at 10,000 projects: 90 ms for "mi", against 6 ms through the
 * GIN index, whose answer needs no recheck, reading the rows' other columns only). Turning
 * sequential scans off makes PostgreSQL 15 add a huge cost to any plan still needing one, which
 * would compile it with JIT (over 100 ms): JIT goes off with it.
 */
export function indexedMatching(tx: DbOrTx) {
  return tx.execute(sql`select set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true)`);
}

export function approximateMatching(tx: DbOrTx) {
  return tx.execute(
    sql`select set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`,
  );
}

function tsquery(text: string): SQL | null {
  const terms = searchTerms(text);
  if (!terms) return null;
  const prefix = terms.prefix ? sql`to_tsquery('prima_search', ${`${terms.prefix}:*`})` : null;
  const hasWords = /[\p{L}\p{N}]/u.test(terms.words);
  if (prefix && !hasWords) return prefix;
  const words = sql`websearch_to_tsquery('prima_search', ${terms.words})`;
  return prefix ? sql`(${words} && ${prefix})` : words;
}

/** Quotes, "or" and -word ask for the web-search syntax: no guessing at spellings then. */
function usesOperators(text: string): boolean {
  return /"/.test(text) || /(^|\s)-\S/.test(text) || /(^|\s)or(\s|$)/i.test(text);
}

/**
 * The rows a search text finds. Plain words the documents do not contain (checked first, through
 * the GIN index) are taken as misspellings and matched by similarity to the codes and titles.
 */
export async function matchText(db: DbOrTx, q: string | undefined): Promise<TextMatch | null> {
  const whole = tsquery(q ?? "");
  if (!q || !whole) return null;
  const exact = sql`(s.document @@ ${whole})`;
  const words = q.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  const noSimilarity = sql`0::real`;
  if (usesOperators(q) || words.length === 0) {
    return {
      where: exact,
      // Every row found matches exactly: testing each again would decompress every document.
      exact: sql`true`,
      ranking: whole,
      highlighting: whole,
      similarity: noSimilarity,
      approximate: false,
    };
  }
  const perWord = words.map((word, index) => {
    const plain = sql`plainto_tsquery('prima_search', ${word})`;
    // Only the last word is still being typed: it alone matches as a prefix.
    const query = index === words.length - 1 ? (tsquery(word) ?? plain) : plain;
    return { query, letters: word.replace(/[^\p{L}\p{N}]/gu, "") };
  });
  const known = await rowsOf<{ known: boolean[] }>(
    db.execute(
      sql`select array[${sql.join(
        perWord.map((w) => sql`exists (select 1 from project_search s where s.document @@ ${w.query})`),
        sql`, `,
      )}] as known`,
    ),
  );
  const isKnown = known.rows[0]?.known ?? [];
  const misspelt = perWord.filter((w, i) => !isKnown[i] && w.letters.length >= TYPO_MIN_LENGTH);
  if (misspelt.length === 0) {
    return {
      where: exact,
      exact: sql`true`,
      ranking: whole,
      highlighting: whole,
      similarity: noSimilarity,
      approximate: false,
    };
  }
  return {
    where: sql.join(
      perWord.map((w) =>
        misspelt.includes(w) ? sql`s.code_title %> prima_fold(${w.letters})` : sql`s.document @@ ${w.query}`,
      ),
      sql` and `,
    ),
    exact,
    ranking: whole,
    // Each word on its own, so that the words a row does contain are marked.
    highlighting: sql.join(
      perWord.map((w) => sql`(${w.query})`),
      sql` || `,
    ),
    similarity: sql`word_similarity(prima_fold(${q}), s.code_title)`,
    approximate: true,
  };
}
