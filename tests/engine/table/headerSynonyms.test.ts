import { describe, expect, it } from "vitest";
import { COLUMN_ROLES } from "../../../src/engine/table/columnRole";
import { roleFromHeader } from "../../../src/engine/table/headerRole";
import { GENERIC_HEADERS, HEADER_SYNONYMS } from "../../../src/engine/table/headerSynonyms";
import { normalizeHeader } from "../../../src/engine/table/normalizeHeader";

describe("HEADER_SYNONYMS", () => {
  it("has French and English synonyms for every role except other", () => {
    for (const role of COLUMN_ROLES) {
      if (role === "other") continue;
      expect(HEADER_SYNONYMS[role].length, role).toBeGreaterThanOrEqual(4);
    }
  });

  it("never gives the same header to two roles", () => {
    const owner = new Map<string, string>();
    const all = [...Object.entries(HEADER_SYNONYMS), ...Object.entries(GENERIC_HEADERS)];
    for (const [role, texts] of all) {
      for (const text of texts ?? []) {
        const key = normalizeHeader(text);
        expect(owner.get(key) ?? role, `"${text}" in ${role} and ${owner.get(key)}`).toBe(role);
        owner.set(key, role);
      }
    }
  });

  it("reads every synonym back as its own role", () => {
    for (const [role, texts] of Object.entries(HEADER_SYNONYMS)) {
      for (const text of texts) {
        const guess = roleFromHeader(text);
        expect(guess.role, text).toBe(role);
        expect(guess.confidence, text).toBeGreaterThanOrEqual(0.9);
      }
    }
  });
});
