import type { PiiSpan } from "../pii-types";
import { span, type Recognizer } from "./recognizer";

/** Postcode formats of the markets we cover; used by the address grammar too. */
export const postalCodeFormats = {
  /** US ZIP and ZIP+4. */
  US: String.raw`\d{5}(?:-\d{4})?`,
  /** UK postcodes (BS 7666 outward + inward code). */
  GB: String.raw`(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[A-Z]{2}`,
  /** Germany, France and Spain all use five digits. */
  DE: String.raw`\d{5}`,
} as const;

const cuedPattern =
  /\b(?:zip(?:\s*code)?|postal\s*code|post\s*code|postcode|plz|postleitzahl|code\s+postal|cp|c[óo]digo\s+postal)\b\s*[:#]?\s*([A-Z0-9]{2,5}(?:[ -][A-Z0-9]{2,4})?)(?![\p{L}\p{N}])/giu;
const ukPattern = new RegExp(`(?<![\\p{L}\\p{N}])${postalCodeFormats.GB}(?![\\p{L}\\p{N}])`, "gu");

export const postalCodeRecognizer: Recognizer = {
  name: "postal-code",
  entities: ["ZIP_CODE"],
  recognize({ text }) {
    const spans: PiiSpan[] = [];
    for (const match of text.matchAll(cuedPattern)) {
      const value = match[1] ?? "";
      if ((value.match(/\d/g) ?? []).length < 2) continue;
      const start = match.index + match[0].length - value.length;
      spans.push(span("ZIP_CODE", text, start, start + value.length, 0.85));
    }
    for (const match of text.matchAll(ukPattern)) {
      // Require the space or a digit-letter mix typical of real postcodes, so "A1B" words are skipped.
      if (!/\d[A-Z]{2}$/.test(match[0])) continue;
      spans.push(span("ZIP_CODE", text, match.index, match.index + match[0].length, 0.6));
    }
    return spans;
  },
};
