import { describe, expect, it } from "vitest";
import { formatCell } from "../../../src/engine/i18n/formatCell";
import { translate } from "../../../src/engine/i18n/messages";
import { langFromLocale } from "../../../src/engine/i18n/lang";
import { roleLabel } from "../../../src/engine/i18n/roleLabels";
import { COLUMN_ROLES } from "../../../src/engine/table/columnRole";

describe("French and English display", () => {
  it("shows dates and decimals the way each language reads them", () => {
    const day = new Date(Date.UTC(2025, 6, 26));
    expect(formatCell(day, "fr")).toBe("26/07/2025");
    expect(formatCell(day, "en")).toBe("2025-07-26");
    expect(formatCell(90.92, "fr")).toBe("90,92");
    expect(formatCell(90.92, "en")).toBe("90.92");
    expect(formatCell({ error: "#N/A" }, "fr")).toBe("#N/A");
    expect(formatCell(true, "fr")).toBe("VRAI");
  });

  it("maps locales to a language, French by default", () => {
    expect(langFromLocale("fr-FR")).toBe("fr");
    expect(langFromLocale("en-GB")).toBe("en");
    expect(langFromLocale("de-DE")).toBe("fr");
    expect(langFromLocale(undefined)).toBe("fr");
  });

  it("has a label for every role in both languages, and fills message parameters", () => {
    for (const role of COLUMN_ROLES) {
      expect(roleLabel(role, "fr")).not.toBe("");
      expect(roleLabel(role, "en")).not.toBe("");
    }
    expect(roleLabel("postalCode", "fr")).toBe("Code postal");
    expect(translate("fr", "error.emptySheet", { sheet: "Clients" })).toBe("La feuille « Clients » est vide : il n'y a rien à analyser.");
    expect(translate("en", "error.fileNotFound", {})).toContain("{file}");
  });
});
