/**
 * Word-level analysis shared by the offline model's scorer, schema filler and tool matcher: accent folding,
 * stopwords and a light stemmer for English, German, French and Spanish. One stemmer serves all four
 * languages because question and context always pass through the same function, so a word and its
 * inflections meet on one stem even when the stem itself is not a dictionary word.
 */

export type OfflineLanguage = "en" | "de" | "fr" | "es";

/**
 * Placeholders that PII redaction puts in place of personal data (`<EMAIL_1>`, `<PHONE_NUMBER_2>`). They
 * carry no meaning for relevance and must reach the output unchanged.
 */
export const placeholderPattern = /<[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_\d+>/g;

/** Lower-cases and strips diacritics so "Rücksendung" meets "rucksendung" and "envío" meets "envio". */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replaceAll("ß", "ss")
    .replaceAll("æ", "ae")
    .replaceAll("œ", "oe")
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/\be-mail/g, "email");
}

/** Folded word tokens, placeholders left out. */
export function words(text: string): string[] {
  return foldText(text.replace(placeholderPattern, " ")).match(/[\p{L}\p{N}]+/gu) ?? [];
}

const stopwordsByLanguage: Record<OfflineLanguage, string> = {
  en: `a about above after again all also am an and any are aren as at be because been before being below between both
    but by can cannot could couldn did didn do does doesn doing don down during each else ever every few for from
    further get gets got had has hasn have haven having he her here hers herself him himself his how however i if in
    into is isn it its itself just know let like may me might more most must mustn my myself need no nor not now of
    off on once only or other ought our ours ourselves out over own please same shall she should shouldn so some such
    tell than thank thanks that the their theirs them themselves then there these they this those through to too
    under until up upon us very want was wasn we were weren what whats when where which while who whom whose why will
    with won would wouldn yes yet you your yours yourself yourselves hi hello hey dear s t ll re ve d m something
    anything everything nothing someone anyone within via per`,
  de: `aber alle allem allen aller alles als also am an ans auch auf aus bei beim bin bis bist bitte da dabei damit
    dann das dass dein deine deinem deinen deiner dem den denn der des dich die dies diese diesem diesen dieser dieses
    dir doch dort du durch ein eine einem einen einer eines er es etwas euch euer eure für gibt habe haben hallo hast
    ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in ins ist ja jede jedem jeden jeder jedes kann kannst können
    könnt man mein meine meinem meinen meiner mich mir mit möchte muss müssen nach nicht noch nun nur ob oder ohne
    sehr sein seine seinem seinen seiner sich sie sind so soll sollen über um und uns unser unsere unter vom von vor
    war waren warum was weil welche welchem welchen welcher welches wenn wer werde werden wie wieso will wir wird wo
    wurde zu zum zur danke guten tag wieviel etwas`,
  fr: `à au aux avec avez avoir bonjour ce ceci cela celle celles celui ces cet cette comme comment dans de des du
    elle elles en est et été être eu il ils je la le les leur leurs lui ma mais me merci mes moi mon même ne ni nos
    notre nous on ont ou où par pas peut peux pouvez pour pourquoi quand que quel quelle quelles quels qui quoi sa
    sans se ses si son sont sur ta te tes toi ton tu un une vos votre vous y c d j l m n qu s t est-ce puis sais
    combien quelque chose`,
  es: `a al algo algún alguna algunas alguno algunos ante como cómo con cuál cuáles cuando cuándo de del donde dónde
    el él ella ellas ellos en entre es esa esas ese eso esos esta está están estas este esto estos gracias hay hola
    la las le les lo los me mi mis muy nos nosotros o para pero por porque puedo puede pueden qué que quien quién
    se ser si sí sin sobre son su sus también te tengo tiene tienen tu tú tus un una unas uno unos usted ustedes y
    ya yo quiero quisiera saber cuánto cuánta cuántos cuántas algo`,
};

function foldList(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((word) => word !== "").map(foldText));
}

const stopwordSets: Record<OfflineLanguage, Set<string>> = {
  en: foldList(stopwordsByLanguage.en),
  de: foldList(stopwordsByLanguage.de),
  fr: foldList(stopwordsByLanguage.fr),
  es: foldList(stopwordsByLanguage.es),
};

const allStopwords = new Set([...stopwordSets.en, ...stopwordSets.de, ...stopwordSets.fr, ...stopwordSets.es]);

export function isStopword(foldedWord: string): boolean {
  return allStopwords.has(foldedWord);
}

/**
 * A light, conservative stemmer: plural endings, then verbal or German endings, then a silent final "e",
 * then a doubled final consonant. "returns", "returned", "returning" → "return"; "Tagen", "Tage" → "tag";
 * "devoluciones", "devolución" → "devolucion"; "prices", "price" → "pric".
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let result = word;
  if (result.endsWith("ies") && result.length > 4) result = `${result.slice(0, -3)}y`;
  else if (result.endsWith("s") && !/(ss|us|is)$/.test(result)) result = result.slice(0, -1);
  if (result.endsWith("ing") && result.length > 5) result = result.slice(0, -3);
  else if (result.endsWith("ed") && result.length > 4) result = result.slice(0, -2);
  else if (result.endsWith("en") && result.length > 4) result = result.slice(0, -2);
  else if (result.endsWith("ly") && result.length > 5) result = result.slice(0, -2);
  if (result.endsWith("e") && result.length > 3) result = result.slice(0, -1);
  if (/([b-df-hj-np-rt-z])\1$/.test(result) && result.length > 3) result = result.slice(0, -1);
  return result;
}

/** "how long", "wie lange": the quantity word asks for a number and names no topic. */
const questionOpeners = new Set(["how", "wie"]);
const quantityWords = new Set(["long", "much", "many", "often", "lange", "viel", "viele", "oft"]);

/** Stemmed content terms of `text` in order, repeats kept (term frequency matters to the scorer). */
export function contentTerms(text: string): string[] {
  const terms: string[] = [];
  let previous = "";
  for (const word of words(text)) {
    const afterOpener = questionOpeners.has(previous);
    previous = word;
    if (isStopword(word) || (afterOpener && quantityWords.has(word))) continue;
    if (word.length < 2 && !/\d/.test(word)) continue;
    terms.push(stem(word));
  }
  return terms;
}

/** Splits identifiers into words: "orderNumber", "order_status", "getOrderStatus" → "order number" etc. */
export function splitIdentifier(name: string): string {
  return name
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, "$1 $2")
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, "$1 $2")
    .replace(/[_\-.$/]+/g, " ")
    .trim();
}

/** Terms of an identifier, with stopwords kept when nothing else is left ("isNew" still says "new"). */
export function identifierTerms(name: string): string[] {
  const text = splitIdentifier(name);
  const terms = contentTerms(text);
  return terms.length > 0 ? terms : words(text).map(stem);
}

/** The most likely of the four languages, by stopword hits; English when nothing decides. */
export function detectLanguage(text: string): OfflineLanguage {
  return languageEvidence(text).language;
}

/**
 * The language with the most stopword hits and its lead over the runner-up: a lead of two or more hits is
 * a fair sign on short texts, where words like "a", "de" and "en" belong to several languages.
 */
export function languageEvidence(text: string): { language: OfflineLanguage; lead: number } {
  const tokens = words(text);
  const hits = (["en", "de", "fr", "es"] as const).map((language) => {
    const set = stopwordSets[language];
    let count = 0;
    for (const token of tokens) if (set.has(token)) count++;
    return { language, count };
  });
  const sorted = [...hits].sort((left, right) => right.count - left.count);
  const [first, second] = sorted as [{ language: OfflineLanguage; count: number }, { language: OfflineLanguage; count: number }];
  if (first.count === 0) return { language: "en", lead: 0 };
  return { language: first.language, lead: first.count - second.count };
}

/** Cues that turn a statement around, for boolean evidence and review polarity. */
const negationCues = foldList(`not no never cannot cant don doesn isn aren won without unavailable
  nicht kein keine keinen keiner keinem nie niemals ohne pas non jamais sans aucun aucune ni nunca ningun ninguna
  tampoco`);
const negationPhrases = ["out of stock", "sold out", "ausverkauft", "nicht verfugbar", "epuise", "rupture de stock", "agotado"];

export function isNegationWord(foldedWord: string): boolean {
  return negationCues.has(foldedWord);
}

/** True when `text` states something negatively ("not", "kein", "pas", "sin", "sold out"). */
export function hasNegation(text: string): boolean {
  const folded = foldText(text);
  if (negationPhrases.some((phrase) => folded.includes(phrase))) return true;
  return (folded.match(/[\p{L}]+/gu) ?? []).some((word) => negationCues.has(word));
}

const positiveWords = new Set(
  words(`good great excellent love loved lovely perfect amazing awesome beautiful comfortable comfy happy recommend
    recommended nice best fantastic wonderful pleased satisfied sturdy soft fast quick easy helpful worth favorite
    favourite flattering gorgeous superb
    gut gute guter sehr toll super schön bequem zufrieden empfehlen empfehlenswert perfekt prima klasse liebe
    hervorragend schnell
    bon bonne bons bonnes excellent excellente parfait parfaite adore aime magnifique confortable satisfait
    satisfaite recommande génial super rapide
    bueno buena buenos buenas excelente perfecto perfecta encanta encantó cómodo cómoda satisfecho satisfecha
    recomiendo genial rápido bonito bonita`).map(stem),
);
const negativeWords = new Set(
  words(`bad poor terrible awful horrible broken broke hate hated disappointed disappointing disappointment
    uncomfortable cheap flimsy return returned returning refund worst useless damaged defective late slow
    faulty ripped torn scratched unhappy waste wrong small tight itchy
    schlecht schlechte kaputt enttäuscht enttäuschend unbequem mangelhaft beschädigt defekt langsam leider
    zurückgeschickt furchtbar
    mauvais mauvaise nul nulle cassé cassée déçu déçue décevant inconfortable horrible endommagé défectueux lent
    malo mala malos malas roto rota decepcionado decepcionada incómodo incómoda horrible dañado defectuoso lento
    pésimo`).map(stem),
);

/**
 * Net polarity of `text` from a small multilingual lexicon, negation flipping the next two words:
 * positive hits, negative hits.
 */
export function polarity(text: string): { positive: number; negative: number } {
  let positive = 0;
  let negative = 0;
  let negatedFor = 0;
  for (const word of words(text)) {
    if (negationCues.has(word)) {
      negatedFor = 3;
      continue;
    }
    const stemmed = stem(word);
    const isPositive = positiveWords.has(stemmed);
    const isNegative = negativeWords.has(stemmed);
    if (isPositive || isNegative) {
      const flipped = negatedFor > 0;
      if (isPositive !== flipped) positive++;
      else negative++;
    }
    if (negatedFor > 0) negatedFor--;
  }
  return { positive, negative };
}
