import type { CellValue } from "../../engine/table/cellValue";
import { DOMAIN_TYPOS, FOREIGN_DOMAINS, PERSONAL_DOMAINS } from "./data/emailDomains";
import type { Country } from "./customerTypes";
import { chance, pick, randomInt, weightedPicker, type Rand } from "./random";
import { slug } from "./text";
import type { TraitSink } from "./traits";

const pickDomain = weightedPicker(PERSONAL_DOMAINS);
const TRAILING_DASH = /-$/;
const LAST_DOT = /\.(?=[a-z]+$)/;

/** The customer's real, valid, lowercase address. */
export function customerEmail(rand: Rand, firstName: string, lastName: string, company: string, country: Country): string {
  const first = slug(firstName, "");
  const last = slug(lastName, "");
  if (company && chance(rand, 0.6)) {
    const domain = `${slug(company).slice(0, 30).replace(TRAILING_DASH, "")}.fr`;
    return chance(rand, 0.5) ? `contact@${domain}` : `${first}.${last}@${domain}`;
  }
  const domain = country === "FR" ? pickDomain(rand) : pick(rand, FOREIGN_DOMAINS[country] ?? ["gmail.com"]);
  const layout = randomInt(rand, 0, 7);
  const local =
    layout === 0 ? `${first}${last}`
    : layout === 1 ? `${first.charAt(0)}${last}`
    : layout === 2 ? `${last}.${first}`
    : layout === 3 ? `${first}.${last}${randomInt(rand, 1, 99)}`
    : layout === 4 ? `${first}_${last}`
    : layout === 5 ? `${last}${randomInt(rand, 50, 99)}`
    : `${first}.${last}`;
  return `${local}@${domain}`;
}

type EmailLayout = "asIs" | "typo" | "capitalized" | "uppercase" | "spaces" | "noAt" | "doubleAt" | "comma" | "noTld";

const pickLayout = weightedPicker<EmailLayout>([
  ["asIs", 78], ["typo", 7], ["capitalized", 5], ["uppercase", 2], ["spaces", 4], ["noAt", 1.5],
  ["doubleAt", 0.7], ["comma", 0.8], ["noTld", 1],
]);

/** Writes an e-mail the ways it reaches a file: typed by hand, read over the phone, pasted. */
export function writeEmail(rand: Rand, email: string, traits: TraitSink): CellValue {
  if (email === "") {
    traits.push("email:empty");
    return null;
  }
  const at = email.indexOf("@");
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  switch (pickLayout(rand)) {
    case "asIs":
      return email;
    case "typo": {
      const typos = DOMAIN_TYPOS[domain];
      if (!typos) return email;
      traits.push("email:typo");
      return `${local}@${pick(rand, typos)}`;
    }
    case "capitalized":
      traits.push("email:uppercase");
      return `${local.charAt(0).toUpperCase()}${local.slice(1)}@${domain.charAt(0).toUpperCase()}${domain.slice(1)}`;
    case "uppercase":
      traits.push("email:uppercase");
      return email.toUpperCase();
    case "spaces":
      traits.push("email:spaces");
      return chance(rand, 0.6) ? ` ${email} ` : `${local} @${domain}`;
    case "noAt":
      traits.push("email:noAt");
      return `${local}${domain}`;
    case "doubleAt":
      traits.push("email:doubleAt");
      return `${local}@@${domain}`;
    case "comma":
      traits.push("email:comma");
      return email.replace(LAST_DOT, ",");
    case "noTld":
      traits.push("email:noTld");
      return email.slice(0, email.lastIndexOf("."));
  }
}
