import { randomDigits, type Rand } from "./random";

/**
 * SIREN and SIRET end with a Luhn check digit (INSEE: the 9-digit SIREN and the whole
 * 14-digit SIRET each pass the Luhn test).
 */
export function luhnSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum;
}

export function isLuhnValid(digits: string): boolean {
  return luhnSum(digits) % 10 === 0;
}

/** The digit to append to `digits` so the result passes Luhn. */
export function luhnCheckDigit(digits: string): string {
  return String((10 - (luhnSum(digits + "0") % 10)) % 10);
}

/** A valid SIRET: a valid SIREN, an establishment number (NIC) whose last digit fixes the whole. */
export function randomSiret(rand: Rand): string {
  const sirenBody = String(1 + Math.floor(rand() * 9)) + randomDigits(rand, 7);
  const siren = sirenBody + luhnCheckDigit(sirenBody);
  const nicBody = "000" + String(1 + Math.floor(rand() * 4));
  return siren + nicBody + luhnCheckDigit(siren + nicBody);
}
