import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import type { PiiSpan } from "../pii-types";
import { hasCueBefore, isDelimited, span, type Recognizer } from "./recognizer";

/** Words that announce a phone number, in English, German, French and Spanish. */
const phoneCue =
  /\b(?:phone|tel|telephone|call|ring|mobile|cell|fax|desk|whats ?app|sms|text|number|no|reach|contact|registered|messages?|telefon|handy|rufnummer|nummer|anrufen|t[ée]l[ée]phone|portable|appel(?:er|ez)?|num[ée]ro|tel[ée]fono|m[óo]vil|celular|llam(?:ar|e|a)|n[úu]mero)\b\.?\s*[:#]?/iu;

/**
 * Loose phone shapes for numbers libphonenumber cannot place in a region (no country code, foreign local
 * formats): optional international prefix, optional area code in parentheses, two to five digit groups.
 */
const phoneShape =
  /(?<![\p{L}\p{N}+])(?:\+\d{1,3}[\s.-]?)?(?:\(0?\d{1,4}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?:\s?(?:x|ext\.?|Durchwahl)\s?\d{1,5})?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}+])\d{10,11}(?![\p{L}\p{N}])/gu;

/** Stretches of digits, spaces and phone punctuation (with an optional extension) worth a full parse. */
const candidatePattern = /(?<![\p{L}\p{N}+])[+(]?\d[\d \t().\/-]{5,}\d(?:[ \t]?(?:x|ext\.?)[ \t]?\d{1,6})?/giu;

function looksLikeDate(value: string): boolean {
  return /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(value) || /^(?:19|20)\d\d$/.test(value);
}

export const phoneRecognizer: Recognizer = {
  name: "phone",
  entities: ["PHONE_NUMBER"],
  recognize({ text, settings }) {
    let digitCount = 0;
    for (let index = 0; index < text.length && digitCount < 7; index++) {
      const code = text.charCodeAt(index);
      if (code >= 48 && code <= 57) digitCount++;
    }
    if (digitCount < 7) return [];
    const spans: PiiSpan[] = [];
    const seen = new Set<string>();
    // Candidates by shape, validated by libphonenumber's parser for each default region (and for "+"
    // numbers by their own country code). Its text scanner (findPhoneNumbersInText) costs ~90 µs per call
    // and region, which alone would break the per-record latency budget.
    for (const candidate of text.matchAll(candidatePattern)) {
      const value = candidate[0].replace(/[\s(./-]+$/u, "");
      const start = candidate.index;
      if ((value.match(/\d/g) ?? []).length < 7 || !isDelimited(text, start, start + value.length)) continue;
      const key = `${start}:${start + value.length}`;
      if (seen.has(key)) continue;
      const valid = value.startsWith("+")
        ? parsePhoneNumberFromString(value)?.isValid() === true
        : settings.defaultPhoneRegions.some((region) => parsePhoneNumberFromString(value, region as CountryCode)?.isValid() === true);
      if (!valid) continue;
      seen.add(key);
      spans.push(span("PHONE_NUMBER", text, start, start + value.length, 0.85));
    }
    for (const match of text.matchAll(phoneShape)) {
      const value = match[0].trim();
      const start = match.index;
      const end = start + value.length;
      if (spans.some((existing) => start < existing.end && end > existing.start)) continue;
      const digits = value.replace(/\D/g, "");
      if (digits.length < 7 || digits.length > 15 || looksLikeDate(value) || !isDelimited(text, start, end)) continue;
      const cued = hasCueBefore(text, start, phoneCue, 30);
      const international = value.startsWith("+") && parsePhoneNumberFromString(value)?.isPossible() === true;
      const grouped = /[\s.()-]/.test(value) && digits.length >= 8;
      if (cued) spans.push(span("PHONE_NUMBER", text, start, end, 0.7));
      else if (international) spans.push(span("PHONE_NUMBER", text, start, end, 0.65));
      else if (grouped) spans.push(span("PHONE_NUMBER", text, start, end, 0.42));
    }
    return spans;
  },
};
