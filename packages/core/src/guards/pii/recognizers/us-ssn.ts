import type { PiiSpan } from "../pii-types";
import { hasCueBefore, span, type Recognizer } from "./recognizer";

const separatedPattern = /(?<![\p{N}-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\p{N}]|-\d)/gu;
const compactPattern = /(?<![\p{N}])(\d{3})(\d{2})(\d{4})(?![\p{N}])/gu;
const ssnCue = /\b(?:ssn|social security|social sec|sozialversicherungsnummer)\b/iu;

/** SSA rules: area not 000, 666 or 900-999; group not 00; serial not 0000. */
export function isValidSsn(area: string, group: string, serial: string): boolean {
  return area !== "000" && area !== "666" && !area.startsWith("9") && group !== "00" && serial !== "0000";
}

export const usSsnRecognizer: Recognizer = {
  name: "us-ssn",
  entities: ["US_SSN"],
  recognize({ text }) {
    const spans: PiiSpan[] = [];
    for (const match of text.matchAll(separatedPattern)) {
      const [value, area = "", separator, group = "", serial = ""] = match;
      if (!isValidSsn(area, group, serial)) continue;
      const cued = hasCueBefore(text, match.index, ssnCue, 50);
      const score = cued ? 0.95 : separator === "-" ? 0.8 : 0.45;
      spans.push(span("US_SSN", text, match.index, match.index + value.length, score));
    }
    for (const match of text.matchAll(compactPattern)) {
      const [value, area = "", group = "", serial = ""] = match;
      if (isValidSsn(area, group, serial) && hasCueBefore(text, match.index, ssnCue, 50)) {
        spans.push(span("US_SSN", text, match.index, match.index + value.length, 0.85));
      }
    }
    return spans;
  },
};
