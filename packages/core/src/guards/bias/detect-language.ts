import type { BiasLanguage } from "./bias-types";

/** Function words that are frequent in product copy and rare in the other three languages. */
const hints: Record<BiasLanguage, ReadonlySet<string>> = {
  en: new Set("the and with for your you this that is are of it our from made its these those has have will".split(" ")),
  de: new Set("der die das und mit für ist sind ein eine einen dem den nicht auch aus dein deine ihr ihre wird sich".split(" ")),
  fr: new Set("le les et avec pour est sont une des du dans sur vous votre vos ce cette aux au qui".split(" ")),
  es: new Set("el los las y con para es son una del por su sus tu tus este esta muy que al".split(" ")),
};

const word = /\p{L}+/gu;

/**
 * The language whose function words clearly dominate: at least two hits and more than any other language.
 * Short titles ("Gypsy skirt") stay undecided, and every configured rule set then runs.
 */
export function detectLanguage(folded: string, candidates: readonly BiasLanguage[]): BiasLanguage | undefined {
  if (candidates.length === 1) return candidates[0];
  const counts = new Map<BiasLanguage, number>(candidates.map((language) => [language, 0]));
  for (const match of folded.matchAll(word)) {
    for (const language of candidates) {
      if (hints[language].has(match[0])) counts.set(language, (counts.get(language) ?? 0) + 1);
    }
  }
  let best: BiasLanguage | undefined;
  let bestCount = 0;
  let runnerUp = 0;
  for (const [language, count] of counts) {
    if (count > bestCount) {
      runnerUp = bestCount;
      bestCount = count;
      best = language;
    } else if (count > runnerUp) {
      runnerUp = count;
    }
  }
  return bestCount >= 2 && bestCount > runnerUp ? best : undefined;
}
