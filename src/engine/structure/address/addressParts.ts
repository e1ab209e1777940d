import type { AddressParts } from "../../report";

/**
 * The parts of one postal address, as splitAddress returns them. Values are upper case and
 * keep their accents ("GENÈVE"); RNVP lines drop them. Every field is "" when absent.
 *
 * Written forms (streetWritten, countryWritten, leftover) keep what the user typed so that
 * nothing is lost: joined with the other fields they hold every letter and digit of the input.
 */
export interface SplitAddressParts {
  /** House number with its suffix as written: "12", "12 BIS", "12B", "12-14". */
  readonly number: string;
  /** Canonical street type: "AVENUE" (typed "av."), "" when none. */
  readonly streetType: string;
  /** Street name without its type: "FOCH". */
  readonly streetName: string;
  /** Canonical type + name: "AVENUE FOCH". */
  readonly street: string;
  /** The street as typed, upper case: "AV. FOCH". */
  readonly streetWritten: string;
  /** Recipient's complement (AFNOR line 2): appartement, étage, escalier, chez, porte, boîte. */
  readonly recipientComplement: string;
  /** Building's complement (AFNOR line 3): bâtiment, résidence, immeuble, ZI / ZA / ZAC. */
  readonly buildingComplement: string;
  /** Both complements, building first then recipient, as the report's "complement". */
  readonly complement: string;
  readonly lieuDit: string;
  /** "BP 45", "CS 70001", "TSA 30110". */
  readonly postBox: string;
  readonly postalCode: string;
  readonly city: string;
  /** "CEDEX", "CEDEX 03" or "". */
  readonly cedex: string;
  /** ISO 3166-1 alpha-2 code: "FR", "BE"… (the default country when none was typed). */
  readonly country: string;
  /** The country as typed ("BELGIQUE", the "CH" of "CH-1201"), "" when none was typed. */
  readonly countryWritten: string;
  /** Anything typed that fits no part (markers like "N°"); usually "". */
  readonly leftover: string;
}

export const EMPTY_PARTS: SplitAddressParts = {
  number: "",
  streetType: "",
  streetName: "",
  street: "",
  streetWritten: "",
  recipientComplement: "",
  buildingComplement: "",
  complement: "",
  lieuDit: "",
  postBox: "",
  postalCode: "",
  city: "",
  cedex: "",
  country: "",
  countryWritten: "",
  leftover: "",
};

/**
 * The report's AddressParts (DESIGN.md §5). The street there carries the lieu-dit or the post
 * box when there is no street, so a rural or BP-only address still shows where it goes.
 */
export function toReportParts(parts: SplitAddressParts, shared: Pick<SplitAddressParts, "number" | "postalCode" | "city"> = parts): AddressParts {
  // Joined without arrays: this runs once per row on a million rows.
  const street = parts.street || spaced(parts.lieuDit, parts.postBox);
  const complement = parts.street ? spaced(spaced(parts.complement, parts.lieuDit), parts.postBox) : parts.complement;
  return {
    number: shared.number,
    street,
    complement,
    postalCode: shared.postalCode,
    city: shared.city,
    cedex: cedexNumber(parts.cedex),
    country: parts.country,
  };
}

/** The non-empty ones of two texts, joined by a space. */
function spaced(first: string, second: string): string {
  return first === "" ? second : second === "" ? first : `${first} ${second}`;
}

const CEDEX_WITH_NUMBER = /^\S+\s+(\d+)$/;

/**
 * The report's and the CEDEX column's `cedex` (issue 13, DESIGN.md §5): the CEDEX number alone,
 * "CEDEX 01" → "01"; "CEDEX" for a CEDEX without a number (so it is not lost); "" otherwise.
 * Line 6 of the RNVP block keeps the whole "69205 LYON CEDEX 01".
 */
export function cedexNumber(cedex: string): string {
  if (cedex === "") return "";
  const found = CEDEX_WITH_NUMBER.exec(cedex);
  return found ? found[1]! : "CEDEX";
}

/** Every field that holds typed text, for the "nothing lost" check and for debugging. */
export function writtenText(parts: SplitAddressParts): string {
  return [
    parts.number,
    parts.streetWritten,
    parts.complement,
    parts.lieuDit,
    parts.postBox,
    parts.postalCode,
    parts.city,
    parts.cedex,
    parts.countryWritten,
    parts.leftover,
  ]
    .filter(Boolean)
    .join(" ");
}
