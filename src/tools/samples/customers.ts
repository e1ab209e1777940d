import type { CellValue } from "../../engine/table/cellValue";
import { randomCustomer, REAL_VOCABULARY, type Customer, type Vocabulary } from "./customer";
import { inventedLastName, inventedStreetName } from "./inventedNames";
import { duplicateOfCustomer } from "./duplicate";
import { writeEmail } from "./emailAddress";
import { writePhone } from "./phoneNumber";
import { chance, mulberry32, type Rand } from "./random";
import { anyTownPicker, townPicker, type TownPicker } from "./towns";
import type { Trait } from "./traits";
import { writeAddress } from "./writeAddress";
import { writeName } from "./writeName";
import { writeSiret } from "./writeSiret";
import { writeAmount, writeCount, writeDate } from "./writeValues";

/** The header a small French business really has in its customer export. */
export const CUSTOMER_HEADER: readonly string[] = [
  "N° client", "Nom", "Société", "Adresse", "Tél.", "E-mail", "SIRET", "Date dernier achat",
  "Nb achats / an", "Panier moyen", "Client depuis",
];

/** How Excel shows each column (number formats in the xlsx, text in the CSV). */
export type ColumnFormat = "general" | "date" | "euro";
export const CUSTOMER_COLUMN_FORMATS: readonly ColumnFormat[] = [
  "general", "general", "general", "general", "general", "general", "general", "date",
  "general", "euro", "date",
];

/** Share of rows that repeat an earlier customer (the brief asks for 4-6 %). */
const DUPLICATE_RATE = 0.05;
/** Among duplicates, rows pasted twice unchanged (only the customer number differs). */
const EXACT_COPY_RATE = 0.1;
/**
 * Duplicates copy one of the last RECENT customers: memory stays bounded for a million
 * rows (and little survives the young generation, which halved GC time), while duplicates
 * still sit up to a thousand rows apart.
 */
const RECENT = 1000;

export interface CustomerRecord {
  readonly cells: CellValue[];
  readonly customer: Customer;
  readonly traits: Trait[];
  /** 0-based data index of the customer this row repeats, or -1. */
  readonly duplicateOf: number;
}

/** An empty cell is null, as a host reads it, never "". */
function orNull(text: string): string | null {
  return text === "" ? null : text;
}

function writeRow(rand: Rand, id: string, c: Customer, traits: Trait[]): CellValue[] {
  return [
    id,
    orNull(writeName(rand, c, traits)),
    orNull(c.company),
    orNull(writeAddress(rand, c.address, traits)),
    writePhone(rand, c.phone, traits),
    writeEmail(rand, c.email, traits),
    writeSiret(rand, c.siret, traits),
    writeDate(rand, c.lastPurchase, traits),
    writeCount(rand, c.purchasesPerYear, traits),
    writeAmount(rand, c.averageBasket, traits),
    writeDate(rand, c.customerSince, traits),
  ];
}

/** The data rows one at a time (no header), so a million rows need not sit in memory. */
/**
 * `varied`: invented surnames and streets and towns from all of France, so that almost every
 * row holds new values (the bench's files: caches by distinct value must not make them easy).
 */
export function* customerRecords(count: number, seed: number, options: { keepTraits?: boolean; varied?: boolean } = {}): Generator<CustomerRecord> {
  const towns: TownPicker = options.varied ? anyTownPicker() : townPicker();
  const vocabulary: Vocabulary = options.varied ? { lastName: inventedLastName, streetName: inventedStreetName } : REAL_VOCABULARY;
  const keepTraits = options.keepTraits ?? true;
  // When traits are not wanted (bench), one scratch list is reused instead of one per row.
  const scratch: Trait[] = [];
  const rand = mulberry32(seed);
  const recentCustomers: Customer[] = [];
  const recentCells: CellValue[][] = [];
  const recentIndex: number[] = [];
  const recentTraits: Trait[][] = [];
  const emailAddresses = new Set<string>();
  for (let i = 0; i < count; i++) {
    const id = `C${String(i + 1).padStart(5, "0")}`;
    const traits: Trait[] = keepTraits ? [] : scratch;
    scratch.length = 0;
    const slot = recentCustomers.length > 0 && chance(rand, DUPLICATE_RATE) ? Math.floor(rand() * recentCustomers.length) : -1;
    let record: CustomerRecord;
    if (slot >= 0) {
      const original = recentCustomers[slot] as Customer;
      const originalIndex = recentIndex[slot] as number;
      if (chance(rand, EXACT_COPY_RATE)) {
        const cells = [id, ...(recentCells[slot] as CellValue[]).slice(1)];
        const originalTraits = keepTraits ? [...(recentTraits[slot] as Trait[])] : scratch;
        record = { cells, customer: original, traits: originalTraits, duplicateOf: originalIndex };
      } else {
        const customer = duplicateOfCustomer(rand, original);
        record = { cells: writeRow(rand, id, customer, traits), customer, traits, duplicateOf: originalIndex };
      }
    } else {
      const customer = ownEmailAddress(randomCustomer(rand, towns, vocabulary), emailAddresses);
      record = { cells: writeRow(rand, id, customer, traits), customer, traits, duplicateOf: -1 };
      const at = recentCustomers.length < RECENT ? recentCustomers.length : i % RECENT;
      recentCustomers[at] = customer;
      recentCells[at] = record.cells;
      recentIndex[at] = i;
      if (keepTraits) recentTraits[at] = traits;
    }
    yield record;
  }
}

export interface CustomersWithTruth {
  /** rows[0] is the header; rows[i] is data row i (sheet row i + 1 in the CSV). */
  readonly rows: CellValue[][];
  /** rows index of a duplicate → rows index of the first row of that customer. */
  readonly duplicateOf: Map<number, number>;
  /** customers[i] is the truth behind rows[i] (customers[0] is null: the header). */
  readonly customers: (Customer | null)[];
  readonly traits: Trait[][];
}

export function generateCustomersWithTruth(count: number, seed: number): CustomersWithTruth {
  const rows: CellValue[][] = [[...CUSTOMER_HEADER]];
  const duplicateOf = new Map<number, number>();
  const customers: (Customer | null)[] = [null];
  const traits: Trait[][] = [[]];
  let i = 0;
  for (const record of customerRecords(count, seed, { keepTraits: true })) {
    i++;
    rows.push(record.cells);
    customers.push(record.customer);
    traits.push(record.traits);
    if (record.duplicateOf >= 0) duplicateOf.set(i, record.duplicateOf + 1);
  }
  return { rows, duplicateOf, customers, traits };
}

/** Header + `count` rows of cell values, as a spreadsheet holds them. */
export function generateCustomers(count: number, seed: number): CellValue[][] {
  const rows: CellValue[][] = [[...CUSTOMER_HEADER]];
  for (const record of customerRecords(count, seed, { keepTraits: false })) rows.push(record.cells);
  return rows;
}

/** For the bench harness: the same rows as generateCustomers, nothing else kept. */
export const generateCustomerRows = generateCustomers;

/**
 * An e-mail address belongs to one person: a second "Emma Perrin" at wanadoo.fr gets
 * emma.perrin2@wanadoo.fr, as the provider makes her choose. Without this, namesakes shared
 * one address, and no reader (nor the truth labels) could tell them from one customer who moved.
 */
function ownEmailAddress(customer: Customer, addresses: Set<string>): Customer {
  const at = customer.email.indexOf("@");
  if (at < 0) return customer;
  const [local, domain] = [customer.email.slice(0, at), customer.email.slice(at)];
  let email = customer.email;
  for (let n = 2; addresses.has(email); n++) email = `${local}${n}${domain}`;
  addresses.add(email);
  return email === customer.email ? customer : { ...customer, email };
}
