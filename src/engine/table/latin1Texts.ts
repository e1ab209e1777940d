/** Texts longer than this are decoded in pieces: `apply` passes every byte as an argument. */
const PIECE = 8192;
/** Texts up to this long are read through SCRATCH[length], one array per length shared by every Latin1Texts. */
const SHORT = 32;
const SCRATCH = Array.from({ length: SHORT + 1 }, (_, length) => new Array<number>(length).fill(0));

/**
 * Texts held as bytes, one a character, appended one after the other in a single growing
 * buffer (issue 11): a street or an e-mail of 20 characters costs 24 bytes here (its bytes and
 * an end offset) instead of ~48 as a JS string and its pointer, and the collector sees two
 * typed arrays instead of a million strings. Only texts whose characters are all below U+0100
 * (Latin-1: French, with its accents) fit; `add` says when one does not. A text is made again
 * from its bytes each time it is read: readers that need it several times keep it.
 */
export class Latin1Texts {
  private bytes = new Uint8Array(1 << 12);
  private ends = new Uint32Array(1 << 8);
  private used = 0;
  private count = 0;

  /** The text's index, or -1 when a character is past U+00FF (nothing is kept then). */
  add(text: string): number {
    const length = text.length;
    if (this.used + length > this.bytes.length) this.bytes = grown(this.bytes, this.used + length);
    const bytes = this.bytes;
    const start = this.used;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code > 0xff) return -1;
      bytes[start + i] = code;
    }
    if (this.count === this.ends.length) this.ends = grown(this.ends, this.count + 1);
    this.used = start + length;
    this.ends[this.count] = this.used;
    return this.count++;
  }

  get(index: number): string {
    const start = index === 0 ? 0 : this.ends[index - 1]!;
    const end = this.ends[index]!;
    const length = end - start;
    if (length <= SHORT) {
      // A short text (an id, an amount: read a million times) through a reused array of its
      // length: a subarray per read was a typed-array object to make and collect each time.
      const codes = SCRATCH[length]!;
      const bytes = this.bytes;
      for (let i = 0; i < length; i++) codes[i] = bytes[start + i]!;
      return String.fromCharCode.apply(null, codes);
    }
    if (length <= PIECE) return String.fromCharCode.apply(null, this.bytes.subarray(start, end) as unknown as number[]);
    let text = "";
    for (let at = start; at < end; at += PIECE)
      text += String.fromCharCode.apply(null, this.bytes.subarray(at, Math.min(end, at + PIECE)) as unknown as number[]);
    return text;
  }

  /** Gives back the room kept for texts to come (up to a third of the buffer): the column is complete. */
  trim(): void {
    if (this.used < this.bytes.length) this.bytes = this.bytes.slice(0, this.used);
    if (this.count < this.ends.length) this.ends = this.ends.slice(0, this.count);
  }

  /** Texts held. */
  get size(): number {
    return this.count;
  }
}

/** A copy with room for `needed` items and half as much again (doubling would waste up to half at a million rows). */
function grown<T extends Uint8Array | Uint32Array>(array: T, needed: number): T {
  const out = new (array.constructor as new (length: number) => T)(Math.max(needed, Math.ceil(array.length * 1.5)));
  out.set(array);
  return out;
}
