import { stemmer as englishStemmer } from "@orama/stemmers/english";
import { stemmer as frenchStemmer } from "@orama/stemmers/french";
import { stemmer as germanStemmer } from "@orama/stemmers/german";
import { stemmer as spanishStemmer } from "@orama/stemmers/spanish";

export type AnalysisLanguage = "en" | "de" | "fr" | "es";

export const analysisLanguages: readonly AnalysisLanguage[] = ["en", "de", "fr", "es"];

/**
 * - `snowball`: the language's full Snowball/Porter stemmer ("lighting" → "light", "Lampen" → "lamp").
 * - `plural`: only plural endings, for catalogs where full stemming merges too much.
 * - `none`: folded words as they are.
 */
export type StemmingMode = "snowball" | "plural" | "none";

const snowballStemmers: Record<AnalysisLanguage, (word: string) => string> = {
  en: englishStemmer,
  de: germanStemmer,
  fr: frenchStemmer,
  es: spanishStemmer,
};

/** Conservative plural rules, one list per language; each entry is [ending, replacement, shortest stem]. */
const pluralRules: Record<AnalysisLanguage, ReadonlyArray<readonly [string, string, number]>> = {
  en: [
    ["ies", "y", 3],
    ["sses", "ss", 2],
    ["xes", "x", 2],
    ["ches", "ch", 2],
    ["shes", "sh", 2],
    ["ss", "ss", 0],
    ["us", "us", 0],
    ["is", "is", 0],
    ["s", "", 3],
  ],
  de: [
    ["innen", "in", 3],
    ["en", "", 4],
    ["er", "", 4],
    ["e", "", 4],
    ["s", "", 4],
  ],
  fr: [
    ["aux", "al", 3],
    ["eaux", "eau", 2],
    ["s", "", 3],
    ["x", "", 3],
  ],
  es: [
    ["ces", "z", 3],
    ["iones", "ion", 3],
    ["es", "", 4],
    ["s", "", 3],
  ],
};

function pluralStem(language: AnalysisLanguage, word: string): string {
  for (const [ending, replacement, shortestStem] of pluralRules[language]) {
    if (word.endsWith(ending)) {
      const stem = word.slice(0, word.length - ending.length);
      return stem.length >= shortestStem ? stem + replacement : word;
    }
  }
  return word;
}

/**
 * A stemmer for lower-cased words (accents kept: the French and Spanish rules depend on them), memoised
 * because catalogs repeat a small vocabulary many times.
 */
export function createStemmer(language: AnalysisLanguage, mode: StemmingMode): (word: string) => string {
  if (mode === "none") return (word) => word;
  const stemWord = mode === "snowball" ? snowballStemmers[language] : (word: string) => pluralStem(language, word);
  const cache = new Map<string, string>();
  return (word) => {
    let stem = cache.get(word);
    if (stem === undefined) {
      // Stems of very short words are mostly wrong ("gas" → "ga") and save nothing.
      stem = word.length <= 3 ? word : stemWord(word);
      if (cache.size > 200_000) cache.clear();
      cache.set(word, stem);
    }
    return stem;
  };
}
