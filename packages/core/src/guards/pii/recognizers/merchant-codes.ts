import type { PiiSpan } from "../pii-types";
import { span, type Recognizer } from "./recognizer";

const giftCardCuePattern =
  /\b(?:gift ?card|gift ?certificate|gutschein(?:karte|code)?|geschenkkarte|carte[ -]cadeau|ch[eè]que[ -]cadeau|tarjeta (?:de )?regalo|bono regalo)\b(?:\s+(?:code|number|nummer|num[ée]ro|c[óo]digo))?(?:\s+(?:is|ist|est|es))?\s*[:#]?\s*((?:[A-Z0-9]{2,6}[ -]?){2,5}[A-Z0-9]{0,4})(?![\p{L}\p{N}])/giu;
const discountCuePattern =
  /\b(?:discount|promo|coupon|voucher|rabatt|gutschein|r[ée]duction|code promo|descuento|cup[óo]n)\b(?:[- ]?(?:code|c[óo]digo))?(?:\s+(?:is|ist|est|es))?\s*[:#]?\s*([A-Z0-9][A-Z0-9_-]{3,24})(?![\p{L}\p{N}])/giu;

function hasDigitOrIsUpper(value: string): boolean {
  return /\d/.test(value) || value === value.toUpperCase();
}

export const merchantCodeRecognizer: Recognizer = {
  name: "merchant-codes",
  entities: ["GIFT_CARD_CODE", "DISCOUNT_CODE"],
  recognize({ text, settings }) {
    const spans: PiiSpan[] = [];
    for (const match of text.matchAll(giftCardCuePattern)) {
      const value = (match[1] ?? "").trim();
      // Codes mix digits in; eight or more characters keeps ordinary words out.
      if (value.replace(/[ -]/g, "").length < 8 || !/\d/.test(value)) continue;
      const start = match.index + match[0].length - (match[1] ?? "").length;
      spans.push(span("GIFT_CARD_CODE", text, start, start + value.length, 0.85));
    }
    for (const pattern of settings.giftCardPatterns) {
      for (const match of text.matchAll(pattern)) {
        spans.push(span("GIFT_CARD_CODE", text, match.index, match.index + match[0].length, 0.9));
      }
    }
    for (const match of text.matchAll(discountCuePattern)) {
      const value = match[1] ?? "";
      // A following ordinary word ("discount for students") is not a code: codes are upper case or carry digits.
      if (!hasDigitOrIsUpper(value) || /^(?:code|codes)$/i.test(value)) continue;
      const start = match.index + match[0].length - value.length;
      spans.push(span("DISCOUNT_CODE", text, start, start + value.length, 0.75));
    }
    for (const pattern of settings.discountCodePatterns) {
      for (const match of text.matchAll(pattern)) {
        spans.push(span("DISCOUNT_CODE", text, match.index, match.index + match[0].length, 0.9));
      }
    }
    return spans;
  },
};
