/**
 * The servers keep dashboard figures, search answers and the home figures while the database's
 * change counter (`portfolio_changes`, migrations 0008 and 0009; before 0009 the search had its
 * own, `project_search_generation`) stays put. Repeated benchmark requests would then measure the
 * cache. Moving the counters — what any write to the portfolio does — makes every request compute
 * its answer again: the worst case, and the one the "endpoint vs its SQL alone" comparison needs.
 */
import pg from "pg";

/** Those a database has: one since migration 0009, two before it. */
export const COUNTERS = ["portfolio_changes", "project_search_generation"] as const;

export async function existingCounters(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    "select c.relname as name from pg_class c where c.relkind = 'S' and c.relname = any($1)",
    [COUNTERS],
  );
  return rows.map((r) => r.name);
}

export async function bumpCounters(client: pg.Client, counters: readonly string[]): Promise<void> {
  if (counters.length === 0) return;
  await client.query(`select ${counters.map((c) => `nextval('${c}')`).join(", ")}`);
}

/** Moves the counters continuously (one step every `everyMs`) until stopped. */
export async function churn(databaseUrl: string, everyMs = 2) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const counters = await existingCounters(client);
  let running = true;
  const loop = (async () => {
    while (running) {
      await bumpCounters(client, counters);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    counters,
    async stop() {
      running = false;
      await loop;
      await client.end();
    },
  };
}
