import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { EMPTY_PARTS, toReportParts } from "../../../../src/engine/structure/address/addressParts";

/**
 * toReportParts joins the street, lieu-dit, post box and complements without arrays (it runs
 * once per row): the same texts as joining the non-empty ones with a space, in the same order.
 */
describe("toReportParts", () => {
  it("joins street, lieu-dit, post box and complement as filter(Boolean).join(' ') does", () => {
    const text = fc.constantFrom("", "RUE DE LA PAIX", "LE BOURG", "BP 45", "BAT B", "12", "75002", "PARIS", "CEDEX 03");
    fc.assert(
      fc.property(
        fc.record({ number: text, street: text, complement: text, lieuDit: text, postBox: text, postalCode: text, city: text, cedex: text, country: text }),
        (fields) => {
          const parts = { ...EMPTY_PARTS, ...fields };
          const join = (...texts: string[]) => texts.filter(Boolean).join(" ");
          const report = toReportParts(parts);
          expect(report.street).toBe(parts.street || join(parts.lieuDit, parts.postBox));
          expect(report.complement).toBe(join(parts.complement, parts.street ? parts.lieuDit : "", parts.street ? parts.postBox : ""));
          expect(Object.keys(report)).toEqual(["number", "street", "complement", "postalCode", "city", "cedex", "country"]);
          const shared = { number: "12 BIS", postalCode: "75002", city: "PARIS" };
          expect(toReportParts(parts, shared)).toEqual({ ...report, ...shared });
        },
      ),
    );
  });
});
