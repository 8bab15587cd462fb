/**
 * The `prima` command as an administrator uses it: bad configuration is refused with a message
 * per variable; on PostgreSQL, migrate + seed --demo + serve gives the same portfolio.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { runPrima, startPrima, tempDataDir } from "./server";

async function signInAndCount(url: string, email: string, password: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers.get("set-cookie")?.split(";")[0] ?? "";
  const list = await fetch(`${url}/api/projects?pageSize=1`, { headers: { cookie } });
  return (await list.json()).total as number;
}

describe("prima command", () => {
  it("refuses bad configuration, naming each variable", async () => {
    const result = await runPrima(["serve"], {
      PORT: "abc",
      DATABASE_URL: "mysql://x",
      DATA_DIR: tempDataDir(),
    });
    expect(result.code).toBe(2);
    expect(result.output).toContain("PORT: must be a number");
    expect(result.output).toContain("DATABASE_URL: must be a URL such as postgres://");
    expect(result.output).not.toMatch(/\n\s+at /);
  });

  it("creates a user from the command line and refuses a reviewer without a region", async () => {
    const env = { DATA_DIR: tempDataDir(), PRIMA_DEMO: "false" };
    const refused = await runPrima(["create-user", "--email", "r@example.org", "--role", "reviewer"], env);
    expect(refused.code).toBe(2);
    expect(refused.output).toContain("region: A regional reviewer needs a region");
    const created = await runPrima(
      [
        "create-user",
        "--email",
        "r@example.org",
        "--role",
        "reviewer",
        "--region",
        "EHA",
        "--password",
        "long-enough-pw",
      ],
      env,
    );
    expect(created.output).toContain("Created reviewer r@example.org (region EHA)");
    const server = await startPrima(env);
    try {
      expect(await signInAndCount(server.url, "r@example.org", "long-enough-pw")).toBe(0);
    } finally {
      await server.stop();
    }
  });

  const adminUrl = inject("postgresAdminUrl");
  describe.runIf(adminUrl)("on PostgreSQL", () => {
    const name = `prima_e2e_${randomBytes(4).toString("hex")}`;
    const url = new URL(adminUrl ?? "postgres://x");
    url.pathname = `/${name}`;
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: adminUrl ?? "" });
      await client.connect();
      await client.query(sql);
      await client.end();
    };
    afterAll(() => admin(`drop database if exists ${name} with (force)`));

    it("migrate creates the database, then seed --demo and serve give the demo portfolio, and health says postgres", async () => {
      const env = { DATABASE_URL: url.toString(), DATA_DIR: tempDataDir() };
      // serve does not create a database it cannot find (a mistyped URL must not start an empty PRIMA).
      const refused = await runPrima(["serve"], env);
      expect(refused.code).not.toBe(0);
      expect(refused.output).toContain(`database "${name}" does not exist (\`prima migrate\` creates it)`);
      const migrated = await runPrima(["migrate"], env);
      expect(migrated.output).toContain(`Created the database ${name}.`);
      expect(migrated.output).toContain("Migrations applied");
      expect((await runPrima(["migrate"], env)).output).not.toContain("Created the database");
      const seeded = await runPrima(["seed", "--demo"], env);
      expect(seeded.output).toMatch(/Demo data seeded: \d+ projects/);
      const server = await startPrima(env);
      try {
        const health = await (await fetch(`${server.url}/api/health`)).json();
        expect(health.db).toBe("postgres");
        expect(await signInAndCount(server.url, "pm@example.org", "prima-demo")).toBeGreaterThanOrEqual(150);
      } finally {
        await server.stop();
      }
    });

    it("never seeds demo data on PostgreSQL unless asked", async () => {
      const other = `${name}_nodemo`;
      await admin(`create database ${other}`);
      try {
        const otherUrl = new URL(url);
        otherUrl.pathname = `/${other}`;
        const server = await startPrima({ DATABASE_URL: otherUrl.toString(), DATA_DIR: tempDataDir() });
        await server.stop();
        expect(server.output()).not.toContain("Demo data");
        expect(server.output()).not.toContain("prima-demo");
      } finally {
        await admin(`drop database if exists ${other} with (force)`);
      }
    });
  });
});
