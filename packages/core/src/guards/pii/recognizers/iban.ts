import type { PiiSpan } from "../pii-types";
import { isIbanValid } from "../check-digits";
import { span, type Recognizer } from "./recognizer";

// Printed IBANs come grouped by four ("DE89 3704 0044 0532 0130 00") or compact.
const candidatePattern = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,4})?(?![\p{L}\p{N}])/gu;

export const ibanRecognizer: Recognizer = {
  name: "iban",
  entities: ["IBAN_CODE"],
  recognize({ text }) {
    const spans: PiiSpan[] = [];
    for (const match of text.matchAll(candidatePattern)) {
      let value = match[0];
      // A trailing word may have been swallowed by the optional last group; shorten until it validates.
      while (value.length >= 15 && !isIbanValid(value)) {
        const cut = value.lastIndexOf(" ");
        if (cut < 0) {
          value = "";
          break;
        }
        value = value.slice(0, cut);
      }
      if (value.length >= 15 && isIbanValid(value)) spans.push(span("IBAN_CODE", text, match.index, match.index + value.length, 0.95));
    }
    return spans;
  },
};
