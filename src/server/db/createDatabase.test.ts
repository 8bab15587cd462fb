/** `prima migrate` on a new installation: the database DATABASE_URL names is created if missing. */
import { randomBytes } from "node:crypto";
import { afterAll, expect, inject, it } from "vitest";
import { dropTestDatabase, testDatabaseUrl } from "../../../test/testDatabases";
import { createDatabaseIfMissing, DatabaseUnavailable, openDatabase } from "./client";

const adminUrl = inject("postgresAdminUrl");
const name = `prima_test_created_${randomBytes(4).toString("hex")}`;

afterAll(async () => {
  if (adminUrl) await dropTestDatabase(adminUrl, name);
});

it.runIf(adminUrl)("creates a missing database once, then finds it there", async () => {
  const url = testDatabaseUrl(adminUrl ?? "", name);
  const refusal = openDatabase({ kind: "postgres", url });
  await expect(refusal).rejects.toBeInstanceOf(DatabaseUnavailable);
  await expect(refusal).rejects.toThrow(`database "${name}" does not exist (\`prima migrate\` creates it)`);
  expect(await createDatabaseIfMissing(url)).toBe(true);
  expect(await createDatabaseIfMissing(url)).toBe(false);
  const database = await openDatabase({ kind: "postgres", url });
  await database.close();
});
