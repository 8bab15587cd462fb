/**
 * The ZIP container of a streamed workbook, by archiver (the library exceljs itself uses):
 * entries are compressed and sent one at a time as they are written, so an archive of any
 * number of rows takes little memory. What is ours is only the flow control: text is handed
 * over in batches, and the producer waits whenever the receiver is behind or has gone.
 */
import { once } from "node:events";
import { PassThrough, type Writable } from "node:stream";
import archiver from "archiver";
import { ExportAborted } from "./streams";

const FLUSH_AT = 64 * 1024;

/** Where an entry's text goes: `write` buffers, `ready` sends what is buffered once there is enough. */
export interface TextSink {
  write(text: string): void;
  ready(): Promise<void>;
}

export class ZipStream {
  private readonly archive: archiver.Archiver;
  private failure: Error | null = null;

  constructor(
    private readonly out: Writable,
    level = 3,
  ) {
    this.archive = archiver("zip", { zlib: { level } });
    this.archive.on("error", (error) => {
      this.failure = error;
    });
    this.archive.pipe(out);
  }

  /** Resolves on the first of `event` on `emitter` or the receiver closing; throws if it closed. */
  private async until(emitter: NodeJS.EventEmitter, event: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.out.destroyed) throw new ExportAborted();
    // Whichever comes first; the other listener is removed, or thousands of waits would pile up.
    const done = new AbortController();
    try {
      await Promise.race([
        once(emitter, event, { signal: done.signal }),
        once(this.out, "close", { signal: done.signal }),
        once(this.archive, "error", { signal: done.signal }),
      ]);
    } finally {
      done.abort();
    }
    if (this.failure) throw this.failure;
    if (this.out.destroyed && !this.out.writableFinished) throw new ExportAborted();
  }

  /**
   * One file of the archive. `produce` writes its text through the sink and awaits `ready()` now
   * and then (once per batch of rows): that is where it waits when the reader is behind.
   */
  async entry(name: string, produce: (sink: TextSink) => Promise<void>): Promise<void> {
    if (this.out.destroyed) throw new ExportAborted();
    const body = new PassThrough({ highWaterMark: FLUSH_AT });
    this.archive.append(body, { name });
    let pending: string[] = [];
    let pendingLength = 0;
    const flush = async () => {
      if (pending.length === 0) return;
      const buffer = Buffer.from(pending.join(""), "utf8");
      pending = [];
      pendingLength = 0;
      if (!body.write(buffer)) await this.until(body, "drain");
    };
    try {
      await produce({
        write(text) {
          pending.push(text);
          pendingLength += text.length;
        },
        ready: () => (pendingLength >= FLUSH_AT ? flush() : Promise.resolve()),
      });
      await flush();
      body.end();
      // archiver stores entries one after another and says when this one is in the archive.
      await this.until(this.archive, "entry");
    } catch (error) {
      body.destroy();
      this.archive.abort();
      throw error;
    }
  }

  /** The central directory; the output stream is ended once everything is sent. */
  async finish(): Promise<void> {
    if (this.out.destroyed) throw new ExportAborted();
    await this.archive.finalize();
    if (this.failure) throw this.failure;
  }
}
