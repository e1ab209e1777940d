import type { Interner } from "../interner";
import { letterBits } from "./oneLetterApart";

/**
 * What most comparisons of two words of a dictionary are settled by, without reading the
 * words: each word's length, first two letters and letters a-z (bits), in typed arrays
 * indexed by id. A pair of rows chosen at random or by blocking compares up to twenty name
 * and street words, nearly all different; reading each word's text to learn that cost a
 * cache miss per word (the model's 200,000 random pairs were 2.7 s of a 100,000-row run).
 */
export class WordShapes {
  readonly length: Int32Array;
  readonly first: Uint16Array;
  readonly second: Uint16Array;
  readonly letters: Int32Array;

  constructor(readonly words: Interner) {
    const n = words.size;
    this.length = new Int32Array(n);
    this.first = new Uint16Array(n);
    this.second = new Uint16Array(n);
    this.letters = new Int32Array(n);
    for (let id = 0; id < n; id++) {
      const text = words.text(id);
      this.length[id] = text.length;
      this.first[id] = text.length > 0 ? text.charCodeAt(0) : 0;
      this.second[id] = text.length > 1 ? text.charCodeAt(1) : 0;
      this.letters[id] = letterBits(text);
    }
  }
}
