import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { constants, crc32, createDeflateRaw } from "node:zlib";
import type { PartSink, PartWriter } from "../stream/partSink";

/**
 * A zip file written as its entries come (APPNOTE 6.3: local header, deflated data, data
 * descriptor; the central directory at the end), each entry deflated by Node's zlib off the
 * main thread. Nothing but the entry list stays in memory, so a million-row sheet streams.
 * No zip64: an entry over 4 GB is refused (a sheet of Excel's 1,048,576 rows stays well under).
 */
interface Entry {
  readonly name: Buffer;
  readonly offset: number;
  crc: number;
  compressed: number;
  size: number;
}

const LIMIT = 0xffffffff;
/** DOS date and time of 1 January 2000 00:00: a fixed stamp keeps outputs comparable. */
const DOS_TIME = 0;
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
/** Bit 3: sizes in the data descriptor; bit 11: UTF-8 names. */
const FLAGS = 0x0008 | 0x0800;

export class ZipFileSink implements PartSink {
  private readonly out: WriteStream;
  private readonly entries: Entry[] = [];
  private offset = 0;
  private open = false;
  private failure: Error | null = null;

  constructor(path: string) {
    this.out = createWriteStream(path);
    this.out.on("error", (error) => (this.failure = error));
  }

  part(path: string): PartWriter {
    if (this.open) throw new Error(`zip: part ${path} started before the previous one ended`);
    this.open = true;
    const entry: Entry = { name: Buffer.from(path, "utf8"), offset: this.offset, crc: 0, compressed: 0, size: 0 };
    this.entries.push(entry);
    this.emit(localHeader(entry.name));
    const deflate = createDeflateRaw({ level: constants.Z_BEST_SPEED });
    deflate.on("data", (chunk: Buffer) => {
      entry.compressed += chunk.length;
      this.emit(chunk);
    });
    const ended = once(deflate, "end");
    return {
      write: async (data: string | Uint8Array) => {
        this.check();
        const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
        entry.crc = crc32(bytes, entry.crc);
        entry.size += bytes.length;
        if (entry.size > LIMIT) throw new Error(`zip: part ${path} is over 4 GB`);
        if (!deflate.write(bytes)) await once(deflate, "drain");
        if (this.out.writableNeedDrain) await this.drained();
      },
      end: async () => {
        deflate.end();
        await ended;
        this.emit(dataDescriptor(entry));
        this.open = false;
        this.check();
      },
    };
  }

  /** The central directory, then close the file. */
  async close(): Promise<void> {
    this.check();
    const start = this.offset;
    for (const entry of this.entries) this.emit(centralHeader(entry));
    const size = this.offset - start;
    this.emit(endOfDirectory(this.entries.length, size, start));
    this.out.end();
    await once(this.out, "finish");
    this.check();
  }

  /** Stop after a failure: the half-written file is closed (the caller removes it). */
  async abort(): Promise<void> {
    // A stream that failed to open (EACCES) is closed already: waiting for "close" would hang.
    if (this.out.closed) return;
    this.out.destroy();
    await once(this.out, "close").catch(() => undefined);
  }

  private emit(bytes: Buffer): void {
    this.offset += bytes.length;
    this.out.write(bytes);
  }

  /**
   * A stream that failed (open refused) never drains: its close ends the wait too. Both
   * listeners come off once either fires (Promise.race over events.once left a "close" and an
   * "error" listener behind at every wait: MaxListenersExceededWarning on a 100,000-row sheet).
   */
  private async drained(): Promise<void> {
    if (!this.failure && !this.out.destroyed) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          this.out.off("drain", done);
          this.out.off("close", done);
          resolve();
        };
        this.out.on("drain", done);
        this.out.on("close", done);
      });
    }
    this.check();
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}

function localHeader(name: Buffer): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(FLAGS, 6);
  header.writeUInt16LE(8, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  // crc and sizes (14..25) stay 0: they follow the data (flag bit 3).
  header.writeUInt16LE(name.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, name]);
}

function dataDescriptor(entry: Entry): Buffer {
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(entry.crc >>> 0, 4);
  descriptor.writeUInt32LE(entry.compressed, 8);
  descriptor.writeUInt32LE(entry.size, 12);
  return descriptor;
}

function centralHeader(entry: Entry): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(FLAGS, 8);
  header.writeUInt16LE(8, 10);
  header.writeUInt16LE(DOS_TIME, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(entry.crc >>> 0, 16);
  header.writeUInt32LE(entry.compressed, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  // extra, comment, disk, internal and external attributes: 0.
  header.writeUInt32LE(entry.offset, 42);
  return Buffer.concat([header, entry.name]);
}

function endOfDirectory(count: number, size: number, offset: number): Buffer {
  if (offset > LIMIT || count > 0xffff) throw new Error("zip: the workbook is over 4 GB");
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return end;
}
