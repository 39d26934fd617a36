/**
 * Canonical unit for each spelling, folded. Several languages share the table because a shopper's query and
 * a catalog's titles do not always use the same one ("60 Zoll", "60 pulgadas", "60 in.", `60"`).
 */
const unitSpellings: Record<string, readonly string[]> = {
  in: ["in", "inch", "inches", "zoll", "pulgada", "pulgadas", "pouce", "pouces"],
  ft: ["ft", "foot", "feet", "fuss", "pied", "pieds", "pie", "pies"],
  yd: ["yd", "yds", "yard", "yards"],
  mm: ["mm", "millimeter", "millimeters", "millimetre", "millimetres", "milimetro", "milimetros"],
  cm: ["cm", "centimeter", "centimeters", "centimetre", "centimetres", "zentimeter", "centimetro", "centimetros"],
  m: ["m", "meter", "meters", "metre", "metres", "metro", "metros"],
  gal: ["gal", "gallon", "gallons"],
  qt: ["qt", "quart", "quarts"],
  pt: ["pt", "pint", "pints"],
  oz: ["oz", "ounce", "ounces"],
  lb: ["lb", "lbs", "pound", "pounds"],
  kg: ["kg", "kilogram", "kilograms", "kilogramm", "kilo", "kilos"],
  g: ["g", "gram", "grams", "gramm", "gramme", "grammes", "gramo", "gramos"],
  l: ["l", "liter", "liters", "litre", "litres", "litro", "litros"],
  ml: ["ml", "milliliter", "milliliters", "millilitre", "millilitres", "mililitro", "mililitros"],
  v: ["v", "volt", "volts", "voltios"],
  w: ["w", "watt", "watts", "vatios"],
  kw: ["kw", "kilowatt", "kilowatts"],
  amp: ["a", "amp", "amps", "ampere", "amperes", "amperios"],
  ah: ["ah"],
  mah: ["mah"],
  btu: ["btu", "btus"],
  ga: ["ga", "gauge", "gage"],
  psi: ["psi"],
  hp: ["hp", "horsepower"],
  rpm: ["rpm"],
  gpm: ["gpm"],
  gpf: ["gpf"],
  cfm: ["cfm"],
  deg: ["deg", "degree", "degrees", "grad", "grados", "degres"],
  pk: ["pk", "pack", "packs", "pkg"],
  pc: ["pc", "pcs", "piece", "pieces", "stuck", "pieza", "piezas"],
  grit: ["grit"],
  mil: ["mil"],
  k: ["k", "kelvin"],
  lm: ["lm", "lumen", "lumens"],
  hz: ["hz", "hertz"],
  ton: ["ton", "tons"],
};

/** Two-word units, matched before the single words ("cu ft" is not "ft"). */
const compoundUnitSpellings: Record<string, ReadonlyArray<readonly [string, string]>> = {
  sqft: [
    ["sq", "ft"],
    ["sq", "feet"],
    ["square", "feet"],
    ["square", "foot"],
  ],
  cuft: [
    ["cu", "ft"],
    ["cu", "feet"],
    ["cubic", "feet"],
    ["cubic", "foot"],
  ],
  sqin: [
    ["sq", "in"],
    ["square", "inch"],
    ["square", "inches"],
  ],
  floz: [
    ["fl", "oz"],
    ["fluid", "ounce"],
    ["fluid", "ounces"],
  ],
};

const singleWordUnits = new Map<string, string>();
for (const [canonical, spellings] of Object.entries(unitSpellings)) {
  for (const spelling of spellings) singleWordUnits.set(spelling, canonical);
}
for (const canonical of Object.keys(compoundUnitSpellings)) singleWordUnits.set(canonical, canonical);
singleWordUnits.set("sqm", "sqm");

const twoWordUnits = new Map<string, string>();
for (const [canonical, spellings] of Object.entries(compoundUnitSpellings)) {
  for (const [first, second] of spellings) twoWordUnits.set(`${first} ${second}`, canonical);
}

/** The canonical unit a folded word spells, if any. */
export function unitOfWord(word: string): string | undefined {
  return singleWordUnits.get(word);
}

/** The canonical unit two consecutive folded words spell, if any. */
export function unitOfWordPair(first: string, second: string): string | undefined {
  return twoWordUnits.get(`${first} ${second}`);
}

/** After a number, `'` means feet and `"` (or `''`) inches. */
export function unitOfQuote(quote: string): string {
  return quote === '"' ? "in" : "ft";
}

/** Denominators that make `n/d` a fraction of a size rather than a ratio or model number. */
export function isSizeDenominator(denominator: number): boolean {
  return denominator === 2 || denominator === 3 || denominator === 4 || denominator === 8 || denominator === 16 ||
    denominator === 32 || denominator === 64;
}

/**
 * Sizes written as words that mean one thing: bed sizes keep their word and gain a compound term
 * ("king size", "king-size", "kingsize" → king + kingsize); garment sizes map to the usual letters.
 */
export const bedSizes: ReadonlySet<string> = new Set(["king", "queen", "twin", "full", "double", "single"]);

export const garmentSizePhrases: ReadonlyArray<readonly [readonly string[], string]> = [
  [["extra", "extra", "large"], "xxl"],
  [["xx", "large"], "xxl"],
  [["xxlarge"], "xxl"],
  [["extra", "large"], "xl"],
  [["x", "large"], "xl"],
  [["xlarge"], "xl"],
  [["extra", "small"], "xs"],
  [["x", "small"], "xs"],
  [["xsmall"], "xs"],
];
