/**
 * Unfinished uploads. A file arrives in DATA_DIR/documents/tmp as a `.part` file; a server killed
 * while it arrives (SIGKILL, a power cut, a shutdown whose grace period ran out) leaves that file
 * behind, and nothing else would ever remove it. A starting server removes them before it listens.
 *
 * Several servers on one PostgreSQL may share DATA_DIR, and a starting server must not remove a
 * file another one is still writing. Each temporary file is therefore named after the process
 * writing it (`<pid>@<host>.<uuid>.part`), and a starting server removes:
 * - on PGlite, every one: the lock beside DATA_DIR/pglite gives the data directory to one process;
 * - those of its own host whose process no longer runs, and those bearing its own pid (it has
 *   written none yet, so they are a killed predecessor's: a restarted container reuses the pid);
 * - any nobody has written to for an hour, whoever wrote it (another host, a pid since reused, a
 *   name from before this rule): a live upload writes its file with every chunk it receives.
 * Servers sharing a DATA_DIR must have distinct host names (containers do by default).
 */
import { randomUUID } from "node:crypto";
import { readdir, rm, stat } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";
import { isRunning } from "../db/dataDirLock";

export const ABANDONED_AFTER_MS = 60 * 60 * 1000;

export interface UploadWriter {
  pid: number;
  host: string;
}

export const THIS_PROCESS: UploadWriter = {
  pid: process.pid,
  host: hostname().replace(/[^A-Za-z0-9.-]/g, "_") || "localhost",
};

const TEMP_NAME = /^(\d+)@(.+)\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.part$/;

export function tempFileName(writer: UploadWriter = THIS_PROCESS): string {
  return `${writer.pid}@${writer.host}.${randomUUID()}.part`;
}

function writerOf(name: string): UploadWriter | null {
  const match = TEMP_NAME.exec(name);
  return match ? { pid: Number(match[1]), host: match[2] as string } : null;
}

export interface LeftoverRule {
  /** No other process can be writing here (PGlite's data directory lock). */
  exclusive: boolean;
  self: UploadWriter;
  now: number;
  isRunning: (pid: number) => boolean;
}

/** Whether a file of the temporary directory is an upload nobody will finish. */
export function isLeftover(file: { name: string; modifiedAt: number }, rule: LeftoverRule): boolean {
  if (!file.name.endsWith(".part")) return false;
  if (rule.exclusive || rule.now - file.modifiedAt > ABANDONED_AFTER_MS) return true;
  const writer = writerOf(file.name);
  if (!writer || writer.host !== rule.self.host) return false;
  return writer.pid === rule.self.pid || !rule.isRunning(writer.pid);
}

/**
 * Removes the leftovers of `tempDir` (see above); returns how many. To be called before this
 * process accepts uploads: files bearing its own pid are taken for a predecessor's.
 */
export async function removeUploadLeftovers(
  tempDir: string,
  options: { exclusive: boolean; self?: UploadWriter; now?: number },
): Promise<number> {
  let names: string[];
  try {
    names = await readdir(tempDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw error;
  }
  const rule: LeftoverRule = {
    exclusive: options.exclusive,
    self: options.self ?? THIS_PROCESS,
    now: options.now ?? Date.now(),
    isRunning,
  };
  let removed = 0;
  for (const name of names) {
    const file = path.join(tempDir, name);
    // Gone since the listing: its writer finished or gave it up.
    const info = await stat(file).catch(() => null);
    if (!info?.isFile() || !isLeftover({ name, modifiedAt: info.mtimeMs }, rule)) continue;
    await rm(file, { force: true });
    removed++;
  }
  return removed;
}
