/**
 * Where a streamed workbook goes, one part (zip entry) at a time: the CLI deflates each part
 * into the output file as it comes (node/zipFileSink.ts), the portable one collects the parts
 * for JSZip (collectParts.ts). A part is written in pieces and ended before the next starts.
 */
export interface PartSink {
  part(path: string): PartWriter;
}

export interface PartWriter {
  /** Resolves when the sink can take more (back-pressure): await it to keep memory flat. Text is UTF-8. */
  write(data: string | Uint8Array): Promise<void>;
  end(): Promise<void>;
}

/** Bytes a flush hands over at once: one deflate call per megabyte, not per cell. */
const FLUSH_AT = 1 << 20;
const encoder = new TextEncoder();

/**
 * Gathers small writes (a row of XML each) as UTF-8 bytes, encoded as they come: no list of
 * strings to join, no megabyte string to flatten and copy again (that join was most of the
 * writing time of a 100,000-row sheet).
 */
export class BufferedPart {
  private bytes = new Uint8Array(2 * FLUSH_AT);
  private used = 0;
  private full: Uint8Array[] = [];

  constructor(private readonly writer: PartWriter) {}

  /** Add text; flush() when it returns true. */
  add(text: string): boolean {
    // UTF-8 takes at most 3 bytes per UTF-16 unit: a text that might not fit starts a new buffer.
    if (text.length * 3 > this.bytes.length - this.used) {
      this.retire();
      if (text.length * 3 > this.bytes.length) this.bytes = new Uint8Array(text.length * 3);
    }
    this.used += encoder.encodeInto(text, this.bytes.subarray(this.used)).written;
    return this.used >= FLUSH_AT || this.full.length > 0;
  }

  async flush(): Promise<void> {
    this.retire();
    const full = this.full;
    this.full = [];
    for (const bytes of full) await this.writer.write(bytes);
  }

  async end(): Promise<void> {
    await this.flush();
    await this.writer.end();
  }

  /** The filled part of the buffer goes to the list to write; a fresh buffer takes the next rows (the sink may still hold the old one). */
  private retire(): void {
    if (this.used === 0) return;
    this.full.push(this.bytes.subarray(0, this.used));
    this.bytes = new Uint8Array(2 * FLUSH_AT);
    this.used = 0;
  }
}

/** A whole part at once (workbook.xml, styles.xml…). */
export async function writePart(sink: PartSink, path: string, text: string): Promise<void> {
  const writer = sink.part(path);
  await writer.write(text);
  await writer.end();
}
