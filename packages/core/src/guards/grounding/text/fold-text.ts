/** Lower-cases and strips accents, so "Crème", "creme" and "CRÈME" meet; ß and ligatures become letters. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replaceAll("ß", "ss")
    .replaceAll("æ", "ae")
    .replaceAll("œ", "oe")
    .replaceAll("’", "'");
}

export type WordToken = {
  /** The word as written. */
  text: string;
  /** Folded form used for look-ups. */
  folded: string;
  start: number;
  end: number;
};

// Letters only: hyphens and slashes split words, so "Off-White" and "Off White" give the same tokens.
const wordPattern = /\p{L}[\p{L}\p{M}]*(?:'\p{L}+)?/gu;

export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const start = match.index;
    tokens.push({ text: match[0], folded: foldText(match[0]), start, end: start + match[0].length });
  }
  return tokens;
}

// A dot after these ends an abbreviation, not a sentence: "5 ft. Gas Dryer", "approx. Blue".
const abbreviations = new Set([
  "in", "ft", "yd", "lb", "lbs", "oz", "gal", "qt", "pt", "cu", "sq", "fl", "mm", "cm", "kg", "mg", "ml", "hr", "hrs",
  "min", "yr", "yrs", "mo", "pk", "pc", "pcs", "ct", "ea", "no", "nr", "vol", "approx", "incl", "dia", "max", "w", "h",
  "d", "l", "x", "mr", "mrs", "ms", "dr", "st", "vs", "etc", "inc", "co", "ltd", "jr", "sr", "e.g", "i.e", "ca",
]);

/**
 * True when the word at `start` opens a sentence: only spaces, quotes or brackets since a . ! ? or line break
 * that ends a sentence. A colon does not open one ("Colour: Red"), nor does the dot of an abbreviation.
 */
export function isSentenceInitial(text: string, start: number): boolean {
  for (let index = start - 1; index >= 0; index--) {
    const character = text[index] as string;
    if (/[\s"'“”‘’(\[*•-]/u.test(character)) continue;
    if (character === ".") {
      const word = /(\p{L}+)$/u.exec(text.slice(Math.max(0, index - 8), index))?.[1];
      return word === undefined ? !/\p{N}/u.test(text[index - 1] ?? "") : !abbreviations.has(word.toLowerCase());
    }
    return /[!?\n]/u.test(character);
  }
  return true;
}

export function isCapitalized(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}
