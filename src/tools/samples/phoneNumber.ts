import type { CellValue } from "../../engine/table/cellValue";
import type { Address } from "./customerTypes";
import { chance, pick, randomDigits, weightedPicker, type Rand } from "./random";
import type { TraitSink } from "./traits";

/** ARCEP numbering plan: the landline zone (01 to 05) a department dials. */
const ZONE_1 = ["75", "77", "78", "91", "92", "93", "94", "95"];
const ZONE_2 = ["14", "18", "22", "27", "28", "29", "35", "36", "37", "41", "44", "45", "49", "50", "53", "56", "61", "72", "76", "85"];
const ZONE_3 = ["02", "08", "10", "21", "25", "39", "51", "52", "54", "55", "57", "58", "59", "60", "62", "67", "68", "70", "71", "80", "88", "89", "90"];
const ZONE_4 = ["01", "03", "04", "05", "06", "07", "11", "13", "15", "20", "26", "30", "34", "38", "42", "43", "48", "63", "66", "69", "73", "74", "83", "84"];

/** Overseas prefixes (ARCEP): [landline, mobile, country code used from abroad]. */
const OVERSEAS: Readonly<Record<string, readonly [string, string, string]>> = {
  "971": ["0590", "0690", "+590"],
  "972": ["0596", "0696", "+596"],
  "974": ["0262", "0692", "+262"],
};

/** "0692" → Réunion's prefixes, to write the number from abroad ("+262 692 ..."). */
const OVERSEAS_BY_PREFIX = new Map(
  Object.values(OVERSEAS).flatMap((o) => [[o[0], o], [o[1], o]] as const),
);

const ZONE_BY_DEPARTMENT = new Map<string, string>([
  ...ZONE_1.map((d) => [d, "01"] as const),
  ...ZONE_2.map((d) => [d, "02"] as const),
  ...ZONE_3.map((d) => [d, "03"] as const),
  ...ZONE_4.map((d) => [d, "04"] as const),
]);

function landlineZone(department: string): string {
  return ZONE_BY_DEPARTMENT.get(department) ?? "05";
}

/** The customer's real number: national "0XXXXXXXXX" in France, E.164 abroad. */
export function customerPhone(rand: Rand, address: Address): string {
  const mobile = chance(rand, 0.62);
  if (address.country === "BE") return mobile ? `+3247${randomDigits(rand, 7)}` : `+322${randomDigits(rand, 7)}`;
  if (address.country === "CH") return mobile ? `+4179${randomDigits(rand, 7)}` : `+4122${randomDigits(rand, 7)}`;
  if (address.country === "LU") return `+352621${randomDigits(rand, 6)}`;
  const overseas = OVERSEAS[address.postalCode.slice(0, 3)];
  if (overseas) return `${mobile ? overseas[1] : overseas[0]}${randomDigits(rand, 6)}`;
  // Third digit 1-8: 069x and 059x belong to the overseas departments (ARCEP plan); mobiles
  // in 07 start 073-078 (070-072 are not allocated). One draw serves both, so rows stay stable.
  const draw = rand();
  const third = String(1 + Math.floor(draw * 8));
  if (mobile) return chance(rand, 0.8) ? `06${third}${randomDigits(rand, 7)}` : `07${3 + Math.floor(draw * 6)}${randomDigits(rand, 7)}`;
  return `${landlineZone(address.postalCode.slice(0, 2))}${third}${randomDigits(rand, 7)}`;
}

type PhoneLayout =
  | "compact" | "spaced" | "dotted" | "dashed" | "plus33" | "plus33zero" | "plus33compact"
  | "0033" | "lostZero" | "tooShort" | "tooLong" | "two";

const pickLayout = weightedPicker<PhoneLayout>([
  ["compact", 22], ["spaced", 33], ["dotted", 10], ["dashed", 4], ["plus33", 8],
  ["plus33zero", 4], ["plus33compact", 4], ["0033", 4], ["lostZero", 3], ["tooShort", 2],
  ["tooLong", 1], ["two", 1],
]);

function pairs(digits: string, separator: string): string {
  let out = digits.slice(0, 2);
  for (let i = 2; i < digits.length; i += 2) out += separator + digits.slice(i, i + 2);
  return out;
}

/** Each country's usual grouping: "+32 470 12 34 56", "+41 79 123 45 67", "+352 621 123 456". */
function writeInternational(phone: string): string {
  if (phone.startsWith("+352")) return `+352 ${phone.slice(4, 7)} ${phone.slice(7, 10)} ${phone.slice(10)}`;
  if (phone.startsWith("+41")) return `+41 ${phone.slice(3, 5)} ${phone.slice(5, 8)} ${pairs(phone.slice(8), " ")}`;
  if (phone.startsWith("+322")) return `+32 2 ${phone.slice(4, 7)} ${pairs(phone.slice(7), " ")}`;
  return `${phone.slice(0, 3)} ${phone.slice(3, 6)} ${pairs(phone.slice(6), " ")}`;
}

/** Writes a phone the many ways people type one (spaces, dots, +33, a lost leading zero...). */
export function writePhone(rand: Rand, phone: string, traits: TraitSink): CellValue {
  if (phone === "") {
    traits.push("phone:empty");
    return null;
  }
  if (phone.startsWith("+")) {
    traits.push("phone:international");
    return chance(rand, 0.6) ? writeInternational(phone) : phone;
  }
  const overseas = OVERSEAS_BY_PREFIX.get(phone.slice(0, 4));
  if (overseas) traits.push("phone:overseas");
  const rest = phone.slice(1);
  const layout = pickLayout(rand);
  switch (layout) {
    case "compact":
      traits.push("phone:compact");
      return phone;
    case "spaced":
      traits.push("phone:spaced");
      return pairs(phone, " ");
    case "dotted":
      traits.push("phone:dotted");
      return pairs(phone, ".");
    case "dashed":
      traits.push("phone:dashed");
      return pairs(phone, "-");
    case "plus33":
      traits.push("phone:plus33");
      return overseas ? `${overseas[2]} ${rest.slice(0, 3)} ${pairs(rest.slice(3), " ")}` : `+33 ${rest[0]} ${pairs(rest.slice(1), " ")}`;
    case "plus33zero":
      traits.push("phone:plus33zero");
      return `+33 (0)${rest[0]} ${pairs(rest.slice(1), " ")}`;
    case "plus33compact":
      traits.push("phone:plus33");
      return `+33${rest}`;
    case "0033":
      traits.push("phone:0033");
      return `0033${rest}`;
    case "lostZero":
      // Typed into a General cell, Excel stores 0612345678 as the number 612345678.
      traits.push("phone:lostZero");
      return Number(rest);
    case "tooShort":
      traits.push("phone:tooShort");
      return pairs(phone.slice(0, 9), " ");
    case "tooLong":
      traits.push("phone:tooLong");
      return phone + pick(rand, ["0", "1", "5", "8"]);
    case "two":
      traits.push("phone:two");
      return `${pairs(phone, " ")} / 04 78 ${pairs(randomDigits(rand, 6), " ")}`;
  }
}
