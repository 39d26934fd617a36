import type { PiiSpan } from "../pii-types";
import { isLuhnValid } from "../check-digits";
import { hasCueBefore, span, type Recognizer } from "./recognizer";

type CardScheme = { name: string; prefix: RegExp; lengths: readonly number[] };

/** Issuer identification ranges and lengths of the major schemes. */
const cardSchemes: readonly CardScheme[] = [
  { name: "visa", prefix: /^4/, lengths: [13, 16, 19] },
  { name: "mastercard", prefix: /^(?:5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, lengths: [16] },
  { name: "amex", prefix: /^3[47]/, lengths: [15] },
  { name: "diners", prefix: /^(?:30[0-5]|3095|36|38|39)/, lengths: [14, 15, 16, 17, 18, 19] },
  { name: "discover", prefix: /^(?:6011|64[4-9]|65)/, lengths: [16, 17, 18, 19] },
  { name: "jcb", prefix: /^35(?:2[89]|[3-8]\d)/, lengths: [16, 17, 18, 19] },
  { name: "jcb-legacy", prefix: /^(?:2131|1800)/, lengths: [15] },
  { name: "unionpay", prefix: /^62/, lengths: [16, 17, 18, 19] },
  { name: "mir", prefix: /^220[0-4]/, lengths: [16, 17, 18, 19] },
  { name: "maestro", prefix: /^(?:5[06-9]|6\d)/, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
];

export function cardScheme(digits: string): string | undefined {
  return cardSchemes.find((scheme) => scheme.prefix.test(digits) && scheme.lengths.includes(digits.length))?.name;
}

const candidatePattern = /(?<![\p{N}.,-])\d(?:[ -]?\d){11,18}(?![\p{N}]|[.,-]\d)/gu;
const cardCue = /\b(?:card|cc|credit|debit|visa|mastercard|amex|karte|kreditkarte|carte|tarjeta|cart[ãa]o)\b/iu;

export const paymentCardRecognizer: Recognizer = {
  name: "payment-card",
  entities: ["CREDIT_CARD"],
  recognize({ text }) {
    const spans: PiiSpan[] = [];
    for (const match of text.matchAll(candidatePattern)) {
      const digits = match[0].replace(/\D/g, "");
      // Mixed separators ("1234-5678 9012") are more likely several numbers than one card.
      if (/ /.test(match[0]) && /-/.test(match[0])) continue;
      if (!isLuhnValid(digits) || /^(\d)\1+$/.test(digits)) continue;
      const end = match.index + match[0].length;
      if (cardScheme(digits) !== undefined) spans.push(span("CREDIT_CARD", text, match.index, end, 0.95));
      else if (hasCueBefore(text, match.index, cardCue, 30)) spans.push(span("CREDIT_CARD", text, match.index, end, 0.7));
    }
    return spans;
  },
};
