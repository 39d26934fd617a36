import { englishInducedOpinions } from "./english-induced";
import { englishConcessive, englishConditional, englishContrast, englishIntensifiers, englishNegators, englishOpinions, englishQuestionOpeners } from "./english";
import {
  frenchContrast,
  frenchIntensifiers,
  frenchNegators,
  frenchOpinions,
  germanContrast,
  germanIntensifiers,
  germanNegators,
  germanOpinions,
  spanishContrast,
  spanishIntensifiers,
  spanishNegators,
  spanishOpinions,
} from "./german-french-spanish";
import { parseLexicon, parseWordList, type ParsedLexicon } from "./lexicon-format";

export const reviewLanguages = ["en", "de", "fr", "es"] as const;
export type ReviewLanguage = (typeof reviewLanguages)[number];

export type LanguageResources = {
  language: ReviewLanguage;
  opinions: ParsedLexicon;
  /**
   * Opinion words induced from word embeddings by their nearest hand-written neighbours (English only; see
   * `english-induced.ts`): all at the mildest strength, read only for words the hand-written lexicon does not know.
   */
  induced?: ReadonlyMap<string, number>;
  negators: ReadonlySet<string>;
  intensifiers: ReadonlyMap<string, number>;
  /** Words after which the writer's verdict follows ("but"). */
  contrast: ReadonlySet<string>;
  /** Words that open a conceded clause ("although"). */
  concessive: ReadonlySet<string>;
  /** Words that open a hypothetical clause ("if"): opinions inside it are not the writer's verdict. */
  conditional: ReadonlySet<string>;
  /** First words of a yes/no question ("does it..."), which asks rather than judges. */
  questionOpeners: ReadonlySet<string>;
};

function intensifierMap(block: string): Map<string, number> {
  return new Map(parseLexicon(block).words);
}

const sources: Record<ReviewLanguage, () => LanguageResources> = {
  en: () => ({
    language: "en",
    opinions: parseLexicon(englishOpinions),
    induced: parseLexicon(englishInducedOpinions).words,
    negators: parseWordList(englishNegators),
    intensifiers: intensifierMap(englishIntensifiers),
    contrast: parseWordList(englishContrast),
    concessive: parseWordList(englishConcessive),
    conditional: parseWordList(englishConditional),
    questionOpeners: parseWordList(englishQuestionOpeners),
  }),
  de: () => ({
    language: "de",
    opinions: parseLexicon(germanOpinions),
    negators: parseWordList(germanNegators),
    intensifiers: intensifierMap(germanIntensifiers),
    contrast: parseWordList(germanContrast),
    concessive: parseWordList("obwohl obgleich zwar"),
    // "wenn" is also "when", "si" in French also "so": only the words that always open a condition.
    conditional: parseWordList("falls"),
    questionOpeners: parseWordList(""),
  }),
  fr: () => ({
    language: "fr",
    opinions: parseLexicon(frenchOpinions),
    negators: parseWordList(frenchNegators),
    intensifiers: intensifierMap(frenchIntensifiers),
    contrast: parseWordList(frenchContrast),
    concessive: parseWordList("quoique"),
    conditional: parseWordList("pourvu"),
    questionOpeners: parseWordList(""),
  }),
  es: () => ({
    language: "es",
    opinions: parseLexicon(spanishOpinions),
    negators: parseWordList(spanishNegators),
    intensifiers: intensifierMap(spanishIntensifiers),
    contrast: parseWordList(spanishContrast),
    concessive: parseWordList("aunque"),
    conditional: parseWordList("si"),
    questionOpeners: parseWordList(""),
  }),
};

const cache = new Map<ReviewLanguage, LanguageResources>();

/** Parsed once per process on first use, so importing the module costs nothing. */
export function languageResources(language: ReviewLanguage): LanguageResources {
  let resources = cache.get(language);
  if (resources === undefined) {
    resources = sources[language]();
    cache.set(language, resources);
  }
  return resources;
}

const stopwords: Record<ReviewLanguage, ReadonlySet<string>> = {
  en: parseWordList("the and is it this i was my for with but not very they are have of to in on that you so too would"),
  de: parseWordList("der die das und ist nicht ich sie es ein eine sehr auch mit für auf aber zu wie sind war hat mir sich"),
  fr: parseWordList("le la les et est je un une des pour pas très avec mais du de ce qui sur au elle il sont c'est j'ai"),
  es: parseWordList("el la los las y es muy pero con para que un una por del se lo no mi su al está son es"),
};

const letterHints: Record<ReviewLanguage, RegExp | undefined> = {
  en: undefined,
  de: /[äöüß]/u,
  fr: /[éèêàçùœ]/u,
  es: /[ñ¿¡áíóú]/u,
};

/**
 * The language of a review: its BCP 47 tag when it names one we have, else a vote of function words, opinion
 * words and letters only one of the languages uses. English wins ties.
 */
export function detectLanguage(words: readonly string[], locale?: string): ReviewLanguage {
  const tagged = locale?.slice(0, 2).toLowerCase();
  if (tagged !== undefined && (reviewLanguages as readonly string[]).includes(tagged)) return tagged as ReviewLanguage;
  let best: ReviewLanguage = "en";
  let bestScore = 0;
  for (const language of reviewLanguages) {
    const { opinions } = languageResources(language);
    const hint = letterHints[language];
    let score = 0;
    for (const word of words) {
      if (stopwords[language].has(word)) score += 1;
      else if (opinions.words.has(word)) score += 0.5;
      if (hint?.test(word)) score += 0.5;
    }
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  return best;
}
