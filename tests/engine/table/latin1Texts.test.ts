import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Latin1Texts } from "../../../src/engine/table/latin1Texts";

/** Any text of characters U+0000..U+00FF (accents, C1 controls, NUL). */
const latin1Text = textOf(0xff);
/** Any text of UTF-16 code units up to U+33FF (€, ’, œ, Greek, CJK) or an emoji: mostly not Latin-1. */
const otherText = fc.oneof(textOf(0x33ff), fc.constantFrom("😀", "rue de l’Église", "Œuvre", "\ud800"));

function textOf(max: number): fc.Arbitrary<string> {
  return fc.array(fc.integer({ min: 0, max }), { maxLength: 40 }).map((codes) => String.fromCharCode(...codes));
}

describe("Latin1Texts", () => {
  it("gives back every Latin-1 text it holds, and refuses (-1) any other without losing the rest", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(otherText, latin1Text)), (texts) => {
        const held = new Latin1Texts();
        const indexes = texts.map((text) => held.add(text));
        const latin1 = texts.map((text) => Array.from(text, (c) => c.charCodeAt(0)).every((code) => code <= 0xff));
        expect(indexes.map((index) => index >= 0)).toEqual(latin1);
        const kept = texts.filter((_, i) => latin1[i]);
        expect(held.size).toBe(kept.length);
        expect(indexes.filter((index) => index >= 0).map((index) => held.get(index))).toEqual(kept);
      }),
    );
  });

  it("holds texts longer than its first buffer and than one decoded piece", () => {
    const held = new Latin1Texts();
    const long = "é".repeat(30_000) + "x";
    const indexes = [held.add("a"), held.add(long), held.add(""), held.add("rue de l'Église")];
    expect(indexes.map((i) => held.get(i))).toEqual(["a", long, "", "rue de l'Église"]);
  });
});
