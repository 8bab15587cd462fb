/**
 * A streaming ZIP writer (deflate, data descriptors, no ZIP64): entries are compressed and sent
 * as they are written, one at a time, so an archive of any number of rows takes little memory.
 * Node's zlib does the compression (off the main thread) and the CRC-32; this file only lays out
 * the headers (PKWARE APPNOTE 4.3.7, 4.3.9, 4.3.12, 4.3.16).
 */
import { once } from "node:events";
import type { Writable } from "node:stream";
import zlib from "node:zlib";
import { ExportAborted, waitForDrain } from "./streams";

const LIMIT = 0xffff_ffff; // without ZIP64, sizes and offsets are 32-bit
const FLUSH_AT = 64 * 1024;

/** Where an entry's text goes: `write` buffers, `ready` sends what is buffered once there is enough. */
export interface TextSink {
  write(text: string): void;
  ready(): Promise<void>;
}

interface Entry {
  name: Buffer;
  offset: number;
  crc: number;
  compressed: number;
  size: number;
}

/** DOS date and time of an instant (the ZIP format's resolution: two seconds, local time). */
function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

export class ZipStream {
  private readonly entries: Entry[] = [];
  private offset = 0;
  private readonly stamp = dosDateTime(new Date());

  constructor(
    private readonly out: Writable,
    private readonly level = 3,
  ) {}

  private async send(chunk: Buffer): Promise<void> {
    if (this.out.destroyed) throw new ExportAborted();
    this.offset += chunk.length;
    if (!this.out.write(chunk)) await waitForDrain(this.out);
  }

  /**
   * One file of the archive. `produce` writes its text through the sink and awaits `ready()` now
   * and then (once per batch of rows): that is where it waits when the reader is behind.
   */
  async entry(name: string, produce: (sink: TextSink) => Promise<void>): Promise<void> {
    const entry: Entry = {
      name: Buffer.from(name, "utf8"),
      offset: this.offset,
      crc: 0,
      compressed: 0,
      size: 0,
    };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    header.writeUInt16LE(0x0808, 6); // sizes in a data descriptor; names in UTF-8
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(this.stamp.time, 10);
    header.writeUInt16LE(this.stamp.date, 12);
    header.writeUInt16LE(entry.name.length, 26);
    await this.send(Buffer.concat([header, entry.name]));

    const deflate = zlib.createDeflateRaw({ level: this.level });
    const compressed = (async () => {
      for await (const chunk of deflate) {
        entry.compressed += (chunk as Buffer).length;
        await this.send(chunk as Buffer);
      }
    })();
    let pending: string[] = [];
    let pendingLength = 0;
    const flush = async () => {
      if (pending.length === 0) return;
      const buffer = Buffer.from(pending.join(""), "utf8");
      pending = [];
      pendingLength = 0;
      entry.crc = zlib.crc32(buffer, entry.crc);
      entry.size += buffer.length;
      if (!deflate.write(buffer)) {
        const done = new AbortController();
        try {
          await Promise.race([once(deflate, "drain", { signal: done.signal }), compressed]);
        } finally {
          done.abort();
        }
      }
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
      deflate.end();
      await compressed;
    } catch (error) {
      deflate.destroy();
      throw error;
    }
    if (entry.size > LIMIT || entry.compressed > LIMIT || this.offset > LIMIT) {
      throw new Error(`${name} is larger than a ZIP without ZIP64 allows (4 GB)`);
    }
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(entry.crc, 4);
    descriptor.writeUInt32LE(entry.compressed, 8);
    descriptor.writeUInt32LE(entry.size, 12);
    await this.send(descriptor);
    this.entries.push(entry);
  }

  /** The central directory and its end record; then the output stream is ended. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const entry of this.entries) {
      const record = Buffer.alloc(46);
      record.writeUInt32LE(0x02014b50, 0);
      record.writeUInt16LE(20, 4); // made by: 2.0
      record.writeUInt16LE(20, 6);
      record.writeUInt16LE(0x0808, 8);
      record.writeUInt16LE(8, 10);
      record.writeUInt16LE(this.stamp.time, 12);
      record.writeUInt16LE(this.stamp.date, 14);
      record.writeUInt32LE(entry.crc, 16);
      record.writeUInt32LE(entry.compressed, 20);
      record.writeUInt32LE(entry.size, 24);
      record.writeUInt16LE(entry.name.length, 28);
      record.writeUInt32LE(entry.offset, 42);
      await this.send(Buffer.concat([record, entry.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.send(end);
    this.out.end();
  }
}
