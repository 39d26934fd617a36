import { describe, expect, it } from "vitest";
import {
  isDhlExpressValid,
  isFedexExpressValid,
  isIbanValid,
  isLuhnValid,
  isS10Valid,
  isUpsTrackingValid,
  isWeightedMod10Valid,
} from "./check-digits";

/** Changes one digit, which every check-digit scheme here must notice. */
function mutate(value: string): string {
  const index = value.search(/\d(?=\D*$)/) - 2;
  const position = index >= 0 ? index : value.search(/\d/);
  const digit = Number(value[position]);
  return value.slice(0, position) + String((digit + 1) % 10) + value.slice(position + 1);
}

describe("check digits", () => {
  it("Luhn accepts scheme test numbers and rejects a changed digit", () => {
    for (const card of ["4111111111111111", "5555555555554444", "378282246310005", "6011111111111117"]) {
      expect(isLuhnValid(card)).toBe(true);
      expect(isLuhnValid(mutate(card))).toBe(false);
    }
    expect(isLuhnValid("4111-1111")).toBe(false);
  });

  it("IBAN checks country length and mod 97", () => {
    for (const iban of ["DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "FR14 2004 1010 0505 0001 3M02 606", "ES91 2100 0418 4502 0005 1332", "gb82west12345698765432"]) {
      expect(isIbanValid(iban)).toBe(true);
    }
    expect(isIbanValid("DE89 3704 0044 0532 0130 01")).toBe(false);
    expect(isIbanValid("DE89 3704 0044 0532 0130 0")).toBe(false);
    expect(isIbanValid("XX89 3704 0044 0532 0130 00")).toBe(false);
  });

  it("UPS 1Z numbers carry a mod-10 check over letters and digits", () => {
    expect(isUpsTrackingValid("1ZA1B2C30312345673")).toBe(true);
    expect(isUpsTrackingValid("1ZA1B2C30312345674")).toBe(false);
    expect(isUpsTrackingValid("1ZA1B2C3031234567")).toBe(false);
  });

  it("S10 (UPU) numbers carry a mod-11 check", () => {
    expect(isS10Valid("EA123456785US")).toBe(true);
    expect(isS10Valid("RR876543216GB")).toBe(true);
    expect(isS10Valid("EA123456784US")).toBe(false);
    expect(isS10Valid("EA12345678US")).toBe(false);
  });

  it("FedEx Express, DHL Express and GS1 mod 10", () => {
    expect(isFedexExpressValid("123456789012")).toBe(true);
    expect(isFedexExpressValid("123456789013")).toBe(false);
    expect(isDhlExpressValid("1234567891")).toBe(true);
    expect(isDhlExpressValid("1234567892")).toBe(false);
    expect(isWeightedMod10Valid("9400111202555842332669", 3, 1)).toBe(true);
    expect(isWeightedMod10Valid("9400111202555842332660", 3, 1)).toBe(false);
    expect(isWeightedMod10Valid("123456789012343", 3, 1)).toBe(true);
  });
});
