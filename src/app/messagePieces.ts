/**
 * A big answer (a Structure's Plan and Report on 50,000 rows: hundreds of thousands of cells and
 * flags) crosses from the worker in pieces. The page reads each message in one task on its
 * thread, and one message of everything took longer than the 100 ms a user feels; a few
 * thousand items a piece each take a few milliseconds, and the page draws in between.
 */

/**
 * Items in one piece: 1,024 of a Structure's flags (each with its note) are about 0.3 MB; 4,096
 * made pieces of up to 1.7 MB, read in tasks of 50-150 ms on a loaded 2-core machine.
 */
export const PIECE_ITEMS = 1024;

/** Where a long array was in the answer: its pieces came before, in slot order. */
interface Hole {
  readonly triaPieces: number;
}

/**
 * The answer with each array longer than a piece replaced by a hole, and those arrays' pieces
 * handed to `send` (slot, items) first. Plain objects and short arrays are walked; anything else
 * (Dates, Maps, typed arrays, text) travels as it is.
 */
export function splitIntoPieces(value: unknown, send: (slot: number, items: unknown[]) => void): unknown {
  let slots = 0;
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) {
      if (node.length <= PIECE_ITEMS) return node.map(walk);
      const slot = slots++;
      for (let at = 0; at < node.length; at += PIECE_ITEMS) send(slot, node.slice(at, at + PIECE_ITEMS));
      return { triaPieces: slot } satisfies Hole;
    }
    if (!isPlainObject(node)) return node;
    // No prototype: a key spelt "__proto__" (a header is the user's text) stays a key.
    const out = Object.create(null) as Record<string, unknown>;
    for (const [key, field] of Object.entries(node)) out[key] = walk(field);
    return out;
  };
  return walk(value);
}

/** The page's side: pieces gathered as they come, then the answer made whole again. */
export class PieceCollector {
  private readonly slots: unknown[][][] = [];

  add(slot: number, items: unknown[]): void {
    (this.slots[slot] ??= []).push(items);
  }

  /** The answer with every hole filled; only the answer's small skeleton is walked. */
  fill(skeleton: unknown): unknown {
    // No piece came (a preview: 200 rows of short arrays): nothing to fill, and walking its
    // 9,000 cells was 30-130 ms of the page's thread for nothing.
    if (this.slots.length === 0) return skeleton;
    const walk = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(walk);
      if (!isPlainObject(node)) return node;
      if (isHole(node)) return ([] as unknown[]).concat(...(this.slots[node.triaPieces] ?? []));
      for (const [key, field] of Object.entries(node)) {
        const whole = walk(field);
        if (whole !== field) node[key] = whole;
      }
      return node;
    };
    return walk(skeleton);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function isHole(value: Record<string, unknown>): value is Record<string, unknown> & Hole {
  return typeof value.triaPieces === "number" && Object.keys(value).length === 1;
}
