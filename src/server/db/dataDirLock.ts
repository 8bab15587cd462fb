/**
 * PGlite serves one process: two processes opening the same data directory (a server and
 * `prima remind`, or two servers) each write to it unaware of the other and corrupt it. A lock
 * file beside the directory, holding the owner's process id, refuses the second one with a clear
 * message; a lock left by a process that no longer runs (killed) is taken over.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";

export class DataDirInUse extends Error {}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function ownerOf(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, "utf8").trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the lock of `dataDir` for this process; returns the function that gives it back. */
export function lockDataDir(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => {
        if (ownerOf(lockPath) === process.pid) unlinkSync(lockPath);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = ownerOf(lockPath);
      if (owner !== null && owner !== process.pid && isRunning(owner)) {
        throw new DataDirInUse(
          `The embedded database in ${dataDir} is in use by another PRIMA process (pid ${owner}). ` +
            "It serves one process at a time: stop that process first (a running server sends reminders " +
            "itself, see REMINDER_INTERVAL_MINUTES), or use PostgreSQL (DATABASE_URL) to run several. " +
            `If no PRIMA process runs, delete ${lockPath}.`,
        );
      }
      // Left behind by a process that was killed: take it over.
      unlinkSync(lockPath);
    }
  }
  throw new DataDirInUse(`Could not take the lock ${lockPath}`);
}
