import type { CellValue } from "../../engine/table/cellValue";
import { weightedPicker, type Rand } from "./random";
import type { TraitSink } from "./traits";

type SiretLayout = "compact" | "spaced" | "spacedNic" | "invalid" | "short" | "number";

const pickLayout = weightedPicker<SiretLayout>([
  ["compact", 62], ["spaced", 18], ["spacedNic", 6], ["invalid", 7], ["short", 3], ["number", 4],
]);

/** The "SIRET" cell: mostly valid, sometimes spaced as on an invoice, a few mistyped. */
export function writeSiret(rand: Rand, siret: string, traits: TraitSink): CellValue {
  if (siret === "") return null;
  switch (pickLayout(rand)) {
    case "compact":
      return siret;
    case "spaced":
      traits.push("siret:spaced");
      return `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;
    case "spacedNic":
      traits.push("siret:spaced");
      return `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9, 12)} ${siret.slice(12)}`;
    case "invalid": {
      // One digit changed: Luhn catches every single-digit error.
      traits.push("siret:invalid");
      const i = Math.floor(rand() * 14);
      const digit = (Number(siret.charAt(i)) + 1 + Math.floor(rand() * 8)) % 10;
      return siret.slice(0, i) + String(digit) + siret.slice(i + 1);
    }
    case "short":
      traits.push("siret:short");
      return siret.slice(0, 13);
    case "number":
      // Pasted into a General cell: Excel keeps a number and shows 1,23457E+13.
      traits.push("siret:number");
      return Number(siret);
  }
}
