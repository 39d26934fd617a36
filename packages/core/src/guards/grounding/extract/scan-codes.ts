import { isPlausibleFraction } from "./number-literal";
import type { UnitLookup } from "./unit-lookup";

export type CodeMention = {
  type: "code";
  /** Upper case, without `#`, hyphens, dots, slashes or spaces: "#KLM-207B" → "KLM207B". */
  code: string;
  discount: boolean;
  start: number;
  end: number;
};

export type IgnoredSpan = { start: number; end: number };

// Letter-digit chunks: "R4021", "G25", "#QX-5-120", "MK2.5", "2-in-1", "6/0".
const chunkPattern = /(?<![\p{L}\p{N}])#?[\p{L}\p{N}]+(?:[-./][\p{L}\p{N}]+)*/gu;
const ordinalPattern = /^\d+(?:st|nd|rd|th)$/i;
const numberWithSuffix = /^(\d+(?:[.,]\d+)?(?:[-/]\d+(?:\/\d+)?)?)(?:-?([\p{L}]+[23²³]?))?$/u;
const dimensionPattern = /^\d+(?:\.\d+)?(?:[xX×]\d+(?:\.\d+)?)+$/u;

// Discount-code cues in the four languages; the code itself is upper-case letters and digits.
const discountCuePattern =
  /(?<!\b(?:zip|postal|post|area|country|product|model|item|colou?r|error|qr|bar|source|access|security|tracking|order|style|sku)[ \u00a0])\b(?:promo(?:tion(?:al)?)?[ \u00a0]?code|discount[ \u00a0]code|coupon(?:[ \u00a0]code)?|voucher(?:[ \u00a0]code)?|code|gutschein(?:code)?|rabattcode|aktionscode|code[ \u00a0]promo|bon[ \u00a0]de[ \u00a0]r[ée]duction|c[óo]digo(?:[ \u00a0](?:de[ \u00a0])?(?:descuento|promocional))?|cup[óo]n)[ \u00a0]*[:"'“‘«]?[ \u00a0]*([A-Z0-9][A-Z0-9_-]{2,24})(?![\p{L}\p{N}])/giu;

/**
 * Finds codes (model, style, SKU, discount codes) and spans that are neither codes nor quantities: clock
 * times, ISO dates, ordinals and list numbers.
 */
export function scanCodes(text: string, units: UnitLookup): { codes: CodeMention[]; ignored: IgnoredSpan[] } {
  const codes: CodeMention[] = [];
  const ignored: IgnoredSpan[] = [];
  for (const match of text.matchAll(/\b\d{1,2}:\d{2}(?::\d{2})?\b|\b\d{4}-\d{2}-\d{2}\b|(?<=^|\n)[ \t]*\d{1,2}[.)](?=[ \t])/g)) {
    ignored.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(discountCuePattern)) {
    const raw = match[1] as string;
    // A code has a digit or is all capitals ("SAVE20", "WELCOME"); "code NOW" is too short to tell, keep it.
    if (!/\d/.test(raw) && raw !== raw.toUpperCase()) continue;
    const start = match.index + match[0].length - raw.length;
    codes.push({ type: "code", code: normaliseCode(raw), discount: true, start, end: start + raw.length });
  }
  for (const match of text.matchAll(chunkPattern)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    if (!/\d/.test(raw)) continue;
    if (codes.some((code) => code.start < end && start < code.end)) continue;
    if (ignored.some((span) => span.start < end && start < span.end)) continue;
    if (ordinalPattern.test(raw)) {
      ignored.push({ start, end });
      continue;
    }
    if (raw.startsWith("#") || !isQuantityChunk(raw, units)) {
      codes.push({ type: "code", code: normaliseCode(raw), discount: false, start, end });
    }
  }
  codes.sort((left, right) => left.start - right.start);
  return { codes, ignored };
}

export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[#\-./\s]/g, "");
}

/** "75W", "4000K", "3-1/2", "3-Shelf", "110-120V", "2x4" are quantities, not codes. */
function isQuantityChunk(chunk: string, units: UnitLookup): boolean {
  if (dimensionPattern.test(chunk)) return true;
  const match = numberWithSuffix.exec(chunk);
  if (match === null) return false;
  const number = match[1] as string;
  const suffix = match[2];
  const fraction = /^(?:\d+-)?(\d+)\/(\d+)$/.exec(number);
  if (fraction !== null && !isPlausibleFraction(Number(fraction[1]), Number(fraction[2]))) return false;
  if (/\/.*\//.test(number)) return false;
  if (suffix === undefined) return true;
  // A hyphen makes any word a counted noun ("3-Shelf"); a suffix glued to the number must be a unit ("75W").
  if (chunk.includes(`-${suffix}`)) return true;
  const reading = units.read(suffix, 0, Number(number.replace(",", ".")) || 0);
  return reading?.unit !== undefined || reading?.multiplier !== undefined;
}
