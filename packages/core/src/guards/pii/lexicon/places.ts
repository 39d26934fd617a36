import * as cityTimezones from "city-timezones";
import { collectStrings, fakerLocales } from "./faker-locales";

export type PlaceKind = "country" | "region" | "city";

export type PlaceLexicon = {
  /** Lower-cased place names (one or more words joined by single spaces) and what they are. */
  places: ReadonlyMap<string, { kind: PlaceKind; population: number }>;
  /** The most words any place name has, to bound look-ups. */
  longestName: number;
};

/** Everyday names that region display names do not use. */
const countryAliases = [
  "USA", "U.S.", "U.S.A.", "US", "America", "UK", "U.K.", "Britain", "Great Britain", "England", "Scotland",
  "Wales", "Northern Ireland", "Holland", "Czech Republic", "Deutschland", "España", "Italia", "Schweiz",
  "Suisse", "Österreich", "Nederland", "Sverige", "Norge", "Danmark", "Suomi", "Polska", "Brasil",
  "Ivory Coast", "Burma", "Russia", "South Korea", "North Korea", "Vatican", "UAE", "Emirates",
];

let lexicon: PlaceLexicon | undefined;

function regionCodes(): string[] {
  const codes: string[] = [];
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) codes.push(String.fromCharCode(first, second));
  }
  return codes;
}

/** Countries in four languages from the runtime's CLDR data, cities and regions from maintained lists. */
export function placeLexicon(): PlaceLexicon {
  if (lexicon !== undefined) return lexicon;
  const places = new Map<string, { kind: PlaceKind; population: number }>();
  const add = (name: string, kind: PlaceKind, population: number) => {
    const key = name.trim().toLowerCase().replace(/\s+/g, " ");
    if (key.length < 2) return;
    const existing = places.get(key);
    if (existing === undefined || (existing.kind !== "country" && population > existing.population)) {
      places.set(key, { kind: existing?.kind === "country" ? "country" : kind, population });
    }
  };
  for (const language of ["en", "de", "fr", "es"]) {
    const names = new Intl.DisplayNames([language], { type: "region", fallback: "none" });
    for (const code of regionCodes()) {
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        name = undefined;
      }
      // Codes that are not regions come back undefined; skip grouping names like "world".
      if (name !== undefined && name !== code && !/\d/.test(name)) add(name, "country", Number.POSITIVE_INFINITY);
    }
  }
  for (const alias of countryAliases) add(alias, "country", Number.POSITIVE_INFINITY);
  for (const city of cityTimezones.cityMapping) {
    add(city.city, "city", city.pop);
    add(city.city_ascii, "city", city.pop);
    add(city.province, "region", city.pop);
  }
  for (const locale of fakerLocales) {
    const location = locale.rawDefinitions.location;
    const cities = new Set<string>();
    collectStrings(location?.city_name, cities);
    for (const city of cities) add(city, "city", 0);
    const regions = new Set<string>();
    collectStrings(location?.state, regions);
    for (const region of regions) add(region, "region", 0);
  }
  let longestName = 1;
  for (const key of places.keys()) longestName = Math.max(longestName, key.split(" ").length);
  lexicon = { places, longestName: Math.min(longestName, 5) };
  return lexicon;
}
