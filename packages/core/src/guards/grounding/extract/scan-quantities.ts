import type { UnitDefinition } from "../lexicon/units";
import { wordTokens } from "../text/fold-text";
import { numberLiteralPattern, numberWords, readNumberLiteral, type NumberLiteral } from "./number-literal";
import type { UnitLookup } from "./unit-lookup";

export type QuantityMention = {
  type: "quantity";
  value: number;
  unit?: UnitDefinition;
  noun?: string;
  /** Smallest step the wording can express, in `unit`. */
  resolution: number;
  start: number;
  end: number;
  /** "6 ft. 2 in." read as one length. */
  composite?: boolean;
  /** A hyphenated counted noun: "2-Light", "6-Pack" style wording without a known unit. */
  counted?: boolean;
};

export type MoneyMention = {
  type: "money";
  amount: number;
  /** ISO code, or undefined when only "$" or a word says it is money. */
  currency?: string;
  /** The symbol as written ("$", "€"), for currency-aware matching of "$" against USD, CAD, AUD. */
  symbol?: string;
  resolution: number;
  start: number;
  end: number;
};

export type NumericMention = QuantityMention | MoneyMention;

const currencyCodes =
  "USD|EUR|GBP|CAD|AUD|NZD|CHF|JPY|CNY|SEK|NOK|DKK|PLN|CZK|HUF|MXN|BRL|INR|SGD|HKD|ZAR|KRW|TRY|ILS|AED|SAR|RON|BGN|ISK";
const prefixSymbols = String.raw`US\$|CA\$|C\$|AU\$|A\$|NZ\$|HK\$|S\$|R\$|\$|€|£|¥|₹`;
const currencyBefore = new RegExp(String.raw`(${prefixSymbols}|\b(?:${currencyCodes}))[ \u00a0]?$`, "u");
const currencyAfter = new RegExp(
  String.raw`^[ \u00a0]?(€|£|\$|(?:${currencyCodes})\b|(?:dollars?|bucks|euros?|cents?)(?!\p{L}))`,
  "iu",
);

const symbolCurrency: Record<string, string | undefined> = {
  "US$": "USD",
  "CA$": "CAD",
  C$: "CAD",
  "AU$": "AUD",
  A$: "AUD",
  "NZ$": "NZD",
  "HK$": "HKD",
  S$: "SGD",
  R$: "BRL",
  "€": "EUR",
  "£": "GBP",
  "¥": "JPY",
  "₹": "INR",
  $: undefined,
};

const rangeJoiner = /^(?:[ \u00a0]?[-–—][ \u00a0]?|[ \u00a0](?:to|bis|à|a|au)[ \u00a0])$/u;
const chainJoiner = /^[ \u00a0]*(?:[xX×]|by)[ \u00a0]*$/u;
const axisLabel = /^[ \u00a0]?(?:W|H|D|L|Dia\.?|Wide|High|Deep|Long|Tall|Thick|Width|Height|Depth|Length)(?![\p{L}\p{N}])/u;
const countPhraseBefore = /\b(?:set|pack|case|box|bundle|bag|carton|pair|kit|lot|packung|paquete|juego|caja|lote)s?[ \u00a0]+(?:of|von|de)[ \u00a0]+$/iu;

export type ScanOptions = {
  units: UnitLookup;
  /** Spans already taken by codes, availability phrases and discount codes. */
  isTaken: (start: number, end: number) => boolean;
};

/** Finds measurements, counts, bare numbers, percentages and money amounts, in text order. */
export function scanNumericMentions(text: string, options: ScanOptions): NumericMention[] {
  const literals: NumberLiteral[] = [];
  for (const match of text.matchAll(numberLiteralPattern)) {
    const literal = readNumberLiteral(match);
    if (literal !== undefined && !options.isTaken(literal.start, literal.end)) literals.push(literal);
  }
  const mentions: NumericMention[] = [];
  // Quantities of one "30 x 40 in." chain, so units can be shared after the scan.
  const chains: QuantityMention[][] = [];
  let chain: QuantityMention[] = [];
  let index = 0;
  while (index < literals.length) {
    const literal = literals[index] as NumberLiteral;
    const next = literals[index + 1];
    const money = readMoney(text, literal, next);
    if (money !== undefined) {
      mentions.push(...money.mentions);
      index += money.consumed;
      continue;
    }
    let reading = options.units.read(text, literal.end, literal.value);
    let ranged: NumberLiteral | undefined;
    if ((reading === undefined || (reading.unit === undefined && reading.multiplier === undefined && reading.end === literal.end)) && next !== undefined) {
      if (rangeJoiner.test(text.slice(literal.end, next.start)) && next.value > literal.value) {
        const rangeReading = options.units.read(text, next.end, next.value);
        if (rangeReading?.unit !== undefined) {
          ranged = next;
          reading = rangeReading;
        }
      }
    }
    const parts = ranged === undefined ? [literal] : [literal, ranged];
    const created = parts.map((part) => makeQuantity(text, part, reading, part === parts[parts.length - 1]));
    const first = created[0] as QuantityMention;
    if (ranged === undefined) {
      const composite = readComposite(text, first, next, options.units);
      if (composite !== undefined) {
        created[0] = composite;
        index += 1;
      }
    }
    if (chain.length > 0 && chainJoiner.test(text.slice((chain[chain.length - 1] as QuantityMention).end, first.start))) {
      chain.push(...created);
    } else {
      if (chain.length > 1) chains.push(chain);
      chain = [...created];
    }
    // A range's low end keeps its own span; both ends share the unit.
    mentions.push(...created);
    index += parts.length;
  }
  if (chain.length > 1) chains.push(chain);
  for (const members of chains) shareUnits(members);
  markCountPhrases(text, mentions, options.units);
  return mentions;
}

function makeQuantity(text: string, literal: NumberLiteral, reading: ReturnType<UnitLookup["read"]>, ownsUnit: boolean): QuantityMention {
  const value = literal.value * (reading?.multiplier ?? 1);
  const mention: QuantityMention = {
    type: "quantity",
    value,
    resolution: literal.resolution * (reading?.multiplier ?? 1),
    start: literal.start,
    end: ownsUnit && reading !== undefined ? Math.max(reading.end, literal.end) : literal.end,
  };
  if (reading?.unit !== undefined) mention.unit = reading.unit;
  if (reading?.noun !== undefined) {
    mention.noun = reading.noun;
    if (reading.end > literal.end) mention.counted = true;
  }
  if (ownsUnit && reading?.unit?.dimension === "length") {
    const label = axisLabel.exec(text.slice(mention.end, mention.end + 12));
    if (label !== null) mention.end += label[0].length;
  }
  return mention;
}

/** "6 ft. 2 in." and `6' 2"`: one length, in inches. */
function readComposite(text: string, feet: QuantityMention, next: NumberLiteral | undefined, units: UnitLookup): QuantityMention | undefined {
  if (feet.unit?.id !== "ft" || next === undefined || !/^[ \u00a0]*$/u.test(text.slice(feet.end, next.start))) return undefined;
  const inches = units.read(text, next.end, next.value);
  if (inches?.unit?.id !== "in") return undefined;
  return {
    type: "quantity",
    value: feet.value * 12 + next.value,
    unit: inches.unit,
    resolution: next.resolution,
    start: feet.start,
    end: inches.end,
    composite: true,
  };
}

function readMoney(
  text: string,
  literal: NumberLiteral,
  next: NumberLiteral | undefined,
): { mentions: MoneyMention[]; consumed: number } | undefined {
  const before = currencyBefore.exec(text.slice(Math.max(0, literal.start - 6), literal.start));
  let symbol = before?.[1];
  const start = before === null ? literal.start : literal.start - before[0].length;
  let end = literal.end;
  let multiplier = 1;
  const thousands = /^[kK](?![\p{L}\p{N}])/u.exec(text.slice(end, end + 2));
  if (symbol !== undefined && thousands !== null) {
    multiplier = 1000;
    end += 1;
  }
  if (symbol === undefined) {
    // "49.00–59.00 USD": the code after the high end makes both ends money.
    if (next !== undefined && /^[ \u00a0]?[-–—][ \u00a0]?$/u.test(text.slice(end, next.start))) {
      const afterRange = currencyAfter.exec(text.slice(next.end, next.end + 12));
      if (afterRange !== null) {
        const rangeSymbol = afterRange[1] as string;
        const rangeCurrency = currencyOf(rangeSymbol);
        const low: MoneyMention = { type: "money", amount: literal.value, resolution: literal.resolution, start: literal.start, end: literal.end, symbol: rangeSymbol };
        const high: MoneyMention = { type: "money", amount: next.value, resolution: next.resolution, start: next.start, end: next.end + afterRange[0].length, symbol: rangeSymbol };
        if (rangeCurrency !== undefined) {
          low.currency = rangeCurrency;
          high.currency = rangeCurrency;
        }
        return { mentions: [low, high], consumed: 2 };
      }
    }
    const after = currencyAfter.exec(text.slice(end, end + 12));
    if (after === null) return undefined;
    symbol = after[1] as string;
    end += after[0].length;
  } else {
    // "$49 USD": the code settles what the symbol left open.
    const code = new RegExp(String.raw`^[ \u00a0]?(${currencyCodes})\b`, "u").exec(text.slice(end, end + 5));
    if (code !== null) {
      symbol = code[1] as string;
      end += code[0].length;
    }
  }
  const currency = currencyOf(symbol);
  const isCents = /^cents?$/i.test(symbol);
  const make = (part: NumberLiteral, from: number, to: number): MoneyMention => {
    const mention: MoneyMention = {
      type: "money",
      amount: (part.value * multiplier) / (isCents ? 100 : 1),
      resolution: (part.resolution * multiplier) / (isCents ? 100 : 1),
      start: from,
      end: to,
      symbol: symbol as string,
    };
    if (currency !== undefined) mention.currency = currency;
    return mention;
  };
  // "$49–59" and "$49 to $59": the high end is money in the same currency.
  if (next !== undefined) {
    const joiner = text.slice(end, next.start);
    const symbolPattern = symbol.replace(/[$]/g, "\\$");
    if (new RegExp(String.raw`^(?:[ \u00a0]?[-–—][ \u00a0]?|[ \u00a0]to[ \u00a0])(?:${symbolPattern})?$`, "u").test(joiner)) {
      let nextEnd = next.end;
      const trailing = new RegExp(String.raw`^[ \u00a0]?(?:${symbolPattern})\b`, "u").exec(text.slice(nextEnd, nextEnd + 6));
      if (trailing !== null && before === null) nextEnd += trailing[0].length;
      return { mentions: [make(literal, start, end), make(next, next.start - (joiner.endsWith(symbol) ? symbol.length : 0), nextEnd)], consumed: 2 };
    }
  }
  return { mentions: [make(literal, start, end)], consumed: 1 };
}

function currencyOf(symbol: string): string | undefined {
  if (symbol in symbolCurrency) return symbolCurrency[symbol];
  const upper = symbol.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper)) return upper;
  if (/^euros?$/i.test(symbol)) return "EUR";
  return undefined;
}

/** Dimension chains share units: in "30 x 40 in." the 30 is inches too. */
function shareUnits(members: QuantityMention[]): void {
  for (let index = members.length - 2; index >= 0; index--) {
    const member = members[index] as QuantityMention;
    const right = members[index + 1] as QuantityMention;
    if (member.unit === undefined && member.noun === undefined && right.unit?.unitClass === "measurement") member.unit = right.unit;
  }
  for (let index = 1; index < members.length; index++) {
    const member = members[index] as QuantityMention;
    const left = members[index - 1] as QuantityMention;
    if (member.unit === undefined && member.noun === undefined && left.unit?.unitClass === "measurement") member.unit = left.unit;
  }
}

/** "Box of 10", "set of 4": the number is a count. */
function markCountPhrases(text: string, mentions: NumericMention[], units: UnitLookup): void {
  const set = units.byId("set");
  for (const mention of mentions) {
    if (mention.type !== "quantity" || mention.unit !== undefined) continue;
    if (countPhraseBefore.test(text.slice(Math.max(0, mention.start - 16), mention.start)) && set !== undefined) {
      mention.unit = set;
      delete mention.noun;
    }
  }
}

/** "two weeks", "thirty-day", "set of four": number words where a unit or "of" makes them a quantity. */
export function scanNumberWords(text: string, options: ScanOptions): QuantityMention[] {
  const mentions: QuantityMention[] = [];
  for (const token of wordTokens(text)) {
    const value = numberWords.get(token.folded);
    if (value === undefined || options.isTaken(token.start, token.end)) continue;
    const reading = options.units.read(text, token.end, value);
    const unitClass = reading?.unit?.unitClass;
    if (reading?.unit !== undefined && (unitClass === "duration" || unitClass === "count")) {
      mentions.push({ type: "quantity", value, unit: reading.unit, resolution: 1, start: token.start, end: reading.end });
      continue;
    }
    if (countPhraseBefore.test(text.slice(Math.max(0, token.start - 16), token.start))) {
      const set = options.units.byId("set");
      const mention: QuantityMention = { type: "quantity", value, resolution: 1, start: token.start, end: token.end };
      if (set !== undefined) mention.unit = set;
      mentions.push(mention);
    }
  }
  return mentions;
}
