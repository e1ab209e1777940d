import type { CellValue } from "../../engine/table/cellValue";
import type { Customer } from "./customer";
import { generateCustomersWithTruth } from "./customers";
import { writePhone } from "./phoneNumber";
import { chance, mulberry32, pick, type Rand } from "./random";
import { typo } from "./text";

/**
 * Labelled customer files for measuring the duplicate finder: the rows of
 * generateCustomersWithTruth (its duplicates already carry typos, swapped first and last
 * names, glued particles, missing fields and other phone formats) plus the errors it does not
 * make: initials for a first name ("Martin J.P."), "St"/"Saint" and street abbreviations, and
 * customers who moved (new address, same e-mail or phone). Two layouts: the French one-column
 * address file ("single") and an English export with first/last name, street, postcode, town
 * and birth date in their own columns ("split").
 */
export interface LabelledOptions {
  /**
   * "plain" is the bench's own file (generateCustomersWithTruth, as `npm run bench` writes it):
   * no extra errors, and mailboxes left as the generator made them, so two namesakes may share
   * "jean.martin@gmail.com" as they do in real files.
   */
  readonly layout: "single" | "split" | "plain";
}

export interface LabelledCustomers {
  /** rows[0] is the header. */
  readonly rows: CellValue[][];
  /** rows index of a duplicate → rows index of the first row of that customer. */
  readonly duplicateOf: Map<number, number>;
}

export const SPLIT_HEADER: readonly string[] = [
  "Customer ID", "First name", "Last name", "Street", "Postcode", "City", "Phone", "Email", "Birth date", "Last order date",
];

const EXTRA_ERROR_RATE = 0.3;

export function generateLabelledCustomers(count: number, seed: number, options: LabelledOptions = { layout: "single" }): LabelledCustomers {
  const base = generateCustomersWithTruth(count, seed);
  if (options.layout === "plain") return { rows: base.rows, duplicateOf: base.duplicateOf };
  uniqueMailboxes(base.rows, base.duplicateOf);
  const rand = mulberry32(seed ^ 0x5eed);
  if (options.layout === "single") {
    const rows = base.rows.map((row) => [...row]);
    for (const [dup] of base.duplicateOf) if (chance(rand, EXTRA_ERROR_RATE)) rows[dup] = singleLayoutError(rand, rows[dup]!, base.customers[dup]!, rows);
    return { rows, duplicateOf: base.duplicateOf };
  }
  const rows: CellValue[][] = [[...SPLIT_HEADER]];
  for (let i = 1; i < base.rows.length; i++) {
    const original = base.duplicateOf.get(i) ?? i;
    const extra = base.duplicateOf.has(i) && chance(rand, EXTRA_ERROR_RATE);
    // The e-mail cell is the single layout's, already written messily and made unique per customer.
    rows.push(splitRow(rand, i, base.customers[i]!, birthDateOf(seed, original), extra, base.customers, base.rows[i]![5] ?? null));
  }
  return { rows, duplicateOf: base.duplicateOf };
}

/** Column 1 is "Nom", 3 "Adresse", 4 "Tél.", 5 "E-mail" in CUSTOMER_HEADER. */
function singleLayoutError(rand: Rand, row: CellValue[], c: Customer, rows: CellValue[][]): CellValue[] {
  const out = [...row];
  const r = rand();
  if (r < 0.35 && c.firstName) {
    out[1] = `${c.lastName} ${initials(c.firstName)}`;
  } else if (r < 0.6 && typeof out[3] === "string") {
    out[3] = abbreviate(out[3]);
  } else if (r < 0.8 && (out[4] !== null || out[5] !== null)) {
    // Moved: another customer's address, still reachable on the same phone or e-mail.
    out[3] = pick(rand, rows.slice(1))[3] ?? null;
  } else {
    out[4] = writePhone(rand, c.phone, []);
  }
  return out;
}

function splitRow(rand: Rand, i: number, c: Customer, birth: Date, extra: boolean, customers: readonly (Customer | null)[], email: CellValue): CellValue[] {
  const a = c.address;
  let first: string = chance(rand, 0.1) ? c.firstName.toUpperCase() : c.firstName;
  let last: string = chance(rand, 0.4) ? c.lastName.toUpperCase() : c.lastName;
  let street = a ? `${a.number} ${a.streetType} ${a.streetName}`.replace(/\s+/g, " ").trim() : "";
  let postcode = a?.postalCode ?? "";
  let city = a?.town ?? "";
  if (extra) {
    const r = rand();
    if (r < 0.3) first = initials(c.firstName);
    else if (r < 0.55) street = abbreviate(street);
    else if (r < 0.75 && (c.phone || c.email)) {
      const other = pick(rand, customers.slice(1))?.address;
      street = other ? `${other.number} ${other.streetType} ${other.streetName}`.trim() : "";
      postcode = other?.postalCode ?? "";
      city = other?.town ?? "";
    } else last = typo(rand, last);
  }
  return [
    `K${String(i).padStart(6, "0")}`,
    first || null,
    last || null,
    street || null,
    postcode || null,
    city || null,
    writePhone(rand, c.phone, []),
    email,
    chance(rand, 0.9) ? birth : null,
    c.lastPurchase,
  ];
}

/**
 * The base generator makes addresses from names, so two namesakes may get the very same
 * mailbox, which no person could tell apart from a duplicate: the later customer
 * gets a number in the mailbox ("emilie_andre2@gmail.com"), as providers make people do.
 */
function uniqueMailboxes(rows: CellValue[][], duplicateOf: ReadonlyMap<number, number>): void {
  const owner = new Map<string, number>();
  for (let i = 1; i < rows.length; i++) {
    const cell = rows[i]![5];
    if (typeof cell !== "string" || !cell.includes("@")) continue;
    // The mailbox, so that a typo in the domain or a stray space does not hide a namesake.
    const key = cell.replace(/\s+/g, "").toLowerCase().split("@")[0]!;
    const customer = duplicateOf.get(i) ?? i;
    const first = owner.get(key);
    if (first === undefined) owner.set(key, customer);
    else if (first !== customer) rows[i]![5] = cell.replace("@", `${i % 97}@`);
  }
}

/** "Jean-Pierre" → "J.P.", "Marie" → "M." */
function initials(firstName: string): string {
  return firstName.split(/[-\s]+/).filter(Boolean).map((w) => `${w.charAt(0).toUpperCase()}.`).join("");
}

/** What people abbreviate in an address (La Poste's RNVP lists the same): St, av., bd, r. */
function abbreviate(text: string): string {
  return text
    .replace(/\bSaint\b/g, "St")
    .replace(/\bSainte\b/g, "Ste")
    .replace(/\bavenue\b/gi, "av.")
    .replace(/\bboulevard\b/gi, "bd")
    .replace(/\brue\b/gi, "r.")
    .replace(/\bGénéral\b/g, "Gal");
}

/** The same person always has the same birth date: derived from the original row and the seed. */
function birthDateOf(seed: number, originalRow: number): Date {
  const rand = mulberry32(seed * 7919 + originalRow);
  return new Date(Date.UTC(1940 + Math.floor(rand() * 65), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)));
}
