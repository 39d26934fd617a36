/** A number as written: its value, the smallest step its wording can express, and where it stands. */
export type NumberLiteral = {
  value: number;
  /** 1 for "60", 0.1 for "2.5", 1/8 for "3-5/8": how precisely the writer stated it. */
  resolution: number;
  start: number;
  end: number;
};

const unicodeFractions: Record<string, number> = {
  "½": 1 / 2,
  "¼": 1 / 4,
  "¾": 3 / 4,
  "⅛": 1 / 8,
  "⅜": 3 / 8,
  "⅝": 5 / 8,
  "⅞": 7 / 8,
  "⅓": 1 / 3,
  "⅔": 2 / 3,
};

/** Denominators of the fractions catalogs use for sizes; others ("24/7", "6/0", "12/20") are codes or dates. */
const fractionDenominators = new Set([2, 3, 4, 8, 16, 32, 64]);

export function isPlausibleFraction(numerator: number, denominator: number): boolean {
  return fractionDenominators.has(denominator) && numerator > 0 && numerator < denominator;
}

/**
 * Mixed numbers ("3-1/2", "5 1/4"), fractions, thousands with commas ("32,000") or dots ("1.299,99"), decimal
 * points and decimal commas ("2,5"), and a trailing Unicode fraction ("1½"). Not preceded by a letter, digit or
 * `#` (except the `x` of "2x4"), so codes such as "G9" and "#512" are left to the code scanner.
 */
export const numberLiteralPattern =
  /(?:(?<=[\d ][xX×])|(?<![\p{L}\p{N}#_.,]))(?:(\d+)[- ](\d+)\/(\d+)|(\d+)\/(\d+)|(\d{1,3}(?:,\d{3})+(?:\.\d+)?)|(\d{1,3}(?:\.\d{3})+,\d+)|(\d+(?:[.,]\d+)?)|([½¼¾⅛⅜⅝⅞⅓⅔]))([½¼¾⅛⅜⅝⅞⅓⅔])?(?![\p{N}]|[.,]\d)/gu;

/** Reads the literal of a `numberLiteralPattern` match; undefined for a fraction that is no size. */
export function readNumberLiteral(match: RegExpMatchArray): NumberLiteral | undefined {
  const start = match.index ?? 0;
  const end = start + match[0].length;
  const [, whole, mixedNumerator, mixedDenominator, numerator, denominator, commaThousands, dotThousands, plain, lone, trailing] = match;
  let value: number;
  let resolution = 1;
  if (whole !== undefined && mixedNumerator !== undefined && mixedDenominator !== undefined) {
    const top = Number(mixedNumerator);
    const bottom = Number(mixedDenominator);
    if (!isPlausibleFraction(top, bottom)) return undefined;
    value = Number(whole) + top / bottom;
    resolution = 1 / bottom;
  } else if (numerator !== undefined && denominator !== undefined) {
    const top = Number(numerator);
    const bottom = Number(denominator);
    if (!isPlausibleFraction(top, bottom)) return undefined;
    value = top / bottom;
    resolution = 1 / bottom;
  } else if (commaThousands !== undefined) {
    const normalised = commaThousands.replaceAll(",", "");
    value = Number(normalised);
    resolution = decimalResolution(normalised);
  } else if (dotThousands !== undefined) {
    const normalised = dotThousands.replaceAll(".", "").replace(",", ".");
    value = Number(normalised);
    resolution = decimalResolution(normalised);
  } else if (plain !== undefined) {
    const normalised = plain.replace(",", ".");
    value = Number(normalised);
    resolution = decimalResolution(normalised);
  } else if (lone !== undefined) {
    value = unicodeFractions[lone] ?? 0;
    resolution = 1 / 8;
  } else {
    return undefined;
  }
  if (trailing !== undefined) {
    value += unicodeFractions[trailing] ?? 0;
    resolution = Math.min(resolution, 1 / 8);
  }
  if (!Number.isFinite(value)) return undefined;
  return { value, resolution, start, end };
}

function decimalResolution(decimal: string): number {
  const point = decimal.indexOf(".");
  return point === -1 ? 1 : 10 ** -(decimal.length - point - 1);
}

/** Number words, only read where a unit or "of" makes them a quantity ("two weeks", "set of four"). */
export const numberWords: ReadonlyMap<string, number> = new Map(
  Object.entries({
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, sixty: 60, ninety: 90, dozen: 12,
    ein: 1, eine: 1, einen: 1, zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
    zwolf: 12, vierzehn: 14, dreissig: 30,
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, douze: 12,
    quinze: 15, trente: 30, soixante: 60,
    uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12,
    catorce: 14, quince: 15, treinta: 30, sesenta: 60, noventa: 90,
  }),
);

/** Same value, compared with a tolerance far below any resolution a text states. */
export function sameNumber(left: number, right: number): boolean {
  return Math.abs(left - right) <= 1e-9 * Math.max(1, Math.abs(left), Math.abs(right));
}

/** Key for sets of numbers: values equal to nine places share it. */
export function numberKey(value: number): string {
  return String(Math.round(value * 1e9) / 1e9);
}
