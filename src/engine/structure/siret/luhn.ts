/**
 * The Luhn (mod 10) checksum INSEE uses for SIREN (9 digits) and SIRET (14 digits): from the
 * right, every second digit is doubled (minus 9 when over 9); the total is a multiple of 10.
 */
export function luhnValid(digits: string): boolean {
  return digits.length > 0 && luhnSum(digits) % 10 === 0;
}

/** The digit to append to `base` so that base + digit passes Luhn. */
export function luhnCheckDigit(base: string): string {
  const sum = luhnSum(base + "0");
  return String((10 - (sum % 10)) % 10);
}

function luhnSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum;
}

/** Sum of the digits, for La Poste's SIRETs (see checkSiret). */
export function digitSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += digits.charCodeAt(i) - 48;
  return sum;
}
