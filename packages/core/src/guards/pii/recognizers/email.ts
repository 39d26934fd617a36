import type { PiiSpan } from "../pii-types";
import { span, type Recognizer } from "./recognizer";

const emailPattern =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}-])/gu;

export const emailRecognizer: Recognizer = {
  name: "email",
  entities: ["EMAIL_ADDRESS"],
  recognize({ text }) {
    if (!text.includes("@")) return [];
    const spans: PiiSpan[] = [];
    for (const match of text.matchAll(emailPattern)) {
      const local = match[0].slice(0, match[0].indexOf("@"));
      // RFC 5321: no leading, trailing or doubled dots in the local part.
      if (local.startsWith(".") || local.endsWith(".") || local.includes("..")) continue;
      spans.push(span("EMAIL_ADDRESS", text, match.index, match.index + match[0].length, 0.95));
    }
    return spans;
  },
};
