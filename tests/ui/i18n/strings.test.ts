import { describe, expect, it } from "vitest";
import { STRINGS, t } from "../../../src/ui/i18n/strings";

describe("taskpane strings", () => {
  it("has every key in French and English, none empty, with the same placeholders", () => {
    const keys = Object.keys(STRINGS.fr);
    expect(Object.keys(STRINGS.en).sort()).toEqual([...keys].sort());
    for (const key of keys as (keyof typeof STRINGS.fr)[]) {
      expect(STRINGS.fr[key].trim()).not.toBe("");
      expect(STRINGS.en[key].trim()).not.toBe("");
      const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(holes(STRINGS.en[key])).toEqual(holes(STRINGS.fr[key]));
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("fr", "fileChosen", { name: "clients.xlsx" })).toBe("Fichier : clients.xlsx");
    expect(t("en", "fileChosen")).toBe("File: {name}");
  });
});
