import {
  isDhlExpressValid,
  isFedexExpressValid,
  isS10Valid,
  isUpsTrackingValid,
  isWeightedMod10Valid,
} from "../check-digits";
import type { PiiSpan } from "../pii-types";
import { hasCueBefore, span, type Recognizer } from "./recognizer";

const upsPattern = /(?<![\p{L}\p{N}])1Z ?[0-9A-Z]{3} ?[0-9A-Z]{3} ?[0-9A-Z]{2} ?[0-9A-Z]{4} ?[0-9A-Z]{3} ?[0-9A-Z](?![\p{L}\p{N}])/gu;
const s10Pattern = /(?<![\p{L}\p{N}])[A-Z]{2} ?\d{3} ?\d{3} ?\d{3} ?[A-Z]{2}(?![\p{L}\p{N}])/gu;
const digitRunPattern = /(?<![\p{L}\p{N}])\d(?: ?\d){9,33}(?![\p{L}\p{N}])/gu;
const trackingCue =
  /\b(?:tracking|track|trace|shipment|shipping|parcel|package|waybill|air ?waybill|awb|ups|fedex|dhl|usps|sendung(?:snummer)?|paket|sendungsverfolgung|suivi|colis|envoi|seguimiento|env[íi]o|paquete)\b/iu;

/**
 * Which carrier format a compact digit string satisfies, if any. Most formats also need a shipping word
 * nearby, and then outrank a phone reading of the same digits.
 */
function digitTrackingScore(digits: string, cued: boolean): number | undefined {
  const length = digits.length;
  // USPS IMpb (20-22 digits, GS1 mod 10) is specific enough on its own when it starts with 9[1-5].
  if ((length === 22 || length === 26) && /^9[1-5]/.test(digits) && isWeightedMod10Valid(digits, 3, 1)) return 0.85;
  // FedEx Ground 96: the check digit covers the 14-digit serial after "96", the SCNC and the service type.
  if (length === 22 && digits.startsWith("96") && isWeightedMod10Valid(digits.slice(7), 3, 1)) return 0.85;
  if (!cued) return undefined;
  if (length === 20 && isWeightedMod10Valid(digits, 3, 1)) return 0.9;
  if (length === 15 && isWeightedMod10Valid(digits, 3, 1)) return 0.9;
  if (length === 12 && isFedexExpressValid(digits)) return 0.9;
  if ((length === 10 || length === 11) && isDhlExpressValid(digits)) return 0.9;
  return undefined;
}

export const trackingNumberRecognizer: Recognizer = {
  name: "tracking-number",
  entities: ["TRACKING_NUMBER"],
  recognize({ text }) {
    const spans: PiiSpan[] = [];
    for (const match of text.matchAll(upsPattern)) {
      if (isUpsTrackingValid(match[0].replace(/ /g, ""))) {
        spans.push(span("TRACKING_NUMBER", text, match.index, match.index + match[0].length, 0.95));
      }
    }
    for (const match of text.matchAll(s10Pattern)) {
      if (isS10Valid(match[0].replace(/ /g, ""))) {
        spans.push(span("TRACKING_NUMBER", text, match.index, match.index + match[0].length, 0.9));
      }
    }
    for (const match of text.matchAll(digitRunPattern)) {
      const digits = match[0].replace(/ /g, "");
      const score = digitTrackingScore(digits, hasCueBefore(text, match.index, trackingCue, 50));
      if (score !== undefined) spans.push(span("TRACKING_NUMBER", text, match.index, match.index + match[0].length, score));
    }
    return spans;
  },
};
