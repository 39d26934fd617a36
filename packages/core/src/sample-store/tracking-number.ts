import type { SampleCarrier } from "./schemas";

/*
 * Check-digit rules of the three carriers the store ships with. Support answers quote tracking numbers, so the
 * sample data must hold numbers a carrier-aware validator (or a PII detector that skips them) would accept.
 * Rules: UPS "1Z" numbers use a mod-10 sum with odd positions weighted 1 and even ones 2 (letters count as
 * (code - 3) mod 10); USPS IMpb and 20-digit numbers a mod-10 sum weighting 3, 1, 3, ... from the right;
 * FedEx Express 12-digit numbers weights 1, 3, 7 from the right, modulo 11 then 10.
 */

const upsPattern = /^1Z[0-9A-Z]{16}$/;
const uspsPattern = /^(?:9[1-5]\d{18,20}|(?:71|73|77|81)\d{18})$/;
const fedexPattern = /^\d{12}$/;

function characterValue(character: string): number {
  const code = character.charCodeAt(0);
  return character >= "0" && character <= "9" ? code - 48 : (code - 3) % 10;
}

function upsCheckDigit(body: string): number {
  let sum = 0;
  for (let index = 0; index < body.length; index++) {
    sum += characterValue(body.charAt(index)) * (index % 2 === 0 ? 1 : 2);
  }
  return (10 - (sum % 10)) % 10;
}

function uspsCheckDigit(body: string): number {
  let sum = 0;
  for (let offset = 0; offset < body.length; offset++) {
    const digit = Number(body.charAt(body.length - 1 - offset));
    sum += digit * (offset % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

function fedexCheckDigit(body: string): number {
  const weights = [1, 3, 7];
  let sum = 0;
  for (let offset = 0; offset < body.length; offset++) {
    sum += Number(body.charAt(body.length - 1 - offset)) * (weights[offset % 3] ?? 1);
  }
  return (sum % 11) % 10;
}

function normalize(trackingNumber: string): string {
  return trackingNumber.replace(/\s+/g, "").toUpperCase();
}

/** True when the number has the carrier's format and its check digit matches. Spaces are ignored. */
export function isValidTrackingNumber(carrier: SampleCarrier, trackingNumber: string): boolean {
  const value = normalize(trackingNumber);
  const body = value.slice(0, -1);
  const check = Number(value.slice(-1));
  switch (carrier) {
    case "UPS":
      return upsPattern.test(value) && upsCheckDigit(body.slice(2)) === check;
    case "USPS":
      return uspsPattern.test(value) && uspsCheckDigit(body) === check;
    case "FedEx":
      return fedexPattern.test(value) && fedexCheckDigit(body) === check;
  }
}

/** The carrier whose format and check digit the number satisfies, if any. */
export function detectCarrier(trackingNumber: string): SampleCarrier | undefined {
  const carriers: readonly SampleCarrier[] = ["UPS", "USPS", "FedEx"];
  return carriers.find((carrier) => isValidTrackingNumber(carrier, trackingNumber));
}

/**
 * Completes a tracking number body with its check digit: the UPS body is "1Z" plus 15 characters, the USPS
 * body 19 to 21 digits, the FedEx body 11 digits. Used to write the sample data; exported for test fixtures.
 */
export function appendTrackingCheckDigit(carrier: SampleCarrier, body: string): string {
  const value = normalize(body);
  switch (carrier) {
    case "UPS":
      return `${value}${upsCheckDigit(value.slice(2))}`;
    case "USPS":
      return `${value}${uspsCheckDigit(value)}`;
    case "FedEx":
      return `${value}${fedexCheckDigit(value)}`;
  }
}

const trackingUrlTemplates: Record<SampleCarrier, (trackingNumber: string) => string> = {
  UPS: (number) => `https://www.ups.com/track?tracknum=${number}`,
  USPS: (number) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${number}`,
  FedEx: (number) => `https://www.fedex.com/fedextrack/?trknbr=${number}`,
};

export function trackingUrl(carrier: SampleCarrier, trackingNumber: string): string {
  return trackingUrlTemplates[carrier](normalize(trackingNumber));
}
