import type { PiiSpan } from "../pii-types";
import { span, type Recognizer } from "./recognizer";

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * "order 12345", "order #1001", "Bestellung Nr. 123", "commande n° 123", "pedido 123": Medusa shows the
 * numeric display id, shoppers type it after the word order.
 */
const cuedOrderPattern =
  /\b(?:order|bestellung|auftrag|commande|pedido|orden)\b(?:\s+(?:number|no\.?|nr\.?|nummer|n[°º]|num[ée]ro|n[úu]mero|id))?\s*:?\s*(#?[A-Z]{0,4}-?\d{3,12}(?:-[A-Z0-9]{1,4})?)(?![\p{L}\p{N}])/giu;

export const orderNumberRecognizer: Recognizer = {
  name: "order-number",
  entities: ["ORDER_NUMBER"],
  recognize({ text, settings }) {
    const { prefix, suffix, minDigits } = settings.orderNumber;
    const spans: PiiSpan[] = [];
    // Shopify order names: prefix + number + suffix, with an optional "-A" style split-fulfilment marker.
    const namePattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(prefix)}\\d{${minDigits},12}${escapeRegExp(suffix)}(?:-[A-Z0-9]{1,3})?(?![\\p{L}\\p{N}])`,
      "gu",
    );
    if (prefix.length > 0 || suffix.length > 0) {
      for (const match of text.matchAll(namePattern)) {
        spans.push(span("ORDER_NUMBER", text, match.index, match.index + match[0].length, 0.8));
      }
    }
    for (const match of text.matchAll(cuedOrderPattern)) {
      const value = match[1] ?? "";
      const start = match.index + match[0].length - value.length;
      spans.push(span("ORDER_NUMBER", text, start, start + value.length, 0.85));
    }
    return spans;
  },
};
