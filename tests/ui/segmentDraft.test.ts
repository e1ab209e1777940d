import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { draftFromSaved, draftWhere, NEW_DRAFT, type DraftCondition, type SegmentDraft } from "../../src/ui/segmentDraft";
import { inspectTable } from "../../src/engine/inspect";
import { tableFromSheet } from "../../src/engine/table/tableFromSheet";
import { FRENCH_DATA, FRENCH_HEADER } from "../engine/table/sampleSheets";
import type { Lang } from "../../src/engine/i18n/lang";
import { matchWhere } from "../../src/engine/segments/matchWhere";
import { parseWhere } from "../../src/engine/segments/parseWhere";

const columns = inspectTable(tableFromSheet({ name: "Clients", rows: [FRENCH_HEADER, ...FRENCH_DATA] }), "fr");
const index = (header: string) => String(FRENCH_HEADER.indexOf(header));
const line = (header: string, op: DraftCondition["op"], value = "", more: Partial<DraftCondition> = {}): DraftCondition => ({
  column: index(header),
  op,
  value,
  valueTo: "",
  ...more,
});

/** The sample rows a condition selects: what the segment job will count. */
const matching = (where: string, lang: Lang) => {
  const test = matchWhere(parseWhere(where, FRENCH_HEADER), columns, lang);
  return FRENCH_DATA.map((cells, row) => (test(cells) ? row : -1)).filter((row) => row >= 0);
};

const text = (draft: SegmentDraft, lang: Lang = "fr") => {
  const built = draftWhere(draft, columns, lang);
  if (!("text" in built)) throw new Error(built.error);
  return built.text;
};

describe("segment builder: groups, non, editing a saved segment", () => {
  const draft: SegmentDraft = {
    name: "Lyon ou Paris, gros paniers",
    join: "and",
    conditions: [line("Panier moyen", ">=", "100"), line("E-mail", "empty", "", { negate: true })],
    groups: [{ join: "or", negate: false, conditions: [line("Ville", "=", "Lyon"), line("Ville", "=", "Paris")] }],
  };

  it("writes a group in brackets and a negated line with non / not", () => {
    expect(text(draft)).toBe("Panier moyen >= 100 et non E-mail est vide et (Ville = Lyon ou Ville = Paris)");
    expect(text(draft, "en")).toBe("Panier moyen >= 100 and not E-mail is empty and (Ville = Lyon or Ville = Paris)");
    const negatedGroup = { ...draft, groups: [{ ...draft.groups![0]!, negate: true }] };
    expect(text(negatedGroup)).toBe("Panier moyen >= 100 et non E-mail est vide et non (Ville = Lyon ou Ville = Paris)");
  });

  it("opens a saved segment as the lines and groups it was built from", () => {
    const opened = draftFromSaved({ name: draft.name, where: text(draft) }, columns);
    expect(opened).toMatchObject({ name: draft.name, editing: draft.name, join: "and", conditions: draft.conditions, groups: draft.groups });
    expect(text(opened!)).toBe(text(draft));
  });

  it("a segment typed with groups inside groups is not opened rather than opened wrong", () => {
    expect(draftFromSaved({ name: "x", where: "Ville = Lyon et (CP = 69002 ou (Ville = Paris et Panier moyen > 10))" }, columns)).toBeNull();
    expect(draftFromSaved({ name: "x", where: "ceci n'est pas une condition >=" }, columns)).toBeNull();
  });

  it("property: any draft of lines and one level of groups reads back to the same condition (fast-check)", () => {
    const headers = ["Ville", "CP", "Nom", "Nb achats / an", "Panier moyen", "E-mail"];
    const word = fc.stringMatching(/^[A-Za-zéè]{1,8}$/);
    const number = fc.integer({ min: 0, max: 999 }).map(String);
    const condition = fc.oneof(
      fc.record({
        header: fc.constantFrom("Ville", "Nom"),
        op: fc.constantFrom("=" as const, "!=" as const, "contains" as const, "startsWith" as const),
        value: word,
      }),
      fc.record({ header: fc.constantFrom("Nb achats / an", "Panier moyen"), op: fc.constantFrom(">=" as const, "<" as const, "=" as const), value: number }),
      fc.record({ header: fc.constantFrom(...headers), op: fc.constantFrom("empty" as const, "notEmpty" as const), value: fc.constant("") }),
      fc.record({
        header: fc.constant("Ville"),
        op: fc.constant("in" as const),
        value: fc.array(word, { minLength: 1, maxLength: 3 }).map((v) => v.join(", ")),
      }),
    );
    const drafted = fc.tuple(condition, fc.boolean()).map(([c, negate]) => line(c.header, c.op, c.value, negate ? { negate } : {}));
    const join = fc.constantFrom("and" as const, "or" as const);
    const drafts = fc.record({
      join,
      conditions: fc.array(drafted, { minLength: 1, maxLength: 3 }),
      groups: fc.array(fc.record({ join, negate: fc.boolean(), conditions: fc.array(drafted, { minLength: 2, maxLength: 3 }) }), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(drafts, fc.constantFrom<Lang>("fr", "en"), (parts, lang) => {
        const built = draftWhere({ name: "S", ...parts }, columns, lang);
        if (!("text" in built)) return;
        const opened = draftFromSaved({ name: "S", where: built.text }, columns);
        expect(opened).not.toBeNull();
        // "a et (b et c)" opens as three lines: the same customers, maybe another order.
        const again = text(opened!, lang);
        expect(matching(again, lang)).toEqual(matching(built.text, lang));
        expect(text(draftFromSaved({ name: "S", where: again }, columns)!, lang)).toBe(again);
      }),
    );
  });

  it("a new draft has one empty line and no group", () => {
    expect(NEW_DRAFT.conditions).toHaveLength(1);
    expect(NEW_DRAFT.groups).toEqual([]);
    expect("error" in draftWhere(NEW_DRAFT, columns, "fr")).toBe(true);
  });
});
