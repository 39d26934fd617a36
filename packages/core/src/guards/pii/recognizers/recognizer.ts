import type { ResolvedPiiSettings } from "../pii-settings";
import type { PiiEntityType, PiiSpan } from "../pii-types";

/** A word of the analysed text; `lower` is lower-cased for lexicon look-ups. */
export type Word = { text: string; lower: string; start: number; end: number };

export type RecognizerContext = {
  readonly text: string;
  readonly settings: ResolvedPiiSettings;
  /** Words of the text, computed once and shared by the recognizers that need them. */
  words(): readonly Word[];
};

export type Recognizer = {
  readonly name: string;
  readonly entities: readonly PiiEntityType[];
  recognize(context: RecognizerContext): PiiSpan[];
};

const wordPattern = /[\p{L}\p{M}](?:[\p{L}\p{M}'’]|-(?=\p{L}))*/gu;

export function tokenizeWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const start = match.index;
    // "Vassiliev's" and "Chris'" are the name; the possessive ending is not part of the value.
    const value = match[0].replace(/(?:['’]s|['’])$/u, "");
    if (value.length === 0) continue;
    words.push({ text: value, lower: value.toLowerCase(), start, end: start + value.length });
  }
  return words;
}

export function createRecognizerContext(text: string, settings: ResolvedPiiSettings): RecognizerContext {
  let words: Word[] | undefined;
  return {
    text,
    settings,
    words: () => (words ??= tokenizeWords(text)),
  };
}

export function span(type: PiiEntityType, text: string, start: number, end: number, score: number): PiiSpan {
  return { type, start, end, text: text.slice(start, end), score };
}

/** True when one of the cue words occurs in the `window` characters before `index` (case-insensitive). */
export function hasCueBefore(text: string, index: number, cue: RegExp, window = 40): boolean {
  return cue.test(text.slice(Math.max(0, index - window), index));
}

/** True when the character before `start` and the one at `end` do not continue a word or number. */
export function isDelimited(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1] ?? "" : "";
  const after = text[end] ?? "";
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}
