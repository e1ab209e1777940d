import type { ForeignTown } from "./data/foreignTowns";
import type { FrenchTown } from "./towns";

/** A customer's country (own file: customer.ts, emailAddress.ts and phoneNumber.ts share it without a cycle). */
export type Country = "FR" | "BE" | "CH" | "LU";

/** Where a customer lives, as it should read once cleaned. */
export interface Address {
  readonly number: string;
  readonly streetType: string;
  readonly streetName: string;
  readonly lieuDit: string;
  readonly complement: string;
  readonly poBox: string;
  readonly postalCode: string;
  /** INSEE name for France ("Lyon 3e Arrondissement"), local name abroad. */
  readonly town: string;
  readonly french: FrenchTown | null;
  readonly foreign: ForeignTown | null;
  readonly cedex: boolean;
  readonly country: Country;
}
