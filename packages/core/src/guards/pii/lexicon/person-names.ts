import { collectStrings, fakerLocales } from "./faker-locales";

export type NameLexicon = {
  /** Lower-cased given names. */
  firstNames: ReadonlySet<string>;
  /** Lower-cased family names (single words). */
  lastNames: ReadonlySet<string>;
};

let lexicon: NameLexicon | undefined;

/** Built on first use, then shared: it is read-only, so sharing it across conversations is safe. */
export function nameLexicon(): NameLexicon {
  if (lexicon !== undefined) return lexicon;
  const firstNames = new Set<string>();
  const lastNames = new Set<string>();
  const lower = (entry: string) => entry.toLowerCase();
  for (const locale of fakerLocales) {
    const person = locale.rawDefinitions.person;
    collectStrings(person?.first_name, firstNames, lower);
    collectStrings(person?.middle_name, firstNames, lower);
    const families = new Set<string>();
    collectStrings(person?.last_name, families, lower);
    // Compound family names ("van der Berg", "García López") contribute each capitalised part.
    for (const family of families) for (const part of family.split(/[\s-]+/)) if (part.length > 2) lastNames.add(part);
  }
  lexicon = { firstNames, lastNames };
  return lexicon;
}
