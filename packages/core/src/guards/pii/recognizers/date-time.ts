import type { PiiSpan } from "../pii-types";
import { hasCueBefore, span, type Recognizer } from "./recognizer";

const monthNames = String.raw`jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|f[ée]v(?:rier)?|m[äa]r(?:ch|z|s)?|apr(?:il)?|avr(?:il)?|abr(?:il)?|may|mai|mayo|jun(?:e|i|io)?|juin|jul(?:y|i|io)?|juil(?:let)?|aug(?:ust)?|ao[ûu]t|ago(?:sto)?|sep(?:t(?:ember|embre)?|tiembre)?|oct(?:ober|obre)?|okt(?:ober)?|nov(?:ember|embre|iembre)?|de[cz](?:ember|embre)?|d[ée]c(?:embre)?|dic(?:iembre)?|enero|febrero|marzo|janvier|mars|juni|juli`;

const numericDatePattern = /(?<![\p{N}.\/-])(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?(?![\p{N}]|[./-]\d)/gu;
const textualDatePattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:\d{1,2}(?:st|nd|rd|th|er|\.|º)?\s+(?:de\s+)?(?:${monthNames})\.?,?(?:\s+(?:de\s+)?\d{4})?)|(?:(?:${monthNames})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})|(?:(?:${monthNames})\s+(?:de\s+)?\d{4}))(?![\p{L}\p{N}])`,
  "giu",
);
const yearPattern = /(?<![\p{L}\p{N}$€£.,:\/-])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}%]|[.,:\/-]\d)/gu;
const birthCue =
  /\b(?:born|birth|birthday|dob|d\.o\.b\.?|date of birth|geboren|geburtsdatum|geburtstag|né|née|naissance|nacid[oa]|nacimiento|cumpleaños)\b/iu;
/** Words after which a bare year is a date rather than a quantity, a price or a house number. */
const yearCue = /\b(?:in|of|since|from|until|till|by|year|born|founded|established|circa|c\.|around|during|seit|im|jahr|von|bis|en|de|depuis|année|desde|año|hasta)\s*$/iu;

function plausibleNumericDate(first: number, second: number, third: number, firstLength: number): boolean {
  if (firstLength === 4) return second >= 1 && second <= 12 && third >= 1 && third <= 31;
  const monthFirst = first >= 1 && first <= 12 && second >= 1 && second <= 31;
  const dayFirst = second >= 1 && second <= 12 && first >= 1 && first <= 31;
  return monthFirst || dayFirst;
}

export const dateTimeRecognizer: Recognizer = {
  name: "date-time",
  entities: ["DATE_TIME"],
  recognize({ text }) {
    const spans: PiiSpan[] = [];
    const scoreFor = (start: number, base: number) => (hasCueBefore(text, start, birthCue, 40) ? Math.max(base, 0.95) : base);
    for (const match of text.matchAll(numericDatePattern)) {
      const [value, first = "", , second = "", third = ""] = match;
      if (!plausibleNumericDate(Number(first), Number(second), Number(third), first.length)) continue;
      // Two-digit-only forms ("12-05-19") are as often versions or scores as dates.
      const base = first.length === 4 || third.length === 4 ? 0.85 : 0.6;
      spans.push(span("DATE_TIME", text, match.index, match.index + value.length, scoreFor(match.index, base)));
    }
    for (const match of text.matchAll(textualDatePattern)) {
      spans.push(span("DATE_TIME", text, match.index, match.index + match[0].length, scoreFor(match.index, 0.8)));
    }
    for (const match of text.matchAll(yearPattern)) {
      const before = text.slice(Math.max(0, match.index - 20), match.index);
      if (!yearCue.test(before)) continue;
      spans.push(span("DATE_TIME", text, match.index, match.index + match[0].length, scoreFor(match.index, 0.5)));
    }
    return spans;
  },
};
