import { describe, expect, it } from "vitest";
import { closeColumns, unknownColumnError } from "../../../src/engine/segments/unknownColumn";

const HEADERS = ["N° client", "Nom", "Ville", "Date dernier achat", "Nb achats / an", "Panier moyen", "Montant > 100 €"];

describe("an unknown column in --where: the close matches, then the columns", () => {
  it("suggests the headers a letter or two apart, or holding the name, closest first", () => {
    expect(closeColumns("Vile", HEADERS)).toEqual(["Ville"]);
    expect(closeColumns("panier moyn", HEADERS)).toEqual(["Panier moyen"]);
    expect(closeColumns("achat", HEADERS)).toEqual(["Date dernier achat", "Nb achats / an"]);
    expect(closeColumns("Zorglub", HEADERS)).toEqual([]);
  });

  it("says so in French and English, and advises quotes only when a header with an operator starts with the name", () => {
    const typo = unknownColumnError("Vile", HEADERS);
    expect(typo.messageIn("fr")).toBe(`La colonne « Vile » n'existe pas. Vouliez-vous dire « Ville » ? Colonnes : ${HEADERS.join(", ")}.`);
    expect(typo.messageIn("en")).toBe(`There is no column "Vile". Did you mean "Ville"? Columns: ${HEADERS.join(", ")}.`);
    const cut = unknownColumnError("Montant", HEADERS);
    expect(cut.messageIn("fr")).toContain("« Montant > 100 € » ?");
    expect(cut.messageIn("fr")).toMatch(/entre guillemets ou \[crochets\]\.$/);
    expect(unknownColumnError("Zorglub", HEADERS).messageIn("fr")).not.toContain("crochets");
  });
});
