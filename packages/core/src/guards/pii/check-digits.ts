/**
 * Check-digit algorithms used to validate candidates, so that a number that merely looks like a card, an
 * IBAN or a tracking number is not reported. Every function takes the compact form (no spaces or dashes).
 */

export function digitsOnly(value: string): string {
  return value.replace(/\D/g, "");
}

export function compact(value: string): string {
  return value.replace(/[\s.-]/g, "").toUpperCase();
}

/** Luhn (mod 10) as used by payment cards. */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let index = digits.length - 1; index >= 0; index--) {
    let value = digits.charCodeAt(index) - 48;
    if (double) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
    double = !double;
  }
  return sum % 10 === 0;
}

/** ISO 13616 IBAN lengths by country (SWIFT IBAN registry). */
const ibanLengths: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21,
  CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18,
  FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26,
  IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24,
  ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29,
  PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23,
  ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** IBAN: known country, the country's length, and the mod-97 check (ISO 7064) equal to 1. */
export function isIbanValid(value: string): boolean {
  const iban = value.replace(/\s/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const expected = ibanLengths[iban.slice(0, 2)];
  if (expected === undefined || iban.length !== expected) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const code = character.charCodeAt(0);
    const chunk = code >= 65 ? String(code - 55) : character;
    for (const digit of chunk) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

/**
 * Weighted mod-10 over a payload and its check digit, weights applied from the right end of the payload
 * (`rightmostWeight`, then the other weight, alternating). GS1 mod 10 (USPS IMpb, FedEx Ground) uses 3 on
 * the rightmost payload digit.
 */
export function isWeightedMod10Valid(digits: string, rightmostWeight: number, otherWeight: number): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  const payload = digits.slice(0, -1);
  let sum = 0;
  for (let offset = 0; offset < payload.length; offset++) {
    const digit = payload.charCodeAt(payload.length - 1 - offset) - 48;
    sum += digit * (offset % 2 === 0 ? rightmostWeight : otherWeight);
  }
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(digits.length - 1) - 48;
}

/** UPS 1Z: mod 10 over the 15 characters after `1Z`, letters mapped through `(code - 3) % 10`, odd positions doubled. */
export function isUpsTrackingValid(value: string): boolean {
  const tracking = value.toUpperCase();
  if (!/^1Z[0-9A-Z]{15}\d$/.test(tracking)) return false;
  const sequence = tracking.slice(2, -1);
  let sum = 0;
  for (let index = 0; index < sequence.length; index++) {
    const code = sequence.charCodeAt(index);
    const value = code <= 57 ? code - 48 : (code - 3) % 10;
    sum += index % 2 === 1 ? value * 2 : value;
  }
  return (10 - (sum % 10)) % 10 === tracking.charCodeAt(tracking.length - 1) - 48;
}

/** FedEx Express 12-digit: weights 3,1,7 over the first 11 digits, sum mod 11 mod 10. */
export function isFedexExpressValid(digits: string): boolean {
  if (!/^\d{12}$/.test(digits)) return false;
  const weights = [3, 1, 7];
  let sum = 0;
  for (let index = 0; index < 11; index++) sum += (digits.charCodeAt(index) - 48) * (weights[index % 3] as number);
  return (sum % 11) % 10 === digits.charCodeAt(11) - 48;
}

/** UPU S10 (`EA123456785US`, Royal Mail, La Poste, ...): weights 8,6,4,2,3,5,9,7 mod 11. */
export function isS10Valid(value: string): boolean {
  const tracking = value.toUpperCase();
  if (!/^[A-Z]{2}\d{9}[A-Z]{2}$/.test(tracking)) return false;
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  let sum = 0;
  for (let index = 0; index < 8; index++) sum += (tracking.charCodeAt(2 + index) - 48) * (weights[index] as number);
  const remainder = sum % 11;
  const check = remainder === 0 ? 5 : remainder === 1 ? 0 : 11 - remainder;
  return check === tracking.charCodeAt(10) - 48;
}

/** DHL Express waybill: the serial (all digits but the last) mod 7 equals the last digit. */
export function isDhlExpressValid(digits: string): boolean {
  if (!/^\d{10,11}$/.test(digits)) return false;
  return Number(BigInt(digits.slice(0, -1)) % 7n) === digits.charCodeAt(digits.length - 1) - 48;
}
