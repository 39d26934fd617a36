import { collectStrings, fakerLocales } from "./faker-locales";

/** Legal-form and organisation words that end a company name ("Acme Inc.", "Müller GmbH", "Garcia S.L."). */
const handListedSuffixes = `inc inc. incorporated llc l.l.c. ltd ltd. limited plc corp corp. corporation co co. company
  gmbh ag kg ohg ug se sa s.a. sas sarl s.à.r.l. s.l. sl srl s.r.l. spa s.p.a. bv nv oy ab as a/s
  group gruppe groupe grupo holding holdings partners associates foundation stiftung
  bank insurance university universität université universidad institute institut
  solutions technologies systems labs studios agency ventures capital consulting
  orchestra band choir society association club museum hospital college school academy council committee
  federation league airlines airways motors records press magazine`;

let suffixes: ReadonlySet<string> | undefined;

export function organizationSuffixes(): ReadonlySet<string> {
  if (suffixes !== undefined) return suffixes;
  const set = new Set<string>(handListedSuffixes.split(/\s+/).filter((word) => word.length > 0));
  for (const locale of fakerLocales) {
    const legal = new Set<string>();
    collectStrings(locale.rawDefinitions.company?.legal_entity_type, legal);
    collectStrings((locale.rawDefinitions.company as { suffix?: unknown } | undefined)?.suffix, legal);
    for (const entry of legal) {
      // Only single-word forms: "and Sons" or "e Hijos" are handled as ordinary trailing words.
      if (!entry.includes(" ")) set.add(entry.toLowerCase());
    }
  }
  suffixes = set;
  return set;
}
