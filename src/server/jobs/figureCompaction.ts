/**
 * Folds the figure rollups' deltas into their sums once a second (db/rollup/install.ts), so a
 * dashboard read sums a few hundred folded rows and the few deltas of the last second. Several
 * servers may run it: the database lets one compaction through at a time and the others return.
 * Exactness never depends on it; only how much a read has to add up.
 */
import type { FastifyBaseLogger } from "fastify";
import type { AppContext } from "../context";
import { databaseFailure } from "../db/failures";
import { compactFigureRollup } from "../db/rollup/install";

const INTERVAL_MS = 1_000;

export function createFigureCompaction(ctx: AppContext, logger?: FastifyBaseLogger) {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;

  async function run() {
    try {
      await compactFigureRollup(ctx.db);
    } catch (error) {
      // A database away is reported by its status already; the next tick tries again.
      if (!databaseFailure(error)) logger?.error({ err: error }, "figure compaction failed");
    }
  }

  return {
    start() {
      timer = setInterval(() => {
        running ??= run().finally(() => {
          running = null;
        });
      }, INTERVAL_MS);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
