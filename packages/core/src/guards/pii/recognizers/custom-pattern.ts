import type { PiiSpan } from "../pii-types";
import { span, type Recognizer } from "./recognizer";

export const customPatternRecognizer: Recognizer = {
  name: "custom-patterns",
  entities: [],
  recognize({ text, settings }) {
    const spans: PiiSpan[] = [];
    for (const custom of settings.customPatterns) {
      for (const match of text.matchAll(custom.pattern)) {
        if (match[0].length === 0) continue;
        if (custom.context !== undefined) {
          const before = text.slice(Math.max(0, match.index - 40), match.index).toLowerCase();
          if (!custom.context.some((word) => before.includes(word.toLowerCase()))) continue;
        }
        spans.push(span(custom.type, text, match.index, match.index + match[0].length, custom.score));
      }
    }
    return spans;
  },
};
