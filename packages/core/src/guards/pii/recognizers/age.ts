import type { PiiSpan } from "../pii-types";
import { span, type Recognizer } from "./recognizer";

/** Ages stated the ways people state them; the number is the span. */
const agePatterns: RegExp[] = [
  /(?<![\p{L}\p{N}])(\d{1,3})[\s-]*(?:years?|yrs?)[\s-]+old(?![\p{L}])/giu,
  /(?<![\p{L}\p{N}])(\d{1,3})\s*(?:y\/o|y\.o\.|yo)(?![\p{L}])/giu,
  /\b(?:aged?|turned|turning|turns|i'?m|i am|he'?s|she'?s|he is|she is|when (?:he|she|i) was)\s*:?\s*(\d{1,3})(?!\s*(?:%|€|\$|£|am|pm|h|min|kg|cm|m|km|days?|hours?|minutes?|items?|orders?|pieces?|st|nd|rd|th))(?![\p{L}\p{N}.,:\/])/giu,
  /(?<![\p{L}\p{N}])(\d{1,3})\s*(?:jahre?|ans|años)(?:\s+alt)?(?![\p{L}])/giu,
  /\b(?:alter|âge|edad)\s*:?\s*(\d{1,3})(?![\p{L}\p{N}])/giu,
];

export const ageRecognizer: Recognizer = {
  name: "age",
  entities: ["AGE"],
  recognize({ text }) {
    const spans: PiiSpan[] = [];
    for (const pattern of agePatterns) {
      for (const match of text.matchAll(pattern)) {
        const value = match[1] ?? "";
        const age = Number(value);
        if (age < 1 || age > 120) continue;
        const start = match.index + match[0].indexOf(value, match[0].search(/\d/));
        spans.push(span("AGE", text, start, start + value.length, 0.75));
      }
    }
    return spans;
  },
};
