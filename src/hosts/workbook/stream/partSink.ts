/**
 * Where a streamed workbook goes, one part (zip entry) at a time: the CLI deflates each part
 * into the output file as it comes (node/zipFileSink.ts), the portable one collects the parts
 * for JSZip (collectParts.ts). A part is written in pieces and ended before the next starts.
 */
export interface PartSink {
  part(path: string): PartWriter;
}

export interface PartWriter {
  /** Resolves when the sink can take more (back-pressure): await it to keep memory flat. */
  write(text: string): Promise<void>;
  end(): Promise<void>;
}

/** Gathers small writes into ~1 MB pieces: one deflate call per piece, not per cell. */
export class BufferedPart {
  private pieces: string[] = [];
  private size = 0;

  constructor(private readonly writer: PartWriter) {}

  /** Add text; flush() when it returns true. */
  add(text: string): boolean {
    this.pieces.push(text);
    this.size += text.length;
    return this.size >= 1 << 20;
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const text = this.pieces.join("");
    this.pieces = [];
    this.size = 0;
    await this.writer.write(text);
  }

  async end(): Promise<void> {
    await this.flush();
    await this.writer.end();
  }
}

/** A whole part at once (workbook.xml, styles.xml…). */
export async function writePart(sink: PartSink, path: string, text: string): Promise<void> {
  const writer = sink.part(path);
  await writer.write(text);
  await writer.end();
}
