/**
 * Whether a benchmark database ran the migrations as they are now. Drizzle records each applied
 * migration's SHA-256 and never runs a file again, so a migration edited after the data were
 * generated (new indexes, new triggers) would silently be missing: regenerate then.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import pg from "pg";

const FOLDER = fileURLToPath(new URL("../../src/server/db/migrations", import.meta.url));

export async function staleMigrations(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ hash: string }>("select hash from drizzle.__drizzle_migrations");
    const applied = new Set(rows.map((r) => r.hash));
    return readdirSync(FOLDER)
      .filter((file) => file.endsWith(".sql"))
      .sort()
      .filter(
        (file) =>
          !applied.has(
            createHash("sha256")
              .update(readFileSync(`${FOLDER}/${file}`, "utf8"))
              .digest("hex"),
          ),
      );
  } finally {
    await client.end();
  }
}
