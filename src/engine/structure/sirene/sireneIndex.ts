import type { CellValue } from "../../table/cellValue";
import type { ColumnRole } from "../../table/columnRole";
import { cellInput } from "../processors/cellInput";
import { detectSeparator, isOpenRecord, splitCsvLine } from "./sireneCsv";
import { companyKey, establishmentOf, SIRENE_COLUMNS, type ColumnIndexes, type Establishment, type SireneField } from "./sireneEstablishment";
import { compressedSireneFile, emptySireneFile, missingColumns } from "./sireneMessages";

/** What the customer file asks of SIRENE: only these rows are kept while the extract streams by. */
export interface SireneNeeds {
  readonly sirets: ReadonlySet<string>;
  readonly sirens: ReadonlySet<string>;
  /** "75002|ROUX ET FILS": a company name (companyKey) at a postal code. */
  readonly codeNames: ReadonlySet<string>;
  readonly postalCodes: ReadonlySet<string>;
}

/** The establishments kept, by SIRET, by SIREN and by postal code + name. */
export interface SireneIndex {
  readonly bySiret: ReadonlyMap<string, Establishment>;
  readonly bySiren: ReadonlyMap<string, readonly Establishment[]>;
  readonly byCodeName: ReadonlyMap<string, readonly Establishment[]>;
  /** Data lines read from the file (for the CLI's message). */
  readonly linesRead: number;
}

const FIVE_DIGITS = /(?:^|\D)(\d{5})(?=\D|$)/g;

/** The postal code of a row: its postal code column, else the last 5-digit group of its address. */
export function rowPostalCode(postalCodes: readonly CellValue[] | null, addresses: readonly CellValue[] | null, row: number): string {
  const typed = postalCodes ? cellInput(postalCodes[row] ?? null) : null;
  if (typed) {
    const digits = typed.replace(/\s+/g, "");
    return /^\d{4}$/.test(digits) ? `0${digits}` : digits;
  }
  const address = addresses ? cellInput(addresses[row] ?? null) : null;
  if (!address) return "";
  let last = "";
  for (const found of address.matchAll(FIVE_DIGITS)) last = found[1]!;
  return last;
}

export const digitsOf = (value: CellValue): string => (cellInput(value) ?? "").replace(/[\s.-]/g, "");

/** The SIRETs, SIRENs and postal code + company names of a customer file. */
export function sireneNeedsOf(valuesOfRole: (role: ColumnRole) => readonly CellValue[] | null): SireneNeeds {
  const sirets = new Set<string>();
  const sirens = new Set<string>();
  const codeNames = new Set<string>();
  const postalCodes = new Set<string>();
  const siretValues = valuesOfRole("siret") ?? [];
  const sirenValues = valuesOfRole("siren") ?? [];
  const companies = valuesOfRole("company");
  const codes = valuesOfRole("postalCode");
  const addresses = valuesOfRole("address");
  const rows = Math.max(siretValues.length, sirenValues.length, companies?.length ?? 0);
  for (let row = 0; row < rows; row++) {
    for (const id of [digitsOf(siretValues[row] ?? null), digitsOf(sirenValues[row] ?? null)]) {
      if (/^\d{14}$/.test(id)) sirets.add(id);
      if (/^\d{9}$/.test(id)) sirens.add(id);
    }
    const name = companies ? cellInput(companies[row] ?? null) : null;
    const code = rowPostalCode(codes, addresses, row);
    if (name && code) {
      codeNames.add(`${code}|${companyKey(name)}`);
      postalCodes.add(code);
    }
  }
  return { sirets, sirens, codeNames, postalCodes };
}

const REQUIRED: readonly SireneField[] = ["siren", "state"];

/**
 * Reads a SIRENE StockEtablissement extract one line at a time (the whole file has some 40
 * million lines: it is never held in memory) and keeps only the establishments the customer
 * file needs. The host streams the lines in; the engine does no I/O.
 */
export class SireneExtractReader {
  private columns: ColumnIndexes | undefined;
  private separator = ",";
  private pending = "";
  private lines = 0;
  private readonly bySiret = new Map<string, Establishment>();
  private readonly bySiren = new Map<string, Establishment[]>();
  private readonly byCodeName = new Map<string, Establishment[]>();

  constructor(
    private readonly needs: SireneNeeds,
    private readonly fileName: string,
  ) {}

  /** One line of the file, without its line break. Throws SireneFileError on a header that is not SIRENE's. */
  addLine(line: string): void {
    if (this.pending !== "" || isOpenRecord(line)) {
      this.pending = this.pending === "" ? line : `${this.pending}\n${line}`;
      if (isOpenRecord(this.pending)) return;
      line = this.pending;
      this.pending = "";
    }
    if (this.columns === undefined) return this.readHeader(line);
    if (line.trim() === "") return;
    this.lines++;
    this.keepIfNeeded(splitCsvLine(line, this.separator));
  }

  index(): SireneIndex {
    if (this.columns === undefined) throw emptySireneFile(this.fileName);
    return { bySiret: this.bySiret, bySiren: this.bySiren, byCodeName: this.byCodeName, linesRead: this.lines };
  }

  private readHeader(line: string): void {
    const header = line.replace(/^\uFEFF/, "");
    if (header.trim() === "") return;
    if (header.startsWith("PK") || header.charCodeAt(0) === 0x1f) throw compressedSireneFile(this.fileName);
    this.separator = detectSeparator(header);
    const names = splitCsvLine(header, this.separator).map((name) => name.trim().toLowerCase());
    const columns: Partial<Record<SireneField, number>> = {};
    for (const [field, name] of Object.entries(SIRENE_COLUMNS) as Array<[SireneField, string]>) {
      const at = names.indexOf(name.toLowerCase());
      if (at >= 0) columns[field] = at;
    }
    const missing: string[] = REQUIRED.filter((field) => columns[field] === undefined).map((field) => SIRENE_COLUMNS[field]);
    if (columns.siret === undefined && columns.nic === undefined) missing.push(`${SIRENE_COLUMNS.siret} / ${SIRENE_COLUMNS.nic}`);
    if (missing.length > 0) throw missingColumns(this.fileName, missing);
    this.columns = columns;
  }

  private keepIfNeeded(cells: readonly string[]): void {
    const at = this.columns!;
    const cell = (field: SireneField) => {
      const index = at[field];
      return index === undefined ? "" : (cells[index] ?? "").trim();
    };
    const siren = cell("siren");
    const siret = cell("siret") || siren + cell("nic");
    const code = cell("postalCode");
    const wanted = this.needs.sirets.has(siret) || this.needs.sirens.has(siren) || this.needs.postalCodes.has(code);
    if (!wanted) return; // almost every line of the national file: nothing more is parsed
    const establishment = establishmentOf(cells, at);
    const byName = establishment.nameKeys.map((key) => `${code}|${key}`).filter((key) => this.needs.codeNames.has(key));
    if (!this.needs.sirets.has(siret) && !this.needs.sirens.has(siren) && byName.length === 0) return;
    this.bySiret.set(establishment.siret, establishment);
    push(this.bySiren, establishment.siren, establishment);
    for (const key of byName) push(this.byCodeName, key, establishment);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
