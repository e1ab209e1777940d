import { randomDigits, type Rand } from "./random";
import { luhnCheckDigit } from "../../engine/structure/siret/luhn";

// The Luhn arithmetic is the engine's own (src/engine/structure/siret/luhn.ts): the samples
// must pass the very check Tria applies.
export { luhnValid as isLuhnValid, luhnCheckDigit } from "../../engine/structure/siret/luhn";

/** A valid SIRET: a valid SIREN, an establishment number (NIC) whose last digit fixes the whole. */
export function randomSiret(rand: Rand): string {
  const sirenBody = String(1 + Math.floor(rand() * 9)) + randomDigits(rand, 7);
  const siren = sirenBody + luhnCheckDigit(sirenBody);
  const nicBody = "000" + String(1 + Math.floor(rand() * 4));
  return siren + nicBody + luhnCheckDigit(siren + nicBody);
}
