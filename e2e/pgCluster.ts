/**
 * A throwaway PostgreSQL cluster of the test's own, from Debian's PostgreSQL binaries (initdb and
 * pg_ctl), on a free port: a test may stop and start it, which it must never do to the machine's
 * shared server. PostgreSQL refuses to run as root, so as root the cluster belongs to the
 * `postgres` system user and its commands run as that user.
 */
import { execFile } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { freePort } from "./server";

const run = promisify(execFile);

/** The newest PostgreSQL installed from Debian's packages, or null. */
export function postgresBinaries(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => existsSync(path.join(root, name, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], "bin") : null;
}

export interface PgCluster {
  /** postgres://… to the cluster's `postgres` database. */
  url: string;
  /** Stops the server; "fast" ends every session at once, as a restart or failover does. */
  stop(mode?: "fast" | "immediate"): Promise<void>;
  /** Starts it again and waits until it accepts connections. */
  start(): Promise<void>;
  /** Ends every other session on the cluster (pg_terminate_backend); returns how many. */
  terminateSessions(): Promise<number>;
  /** Stops the server and removes its files. */
  destroy(): Promise<void>;
}

async function uidOf(user: string): Promise<{ uid: number; gid: number } | null> {
  try {
    const [{ stdout: uid }, { stdout: gid }] = await Promise.all([
      run("id", ["-u", user]),
      run("id", ["-g", user]),
    ]);
    return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
  } catch {
    return null;
  }
}

export async function startPgCluster(): Promise<PgCluster> {
  const bin = postgresBinaries();
  if (!bin) throw new Error("PostgreSQL binaries not found under /usr/lib/postgresql");
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? await uidOf("postgres") : null;
  if (asRoot && !owner) throw new Error("running as root and there is no postgres user to own the cluster");
  const dir = mkdtempSync(path.join(tmpdir(), "prima-pg-"));
  const dataDir = path.join(dir, "data");
  if (owner) {
    chownSync(dir, owner.uid, owner.gid);
    chmodSync(dir, 0o700);
  }
  const options = owner ? { uid: owner.uid, gid: owner.gid, env: { ...process.env, HOME: dir } } : {};
  const port = await freePort();
  const pgCtl = (args: string[]) =>
    run(path.join(bin, "pg_ctl"), ["-D", dataDir, "-l", path.join(dir, "log"), ...args], options);

  await run(
    path.join(bin, "initdb"),
    ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions"],
    options,
  );
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
  const start = async () => {
    await pgCtl(["-w", "-t", "120", "-o", serverOptions, "start"]);
  };
  const stop = async (mode: "fast" | "immediate" = "fast") => {
    await pgCtl(["-w", "-t", "120", "-m", mode, "stop"]);
  };
  await start();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    start,
    stop,
    async terminateSessions() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query(
          "select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where pid <> pg_backend_pid() and backend_type = 'client backend'",
        );
        return rows[0].n as number;
      } finally {
        await client.end();
      }
    },
    async destroy() {
      await stop("immediate").catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
