import type { Civility, Customer } from "./customer";
import { chance, pick, weightedPicker, type Rand } from "./random";
import { stripAccents } from "./text";
import type { TraitSink } from "./traits";

/** How a civility gets typed (La Poste prefers "M." and "Mme"; people type anything). */
const CIVILITY_SPELLINGS: Readonly<Record<Exclude<Civility, "">, readonly string[]>> = {
  "M.": ["M.", "M.", "M.", "M", "Mr", "Monsieur", "MR", "Mr."],
  Mme: ["Mme", "Mme", "Mme", "Madame", "MME", "Mme.", "Mlle", "Mlle"],
  Dr: ["Dr", "Dr.", "Docteur"],
  "M. et Mme": ["M. et Mme", "M. & Mme", "Mr et Mme"],
};

type NameLayout = "lastFirst" | "firstLast" | "firstLAST" | "comma" | "lowercase" | "uppercase" | "initial" | "lastOnly";

const pickLayout = weightedPicker<NameLayout>([
  ["lastFirst", 38], ["firstLast", 22], ["firstLAST", 17], ["comma", 5], ["lowercase", 6],
  ["uppercase", 6], ["initial", 3], ["lastOnly", 3],
]);

function upper(rand: Rand, name: string): string {
  return chance(rand, 0.3) ? stripAccents(name).toUpperCase() : name.toUpperCase();
}

/** The "Nom" cell: civility and name written every way a file holds them. */
export function writeName(rand: Rand, customer: Customer, traits: TraitSink): string {
  const { firstName, lastName, civility } = customer;
  if (customer.company && chance(rand, 0.3)) {
    traits.push("name:empty");
    return "";
  }
  const dropCivility = civility === "" || chance(rand, 0.12);
  if (dropCivility) traits.push("name:noCivility");
  const civ = dropCivility ? "" : `${pick(rand, CIVILITY_SPELLINGS[civility as Exclude<Civility, "">])} `;
  const layout = civility === "M. et Mme" ? "lastOnly" : pickLayout(rand);
  switch (layout) {
    case "lastFirst":
      traits.push("name:lastFirst");
      return `${civ}${upper(rand, lastName)} ${firstName}`;
    case "firstLast":
      traits.push("name:firstLast");
      return `${civ}${firstName} ${lastName}`;
    case "firstLAST":
      traits.push("name:firstLast");
      return `${civ}${firstName} ${upper(rand, lastName)}`;
    case "comma":
      traits.push("name:comma");
      return `${civ}${upper(rand, lastName)}, ${firstName}`;
    case "lowercase":
      traits.push("name:lowercase");
      return `${civ}${lastName} ${firstName}`.toLowerCase();
    case "uppercase":
      traits.push("name:uppercase");
      return `${civ}${lastName} ${firstName}`.toUpperCase();
    case "initial":
      traits.push("name:initial");
      return `${civ}${firstName.charAt(0)}. ${lastName}`;
    case "lastOnly":
      traits.push("name:lastOnly");
      return `${civ}${chance(rand, 0.5) ? upper(rand, lastName) : lastName}`;
  }
}
