export type LexicalTokenKind = "number" | "word" | "quote" | "slash" | "hyphen" | "times";

export type LexicalToken = {
  kind: LexicalTokenKind;
  /** Lower-cased text; for numbers the canonical decimal. */
  text: string;
  /** Numbers only. */
  value: number;
  /** The text as written. */
  raw: string;
  start: number;
  end: number;
};

/*
 * Digits and letters are separate tokens even when they touch ("100ft" → 100, ft; "d210" → d, 210), so units
 * glued to numbers are found; `adjacent` tells the analyzer that they touched so it can keep the glued form.
 * A comma between digits is a thousands separator before exactly three digits and a decimal comma otherwise.
 */
const tokenPattern = /(\d+(?:,\d{3})+(?!\d)|\d+[.,]\d+|\.\d+|\d+)|(\p{L}+)|(["”″]|''|[’'′])|(\/)|(-)|(×)/gu;

/** Splits lower-cased text into numbers, letter runs and the few symbols that carry size information. */
export function lex(text: string): LexicalToken[] {
  // Plain ASCII (most catalog text) goes through a hand-written scanner; the regex handles everything else.
  if (!/[^\u0000-\u007f]/.test(text)) return lexAscii(text);
  const tokens: LexicalToken[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    const start = match.index;
    const end = start + match[0].length;
    const [, number, word, quote, slash, hyphen] = match;
    if (number !== undefined) {
      const value = parseNumber(number);
      tokens.push({ kind: "number", text: formatNumber(value), value, raw: number, start, end });
    } else if (word !== undefined) {
      tokens.push({ kind: "word", text: word, value: Number.NaN, raw: match[0], start, end });
    } else if (quote !== undefined) {
      const double = quote === '"' || quote === "”" || quote === "″" || quote === "''";
      tokens.push({ kind: "quote", text: double ? '"' : "'", value: Number.NaN, raw: match[0], start, end });
    } else if (slash !== undefined) {
      tokens.push({ kind: "slash", text: "/", value: Number.NaN, raw: match[0], start, end });
    } else if (hyphen !== undefined) {
      tokens.push({ kind: "hyphen", text: "-", value: Number.NaN, raw: match[0], start, end });
    } else {
      tokens.push({ kind: "times", text: "x", value: Number.NaN, raw: match[0], start, end });
    }
  }
  return tokens;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** The same tokens as the regex for ASCII text, without its per-match cost. */
function lexAscii(text: string): LexicalToken[] {
  const tokens: LexicalToken[] = [];
  const length = text.length;
  let position = 0;
  while (position < length) {
    const code = text.charCodeAt(position);
    const start = position;
    if (isDigit(code) || (code === 46 && isDigit(text.charCodeAt(position + 1)))) {
      position = scanNumber(text, position);
      const raw = text.slice(start, position);
      const value = parseNumber(raw);
      tokens.push({ kind: "number", text: formatNumber(value), value, raw, start, end: position });
      continue;
    }
    if (isLetter(code)) {
      while (position < length && isLetter(text.charCodeAt(position))) position++;
      const raw = text.slice(start, position);
      tokens.push({ kind: "word", text: raw, value: Number.NaN, raw, start, end: position });
      continue;
    }
    if (code === 34 || code === 39) {
      const double = code === 34 || (code === 39 && text.charCodeAt(position + 1) === 39);
      position += code === 39 && double ? 2 : 1;
      tokens.push({ kind: "quote", text: double ? '"' : "'", value: Number.NaN, raw: text.slice(start, position), start, end: position });
      continue;
    }
    position++;
    if (code === 47) tokens.push({ kind: "slash", text: "/", value: Number.NaN, raw: "/", start, end: position });
    else if (code === 45) tokens.push({ kind: "hyphen", text: "-", value: Number.NaN, raw: "-", start, end: position });
  }
  return tokens;
}

/** Where a number starting at `start` ends, by the same rules as the regex's number alternative. */
const numberPattern = /\d+(?:,\d{3})+(?!\d)|\d+[.,]\d+|\.\d+|\d+/y;

function scanNumber(text: string, start: number): number {
  numberPattern.lastIndex = start;
  return numberPattern.exec(text) === null ? start + 1 : numberPattern.lastIndex;
}

function parseNumber(text: string): number {
  if (/^\d+(?:,\d{3})+$/.test(text)) return Number(text.replaceAll(",", ""));
  return Number(text.replace(",", "."));
}

/** Up to four decimals, no trailing zeros, no leading zero dropped: 0.5, 1.5, 12, 0.0625. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Math.round(value * 10_000) / 10_000);
}
