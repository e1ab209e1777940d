import { ACTIVITIES, COMPANY_SUFFIXES, LEGAL_FORMS } from "./data/companies";
import { FOREIGN_TOWNS, type ForeignTown } from "./data/foreignTowns";
import {
  COMMON_LAST_NAMES, COMPOUND_LAST_NAMES, NON_CP1252_LAST_NAMES, PARTICLE_LAST_NAMES,
} from "./data/lastNames";
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, NON_CP1252_FIRST_NAMES } from "./data/firstNames";
import { COMPLEMENTS, LIEUX_DITS, NUMBER_SUFFIXES, STREET_NAMES, STREET_TYPES } from "./data/streets";
import { chance, pick, randomInt, weightedPicker, type Rand } from "./random";
import { randomSiret } from "./siret";
import type { FrenchTown, TownPicker } from "./towns";
import { EXPORT_DATE, addDays } from "./dates";
import { customerEmail } from "./emailAddress";
import { customerPhone } from "./phoneNumber";
import type { Address, Country } from "./customerTypes";

export type Civility = "M." | "Mme" | "Dr" | "M. et Mme" | "";

export type { Address, Country };

/** The customer behind a row: the truth a cleaner should recover from the messy text. */
export interface Customer {
  readonly civility: Civility;
  readonly female: boolean;
  readonly firstName: string;
  readonly lastName: string;
  readonly company: string;
  /** 14 digits, valid, or "" when the row is not a company. */
  readonly siret: string;
  readonly address: Address | null;
  /** National form "0612345678" for France, E.164 "+3245..." abroad; "" when unknown. */
  readonly phone: string;
  /** Lowercase, valid; "" when unknown. */
  readonly email: string;
  readonly lastPurchase: Date;
  readonly customerSince: Date;
  readonly purchasesPerYear: number;
  readonly averageBasket: number;
}

const pickStreetType = weightedPicker(STREET_TYPES.map((t) => [t, t.weight] as const));
const pickCountry = weightedPicker<Country>([["FR", 97], ["BE", 1.5], ["CH", 1], ["LU", 0.5]]);
const pickCivility = weightedPicker<"plain" | "Dr" | "couple" | "unknown">([
  ["plain", 90], ["Dr", 2], ["couple", 3], ["unknown", 5],
]);

const FOREIGN_BY_COUNTRY: Readonly<Record<Exclude<Country, "FR">, readonly ForeignTown[]>> = {
  BE: FOREIGN_TOWNS.filter((t) => t.country === "BE"),
  CH: FOREIGN_TOWNS.filter((t) => t.country === "CH"),
  LU: FOREIGN_TOWNS.filter((t) => t.country === "LU"),
};

export function randomLastName(rand: Rand): string {
  const r = rand();
  if (r < 0.08) return pick(rand, PARTICLE_LAST_NAMES);
  if (r < 0.12) return pick(rand, COMPOUND_LAST_NAMES);
  if (r < 0.125) return pick(rand, NON_CP1252_LAST_NAMES);
  return pick(rand, COMMON_LAST_NAMES);
}

function randomFirstName(rand: Rand, female: boolean): string {
  if (chance(rand, 0.004)) return pick(rand, NON_CP1252_FIRST_NAMES);
  return pick(rand, female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
}

function randomCompany(rand: Rand, lastName: string): string {
  const activity = pick(rand, ACTIVITIES);
  const core = chance(rand, 0.5) ? `${activity} ${lastName}` : `${activity} ${pick(rand, COMPANY_SUFFIXES)}`;
  const form = pick(rand, LEGAL_FORMS);
  const layout = rand();
  if (layout < 0.4) return `${core} ${form}`;
  if (layout < 0.7) return `${form} ${core}`;
  if (layout < 0.8) return `${core} (${form})`;
  return core;
}

/** Where surnames and street names come from: the real lists, or invented ones (inventedNames.ts). */
export interface Vocabulary {
  readonly lastName: (rand: Rand) => string;
  readonly streetName: (rand: Rand) => string;
}

export const REAL_VOCABULARY: Vocabulary = { lastName: randomLastName, streetName: (rand) => pick(rand, STREET_NAMES) };

function randomAddress(rand: Rand, towns: TownPicker, isCompany: boolean, vocabulary: Vocabulary): Address {
  const country = pickCountry(rand);
  const foreign = country === "FR" ? null : pick(rand, FOREIGN_BY_COUNTRY[country]);
  const french = foreign ? null : towns(rand);
  const lieuDit = !foreign && chance(rand, 0.04) ? pick(rand, LIEUX_DITS) : "";
  const type = pickStreetType(rand);
  const suffix = chance(rand, 0.06) ? ` ${pick(rand, NUMBER_SUFFIXES)}` : "";
  const poBox = isCompany && !foreign && chance(rand, 0.2) ? `${pick(rand, ["BP", "CS", "B.P."])} ${randomInt(rand, 1, 999)}` : "";
  return {
    number: lieuDit ? "" : `${randomInt(rand, 1, chance(rand, 0.8) ? 60 : 250)}${suffix}`,
    streetType: lieuDit || foreign ? "" : type.name,
    streetName: lieuDit ? "" : foreign ? pick(rand, foreign.streets) : vocabulary.streetName(rand),
    lieuDit,
    complement: chance(rand, 0.18) ? pick(rand, COMPLEMENTS) : "",
    poBox,
    postalCode: foreign ? foreign.postalCode : (french as FrenchTown).postalCode,
    town: foreign ? foreign.town : (french as FrenchTown).name,
    french,
    foreign,
    cedex: poBox !== "" && chance(rand, 0.6),
    country,
  };
}

/** Draws one customer: the clean truth. Writing it messily is the writers' job. */
export function randomCustomer(rand: Rand, towns: TownPicker, vocabulary: Vocabulary = REAL_VOCABULARY): Customer {
  const female = chance(rand, 0.52);
  const lastName = vocabulary.lastName(rand);
  const firstName = randomFirstName(rand, female);
  const isCompany = chance(rand, 0.15);
  const kind = pickCivility(rand);
  const civility: Civility =
    kind === "Dr" ? "Dr" : kind === "couple" ? "M. et Mme" : kind === "unknown" ? "" : female ? "Mme" : "M.";
  const company = isCompany ? randomCompany(rand, lastName) : "";
  const address = randomAddress(rand, towns, isCompany, vocabulary);
  const daysSincePurchase = Math.floor(Math.pow(rand(), 1.8) * 1400);
  const lastPurchase = addDays(EXPORT_DATE, -1 - daysSincePurchase);
  const customerSince = addDays(lastPurchase, -Math.floor(rand() * 365 * 12));
  return {
    civility,
    female,
    firstName,
    lastName,
    company,
    siret: isCompany && chance(rand, 0.9) ? randomSiret(rand) : "",
    address,
    phone: chance(rand, 0.93) ? customerPhone(rand, address) : "",
    email: chance(rand, 0.9) ? customerEmail(rand, firstName, lastName, company, address.country) : "",
    lastPurchase,
    customerSince,
    purchasesPerYear: Math.max(1, Math.round(Math.pow(rand(), 2.2) * 24 + rand())),
    averageBasket: Math.round((15 + Math.pow(rand(), 2.5) * 900 + rand() * 10) * 100) / 100,
  };
}

