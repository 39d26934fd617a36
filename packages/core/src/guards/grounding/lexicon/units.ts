/*
 * Units a claim can carry, with the factor to their dimension's base unit (length mm, area cm², volume ml,
 * mass g, time day, ...). Spellings are folded, without dots, words joined by one space; `exact` spellings
 * only count as written, because single letters are also words ("a", "M" for medium, "K" for thousand).
 */

export type UnitClass = "measurement" | "count" | "duration" | "percentage";

export type UnitDefinition = {
  id: string;
  dimension: string;
  /** Multiply by this to get the dimension's base unit. */
  factor: number;
  /** Added after the factor (temperatures only). */
  offset?: number;
  unitClass: UnitClass;
  spellings: readonly string[];
  exact?: readonly string[];
};

const length = (id: string, factor: number, spellings: string[], exact: string[] = []): UnitDefinition => ({
  id,
  dimension: "length",
  factor,
  unitClass: "measurement",
  spellings,
  exact,
});

const measure = (id: string, dimension: string, factor: number, spellings: string[], exact: string[] = []): UnitDefinition => ({
  id,
  dimension,
  factor,
  unitClass: "measurement",
  spellings,
  exact,
});

const time = (id: string, factor: number, spellings: string[], exact: string[] = []): UnitDefinition => ({
  id,
  dimension: "time",
  factor,
  unitClass: "duration",
  spellings,
  exact,
});

const count = (id: string, spellings: string[]): UnitDefinition => ({
  id,
  dimension: `count:${id}`,
  factor: 1,
  unitClass: "count",
  spellings,
});

export const builtInUnits: readonly UnitDefinition[] = [
  length("mm", 1, ["mm", "millimeter", "millimeters", "millimetre", "millimetres", "milimetro", "milimetros"]),
  length("cm", 10, ["cm", "centimeter", "centimeters", "centimetre", "centimetres", "zentimeter", "centimetro", "centimetros"]),
  length("m", 1000, ["meter", "meters", "metre", "metres", "metro", "metros", "mtr"], ["m"]),
  length("km", 1_000_000, ["km", "kilometer", "kilometers", "kilometre", "kilometres", "kilometro", "kilometros"]),
  length("in", 25.4, ["in", "inch", "inches", "zoll", "pouce", "pouces", "pulgada", "pulgadas"]),
  length("ft", 304.8, ["ft", "foot", "feet", "fuss", "pied", "pieds", "pies"]),
  length("yd", 914.4, ["yd", "yds", "yard", "yards"]),
  measure("sqin", "area", 6.4516, ["sq in", "square inch", "square inches", "sqin", "in2", "in²"]),
  measure("sqft", "area", 929.0304, ["sq ft", "square feet", "square foot", "sqft", "ft2", "ft²", "sf"]),
  measure("sqyd", "area", 8361.2736, ["sq yd", "square yard", "square yards", "sqyd"]),
  measure("sqm", "area", 10_000, ["sq m", "square meter", "square meters", "square metre", "square metres", "sqm", "m2", "m²", "quadratmeter", "metre carre", "metres carres", "metro cuadrado", "metros cuadrados"]),
  measure("sqcm", "area", 1, ["sq cm", "square centimeter", "square centimeters", "cm2", "cm²"]),
  measure("ml", "volume", 1, ["ml", "milliliter", "milliliters", "millilitre", "millilitres", "mililitro", "mililitros"]),
  measure("cl", "volume", 10, ["cl", "centiliter", "centilitre"]),
  measure("l", "volume", 1000, ["liter", "liters", "litre", "litres", "litro", "litros", "ltr"], ["l", "L"]),
  measure("gal", "volume", 3785.411784, ["gal", "gals", "gallon", "gallons", "galon", "galones"]),
  measure("qt", "volume", 946.352946, ["qt", "qts", "quart", "quarts"]),
  measure("pt", "volume", 473.176473, ["pint", "pints"], ["pt"]),
  measure("floz", "volume", 29.5735296, ["fl oz", "fluid ounce", "fluid ounces", "floz"]),
  measure("cuin", "volume", 16.387064, ["cu in", "cubic inch", "cubic inches", "in3", "in³"]),
  measure("cuft", "volume", 28_316.846592, ["cu ft", "cubic feet", "cubic foot", "cuft", "ft3", "ft³"]),
  measure("cuyd", "volume", 764_554.857984, ["cu yd", "cubic yard", "cubic yards"]),
  measure("mg", "mass", 0.001, ["mg", "milligram", "milligrams"]),
  measure("g", "mass", 1, ["gram", "grams", "gramm", "gramme", "grammes", "gramo", "gramos", "gr"], ["g"]),
  measure("kg", "mass", 1000, ["kg", "kgs", "kilogram", "kilograms", "kilogramm", "kilogramme", "kilogrammes", "kilogramo", "kilogramos", "kilo", "kilos"]),
  measure("oz", "mass", 28.349523125, ["oz", "ounce", "ounces", "onza", "onzas"]),
  measure("lb", "mass", 453.59237, ["lb", "lbs", "pound", "pounds", "libra", "libras"]),
  measure("w", "power", 1, ["watt", "watts", "vatio", "vatios"], ["W", "w"]),
  measure("kw", "power", 1000, ["kw", "kilowatt", "kilowatts"]),
  measure("hp", "power", 745.699872, ["hp", "horsepower"]),
  measure("v", "voltage", 1, ["volt", "volts", "voltio", "voltios", "vac", "vdc"], ["V", "v"]),
  measure("a", "current", 1, ["amp", "amps", "ampere", "amperes", "amperio", "amperios"], ["A"]),
  measure("ma", "current", 0.001, ["milliamp", "milliamps"], ["mA"]),
  measure("mah", "charge", 1, ["mah"]),
  measure("ah", "charge", 1000, ["ah"]),
  measure("kwh", "energy", 1, ["kwh"]),
  measure("btu", "cooling", 1, ["btu", "btus", "btuh"]),
  measure("ton", "cooling", 12_000, ["ton", "tons"]),
  measure("kelvin", "colour-temperature", 1, ["kelvin"]),
  measure("karat", "karat", 1, ["kt", "karat", "carat", "carats"]),
  measure("lm", "luminous-flux", 1, ["lm", "lumen", "lumens"]),
  measure("hz", "frequency", 1, ["hz", "hertz"]),
  measure("khz", "frequency", 1000, ["khz"]),
  measure("mhz", "frequency", 1e6, ["mhz"]),
  measure("ghz", "frequency", 1e9, ["ghz"]),
  measure("psi", "pressure", 1, ["psi"]),
  measure("rpm", "rotation", 1, ["rpm"]),
  measure("mph", "speed", 1, ["mph"]),
  measure("kmh", "speed", 0.621371, ["kmh", "kph"]),
  measure("gpm", "flow", 1, ["gpm"]),
  measure("gph", "flow-hour", 1, ["gph"]),
  measure("gpf", "flush", 1, ["gpf"]),
  measure("cfm", "airflow", 1, ["cfm"]),
  measure("gauge", "gauge", 1, ["ga", "gauge", "gage", "awg"]),
  measure("grit", "grit", 1, ["grit"]),
  measure("mil", "film-thickness", 1, ["mil", "mils"]),
  measure("mb", "data", 1, ["mb", "megabyte", "megabytes"]),
  measure("gb", "data", 1000, ["gb", "gigabyte", "gigabytes"]),
  measure("tb", "data", 1_000_000, ["tb", "terabyte", "terabytes"]),
  measure("db", "sound", 1, ["db", "decibel", "decibels"]),
  measure("sone", "loudness", 1, ["sone", "sones"]),
  measure("tpi", "teeth-per-inch", 1, ["tpi"]),
  measure("deg", "angle", 1, ["degree", "degrees", "grad", "grados", "degres"]),
  { id: "degf", dimension: "temperature", factor: 5 / 9, offset: -32 * (5 / 9), unitClass: "measurement", spellings: ["fahrenheit"] },
  { id: "degc", dimension: "temperature", factor: 1, unitClass: "measurement", spellings: ["celsius", "centigrade"] },
  { id: "percent", dimension: "percent", factor: 1, unitClass: "percentage", spellings: ["percent", "per cent", "pct", "prozent", "pour cent", "por ciento"] },
  time("minute", 1 / 1440, ["min", "mins", "minute", "minutes", "minuten", "minuto", "minutos"]),
  time("hour", 1 / 24, ["hr", "hrs", "hour", "hours", "stunde", "stunden", "heure", "heures", "hora", "horas"], ["h"]),
  time("day", 1, ["day", "days", "tag", "tage", "tagen", "jour", "jours", "dia", "dias"]),
  time("business-day", 1, [
    "business day",
    "business days",
    "working day",
    "working days",
    "werktag",
    "werktage",
    "werktagen",
    "arbeitstag",
    "arbeitstage",
    "jour ouvre",
    "jours ouvres",
    "jours ouvrables",
    "dia habil",
    "dias habiles",
    "dias laborables",
  ]),
  time("week", 7, ["wk", "wks", "week", "weeks", "woche", "wochen", "semaine", "semaines", "semana", "semanas"]),
  time("month", 30.4375, ["month", "months", "mos", "monat", "monate", "monaten", "mois", "mes", "meses"], ["mo"]),
  time("year", 365.25, ["yr", "yrs", "year", "years", "jahr", "jahre", "jahren", "ans", "annee", "annees", "ano", "anos"]),
  count("pack", ["pack", "packs", "pk", "pkg", "pkgs", "packung", "paquete", "paquetes"]),
  count("piece", ["piece", "pieces", "pc", "pcs", "pce", "stuck", "stk", "pieza", "piezas"]),
  count("count", ["count", "ct"]),
  count("pair", ["pair", "pairs", "paar", "paire", "paires", "par", "pares"]),
  count("set", ["set", "sets"]),
];

/** The longest unit spelling, in words; look-ups try this many words first. */
export const maxUnitWords = 3;
