import type { PiiSpan } from "../pii-types";
import { span, type Recognizer } from "./recognizer";

const schemePattern = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/giu;
const genericTopLevelDomains =
  "com|net|org|info|biz|io|co|ai|app|dev|shop|store|online|site|xyz|eu|gov|edu|me|tv|blog|tech|cloud|page";
// Any two-letter country code is a top-level domain; requiring a letter before the dot keeps "v1.2" out.
const barePattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}@._-])(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:${genericTopLevelDomains}|[a-z]{2})(?:\/[^\s<>"'\x60]*)?(?![\p{L}\p{N}@-])`,
  "giu",
);

function trimTrailingPunctuation(value: string): string {
  return value.replace(/[.,;:!?)\]}'"]+$/u, "");
}

export const urlRecognizer: Recognizer = {
  name: "url",
  entities: ["URL"],
  recognize({ text }) {
    if (!text.includes(".")) return [];
    const spans: PiiSpan[] = [];
    const taken: Array<[number, number]> = [];
    for (const match of text.matchAll(schemePattern)) {
      const value = trimTrailingPunctuation(match[0]);
      if (!value.includes(".")) continue;
      spans.push(span("URL", text, match.index, match.index + value.length, 0.85));
      taken.push([match.index, match.index + value.length]);
    }
    for (const match of text.matchAll(barePattern)) {
      const value = trimTrailingPunctuation(match[0]);
      const start = match.index;
      if (taken.some(([from, to]) => start < to && start + value.length > from)) continue;
      const host = value.split("/")[0] ?? value;
      const labels = host.split(".");
      const topLevel = labels[labels.length - 1] ?? "";
      // A two-letter ending after a one-letter label is an abbreviation ("e.g", "z.B"), not a domain.
      if (labels.some((label) => label.length === 0) || (topLevel.length === 2 && (labels[0] ?? "").length < 2)) continue;
      if (/^\d+$/.test(labels[0] ?? "")) continue;
      // "Mr.Smith" style: a capitalised word glued to a capitalised word is more often a missing space.
      if (labels.length === 2 && /^\p{Lu}/u.test(labels[1] ?? "")) continue;
      spans.push(span("URL", text, start, start + value.length, 0.6));
    }
    return spans;
  },
};
