import { foldText } from "../text/fold-text";
import { maxUnitWords, type UnitDefinition } from "../lexicon/units";

export type UnitReading = {
  unit?: UnitDefinition;
  /** A counted noun instead of a unit: "3-Shelf", "4 Drawer". */
  noun?: string;
  /** "10k" means ten thousand. */
  multiplier?: number;
  /** End of the unit in the text, or the number's end when only a spaced noun followed. */
  end: number;
};

export type UnitLookup = {
  /** Reads the unit written after a number that ends at `position`. */
  read(text: string, position: number, value: number): UnitReading | undefined;
  byId(id: string): UnitDefinition | undefined;
};

// Words after a number that are no counted noun.
const functionWords = new Set([
  "of", "in", "on", "at", "to", "for", "and", "or", "the", "a", "an", "with", "by", "from", "per", "x", "is", "are", "was",
  "plus", "than", "more", "less", "off", "up", "each", "und", "oder", "et", "ou", "y", "o", "de", "du", "des", "la", "le",
  "les", "el", "los", "las", "von", "mit", "pour", "para", "con", "sur", "en", "im", "am", "times", "other", "that", "this",
  "it", "as", "but", "so", "if", "will", "can", "has", "have", "be", "we", "you", "they", "i", "our", "your", "which",
]);

// After "36 in" these words keep "in" an inch; any other lower-case word makes it the preposition ("5 in stock").
const inchFollowers = new Set([
  "x", "by", "w", "h", "d", "l", "wide", "high", "deep", "long", "tall", "thick", "dia", "diameter", "width", "height",
  "depth", "length", "and", "or", "to",
]);

const dottedAbbreviations = new Set(["gals", "lbs", "pcs", "qts", "mins", "hrs", "yrs", "mos", "wks", "pkgs", "sqft", "cuft", "floz", "ltr", "mtr"]);

const wordPattern = /\p{L}[\p{L}²³]*(?:[23](?!\p{N}))?/uy;

type Word = { raw: string; folded: string; endWithDot: number; end: number };

export function createUnitLookup(units: readonly UnitDefinition[]): UnitLookup {
  const bySpelling = new Map<string, UnitDefinition>();
  const byExact = new Map<string, UnitDefinition>();
  const byId = new Map<string, UnitDefinition>();
  for (const unit of units) {
    byId.set(unit.id, unit);
    for (const spelling of unit.spellings) bySpelling.set(normaliseSpelling(spelling), unit);
    for (const spelling of unit.exact ?? []) byExact.set(spelling, unit);
  }
  const kelvin = byId.get("kelvin");
  const karat = byId.get("karat");
  const inch = byId.get("in");
  const foot = byId.get("ft");
  const percent = byId.get("percent");
  const degree = byId.get("deg");
  const fahrenheit = byId.get("degf");
  const celsius = byId.get("degc");

  return {
    byId: (id) => byId.get(id),
    read(text, position, value) {
      const rest = text.slice(position, position + 48);
      let symbol = /^[ \u00a0]?["″”](?!\p{L})/u.exec(rest);
      if (symbol !== null && inch !== undefined) return { unit: inch, end: position + symbol[0].length };
      symbol = /^['′’](?![\p{L}'])/u.exec(rest);
      if (symbol !== null && foot !== undefined) return { unit: foot, end: position + symbol[0].length };
      symbol = /^[ \u00a0]?%/u.exec(rest);
      if (symbol !== null && percent !== undefined) return { unit: percent, end: position + symbol[0].length };
      symbol = /^[ \u00a0]?°[ \u00a0]?([FC])?(?!\p{L})/u.exec(rest);
      if (symbol !== null) {
        const unit = symbol[1] === "F" ? fahrenheit : symbol[1] === "C" ? celsius : degree;
        if (unit !== undefined) return { unit, end: position + symbol[0].length };
      }

      const separator = /^(?:[ \u00a0]?-[ \u00a0]?|[ \u00a0]?)/u.exec(rest)?.[0] ?? "";
      const hyphenated = separator.includes("-");
      const spaced = separator.length > 0 && !hyphenated;
      const words = readWords(text, position + separator.length);
      for (let count = Math.min(maxUnitWords, words.length); count >= 1; count--) {
        const last = words[count - 1] as Word;
        const first = words[0] as Word;
        if (count === 1) {
          if (first.raw === "K") {
            const unit = value >= 1000 ? kelvin : karat;
            if (unit !== undefined) return { unit, end: first.end };
          }
          if (first.raw === "k" && !spaced) return { multiplier: 1000, end: first.end };
          const exact = byExact.get(first.raw);
          if (exact !== undefined) return { unit: exact, end: first.end };
        }
        const unit = bySpelling.get(words.slice(0, count).map((word) => word.folded).join(" "));
        if (unit === undefined) continue;
        if (unit.id === "in" && count === 1 && first.endWithDot === first.end && !isInch(text, first.end)) continue;
        return { unit, end: last.endWithDot };
      }
      const first = words[0];
      if (first === undefined || functionWords.has(first.folded)) return undefined;
      if (hyphenated) return { noun: singular(first.folded), end: first.end };
      if (spaced) return { noun: singular(first.folded), end: position };
      return undefined;
    },
  };
}

function normaliseSpelling(spelling: string): string {
  return foldText(spelling).replaceAll(".", "").replaceAll("-", " ").replace(/\s+/g, " ").trim();
}

/** Up to three words after `start`, joined by one space or by a dot ("cu.ft."). */
function readWords(text: string, start: number): Word[] {
  const words: Word[] = [];
  let position = start;
  while (words.length < maxUnitWords) {
    wordPattern.lastIndex = position;
    const match = wordPattern.exec(text);
    if (match === null) break;
    const raw = match[0];
    const end = position + raw.length;
    // A dot after an abbreviation belongs to it ("in.", "cu. ft."); after a word ("days.") it ends the sentence.
    const folded = foldText(raw);
    const endWithDot = text[end] === "." && end + 1 < text.length && (raw.length <= 3 || dottedAbbreviations.has(folded)) ? end + 1 : end;
    words.push({ raw, folded, end, endWithDot });
    const gap = /^\.?[ \u00a0]?/u.exec(text.slice(end, end + 2))?.[0] ?? "";
    if (gap.length === 0) break;
    position = end + gap.length;
  }
  return words;
}

/**
 * "36 in" without a dot is an inch when a dimension word or nothing follows; before another word it is the
 * preposition ("5 in stock", "Series 7 in Red").
 */
function isInch(text: string, end: number): boolean {
  const next = /^[ \u00a0]+(\p{L}+)/u.exec(text.slice(end, end + 24));
  if (next === null) return !/^-\p{N}/u.test(text.slice(end, end + 2));
  return inchFollowers.has((next[1] as string).toLowerCase());
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}
