import type { CellValue } from "../../engine/table/cellValue";
import { frenchDate, frenchLongDate } from "./dates";
import { chance, weightedPicker, type Rand } from "./random";
import type { TraitSink } from "./traits";

type DateLayout = "date" | "text" | "words" | "shortYear" | "iso" | "dots" | "empty";

const pickDateLayout = weightedPicker<DateLayout>([
  ["date", 85], ["text", 6], ["words", 2], ["shortYear", 1.5], ["iso", 1], ["dots", 0.5], ["empty", 4],
]);

/** A date cell: a real Excel date mostly, sometimes text typed in a text-formatted cell. */
export function writeDate(rand: Rand, date: Date, traits: TraitSink): CellValue {
  const layout = pickDateLayout(rand);
  if (layout === "date") return date;
  const text = frenchDate(date);
  switch (layout) {
    case "text":
      traits.push("date:text");
      return text;
    case "words":
      traits.push("date:words");
      return frenchLongDate(date);
    case "shortYear":
      traits.push("date:text");
      return text.slice(0, 6) + text.slice(8);
    case "iso":
      traits.push("date:text");
      return date.toISOString().slice(0, 10);
    case "dots":
      traits.push("date:text");
      return text.replaceAll("/", ".");
    case "empty":
      traits.push("date:empty");
      return null;
  }
}

/** "Nb achats / an": a number, sometimes typed as text, rarely a lookup error. */
export function writeCount(rand: Rand, count: number, traits: TraitSink): CellValue {
  const r = rand();
  if (r < 0.05) {
    traits.push("count:text");
    return chance(rand, 0.8) ? String(count) : `${count} fois`;
  }
  if (r < 0.09) return null;
  if (r < 0.093) {
    traits.push("cell:error");
    return { error: "#N/A" };
  }
  return count;
}

/** "1 234,50": French grouping with a no-break space, as Excel fr-FR displays it. */
export function frenchAmount(amount: number): string {
  const [whole = "0", cents = "00"] = amount.toFixed(2).split(".");
  let grouped = "";
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) grouped += "\u00a0";
    grouped += whole.charAt(i);
  }
  return `${grouped},${cents}`;
}

/** "Panier moyen": euros as numbers mostly, some typed as text, a few #N/A from a VLOOKUP. */
export function writeAmount(rand: Rand, amount: number, traits: TraitSink): CellValue {
  const r = rand();
  if (r < 0.85) return amount;
  if (r < 0.89) return (traits.push("amount:empty"), null);
  if (r < 0.9) return (traits.push("cell:error"), { error: "#N/A" });
  traits.push("amount:text");
  const text = frenchAmount(amount);
  const kind = Math.floor(rand() * 5);
  if (kind === 0) return `${text} €`;
  if (kind === 1) return text.replace("\u00a0", " ");
  if (kind === 2) return amount.toFixed(2);
  if (kind === 3) return `${text}€`;
  return `${amount.toFixed(2).replace(".", ",")} EUR`;
}
