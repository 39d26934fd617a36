import { foldText } from "./fold-text";
import { formatNumber, lex, type LexicalToken } from "./lexer";
import { type AnalysisLanguage, createStemmer, type StemmingMode } from "./stemmers";
import { stopwordsFor } from "./stopwords";
import {
  bedSizes,
  garmentSizePhrases,
  isSizeDenominator,
  unitOfQuote,
  unitOfWord,
  unitOfWordPair,
} from "./units";

export type TextAnalyzerOptions = {
  language: AnalysisLanguage;
  stemming: StemmingMode;
  /** Drop the language's function words. */
  removeStopwords: boolean;
};

export type TextAnalyzer = {
  readonly options: Readonly<TextAnalyzerOptions>;
  /** The index terms of `text`, in order, repeats kept. */
  analyze(text: string): string[];
};

type Quantity = { value: number; unit: string | undefined; next: number };

/**
 * Turns text into index terms. Quantities become canonical terms before anything else runs, so that
 * `1/2 in.`, `1/2"`, `0.5 inch` and `½-inch`-style spellings meet on `0.5` and `0.5in`, `2 in. x 4 in.` and
 * `2x4` both give `2x4`, and `5'` gives `5ft`. Other words are stopword-filtered, stemmed and folded; glued
 * letter-digit runs ("d210", "SC-141") also keep their joined form so model numbers stay findable.
 */
export function createTextAnalyzer(options: TextAnalyzerOptions): TextAnalyzer {
  const stem = createStemmer(options.language, options.stemming);
  const stopwords = options.removeStopwords ? stopwordsFor(options.language) : new Set<string>();
  // Word → index term ("" for words that index nothing); catalogs repeat a small vocabulary many times.
  const wordTerms = new Map<string, string>();
  const termOfWord = (word: string): string => {
    let term = wordTerms.get(word);
    if (term === undefined) {
      const folded = foldText(word);
      term = folded.length > 1 && !stopwords.has(folded) ? foldText(stem(word)) : "";
      if (wordTerms.size > 200_000) wordTerms.clear();
      wordTerms.set(word, term);
    }
    return term;
  };

  const analyze = (text: string): string[] => {
    const tokens = lex(decodeEntities(text).toLowerCase());
    const terms: string[] = [];
    const consumed = new Uint8Array(tokens.length);
    let index = 0;
    while (index < tokens.length) {
      const token = tokens[index] as LexicalToken;
      if (token.kind === "number") {
        index = readQuantities(tokens, index, terms, consumed);
        continue;
      }
      if (token.kind !== "word") {
        index++;
        continue;
      }
      if (sizePhraseStarts.has(token.text)) {
        const phraseEnd = readSizePhrase(tokens, index, terms);
        if (phraseEnd > index) {
          consumed.fill(1, index, phraseEnd);
          index = phraseEnd;
          continue;
        }
      }
      const term = termOfWord(token.text);
      if (term !== "") terms.push(term);
      index++;
    }
    addJoinedCodes(tokens, consumed, terms, (word) => foldText(stem(word)));
    return terms;
  };

  return { options: { ...options }, analyze };
}

const namedEntities: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: " " };

/** Catalog text often arrives HTML-escaped ("Char&#39;s", "A &amp; B"); entity names must not become terms. */
function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#\d{1,6}|#x[0-9a-f]{1,6}|[a-z]{2,6});/gi, (entity, body: string) => {
    if (body.startsWith("#")) {
      const hex = body[1] === "x" || body[1] === "X";
      const codePoint = hex ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
    }
    return namedEntities[body.toLowerCase()] ?? entity;
  });
}

/** Words that can start a size phrase; everything else skips the phrase check. */
const sizePhraseStarts: ReadonlySet<string> = new Set([
  ...bedSizes,
  ...[...bedSizes].map((size) => `${size}size`),
  ...garmentSizePhrases.map(([phrase]) => phrase[0] as string),
]);

/** Reads `a [x b [x c]]` quantities starting at a number; returns the index after them. */
function readQuantities(tokens: LexicalToken[], start: number, terms: string[], consumed: Uint8Array): number {
  const chain: Quantity[] = [];
  let quantity = readQuantity(tokens, start);
  chain.push(quantity);
  while (isTimes(tokens[quantity.next]) && tokens[quantity.next + 1]?.kind === "number") {
    quantity = readQuantity(tokens, quantity.next + 1);
    chain.push(quantity);
  }
  for (const part of chain) {
    const number = formatNumber(part.value);
    terms.push(number);
    if (part.unit !== undefined) terms.push(number + part.unit);
  }
  if (chain.length >= 2) {
    const numbers = chain.map((part) => formatNumber(part.value));
    terms.push(`${numbers[0]}x${numbers[1]}`);
    if (chain.length >= 3) terms.push(numbers.join("x"));
  }
  const end = quantity.next;
  // Tokens a quantity used are not model-number pieces: "100ft" must not also index as the code "100ft".
  if (end - start > 1) consumed.fill(1, start, end);
  return end;
}

function isTimes(token: LexicalToken | undefined): boolean {
  return token !== undefined && (token.kind === "times" || (token.kind === "word" && token.text === "x"));
}

function touches(left: LexicalToken | undefined, right: LexicalToken | undefined): boolean {
  return left !== undefined && right !== undefined && left.end === right.start;
}

/** A number, a fraction (`1/2`) or a mixed number (`1 1/2`, `1-1/2`), with the unit that follows, if any. */
function readQuantity(tokens: LexicalToken[], start: number): Quantity {
  const first = tokens[start] as LexicalToken;
  let value = first.value;
  let next = start + 1;
  const fraction = readFraction(tokens, next - 1);
  if (fraction !== undefined) {
    value = fraction.value;
    next = fraction.next;
  } else {
    const separatorIsHyphen = tokens[next]?.kind === "hyphen" && touches(first, tokens[next]);
    const fractionStart = separatorIsHyphen ? next + 1 : next;
    const mixed = Number.isInteger(value) ? readFraction(tokens, fractionStart) : undefined;
    if (mixed !== undefined && mixed.value < 1) {
      value += mixed.value;
      next = mixed.next;
    }
  }
  const unit = readUnit(tokens, next);
  return unit === undefined ? { value, unit: undefined, next } : { value, unit: unit.unit, next: unit.next };
}

function readFraction(tokens: LexicalToken[], start: number): { value: number; next: number } | undefined {
  const numerator = tokens[start];
  const slash = tokens[start + 1];
  const denominator = tokens[start + 2];
  if (numerator?.kind !== "number" || slash?.kind !== "slash" || denominator?.kind !== "number") return undefined;
  if (!touches(numerator, slash) || !touches(slash, denominator)) return undefined;
  if (!Number.isInteger(numerator.value) || !isSizeDenominator(denominator.value)) return undefined;
  return { value: numerator.value / denominator.value, next: start + 3 };
}

function readUnit(tokens: LexicalToken[], start: number): { unit: string; next: number } | undefined {
  let index = start;
  const previous = tokens[start - 1];
  // "12-gauge", "2-pack": a hyphen between the number and its unit.
  if (tokens[index]?.kind === "hyphen" && touches(previous, tokens[index])) index++;
  const token = tokens[index];
  if (token === undefined) return undefined;
  if (token.kind === "quote") {
    // Only a quote glued to the number is a unit; a spaced one is a quotation mark.
    return touches(tokens[index - 1], token) ? { unit: unitOfQuote(token.text), next: index + 1 } : undefined;
  }
  if (token.kind !== "word") return undefined;
  const following = tokens[index + 1];
  if (following?.kind === "word") {
    const pair = unitOfWordPair(foldText(token.text), foldText(following.text));
    if (pair !== undefined) return { unit: pair, next: index + 2 };
  }
  const unit = unitOfWord(foldText(token.text));
  return unit === undefined ? undefined : { unit, next: index + 1 };
}

/** Bed and garment size phrases; returns the index after the phrase, or `start` when there is none. */
function readSizePhrase(tokens: LexicalToken[], start: number, terms: string[]): number {
  const word = foldText((tokens[start] as LexicalToken).text);
  if (bedSizes.has(word)) {
    let index = start + 1;
    if (tokens[index]?.kind === "hyphen") index++;
    const next = tokens[index];
    if (next?.kind === "word" && next.text === "size") {
      terms.push(word, `${word}size`);
      return index + 1;
    }
  }
  if (word.endsWith("size") && bedSizes.has(word.slice(0, -4))) {
    terms.push(word.slice(0, -4), word);
    return start + 1;
  }
  for (const [phrase, canonical] of garmentSizePhrases) {
    let index = start;
    let matched = true;
    for (const part of phrase) {
      if (tokens[index]?.kind === "hyphen" && index > start) index++;
      const token = tokens[index];
      if (token?.kind !== "word" || foldText(token.text) !== part) {
        matched = false;
        break;
      }
      index++;
    }
    if (matched) {
      terms.push(canonical);
      return index;
    }
  }
  return start;
}

/**
 * Emits joined forms: of letter-digit codes, glued ("d210", "r13") or hyphenated from a leading letter run
 * ("sc-141" → "sc141"), and of hyphenated words ("Char-Broil" → "charbroil", stemmed like a word), so that
 * shoppers who write them as one word still match. Plain words and plain numbers are left to the main pass.
 */
function addJoinedCodes(tokens: LexicalToken[], consumed: Uint8Array, terms: string[], stemWord: (word: string) => string): void {
  let index = 0;
  while (index < tokens.length) {
    const first = tokens[index] as LexicalToken;
    if (first.kind !== "word" && first.kind !== "number") {
      index++;
      continue;
    }
    let end = index + 1;
    let hasLetters = first.kind === "word";
    let hasDigits = first.kind === "number";
    let parts = 1;
    let hyphens = 0;
    while (end < tokens.length) {
      const token = tokens[end] as LexicalToken;
      const previous = tokens[end - 1] as LexicalToken;
      if ((token.kind === "word" || token.kind === "number") && touches(previous, token)) {
        hasLetters ||= token.kind === "word";
        hasDigits ||= token.kind === "number";
        parts++;
        end++;
        continue;
      }
      const afterHyphen = tokens[end + 1];
      if (
        token.kind === "hyphen" &&
        first.kind === "word" &&
        touches(previous, token) &&
        (afterHyphen?.kind === "word" || afterHyphen?.kind === "number") &&
        touches(token, afterHyphen)
      ) {
        hyphens++;
        end++;
        continue;
      }
      break;
    }
    if (hyphens > 0 && !hasDigits && end - index > 2) {
      let joined = "";
      let anyConsumed = false;
      for (let part = index; part < end; part++) {
        const token = tokens[part] as LexicalToken;
        if (consumed[part] === 1) anyConsumed = true;
        if (token.kind === "word") joined += token.text;
      }
      if (!anyConsumed) terms.push(stemWord(joined));
    } else if (parts >= 2 && hasLetters && hasDigits) {
      let allConsumed = true;
      let code = "";
      for (let part = index; part < end; part++) {
        const token = tokens[part] as LexicalToken;
        if (token.kind === "hyphen") continue;
        if (consumed[part] === 0) allConsumed = false;
        code += token.kind === "number" ? sourceDigits(token) : foldText(token.text);
      }
      if (!allConsumed) terms.push(code);
    }
    index = end;
  }
}

/** Digits as written ("019" stays "019" in a code even though the number term is "19"). */
function sourceDigits(token: LexicalToken): string {
  return token.raw;
}
