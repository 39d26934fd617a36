import type { z } from "zod";
import { parseSettings } from "../util/parse-settings";
import { queryFilterSettingsSchema, type QueryFilterSettings } from "./query-filter-settings";
import {
  aroundPricePhrases,
  bareBedSizes,
  bedSizes,
  beddingWords,
  colorEntries,
  currencyWords,
  dollarCurrencies,
  edgeStopwords,
  inStockPhrases,
  kronaCurrencies,
  letterSizes,
  materialEntries,
  maxPricePhrases,
  maxPriceSuffixes,
  measurementUnits,
  minPricePhrases,
  minPriceSuffixes,
  neutralPhrases,
  onSalePhrases,
  outOfStockPhrases,
  priceWords,
  rangeConnectors,
  rangeOpeners,
  regionSizeKeywords,
  sizeKeywords,
  sizeWordsAfterKeyword,
  type WordPosition,
} from "./query-vocabulary";

/*
 * Rule-based query understanding: no model, one linear pass per rule over the query's tokens. Every regular
 * expression here is a flat character-class scan (no nested quantifiers), so hostile input cannot make it
 * backtrack. Words that gender or age a product ("men's", "kids") are deliberately never turned into filters:
 * they stay in the text for search to weigh.
 */

export type QueryFilters = {
  priceMin?: number;
  priceMax?: number;
  /** ISO 4217 code of the price bounds: named in the query, or the shop's default currency. */
  currency?: string;
  /** Canonical colour names ("navy", "light blue", "red"); shop colours as configured. */
  colors?: string[];
  /** Letter sizes upper-case ("XL"), numbers as written ("9.5"), named sizes lower-case ("king", "one size"). */
  sizes?: string[];
  materials?: string[];
  vendors?: string[];
  /** `false` for "out of stock" / "sold out". */
  inStock?: boolean;
  onSale?: boolean;
};

export type QueryFilterKind = "price" | "color" | "size" | "material" | "vendor" | "stock" | "sale";

/** One recognised phrase and the words of the query it came from, e.g. for showing removable filter chips. */
export type QueryFilterMatch = { kind: QueryFilterKind; text: string; value: string | number | boolean };

export type ParsedQuery = {
  /** The query minus the recognised filters and the glue words around them. */
  text: string;
  filters: QueryFilters;
  matches: QueryFilterMatch[];
};

export type QueryFilterParser = { parse(query: string): ParsedQuery };

type Settings = z.output<typeof queryFilterSettingsSchema>;

type TokenKind = "word" | "number" | "symbol" | "punctuation";
type Token = {
  raw: string;
  folded: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** No white space before it. */
  joined: boolean;
  /** A hyphen inside a word ("navy-blue", "t-shirt"): invisible to phrase matching. */
  joiner: boolean;
  consumed: boolean;
};

type EntryKind = "color" | "material" | "size" | "bed-size" | "stock" | "out-of-stock" | "sale" | "neutral";
type LexiconEntry = { words: string[]; kind: EntryKind; value: string; position: WordPosition; priority: number };

type Amount = { start: number; end: number; value: number; currency: string | undefined };

const maxQueryLength = 500;
const colorContextBefore = new Set(["in", "en", "im", "color", "colour", "farbe", "couleur", "colore"]);
const colorContextAfter = new Set(["color", "colour", "colored", "coloured", "farbe", "farben", "farbig", "farbiges", "couleur"]);
const availableWords = new Set(["available", "disponible", "disponibles", "verfugbar", "lieferbar"]);
const percentOffWords = [["off"], ["rabatt"], ["reduction"], ["de", "reduction"], ["descuento"], ["de", "descuento"], ["remise"]];
const separators = new Set([",", ".", "!", "?", ";", ":", "(", ")", "[", "]", "{", "}", "/", "|", "\"", "“", "”", "„", "«", "»", "+", "%", "<", ">", "≤", "≥", "~", "=", "*", "#", "-", "–", "—"]);

/** Builds a parser once for a shop's settings (currencies, vendors, colours); `parse` is then cheap. */
export function createQueryFilterParser(settings: QueryFilterSettings = {}): QueryFilterParser {
  const parsed = parseSettings("query filter", queryFilterSettingsSchema, settings);
  const lexicon = buildLexicon(parsed);
  const vendors = buildPhraseIndex(
    parsed.vendors.map((vendor) => ({ words: phraseWords(vendor), kind: "neutral" as const, value: vendor, position: "any" as const, priority: 0 })),
  );
  return { parse: (query) => parseQuery(query, parsed, lexicon, vendors) };
}

const parserCache = new WeakMap<object, QueryFilterParser>();
let defaultParser: QueryFilterParser | undefined;

/**
 * Splits a shopper's query into search text and structured filters:
 * `parseQueryFilters("red sofa under $500 in stock")` →
 * `{ text: "sofa", filters: { priceMax: 500, currency: "USD", colors: ["red"], inStock: true } }`.
 * Reuses the parser built for the same settings object; build one with `createQueryFilterParser` for hot paths.
 */
export function parseQueryFilters(query: string, settings?: QueryFilterSettings): ParsedQuery {
  if (settings === undefined) {
    defaultParser ??= createQueryFilterParser();
    return defaultParser.parse(query);
  }
  let parser = parserCache.get(settings);
  if (parser === undefined) {
    parser = createQueryFilterParser(settings);
    parserCache.set(settings, parser);
  }
  return parser.parse(query);
}

/** Canonical name and family of a colour word ("Navy Blue" → navy / blue), for matching product option values. */
export function normalizeColor(value: string): { name: string; family: string } | undefined {
  const folded = phraseWords(value).join(" ");
  for (const entry of colorEntries()) {
    if (entry.aliases.some((alias) => phraseWords(alias).join(" ") === folded)) return { name: entry.name, family: entry.family };
  }
  return undefined;
}

function parseQuery(
  query: string,
  settings: Settings,
  lexicon: Map<string, LexiconEntry[]>,
  vendors: Map<string, LexiconEntry[]>,
): ParsedQuery {
  const source = query.length > maxQueryLength ? query.slice(0, maxQueryLength) : query;
  const tokens = tokenize(source);
  const stream = tokens.filter((token) => !token.joiner);
  const state: QueryState = { source, stream, filters: {}, matches: [] };
  matchSizes(state);
  matchVendors(state, vendors);
  matchPrices(state, settings);
  matchLexicon(state, lexicon);
  return { text: residualText(source, tokens), filters: state.filters, matches: state.matches };
}

type QueryState = { source: string; stream: Token[]; filters: QueryFilters; matches: QueryFilterMatch[] };

// ---------------------------------------------------------------------------------------------------------------
// Tokens

const tokenPattern =
  /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}][\p{L}\p{M}\p{N}'’]*)|(<=|>=|[$€£¥₹₩₽₺₪฿₫₱<>≤≥+~%&\-–—])|(\S)/gu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    const raw = match[0];
    const start = match.index;
    const kind: TokenKind =
      match[1] !== undefined ? "number" : match[2] !== undefined ? "word" : match[3] !== undefined ? "symbol" : "punctuation";
    const previous = tokens.at(-1);
    tokens.push({
      raw,
      folded: fold(raw),
      kind,
      start,
      end: start + raw.length,
      joined: previous !== undefined && previous.end === start,
      joiner: false,
      consumed: false,
    });
  }
  // A hyphen glued to a word joins it ("navy-blue", "4-seater"); between numbers it stays a range dash.
  for (let index = 1; index < tokens.length - 1; index += 1) {
    const token = tokens[index] as Token;
    const before = tokens[index - 1] as Token;
    const after = tokens[index + 1] as Token;
    const wordBeside = before.kind === "word" || after.kind === "word";
    const glued = before.kind !== "symbol" && before.kind !== "punctuation" && after.kind !== "symbol" && after.kind !== "punctuation";
    if ((token.raw === "-" || token.raw === "‐") && token.joined && after.joined && wordBeside && glued) {
      token.joiner = true;
    }
  }
  return tokens;
}

function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replaceAll("ß", "ss")
    .replaceAll("’", "'");
}

function phraseWords(phrase: string): string[] {
  return tokenize(phrase)
    .filter((token) => !token.joiner)
    .map((token) => token.folded);
}

// ---------------------------------------------------------------------------------------------------------------
// Phrase matching over the token stream

function buildPhraseIndex(entries: LexiconEntry[]): Map<string, LexiconEntry[]> {
  const index = new Map<string, LexiconEntry[]>();
  for (const entry of entries) {
    const first = entry.words[0];
    if (first === undefined) continue;
    const bucket = index.get(first) ?? [];
    bucket.push(entry);
    index.set(first, bucket);
  }
  // Longest phrase first, then the shop's own words before built-in ones.
  for (const bucket of index.values()) {
    bucket.sort((left, right) => right.words.length - left.words.length || right.priority - left.priority);
  }
  return index;
}

/** End (exclusive) of `words` matched at `position` over unconsumed tokens, or -1. */
function matchWords(stream: Token[], position: number, words: readonly string[]): number {
  for (let offset = 0; offset < words.length; offset += 1) {
    const token = stream[position + offset];
    if (token === undefined || token.consumed || token.folded !== words[offset]) return -1;
  }
  return position + words.length;
}

/** Start of the longest phrase that ends right before `end`, or -1. */
function phraseEndingAt(stream: Token[], end: number, phrases: readonly string[][]): number {
  let best = -1;
  for (const words of phrases) {
    const start = end - words.length;
    if (start < 0 || (best !== -1 && start >= best)) continue;
    if (matchWords(stream, start, words) === end) best = start;
  }
  return best;
}

/** End of the longest phrase that starts at `start`, or -1. */
function phraseStartingAt(stream: Token[], start: number, phrases: readonly string[][]): number {
  let best = -1;
  for (const words of phrases) {
    const end = matchWords(stream, start, words);
    if (end > best) best = end;
  }
  return best;
}

function consume(state: QueryState, start: number, end: number, kind: QueryFilterKind | undefined, value: string | number | boolean): void {
  for (let index = start; index < end; index += 1) (state.stream[index] as Token).consumed = true;
  if (kind === undefined) return;
  const first = state.stream[start];
  const last = state.stream[end - 1];
  if (first === undefined || last === undefined) return;
  state.matches.push({ kind, text: state.source.slice(first.start, last.end), value });
}

function addUnique(list: string[] | undefined, value: string): string[] {
  const values = list ?? [];
  if (!values.includes(value)) values.push(value);
  return values;
}

const toPhrases = (phrases: readonly string[]) => phrases.map(phraseWords);

// ---------------------------------------------------------------------------------------------------------------
// Sizes: "size 9", "taille 38", "xl", "2XL", "M" in capitals

const sizeKeywordSet = new Set(sizeKeywords);
const letterSizeIndex = buildPhraseIndex(
  letterSizes.flatMap((size) => size.aliases.map((alias) => ({ words: phraseWords(alias), kind: "size" as const, value: size.name, position: "any" as const, priority: 0 }))),
);
const afterKeywordIndex = buildPhraseIndex(
  [...letterSizes, ...sizeWordsAfterKeyword].flatMap((size) =>
    size.aliases.map((alias) => ({ words: phraseWords(alias), kind: "size" as const, value: size.name, position: "any" as const, priority: 0 })),
  ),
);

function matchSizes(state: QueryState): void {
  const { stream } = state;
  const addSize = (start: number, end: number, value: string) => {
    state.filters.sizes = addUnique(state.filters.sizes, value);
    consume(state, start, end, "size", value);
  };
  for (let position = 0; position < stream.length; position += 1) {
    const token = stream[position] as Token;
    if (token.consumed) continue;
    const next = stream[position + 1];
    if (sizeKeywordSet.has(token.folded) && next !== undefined && !next.consumed) {
      if (next.kind === "number" && !isFollowedByCurrency(stream, position + 2) && /^\d{1,2}(?:[.,]5)?$/.test(next.raw)) {
        // "size 44 EU": the region after the number belongs to the size.
        const region = stream[position + 2];
        const end = region !== undefined && !region.consumed && regionSizeKeywords.has(region.folded) ? position + 3 : position + 2;
        addSize(position, end, next.raw.replace(",", "."));
        continue;
      }
      if (!regionSizeKeywords.has(token.folded)) {
        const matched = longestEntry(stream, position + 1, afterKeywordIndex);
        if (matched !== undefined) {
          addSize(position, matched.end, matched.entry.value);
          continue;
        }
      }
    }
    // "2xl", "3XL": a number glued to a letter size.
    if (token.kind === "number" && next !== undefined && next.joined && next.kind === "word") {
      const combined = letterSizeIndex.get(token.folded + next.folded)?.[0];
      if (combined !== undefined) {
        addSize(position, position + 2, combined.value);
        continue;
      }
    }
    const letter = longestEntry(stream, position, letterSizeIndex);
    if (letter !== undefined) {
      addSize(position, letter.end, letter.entry.value);
      continue;
    }
    // A lone capital S, M or L reads as a size ("linen shirt M"); lower-case it is too often something else.
    const previous = stream[position - 1];
    if (/^[SML]$/.test(token.raw) && previous?.kind !== "number" && (next === undefined || next.kind !== "number")) {
      addSize(position, position + 1, token.raw);
    }
  }
}

function isFollowedByCurrency(stream: Token[], position: number): boolean {
  const token = stream[position];
  return token !== undefined && currencyWords[token.folded] !== undefined;
}

function longestEntry(
  stream: Token[],
  position: number,
  index: Map<string, LexiconEntry[]>,
): { entry: LexiconEntry; end: number } | undefined {
  const token = stream[position];
  if (token === undefined || token.consumed) return undefined;
  for (const entry of index.get(token.folded) ?? []) {
    const end = matchWords(stream, position, entry.words);
    if (end !== -1) return { entry, end };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Vendors

function matchVendors(state: QueryState, vendors: Map<string, LexiconEntry[]>): void {
  if (vendors.size === 0) return;
  for (let position = 0; position < state.stream.length; position += 1) {
    const matched = longestEntry(state.stream, position, vendors);
    if (matched === undefined) continue;
    state.filters.vendors = addUnique(state.filters.vendors, matched.entry.value);
    consume(state, position, matched.end, "vendor", matched.entry.value);
    position = matched.end - 1;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Prices

const maxBefore = toPhrases(maxPricePhrases);
const minBefore = toPhrases(minPricePhrases);
const aroundBefore = toPhrases(aroundPricePhrases);
const maxAfter = toPhrases(maxPriceSuffixes);
const minAfter = toPhrases(minPriceSuffixes);
const openers = toPhrases(rangeOpeners);
const connectors = toPhrases(rangeConnectors);
const conjunctions = new Set(["and", "und", "et", "y", "&"]);

function matchPrices(state: QueryState, settings: Settings): void {
  const { stream } = state;
  matchPercentOff(state);
  const amounts = findAmounts(stream);
  const resolve = (currency: string | undefined) => resolveCurrency(currency, settings);
  const setPrice = (bounds: { min?: number; max?: number }, currency: string | undefined, start: number, end: number) => {
    const code = resolve(currency);
    if (bounds.min !== undefined) state.filters.priceMin = bounds.min;
    if (bounds.max !== undefined) state.filters.priceMax = bounds.max;
    if (code !== undefined && state.filters.currency === undefined) state.filters.currency = code;
    consume(state, start, end, "price", bounds.max ?? bounds.min ?? 0);
  };

  for (let index = 0; index < amounts.length; index += 1) {
    const amount = amounts[index] as Amount;
    const next = amounts[index + 1];
    if (next !== undefined) {
      const connectorEnd = phraseStartingAt(stream, amount.end, connectors);
      if (connectorEnd === next.start) {
        const connector = stream.slice(amount.end, next.start).map((token) => token.folded).join(" ");
        const openerStart = phraseEndingAt(stream, amount.start, openers);
        const hasCurrency = amount.currency !== undefined || next.currency !== undefined;
        const hasPriceWord = priceWords.has(stream[(openerStart === -1 ? amount.start : openerStart) - 1]?.folded ?? "");
        const isRange = conjunctions.has(connector) ? openerStart !== -1 : openerStart !== -1 || hasCurrency || hasPriceWord;
        if (isRange && (hasCurrency || !isMeasurement(stream, next.end))) {
          const low = Math.min(amount.value, next.value);
          const high = Math.max(amount.value, next.value);
          setPrice({ min: low, max: high }, amount.currency ?? next.currency, openerStart === -1 ? amount.start : openerStart, next.end);
          index += 1;
          continue;
        }
      }
    }
    const maxStart = phraseEndingAt(stream, amount.start, maxBefore);
    const minStart = phraseEndingAt(stream, amount.start, minBefore);
    const aroundStart = phraseEndingAt(stream, amount.start, aroundBefore);
    const before = [
      { start: maxStart, bound: "max" as const },
      { start: minStart, bound: "min" as const },
      { start: aroundStart, bound: "around" as const },
    ]
      .filter((candidate) => candidate.start !== -1)
      .sort((left, right) => left.start - right.start)[0];
    if (before !== undefined) {
      if (amount.currency === undefined && isMeasurement(stream, amount.end)) continue;
      const tolerance = settings.aroundTolerance;
      const bounds =
        before.bound === "max"
          ? { max: amount.value }
          : before.bound === "min"
            ? { min: amount.value }
            : { min: round(amount.value * (1 - tolerance)), max: round(amount.value * (1 + tolerance)) };
      setPrice(bounds, amount.currency, before.start, amount.end);
      continue;
    }
    const maxEnd = phraseStartingAt(stream, amount.end, maxAfter);
    const minEnd = phraseStartingAt(stream, amount.end, minAfter);
    if (maxEnd !== -1 || minEnd !== -1) {
      const end = Math.max(maxEnd, minEnd);
      if (amount.currency === undefined && isMeasurement(stream, end)) continue;
      setPrice(maxEnd >= minEnd ? { max: amount.value } : { min: amount.value }, amount.currency, amount.start, end);
      continue;
    }
    // A lone amount with a currency ("sofa 500€") is a budget.
    if (amount.currency !== undefined) setPrice({ max: amount.value }, amount.currency, amount.start, amount.end);
  }
}

function matchPercentOff(state: QueryState): void {
  const { stream } = state;
  for (let position = 0; position < stream.length - 1; position += 1) {
    const token = stream[position] as Token;
    if (token.consumed || token.kind !== "number" || stream[position + 1]?.raw !== "%") continue;
    const end = phraseStartingAt(stream, position + 2, percentOffWords);
    if (end === -1) continue;
    const start = stream[position - 1]?.raw === "-" ? position - 1 : position;
    state.filters.onSale = true;
    consume(state, start, end, "sale", true);
  }
}

function findAmounts(stream: Token[]): Amount[] {
  const amounts: Amount[] = [];
  for (let position = 0; position < stream.length; position += 1) {
    const token = stream[position] as Token;
    if (token.consumed || token.kind !== "number") continue;
    let value = parseNumber(token.raw);
    if (value === undefined) continue;
    let start = position;
    let end = position + 1;
    let currency: string | undefined;
    const after = stream[end];
    if (after !== undefined && after.joined && after.folded === "k") {
      value *= 1000;
      end += 1;
    }
    const previous = stream[position - 1];
    if (previous !== undefined && !previous.consumed && currencyWords[previous.folded] !== undefined) {
      currency = currencyWords[previous.folded];
      start = position - 1;
      // "US$", "C$", "A$": letters glued to the dollar sign.
      const prefix = stream[position - 2];
      if (previous.raw === "$" && previous.joined && prefix !== undefined && !prefix.consumed && currencyWords[`${prefix.folded}$`] !== undefined) {
        currency = currencyWords[`${prefix.folded}$`];
        start = position - 2;
      }
    }
    const suffix = stream[end];
    if (suffix !== undefined && !suffix.consumed && currencyWords[suffix.folded] !== undefined) {
      currency ??= currencyWords[suffix.folded];
      end += 1;
    }
    amounts.push({ start, end, value, currency });
    position = end - 1;
  }
  return amounts;
}

/** "1,299.99", "1.299,99", "49,99", "1.299" (thousands), "9.5". */
function parseNumber(raw: string): number | undefined {
  const lastDot = raw.lastIndexOf(".");
  const lastComma = raw.lastIndexOf(",");
  if (lastDot !== -1 && lastComma !== -1) {
    const decimal = lastDot > lastComma ? "." : ",";
    const thousands = decimal === "." ? "," : ".";
    return finite(Number(raw.split(thousands).join("").replace(decimal, ".")));
  }
  const separator = lastDot !== -1 ? "." : lastComma !== -1 ? "," : undefined;
  if (separator === undefined) return finite(Number(raw));
  const parts = raw.split(separator);
  const [head = "", ...rest] = parts;
  const grouped = head.length <= 3 && head !== "0" && rest.every((part) => part.length === 3);
  if (grouped) return finite(Number(parts.join("")));
  return parts.length === 2 ? finite(Number(parts.join("."))) : undefined;
}

const finite = (value: number) => (Number.isFinite(value) ? value : undefined);
const round = (value: number) => Math.round(value * 100) / 100;

function isMeasurement(stream: Token[], position: number): boolean {
  const token = stream[position];
  return token !== undefined && measurementUnits.has(token.folded);
}

function resolveCurrency(currency: string | undefined, settings: Settings): string | undefined {
  const shop = settings.currencies;
  switch (currency) {
    case undefined:
      return settings.defaultCurrency ?? shop[0];
    case "$":
      return shop.find((code) => dollarCurrencies.includes(code)) ?? "USD";
    case "kr":
      return shop.find((code) => kronaCurrencies.includes(code)) ?? "SEK";
    case "¥":
      return shop.includes("CNY") && !shop.includes("JPY") ? "CNY" : "JPY";
    default:
      return currency;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Colours, materials, named sizes, stock and sale words

function buildLexicon(settings: Settings): Map<string, LexiconEntry[]> {
  const entries: LexiconEntry[] = [];
  const add = (kind: EntryKind, value: string, aliases: readonly string[], position: WordPosition = "any", priority = 0) => {
    for (const alias of aliases) entries.push({ words: phraseWords(alias), kind, value, position, priority });
  };
  if (settings.builtInColors) for (const color of colorEntries()) add("color", color.name, color.aliases, color.position);
  if (settings.builtInMaterials) for (const material of materialEntries) add("material", material.name, material.aliases, material.position);
  for (const color of settings.colors) add("color", color, [color], "any", 1);
  for (const material of settings.materials) add("material", material, [material], "any", 1);
  for (const size of settings.sizes) add("size", size, [size], "any", 1);
  for (const size of bedSizes) add("size", size.name, size.aliases);
  for (const size of bareBedSizes) add("bed-size", size.name, size.aliases);
  add("stock", "true", inStockPhrases);
  add("out-of-stock", "false", outOfStockPhrases);
  add("sale", "true", onSalePhrases);
  add("neutral", "", neutralPhrases);
  return buildPhraseIndex(entries);
}

function matchLexicon(state: QueryState, lexicon: Map<string, LexiconEntry[]>): void {
  const { stream, filters } = state;
  for (let position = 0; position < stream.length; position += 1) {
    const token = stream[position] as Token;
    if (token.consumed) continue;
    for (const entry of lexicon.get(token.folded) ?? []) {
      let end = matchWords(stream, position, entry.words);
      if (end === -1) continue;
      const next = stream[end];
      const previous = stream[position - 1];
      const colourAfter = next !== undefined && !next.consumed && colorContextAfter.has(next.folded);
      const colourBefore = previous !== undefined && colorContextBefore.has(previous.folded);
      if (entry.position === "modifier" && !isContentWord(next) && !colourAfter && !colourBefore) continue;
      if (entry.position === "explicit" && !colourAfter && !colourBefore) continue;
      if (entry.position !== "any" && colourAfter) end += 1;
      if (entry.kind === "bed-size" && (next === undefined || !beddingWords.has(next.folded))) continue;
      // "available in red" says which colours exist, not that it is in stock.
      if (entry.kind === "stock" && entry.words.length === 1 && availableWords.has(entry.words[0] as string)) {
        if (next !== undefined && ["in", "en", "im"].includes(next.folded) && startsFilterWord(stream, end + 1, lexicon)) {
          consume(state, position, end + 1, undefined, "");
          break;
        }
      }
      switch (entry.kind) {
        case "color":
          filters.colors = addUnique(filters.colors, entry.value);
          consume(state, position, end, "color", entry.value);
          break;
        case "material":
          filters.materials = addUnique(filters.materials, entry.value);
          consume(state, position, end, "material", entry.value);
          break;
        case "size":
        case "bed-size":
          filters.sizes = addUnique(filters.sizes, entry.value);
          consume(state, position, end, "size", entry.value);
          break;
        case "stock":
          filters.inStock = true;
          consume(state, position, end, "stock", true);
          break;
        case "out-of-stock":
          filters.inStock = false;
          consume(state, position, end, "stock", false);
          break;
        case "sale":
          filters.onSale = true;
          consume(state, position, end, "sale", true);
          break;
        case "neutral":
          consume(state, position, end, undefined, "");
          break;
      }
      position = end - 1;
      break;
    }
  }
}

/** A word that can be the head noun a modifier describes ("cream sofa"), not glue or a number. */
function isContentWord(token: Token | undefined): boolean {
  return token !== undefined && !token.consumed && token.kind === "word" && !edgeStopwords.has(token.folded);
}

function startsFilterWord(stream: Token[], position: number, lexicon: Map<string, LexiconEntry[]>): boolean {
  const token = stream[position];
  if (token === undefined) return false;
  if (token.consumed) return true;
  return (lexicon.get(token.folded) ?? []).some(
    (entry) => ["color", "material", "size"].includes(entry.kind) && matchWords(stream, position, entry.words) !== -1,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// What is left

/**
 * The unconsumed runs of the query, each cut from the original text (so "T-shirt" and "men's" stay as typed),
 * with glue words trimmed from their edges: "sofa in" (before "red") becomes "sofa", but "boots for men" stays.
 */
function residualText(source: string, tokens: Token[]): string {
  const segments: Token[][] = [];
  let current: Token[] = [];
  for (const token of tokens) {
    const breaks =
      token.consumed ||
      (!token.joiner && token.kind === "punctuation") ||
      (!token.joiner && separators.has(token.raw)) ||
      (token.kind === "symbol" && currencyWords[token.folded] !== undefined);
    if (breaks) {
      if (current.length > 0) segments.push(current);
      current = [];
      continue;
    }
    current.push(token);
  }
  if (current.length > 0) segments.push(current);
  const isEdgeNoise = (token: Token) => token.joiner || token.kind === "symbol" || edgeStopwords.has(token.folded);
  const parts: string[] = [];
  for (const segment of segments) {
    let first = 0;
    let last = segment.length - 1;
    while (first <= last && isEdgeNoise(segment[first] as Token)) first += 1;
    while (last >= first && isEdgeNoise(segment[last] as Token)) last -= 1;
    if (first > last) continue;
    const text = source.slice((segment[first] as Token).start, (segment[last] as Token).end).replace(/\s+/g, " ");
    parts.push(text);
  }
  return parts.join(" ");
}
