import type { Customer } from "./customer";
import { customerPhone } from "./phoneNumber";
import { chance, type Rand } from "./random";
import { typo } from "./text";

const SPACES_AND_APOSTROPHES = /[\s'’]+/g;

/** "Le Bon" → "Lebon", "de La Fontaine" → "Delafontaine", "Dupont-Martin" → "Dupont Martin". */
export function toggleParticle(lastName: string): string {
  if (lastName.includes("-")) return lastName.replace("-", " ");
  if (!SPACES_AND_APOSTROPHES.test(lastName)) return lastName;
  SPACES_AND_APOSTROPHES.lastIndex = 0;
  const joined = lastName.replace(SPACES_AND_APOSTROPHES, "").toLowerCase();
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/**
 * The same customer entered a second time by someone else: a slip in the name, the particle
 * glued, first and last name swapped, fields left empty, another phone. The writers then
 * write it in their own (random) way, so phone format and e-mail case differ too.
 */
export function duplicateOfCustomer(rand: Rand, original: Customer): Customer {
  let { firstName, lastName, phone, email, address } = original;
  const r = rand();
  if (r < 0.25) lastName = typo(rand, lastName);
  else if (r < 0.35) firstName = typo(rand, firstName);
  else if (r < 0.47) lastName = toggleParticle(lastName);
  else if (r < 0.55) [firstName, lastName] = [lastName, firstName];
  if (chance(rand, 0.2)) email = "";
  if (chance(rand, 0.15)) phone = "";
  else if (chance(rand, 0.08) && address) phone = customerPhone(rand, address);
  if (chance(rand, 0.08)) address = null;
  const sameHistory = chance(rand, 0.5);
  return {
    ...original,
    firstName,
    lastName,
    phone,
    email,
    address,
    // A second record has its own history when it was created later.
    averageBasket: sameHistory ? original.averageBasket : Math.round(original.averageBasket * (0.5 + rand()) * 100) / 100,
    purchasesPerYear: sameHistory ? original.purchasesPerYear : Math.max(1, Math.round(original.purchasesPerYear * rand())),
    customerSince: sameHistory ? original.customerSince : original.lastPurchase,
    siret: chance(rand, 0.3) ? "" : original.siret,
    company: original.company,
  };
}
