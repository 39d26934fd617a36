/**
 * Tokens with offsets into the original text, so every piece of evidence can point back at what the shopper
 * wrote. Words are lower-cased with typographic apostrophes straightened ("don’t" → "don't"); accents stay,
 * because folding them merges words that mean different things (German "schön" and "schon").
 */

export type TokenKind = "word" | "number" | "punctuation";

export type Token = {
  /** Lower-cased, apostrophes straightened. */
  key: string;
  kind: TokenKind;
  start: number;
  end: number;
};

const tokenPattern = /[\p{L}\p{M}]+(?:['’`-][\p{L}\p{M}]+)*|\p{N}+(?:[.,:]\p{N}+)*|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    const value = match[0];
    const start = match.index;
    const first = value.codePointAt(0) as number;
    const kind: TokenKind = /\p{N}/u.test(String.fromCodePoint(first)) ? "number" : /[\p{L}\p{M}]/u.test(String.fromCodePoint(first)) ? "word" : "punctuation";
    tokens.push({ key: kind === "word" ? value.toLowerCase().replace(/[’`]/g, "'") : value, kind, start, end: start + value.length });
  }
  return tokens;
}

const sentenceEnd = new Set([".", "!", "?", "\n", "…"]);

/** Token index ranges [start, end) of sentences: split after . ! ? … and at line breaks. */
export function sentenceRanges(text: string, tokens: readonly Token[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    const next = tokens[index + 1];
    const endsHere =
      (token.kind === "punctuation" && sentenceEnd.has(token.key) && (next === undefined || next.kind !== "punctuation" || !sentenceEnd.has(next.key))) ||
      (next !== undefined && text.slice(token.end, next.start).includes("\n"));
    // "5.5 inches" and "e.g." are not sentence ends: a full stop must be followed by a space or the end.
    if (endsHere && token.key === "." && next !== undefined && next.start === token.end) continue;
    if (endsHere) {
      if (index + 1 > start) ranges.push([start, index + 1]);
      start = index + 1;
    }
  }
  if (start < tokens.length) ranges.push([start, tokens.length]);
  return ranges;
}

const leadingConjunctions = new Set(["but", "and", "so", "aber", "und", "mais", "et", "pero", "y"]);

/** The original text of a token range, trimmed of punctuation (other than closing marks) and of a leading conjunction. */
export function spanOf(text: string, tokens: readonly Token[], from: number, to: number): { start: number; end: number; text: string } {
  let first = from;
  let last = to - 1;
  while (first < last && ((tokens[first] as Token).kind === "punctuation" || leadingConjunctions.has((tokens[first] as Token).key))) first++;
  while (last > first && (tokens[last] as Token).kind === "punctuation" && !/[.!?)"%]/.test((tokens[last] as Token).key)) last--;
  const start = (tokens[first] as Token).start;
  const end = (tokens[last] as Token).end;
  return { start, end, text: text.slice(start, end) };
}
