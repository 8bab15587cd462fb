/** Backpressure for the exports: stop reading the database while the client is behind. */
import { once } from "node:events";
import type { Writable } from "node:stream";

export class ExportAborted extends Error {
  constructor() {
    super("The download was interrupted before the export was complete.");
  }
}

/** Waits until `out` has room again; throws if the receiver went away, so the reading stops. */
export async function waitForDrain(out: Writable): Promise<void> {
  if (out.destroyed || out.writableEnded) throw new ExportAborted();
  if (!out.writableNeedDrain) return;
  // Whichever comes first; the other listener is removed, or thousands of waits would pile up.
  const done = new AbortController();
  try {
    await Promise.race([
      once(out, "drain", { signal: done.signal }),
      once(out, "close", { signal: done.signal }),
    ]);
  } finally {
    done.abort();
  }
  if (out.destroyed) throw new ExportAborted();
}

/** Writes a chunk, waiting when the stream's buffer is full. */
export async function writeChunk(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await waitForDrain(out);
  else if (out.destroyed) throw new ExportAborted();
}
