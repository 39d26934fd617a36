import { fakerLocales } from "../lexicon/faker-locales";
import { placeLexicon } from "../lexicon/places";
import type { PiiSpan } from "../pii-types";
import { span, type Recognizer } from "./recognizer";

/*
 * Street addresses by grammar rather than by a list of streets: a street-type word, a house number on the
 * side each language puts it, then the parts that follow an address (unit, postcode and town, state,
 * country), across commas or line breaks.
 */

const word = String.raw`[\p{L}][\p{L}\p{M}'’.-]*`;
const capitalisedWord = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.-]*|\d{1,3}(?:st|nd|rd|th|e|er|ème|º|ª)\.?)`;
const houseNumber = String.raw`\d{1,5}(?:\s?[A-Za-z](?![\p{L}]))?(?:[-–/]\d{1,5}[A-Za-z]?)?`;

/** English street types written after the name ("Baker Street", "5th Ave."). */
const englishTypes = String.raw`Street|St|Avenue|Ave|Av|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Place|Pl|Way|Terrace|Terr|Square|Sq|Close|Crescent|Cres|Highway|Hwy|Parkway|Pkwy|Circle|Cir|Trail|Trl|Row|Hill|Gardens|Park|Walk|Mews|Grove|View|Plaza|Alley|Loop|Path|Pike|Ridge|Green|Gate|Wharf|Quay|Parade|Heights|Meadows?|Vale|Rise|Broadway|Expressway|Freeway|Causeway|Crossing|Point|Landing|Run|Square|Streets|Roads|Avenues`;
/** Street types written before the name, in French, Spanish, Italian and Portuguese. */
const prefixTypes = String.raw`rue|avenue|av|boulevard|bd|bld|place|chemin|all[ée]e|impasse|quai|route|cours|passage|square|voie|faubourg|esplanade|promenade|calle|c/|avenida|avda|plaza|pza|paseo|camino|carretera|ctra|ronda|traves[íi]a|glorieta|callej[óo]n|via|viale|piazza|corso|largo|rua|travessa|pra[çc]a|alameda|estrada|rodovia|ulica|ul`;
/** German, Dutch, Nordic and Hungarian street types glued to the name ("Hauptstraße", "Laukaantie"). */
const compoundTypes = String.raw`stra(?:ß|ss)e|str\.?|weg|platz|allee|gasse|ring|damm|ufer|chaussee|steig|pfad|markt|graben|straat|laan|plein|gracht|kade|vej|vejen|veien|vegen|gade|stræti|vegur|braut|gata|gaten|gatan|v[äa]gen|tie|tien|katu|kuja|polku|utca|[úu]t|tér`;
/** Street types written as a separate word after the name in Nordic, Hungarian and Dutch addresses. */
const separateTypes = String.raw`u\.|utca|út|tér|terrasse|gate|gata|vei|vej|straat|laan`;
/** German street types written as a separate word ("Berliner Straße", "Am Alten Markt"). */
const germanTypes = String.raw`Stra(?:ß|ss)e|Str\.|Weg|Platz|Allee|Gasse|Ring|Damm|Ufer|Chaussee|Markt`;
const particles = String.raw`(?:(?:de\s+la|de\s+los|de\s+las|de\s+l['’]|d['’]|de|du|des|del|della|di|da|do|dos|das|la|le|les|el|the|van|von|der)\s+)?`;

const leadingNumbers = String.raw`(?:${houseNumber},?\s+){0,2}`;

let corePatterns: RegExp[] | undefined;

/** English street types from faker's maintained US list, added to the abbreviations above. */
function englishStreetTypes(): string {
  const types = new Set(englishTypes.split("|"));
  for (const suffix of fakerLocales[0]?.rawDefinitions.location?.street_suffix ?? []) {
    if (/^[A-Za-z]+$/.test(suffix)) types.add(suffix);
  }
  return [...types].sort((left, right) => right.length - left.length).join("|");
}

function addressCorePatterns(): RegExp[] {
  if (corePatterns !== undefined) return corePatterns;
  const englishTypes = englishStreetTypes();
  corePatterns = [
  // 221B Baker Street, 1600 Pennsylvania Avenue NW, 12 N. Main St.
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])${leadingNumbers}${houseNumber},?\s+(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?(?:${capitalisedWord}\s+){0,4}(?:${englishTypes})\b\.?(?:\s+(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\b)?`,
    "gu",
  ),
  // 12 rue de la Paix, 5 bis avenue Foch, 541 Avenida Pedro Ulisses 888
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])${leadingNumbers}${houseNumber}(?:\s?(?:bis|ter))?,?\s+(?:${prefixTypes})\.?\s+${particles}(?:${word}\s+){0,3}${word}(?:\s+${houseNumber}(?![\p{L}\p{N}]))?`,
    "giu",
  ),
  // Calle Mayor 5, Via Roma 10, rue du centre 320
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:${prefixTypes})\.?\s+${particles}(?:${word}\s+){0,3}${word}(?:,\s*(?:n[º°o.]\s*|núm\.\s*)?\d{1,4}(?![\p{N}])|\s+(?:n[º°o.]\s*|núm\.\s*)?${houseNumber})(?:\s*,?\s*\d{1,2}\s?[º°ª]\s?[A-Za-z]?)?`,
    "giu",
  ),
  // Hauptstraße 5, Laukaantie 80, Brucker Bundesstrasse 31 (German place adjectives end in -er). Street names
  // are capitalised; in lower case only the unmistakable endings count, or "about 10" (-ut) and "during 90"
  // (-ring) would read as addresses.
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])${leadingNumbers}(?:\p{Lu}\p{L}*er\s+)?\p{Lu}[\p{L}\p{M}-]*(?:${compoundTypes})(?![\p{L}])\s*${houseNumber}`,
    "gu",
  ),
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])${leadingNumbers}\p{Ll}[\p{L}\p{M}-]*(?:stra(?:ß|ss)e|str\.|platz|allee|gasse|straat|gatan|v[äa]gen|katu)(?![\p{L}])\s*${houseNumber}`,
    "gu",
  ),
  // Berliner Straße 12, Am Alten Markt 3
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:${capitalisedWord}\s+){1,3}(?:${germanTypes})\s+${houseNumber}`,
    "gu",
  ),
  // Wesselényi u. 94, Stensås terrasse 38: the type word stands alone after the name
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])${leadingNumbers}(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,3}(?:${separateTypes})\s+${houseNumber}\.?`,
    "gu",
  ),
  // Military and PO box addresses: "Unit 4719 Box 7394", "PSC 1234, Box 5678", "USNS Ship", "PO Box 12".
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])${leadingNumbers}(?:(?:Unit|PSC|CMR)\s+\d{3,5},?\s+Box\s+\d{3,5}|USNS\s+${capitalisedWord}|USS\s+${capitalisedWord}|P\.?\s?O\.?\s+Box\s+\d{1,6}|Postfach\s+\d{1,6}|Apartado(?:\s+de\s+Correos)?\s+\d{1,6}|BP\s+\d{1,6})`,
    "gu",
  ),
  ];
  return corePatterns;
}

/**
 * Addresses without a street-type word: "20789 Allika 46" (two numbers around a name), or a name and a
 * number after an address cue ("ship to", "Adresse:", "dirección"). Shapes like "iPhone 15" stay out
 * because they need the cue or the second number.
 */
const numberNameNumberPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,:/-])\d{1,6}\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,3}\d{1,5}[A-Za-z]?(?![\p{L}\p{N}]|[.,:/-]\d)`,
  "gu",
);
const addressCue =
  /(?:\b(?:address(?:\s+is)?|live(?:s)? (?:at|on|in)|ship (?:it )?to|send (?:it |them )?to|deliver(?:ed)? to|located at|office is at|meet (?:me|you|us) at|enter on|side of|corner of|adresse|anschrift|wohne in|lieferadresse|direcci[óo]n|domicilio|enviar a|livrer [àa]|habite)\s*:?\s*)$/iu;
const cuedNameNumberPattern = new RegExp(
  String.raw`(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,3}\d{1,5}[A-Za-z]?(?![\p{L}\p{N}])|\d{1,5}[A-Za-z]?\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s*){1,3}(?![\p{N}])`,
  "uy",
);

/** An address named without a house number: "Baker Street", "Avenue des Champs-Élysées". */
const namedStreetPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${capitalisedWord}\s+){1,3}(?:Street|Avenue|Road|Boulevard|Lane|Drive|Straße|Strasse)|(?:Rue|Avenue|Boulevard|Calle|Avenida|Plaza|Paseo)\s+${particles}(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,2}\p{Lu}[\p{L}\p{M}'’-]*)(?![\p{L}])`,
  "gu",
);

const unitPart = String.raw`(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|Floor|Fl\.?|Room|Rm\.?|Building|Bldg\.?|#|No\.?|Wohnung|Whg\.?|Etage|Stock|Bâtiment|Bât\.?|Appartement|Appt\.?|Étage|Escalier|Piso|Puerta|Planta|Dpto\.?|Departamento|Portal|Box)\s*[A-Za-z]?\d{1,5}[A-Za-z]?|\d{1,2}\s?[º°ª]\s?[A-Za-z]?|\d{1,2}(?:st|nd|rd|th)\s+Floor`;
const postcodeAndTown = String.raw`(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{3,4})?(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}`;
const townStateZip = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,2}\p{Lu}[\p{L}\p{M}'’.-]*,?\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?`;
const militaryPost = String.raw`(?:DPO|APO|FPO)\s+(?:AA|AE|AP)\s+\d{5}`;
const ukPostcode = String.raw`(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[A-Z]{2}`;
const continuationPattern = new RegExp(
  String.raw`^(?:,\s*|\s*\n\s*(?:\n\s*)?|\s+)(?:(${unitPart})|(${militaryPost})|(${townStateZip})|(${postcodeAndTown})|(${ukPostcode})(?![\p{L}\p{N}])|(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+(?:(?:de|la|del|do|da|di|le|les|du|des|von|van|am|sur|en)[ \t]+)?\p{Lu}[\p{L}\p{M}'’.-]*){0,3})(?:[ \t]+([A-Z0-9]{2,5}(?:[ -][A-Z0-9]{2,4})?))?(?![\p{L}\p{N}]))`,
  "u",
);

function isPlaceName(value: string): boolean {
  return placeLexicon().places.has(value.trim().toLowerCase().replace(/\s+/g, " "));
}

/** True when some run of the words is a country, a region or a sizeable city. */
function containsPlace(words: string): boolean {
  const parts = words.toLowerCase().split(/[ \t]+/);
  const { places } = placeLexicon();
  for (let from = 0; from < parts.length; from++) {
    for (let to = parts.length; to > from; to--) {
      const place = places.get(parts.slice(from, to).join(" "));
      if (place !== undefined && (place.kind !== "city" || place.population >= 50000)) return true;
    }
  }
  return false;
}

/** Grows an address over the unit, postcode, town and country parts that follow it. */
function extendAddress(text: string, end: number): number {
  let current = end;
  for (let parts = 0; parts < 6; parts++) {
    const match = continuationPattern.exec(text.slice(current, current + 120));
    if (match === null) break;
    const [whole, unit, military, townState, postcodeTown, ukCode, words, trailingCode] = match;
    const acrossLine = whole.slice(0, whole.length - whole.trimStart().length).includes("\n") || /^\s*\n/.test(whole);
    if (unit !== undefined || military !== undefined || townState !== undefined || postcodeTown !== undefined || ukCode !== undefined) {
      current += whole.length;
      continue;
    }
    if (words === undefined) break;
    // A following line of one to four words is a town or a country when it is a known place, written in
    // capitals, or directly followed by a postcode; anything else (a label, a sentence) ends the address.
    const lineEnd = current + whole.length;
    const restOfLine = text.slice(lineEnd, text.indexOf("\n", lineEnd) === -1 ? undefined : text.indexOf("\n", lineEnd));
    const endsLine = /^[\s.,;!?]*$/.test(restOfLine);
    const known = isPlaceName(words);
    const upper = words === words.toUpperCase() && /\p{Lu}/u.test(words);
    const capitalised = words.split(/[ \t]+/).every((part) => /^\p{Lu}/u.test(part));
    const startsWithNewline = /^\s*\n/.test(whole);
    if ((known && (endsLine || trailingCode !== undefined)) || (startsWithNewline && endsLine && (upper || capitalised))) {
      current += whole.length;
      continue;
    }
    if (!acrossLine && (known || containsPlace(words) || (upper && words.length >= 3))) {
      current += whole.length;
      continue;
    }
    // A town line before a known country line ("Mora de Rubielos, Spain 16200") is kept with it.
    const after = continuationPattern.exec(text.slice(current + whole.length, current + whole.length + 80));
    if (!acrossLine && after?.[6] !== undefined && isPlaceName(after[6])) {
      current += whole.length;
      continue;
    }
    break;
  }
  return current;
}

function trimAddress(text: string, start: number, end: number): [number, number] {
  let last = end;
  while (last > start && /[\s,;]/.test(text[last - 1] ?? "")) last--;
  // A period belongs to an abbreviation ("St.", "Ave.") but not to a full word ending a sentence.
  if (text[last - 1] === "." && /\p{L}{5,}\.$/u.test(text.slice(start, last))) last--;
  return [start, last];
}

export const streetAddressRecognizer: Recognizer = {
  name: "street-address",
  entities: ["STREET_ADDRESS"],
  recognize({ text }) {
    if (!/\d/.test(text) && !/\b(?:Street|Avenue|Road|Boulevard|Lane|Drive|Stra(?:ß|ss)e|Rue|Avenue|Calle|Avenida|Plaza|Paseo)\b/u.test(text)) return [];
    const spans: PiiSpan[] = [];
    const cores: Array<[number, number, number]> = [];
    for (const pattern of addressCorePatterns()) {
      for (const match of text.matchAll(pattern)) cores.push([match.index, match.index + match[0].length, 0.8]);
    }
    for (const match of text.matchAll(namedStreetPattern)) cores.push([match.index, match.index + match[0].length, 0.55]);
    for (const match of text.matchAll(numberNameNumberPattern)) cores.push([match.index, match.index + match[0].length, 0.6]);
    for (const cue of text.matchAll(/\S/gu)) {
      // Only positions right after an address cue are tried, so this stays linear in practice.
      if (cue.index === 0 || !/\s/.test(text[cue.index - 1] ?? "")) continue;
      if (!addressCue.test(text.slice(Math.max(0, cue.index - 30), cue.index))) continue;
      cuedNameNumberPattern.lastIndex = cue.index;
      const match = cuedNameNumberPattern.exec(text);
      if (match !== null) cores.push([match.index, match.index + match[0].trimEnd().length, 0.6]);
    }
    for (const [start, coreEnd, score] of cores) {
      let from = start;
      let to = extendAddress(text, coreEnd);
      // "the corner of Dalbraut 99 and Frederikke Coves" names two streets.
      const corner = /(?:the\s+)?corner\s+of\s+$/iu.exec(text.slice(Math.max(0, from - 20), from));
      if (corner !== null) {
        from -= corner[0].length;
        const other = /^\s+and\s+(?:\d{1,5}\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*\s?){1,4}/u.exec(text.slice(to));
        if (other !== null) to += other[0].trimEnd().length;
      }
      [from, to] = trimAddress(text, from, to);
      const extended = to > coreEnd;
      // Shapes without a street-type word need the cue, a second number or following address parts.
      if (score === 0.6 && !extended && !/\d\D+\d/.test(text.slice(from, to)) && !addressCue.test(text.slice(Math.max(0, from - 30), from))) continue;
      spans.push(span("STREET_ADDRESS", text, from, to, score + (extended ? 0.1 : 0)));
    }
    return spans;
  },
};
