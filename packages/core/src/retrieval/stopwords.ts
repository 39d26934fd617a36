import type { AnalysisLanguage } from "./stemmers";
import { foldText } from "./fold-text";

/*
 * Function words only. Words that carry meaning in a catalog stay searchable even where general-purpose
 * lists drop them: "over" (over-the-range), "under" (under-cabinet), "up", "down", "off", "out", "no", "without".
 * Units written as stopwords ("in" for inches, "a" for amperes) still count after a number: the analyzer reads
 * quantities before it drops stopwords.
 */
const stopwordLists: Record<AnalysisLanguage, string> = {
  en: `a an and are as at be been being but by can could did do does for from had has have he her his how i if
    in into is it its me my of on or our she so such than that the their them then there these they this those to
    was we were what when where which who whom why will with would you your`,
  de: `aber als am an auch auf aus bei beim bin bis da damit dann das dass dem den denn der des die dies diese
    diesem diesen dieser dieses du durch ein eine einem einen einer eines er es für hat ich ihr im in ins ist mit
    nach oder sich sie sind so um und vom von vor war wie wir wird zu zum zur`,
  fr: `à au aux avec ce ces cet cette dans de des du elle en est et il ils je la le les leur lui ma mais me mes
    mon ne nous on ou par pas pour qu que qui sa se ses son sont sur ta te tes ton tu un une vos votre vous`,
  es: `a al como con de del el ella en entre es esa ese esta este la las le les lo los mas mi mis o para pero
    por que se sin su sus tu un una unas uno unos y ya`,
};

const stopwordSets = new Map<AnalysisLanguage, ReadonlySet<string>>();

/** The folded stopwords of one language. */
export function stopwordsFor(language: AnalysisLanguage): ReadonlySet<string> {
  let set = stopwordSets.get(language);
  if (set === undefined) {
    set = new Set(
      stopwordLists[language]
        .split(/\s+/)
        .filter((word) => word !== "")
        .map(foldText),
    );
    stopwordSets.set(language, set);
  }
  return set;
}
