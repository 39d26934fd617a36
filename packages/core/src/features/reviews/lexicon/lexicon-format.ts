/**
 * Lexicons are written as text blocks: one strength per line, then the entries, e.g.
 *
 *   +2: great good lovely well_made
 *   -3: awful fell_apart disappoint*
 *
 * `_` joins the words of a phrase and a trailing `*` matches any word starting with the stem. Text blocks keep
 * hundreds of entries reviewable in a diff, where an object literal would be a wall of quotes.
 */

export type PhraseEntry = { words: readonly string[]; value: number };

export type ParsedLexicon = {
  words: ReadonlyMap<string, number>;
  /** Phrases keyed by their first word, longest first. */
  phrases: ReadonlyMap<string, readonly PhraseEntry[]>;
  /** Stems of `*` entries keyed by their length, so a lookup tries each length once. */
  stems: ReadonlyMap<number, ReadonlyMap<string, number>>;
};

export function parseLexicon(...blocks: string[]): ParsedLexicon {
  const words = new Map<string, number>();
  const phrases = new Map<string, PhraseEntry[]>();
  const stems = new Map<number, Map<string, number>>();
  for (const block of blocks) {
    for (const rawLine of block.split("\n")) {
      const line = rawLine.trim();
      if (line.length === 0 || line.startsWith("#")) continue;
      const colon = line.indexOf(":");
      const value = Number(line.slice(0, colon));
      if (colon < 0 || !Number.isFinite(value)) continue;
      for (const entry of line.slice(colon + 1).trim().split(/\s+/)) {
        if (entry.length === 0) continue;
        const lower = entry.toLowerCase();
        if (lower.includes("_")) {
          const parts = lower.split("_");
          const first = parts[0] as string;
          const list = phrases.get(first) ?? [];
          list.push({ words: parts, value });
          list.sort((left, right) => right.words.length - left.words.length);
          phrases.set(first, list);
        } else if (lower.endsWith("*")) {
          const stem = lower.slice(0, -1);
          const byLength = stems.get(stem.length) ?? new Map<string, number>();
          byLength.set(stem, value);
          stems.set(stem.length, byLength);
        } else {
          words.set(lower, value);
        }
      }
    }
  }
  return { words, phrases, stems };
}

export function parseWordList(block: string): Set<string> {
  return new Set(
    block
      .split(/\s+/)
      .map((word) => word.trim().toLowerCase())
      .filter((word) => word.length > 0),
  );
}

/** A word's value: an exact entry first, then the longest matching stem. */
export function lookupWord(lexicon: ParsedLexicon, word: string): number | undefined {
  const exact = lexicon.words.get(word);
  if (exact !== undefined) return exact;
  for (let length = word.length; length >= 3; length--) {
    const value = lexicon.stems.get(length)?.get(word.slice(0, length));
    if (value !== undefined) return value;
  }
  return undefined;
}
