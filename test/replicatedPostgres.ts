/**
 * A PostgreSQL primary and a streaming standby of the test's own (Debian's PostgreSQL binaries,
 * free ports, a temporary directory): the standby is made by `pg_basebackup -R`, as an operator
 * would. PostgreSQL refuses to run as root, so as root both clusters belong to the `postgres`
 * system user and its commands run as that user.
 */
import { execFile, execFileSync } from "node:child_process";
import { appendFileSync, chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export const POSTGRES_BIN = "/usr/lib/postgresql/15/bin";
const TOOLS = ["initdb", "pg_ctl", "pg_basebackup", "postgres"];

/** Why the pair cannot be started here, or null when it can. */
export function replicationUnavailable(): string | null {
  const missing = TOOLS.filter((tool) => !existsSync(path.join(POSTGRES_BIN, tool)));
  if (missing.length > 0) return `PostgreSQL 15 binaries missing in ${POSTGRES_BIN}: ${missing.join(", ")}`;
  if (process.getuid?.() === 0) {
    try {
      execFileSync("id", ["-u", "postgres"], { stdio: "ignore" });
    } catch {
      return "running as root and there is no postgres user to own the clusters (PostgreSQL refuses root)";
    }
  }
  return null;
}

export interface ReplicatedPostgres {
  primaryUrl: string;
  standbyUrl: string;
  stopStandby(): Promise<void>;
  startStandby(): Promise<void>;
  /** Stops both servers (immediately) and removes their files; safe to call more than once. */
  destroy(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

async function postgresUser(): Promise<{ uid: number; gid: number }> {
  const [{ stdout: uid }, { stdout: gid }] = await Promise.all([
    run("id", ["-u", "postgres"]),
    run("id", ["-g", "postgres"]),
  ]);
  return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}

/**
 * Starts the primary, takes the standby from it and starts that too. `standbySettings` go into
 * the standby's postgresql.conf (a test delays replay with recovery_min_apply_delay).
 */
export async function startReplicatedPostgres(standbySettings: string[] = []): Promise<ReplicatedPostgres> {
  const owner = process.getuid?.() === 0 ? await postgresUser() : null;
  const dir = mkdtempSync(path.join(tmpdir(), "prima-replica-"));
  if (owner) {
    chownSync(dir, owner.uid, owner.gid);
    chmodSync(dir, 0o700);
  }
  const options = owner ? { uid: owner.uid, gid: owner.gid, env: { ...process.env, HOME: dir } } : {};
  const tool = (name: string, args: string[]) => run(path.join(POSTGRES_BIN, name), args, options);
  const primaryDir = path.join(dir, "primary");
  const standbyDir = path.join(dir, "standby");
  const [primaryPort, standbyPort] = [await freePort(), await freePort()];
  const serverOptions = (port: number) => `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
  const pgCtl = (dataDir: string, args: string[]) =>
    tool("pg_ctl", ["-D", dataDir, "-l", `${dataDir}.log`, "-w", "-t", "120", ...args]);
  const started: string[] = [];
  const destroy = async () => {
    for (const dataDir of started.splice(0)) {
      await pgCtl(dataDir, ["-m", "immediate", "stop"]).catch(() => {});
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await tool("initdb", [
      "-D",
      primaryDir,
      "-U",
      "postgres",
      "--auth=trust",
      "-E",
      "UTF8",
      "--no-sync",
      "--no-instructions",
    ]);
    appendFileSync(
      path.join(primaryDir, "postgresql.conf"),
      "\nwal_level = replica\nmax_wal_senders = 4\nfsync = off\n",
    );
    appendFileSync(path.join(primaryDir, "pg_hba.conf"), "\nhost replication all 127.0.0.1/32 trust\n");
    await pgCtl(primaryDir, ["-o", serverOptions(primaryPort), "start"]);
    started.push(primaryDir);
    await tool("pg_basebackup", [
      "-h",
      "127.0.0.1",
      "-p",
      String(primaryPort),
      "-U",
      "postgres",
      "-D",
      standbyDir,
      "-R",
      "-X",
      "stream",
      "--no-sync",
    ]);
    appendFileSync(
      path.join(standbyDir, "postgresql.conf"),
      `\nhot_standby = on\n${standbySettings.join("\n")}\n`,
    );
    const startStandby = async () => {
      await pgCtl(standbyDir, ["-o", serverOptions(standbyPort), "start"]);
      if (!started.includes(standbyDir)) started.push(standbyDir);
    };
    await startStandby();
    return {
      primaryUrl: `postgres://postgres@127.0.0.1:${primaryPort}/postgres`,
      standbyUrl: `postgres://postgres@127.0.0.1:${standbyPort}/postgres`,
      startStandby,
      async stopStandby() {
        await pgCtl(standbyDir, ["-m", "fast", "stop"]);
        started.splice(started.indexOf(standbyDir), 1);
      },
      destroy,
    };
  } catch (error) {
    await destroy();
    throw error;
  }
}
