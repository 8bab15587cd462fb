/**
 * Decides once per run whether API tests also run against PostgreSQL: they do when a server
 * answers at PRIMA_TEST_PG_URL (default: the machine's 127.0.0.1:5432, trust auth). Each test file
 * then creates its own fresh database and drops it afterwards.
 */
import pg from "pg";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  const url = process.env.PRIMA_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  let available = process.env.PRIMA_TEST_PG !== "off";
  if (available) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query("select 1");
    } catch {
      available = false;
    } finally {
      await client.end().catch(() => {});
    }
  }
  console.log(
    available
      ? `API tests run on PGlite and on PostgreSQL (${url})`
      : "API tests run on PGlite only (no PostgreSQL reachable)",
  );
  project.provide("postgresAdminUrl", available ? url : null);
}
