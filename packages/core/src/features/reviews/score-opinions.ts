import { lookupWord } from "./lexicon/lexicon-format";
import type { LanguageResources } from "./lexicon/languages";
import { sentenceRanges, tokenize, type Token } from "./review-text";

/** One opinion expression: tokens [from, to), its value after negation and intensifiers (before emphasis). */
export type OpinionHit = { from: number; to: number; value: number; negated: boolean };

/** How strongly a boundary separates an opinion from a target: 0 none, 1 comma, 2 contrast or ;, 3 sentence. */
export type BoundaryStrength = 0 | 1 | 2 | 3;

export type ScoredText = {
  text: string;
  tokens: Token[];
  hits: OpinionHit[];
  sentenceOf: Int32Array;
  clauseOf: Int32Array;
  /** Boundary strength before each token (between token i-1 and i). */
  boundaryBefore: Uint8Array;
  /**
   * 1 where the boundary before a token turns the sentence against what came before: "but", "however", or the
   * end of an "although" clause. An opinion across it is about something else, and hints at the opposite.
   */
  contrastBefore: Uint8Array;
  /** 1 for tokens of an if-clause or a yes/no question: opinions there are hypothetical, not a verdict. */
  hypothetical: Uint8Array;
  /** 1 where a comma only separates the items of a list ("the screen, keyboard and speakers are great"). */
  listBefore: Uint8Array;
  /** Weight of each token's clause: the conclusion after "but" counts more than what it qualifies. */
  emphasis: Float32Array;
  /** Emphasis-weighted sums of positive and negative hits (negative is ≤ 0). */
  positive: number;
  negative: number;
  wordCount: number;
};

const softBoundaries = new Set([",", "(", ")", "-", "–", "—", "/", '"']);
const hardBoundaries = new Set([";", ":"]);
const likeSubjects = new Set(["i", "we", "they", "you", "really", "definitely", "also", "still", "totally", "just", "do", "did", "does", "would", "i'd", "we'd", "didn't", "don't", "doesn't", "not", "dont", "didnt", "doesnt"]);
const notAfterToo = new Set(["and", "but", "or", "i", "it", "the", "a", "an", "so", "as", "because", "since", "though", "is", "was", "are", "were", "me", "my", "for", "with", "to", "in", "on", "at", "if", "when", "which", "that", "this"]);
const negatedPositiveFactor = -0.8;
const negatedNegativeFactor = -0.5;
const negationReach = 3;

export function scoreOpinions(text: string, resources: LanguageResources, tokens: Token[] = tokenize(text)): ScoredText {
  const count = tokens.length;
  const sentenceOf = new Int32Array(count);
  const clauseOf = new Int32Array(count);
  const boundaryBefore = new Uint8Array(count);
  const contrastBefore = new Uint8Array(count);
  const hypothetical = new Uint8Array(count);
  const listBefore = new Uint8Array(count);
  const emphasis = new Float32Array(count).fill(1);

  const sentences = sentenceRanges(text, tokens);
  let clause = 0;
  sentences.forEach(([start, end], sentenceIndex) => {
    if (start > 0) boundaryBefore[start] = 3;
    clause++;
    let concessiveOpen = -1;
    const conditionals: number[] = [];
    for (let index = start; index < end; index++) {
      const token = tokens[index] as Token;
      sentenceOf[index] = sentenceIndex;
      if (index > start) {
        const previous = tokens[index - 1] as Token;
        if (previous.kind === "punctuation" && hardBoundaries.has(previous.key)) boundaryBefore[index] = 2;
        else if (previous.kind === "punctuation" && softBoundaries.has(previous.key)) boundaryBefore[index] = 1;
        if (token.kind === "word" && resources.contrast.has(token.key) && !isNotATurn(tokens, index)) {
          boundaryBefore[index] = 2;
          contrastBefore[index] = 1;
        }
        if ((boundaryBefore[index] as number) > 0) clause++;
      }
      clauseOf[index] = clause;
      if (token.kind !== "word") continue;
      // "If only it had a hood" wishes rather than supposes.
      if (resources.conditional.has(token.key) && tokens[index + 1]?.key !== "only") conditionals.push(index);
      if (resources.contrast.has(token.key) && contrastBefore[index] === 1 && !resources.concessive.has(token.key) && index > start) {
        // "Pretty, but it runs small": what precedes is qualified by what follows.
        for (let before = start; before < index; before++) emphasis[before] = Math.min(emphasis[before] as number, 0.6);
        for (let after = index; after < end; after++) emphasis[after] = 1.3;
      } else if (resources.concessive.has(token.key) && (index === start || (boundaryBefore[index] as number) > 0)) {
        concessiveOpen = index;
      }
    }
    if (concessiveOpen >= 0) {
      // "Although it's pretty, it runs small": the conceded clause runs to the next comma.
      let index = concessiveOpen;
      while (index < end && !(index > concessiveOpen && boundaryBefore[index] === 1)) emphasis[index++] = 0.5;
      if (index < end && boundaryBefore[index] === 1) contrastBefore[index] = 1;
      if (concessiveOpen === start) for (; index < end; index++) emphasis[index] = Math.max(emphasis[index] as number, 1.2);
    }
    for (const opening of conditionals) {
      // "If you need speed, ...", "great if you travel": the clause runs to its next boundary.
      let reach = opening;
      do hypothetical[reach++] = 1;
      while (reach < end && (boundaryBefore[reach] as number) === 0);
    }
    for (let index = start + 1; index < end; index++) {
      if (boundaryBefore[index] === 1 && (tokens[index - 1] as Token).key === "," && isListItem(tokens, index, end)) listBefore[index] = 1;
    }
    const last = tokens[end - 1] as Token;
    if (last.key === "?" && resources.questionOpeners.has((tokens[start] as Token).key)) hypothetical.fill(1, start, end);
  });

  const hits: OpinionHit[] = [];
  let positive = 0;
  let negative = 0;
  let wordCount = 0;
  for (const token of tokens) if (token.kind !== "punctuation") wordCount++;
  const { opinions, negators, intensifiers } = resources;
  const english = resources.language === "en";

  for (let index = 0; index < count; index++) {
    const token = tokens[index] as Token;
    if (token.kind !== "word" && token.kind !== "number") continue;

    let value: number | undefined;
    let to = index + 1;
    const phrases = opinions.phrases.get(token.key);
    if (phrases !== undefined) {
      for (const phrase of phrases) {
        if (matchesPhrase(tokens, index, phrase.words)) {
          value = phrase.value;
          to = index + phrase.words.length;
          break;
        }
      }
    }
    const phraseMatched = value !== undefined;
    if (value === undefined && token.kind === "word") {
      value = lookupWord(opinions, token.key);
      if (value === undefined && english && !intensifiers.has(token.key) && !negators.has(token.key)) value = inflectedValue(opinions, token.key) ?? resources.induced?.get(token.key);
      if (value !== undefined && english && token.key === "like" && !likeSubjects.has(previousWord(tokens, index) ?? "") && !likeOpensSentence(tokens, sentenceOf, index)) value = undefined;
      // "pretty wrinkled", "pretty good": an adverb that only intensifies the next word.
      if (value !== undefined && english && token.key === "pretty" && isAdverbTarget(tokens[index + 1], opinions)) value = undefined;
      // "a quality jacket" praises; "the quality is poor", "sound quality" only name the aspect.
      if (value !== undefined && english && token.key === "quality" && !isAttributive(tokens, index)) value = undefined;
    }
    if (value === undefined && english && token.key === "too") {
      // "too big", "too much": excess is a complaint unless the next word is itself praise.
      const next = tokens[index + 1];
      if (next !== undefined && next.kind === "word" && !notAfterToo.has(next.key) && lookupWord(opinions, next.key) === undefined && !opinions.phrases.has(next.key)) {
        value = -1;
        to = index + 2;
      }
    }
    if (value === undefined) continue;
    if (value === 0) {
      // A phrase that only masks an opinion word inside it ("solid state drive").
      index = to - 1;
      continue;
    }

    const { negated, multiplier } = phraseMatched && negators.has(token.key) ? { negated: false, multiplier: 1 } : modifiersAt(tokens, boundaryBefore, index, resources);
    const adjusted = applyModifiers(value, negated, multiplier);
    hits.push({ from: index, to, value: adjusted, negated });
    const weight = emphasis[index] as number;
    if (adjusted > 0) positive += adjusted * weight;
    else negative += adjusted * weight;
    index = to - 1;
  }

  // "It would not turn on": a verb negated with no opinion word in reach is, in a review, a complaint; so is a
  // thing said to be missing ("there is no number pad", "no backlight").
  const verbal = verbalNegators[resources.language];
  const absent = absenceWords[resources.language];
  for (let index = 0; index < count; index++) {
    const token = tokens[index] as Token;
    if (token.kind !== "word" || !(verbal.has(token.key) || absent.has(token.key) || (english && token.key.endsWith("n't")))) continue;
    const next = tokens[index + 1];
    if (next === undefined || next.kind !== "word" || (boundaryBefore[index + 1] as number) > 0 || harmlessAfterNegation.has(next.key)) continue;
    if (absent.has(token.key) && harmlessAfterNo.has(next.key)) continue;
    let reach = index + 1;
    let words = 0;
    while (reach < count && words < negationReach && (boundaryBefore[reach] as number) === 0 && (tokens[reach] as Token).kind === "word") {
      if (!english || !negationTransparent.has((tokens[reach] as Token).key)) words++;
      reach++;
    }
    const covered = hits.some((hit) => (hit.from <= index && hit.to > index) || (hit.from > index && hit.from < reach));
    if (covered || (english && notYet(tokens, boundaryBefore, index))) continue;
    hits.push({ from: index, to: index + 1, value: -1, negated: true });
    negative -= emphasis[index] as number;
  }
  // ":)" and ":(" are opinions in any language.
  for (let index = 0; index + 1 < count; index++) {
    const token = tokens[index] as Token;
    if (token.key !== ":" && token.key !== ";") continue;
    let mouth = index + 1;
    if ((tokens[mouth] as Token).key === "-" && (tokens[mouth] as Token).start === token.end) mouth++;
    const end = tokens[mouth];
    if (end === undefined || end.start !== (tokens[mouth - 1] as Token).end) continue;
    const value = end.key === ")" || text.slice(end.start, end.end) === "D" ? 2 : end.key === "(" ? -2 : 0;
    if (value === 0) continue;
    hits.push({ from: index, to: mouth + 1, value, negated: false });
    if (value > 0) positive += value * (emphasis[index] as number);
    else negative += value * (emphasis[index] as number);
  }
  if (english) {
    // "only 2 hours", "only one USB port": a count held against the product; "only $399" praises the price.
    for (let index = 0; index + 1 < count; index++) {
      if ((tokens[index] as Token).key !== "only") continue;
      const skip = approximately.has(tokens[index + 1]?.key ?? "") ? 1 : 0;
      const next = tokens[index + 1 + skip];
      if (next === undefined) continue;
      const price = currencySigns.has(next.key) && tokens[index + 2 + skip]?.kind === "number";
      if (!price && next.kind !== "number" && !countWords.has(next.key)) continue;
      const reach = Math.min(count, index + 2 + skip + negationReach);
      if (hits.some((hit) => hit.from >= index && hit.from < reach)) continue;
      const value = price ? 1 : -1;
      hits.push({ from: index, to: index + 2 + skip, value, negated: false });
      if (value > 0) positive += value * (emphasis[index] as number);
      else negative += value * (emphasis[index] as number);
    }
  }
  hits.sort((left, right) => left.from - right.from);

  return { text, tokens, hits, sentenceOf, clauseOf, boundaryBefore, contrastBefore, hypothetical, listBefore, emphasis, positive, negative, wordCount };
}

const listJoiners = new Set([",", ")", "and", "or", "&", "etc", "/"]);

/** One to three words and then another comma, "and", "or" or a closing bracket: an item of a list. */
function isListItem(tokens: readonly Token[], index: number, end: number): boolean {
  for (let ahead = index; ahead < Math.min(end, index + 4); ahead++) {
    const token = tokens[ahead] as Token;
    if (ahead > index && listJoiners.has(token.key)) return true;
    if (token.kind === "punctuation") return false;
  }
  return false;
}

/** "not only fast but also light", "but also": a list going on, not a turn; nor is "not yet" or "as yet". */
function isNotATurn(tokens: readonly Token[], index: number): boolean {
  const key = (tokens[index] as Token).key;
  if (key === "but") return tokens[index + 1]?.key === "also";
  if (key !== "yet") return false;
  const previous = (tokens[index - 1] as Token).key;
  const next = tokens[index + 1];
  return previous === "not" || previous === "as" || previous.endsWith("n't") || next === undefined || next.kind === "punctuation";
}

/** "I haven't tried the grill yet": not done so far is no complaint. */
function notYet(tokens: readonly Token[], boundaryBefore: Uint8Array, index: number): boolean {
  for (let ahead = index + 1; ahead < tokens.length && (boundaryBefore[ahead] as number) === 0; ahead++) {
    if ((tokens[ahead] as Token).key === "yet") return true;
  }
  return false;
}

/** Words a negation reaches through: "doesn't seem to run hot", "not going to be comfortable". */
const negationTransparent: ReadonlySet<string> = new Set(["seem", "seems", "seemed", "appear", "appears", "appeared", "to", "be", "been", "going"]);
const noTransparentWords: ReadonlySet<string> = new Set();

const currencySigns = new Set(["$", "€", "£"]);
const approximately = new Set(["about", "around", "approximately", "roughly", "like", "maybe"]);
const countWords = new Set(["one", "two", "three", "four", "five", "six", "half"]);

/** Negators of verbs and adjectives, with the apostrophe-less spellings reviews are full of ("wont", "doesnt"). */
const verbalNegators: Record<LanguageResources["language"], ReadonlySet<string>> = {
  en: new Set(["not", "never", "cannot", "cant", "wont", "dont", "doesnt", "didnt", "isnt", "wasnt", "arent", "werent", "couldnt", "wouldnt", "shouldnt", "hasnt", "havent", "hadnt"]),
  de: new Set(["nicht", "nie", "niemals"]),
  fr: new Set(["pas", "jamais"]),
  es: new Set(["no", "nunca"]),
};

/**
 * "No" before a noun says something is missing, which in a review is a complaint ("no backlight"); before an
 * opinion word it is the opposite ("no rust", "no problems"), which the hit in reach already covers.
 */
const absenceWords: Record<LanguageResources["language"], ReadonlySet<string>> = {
  en: new Set(["no"]),
  de: new Set(),
  fr: new Set(),
  es: new Set(),
};

/** Words after "no" that say nothing is missing: "no time", "no one", "no more than", "no wonder". */
const harmlessAfterNo = new Set(["time", "one", "more", "less", "wonder", "fuss", "frills", "nonsense", "idea", "way", "other", "reason", "longer", "real", "extra", "big", "different", "difference"]);

const harmlessAfterNegation = new Set(["only", "just", "doubt", "matter", "need", "needed", "know", "think", "mind", "care", "sure", "that", "to", "a", "an", "the", "too", "as", "so", "nur", "seulement", "que", "solo", "sólo"]);

/** Negation and intensity reaching the word at `index` from up to three words before it in its clause. */
export function modifiersAt(
  tokens: readonly Token[],
  boundaryBefore: Uint8Array,
  index: number,
  resources: LanguageResources,
): { negated: boolean; multiplier: number } {
  let multiplier = 1;
  let negated = false;
  let seen = 0;
  const transparent = resources.language === "en" ? negationTransparent : noTransparentWords;
  for (let back = index - 1; back >= 0 && seen < negationReach && index - back <= 2 * negationReach; back--) {
    if ((boundaryBefore[back + 1] as number) > 0) break;
    const previous = tokens[back] as Token;
    if (previous.kind !== "word") break;
    if (transparent.has(previous.key)) continue;
    seen++;
    if (resources.negators.has(previous.key) || previous.key.endsWith("n't")) {
      negated = true;
      break;
    }
    const intensity = resources.intensifiers.get(previous.key);
    if (intensity !== undefined && seen <= 2) multiplier *= intensity;
  }
  return { negated, multiplier };
}

/** "not comfortable" is nearly as strong as "comfortable" the other way; "not bad" is only faintly good. */
export function applyModifiers(value: number, negated: boolean, multiplier: number): number {
  const intensified = value * multiplier;
  if (!negated) return intensified;
  return intensified * (intensified > 0 ? negatedPositiveFactor : negatedNegativeFactor);
}

function matchesPhrase(tokens: readonly Token[], index: number, words: readonly string[]): boolean {
  for (let offset = 0; offset < words.length; offset++) {
    const token = tokens[index + offset];
    if (token === undefined || token.key !== words[offset]) return false;
  }
  return true;
}

const adverbTargets = new Set(["much", "well", "sure", "big", "small", "short", "long", "tight", "loose", "heavy", "light", "thin", "thick", "hot", "cold", "warm", "large", "low", "high", "close", "similar", "different", "quick", "fast", "slow"]);

function isAdverbTarget(next: Token | undefined, opinions: LanguageResources["opinions"]): boolean {
  if (next === undefined || next.kind !== "word") return false;
  return adverbTargets.has(next.key) || next.key.endsWith("ed") || next.key.endsWith("ly") || lookupWord(opinions, next.key) !== undefined;
}

const notAfterAttributive = new Set(["is", "was", "are", "were", "has", "had", "seems", "feels", "looks", "of", "and", "or", "but", "for", "to", "in", "on", "at", "with", "that", "it", "i", "overall", "wise", "control", "though", "too", "as", "so", "isn't", "wasn't", "could", "would", "should", "will", "than"]);

const namingDeterminers = new Set(["the", "its", "their", "this", "that", "my", "his", "her", "our", "your"]);

/** "quality" before a noun is praise ("quality leather"); before a verb, "of" or the end it names the aspect. */
function isAttributive(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  if (next === undefined || next.kind !== "word" || notAfterAttributive.has(next.key)) return false;
  return !namingDeterminers.has(tokens[index - 1]?.key ?? "");
}

const sentenceOpeningObjects = new Set(["the", "it", "this", "that", "these", "those", "my", "its", "how", "everything", "all"]);

/** "Like the price and the screen.": a sentence opening with "like" and its object drops the "I". */
function likeOpensSentence(tokens: readonly Token[], sentenceOf: Int32Array, index: number): boolean {
  const opens = index === 0 || sentenceOf[index - 1] !== sentenceOf[index];
  return opens && sentenceOpeningObjects.has(tokens[index + 1]?.key ?? "");
}

/** Inflections that would read as a different opinion word: "later" is not "late", "likely" not "like". */
const notInflections = new Set(["later", "latest", "lately", "likely", "roughly", "shortly", "hanger", "hangers", "cleaner", "cleaners", "lover", "lovers"]);

/**
 * The value of a comparative, superlative or adverb whose base form is an opinion word: "easier", "nicest",
 * "biggest", "happier", "reliably", "horribly". Comparatives say as much as their base form ("not the easiest").
 */
function inflectedValue(opinions: LanguageResources["opinions"], word: string): number | undefined {
  if (word.length < 5 || notInflections.has(word)) return undefined;
  const candidates: string[] = [];
  for (const suffix of ["est", "er"]) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (stem.endsWith("i")) candidates.push(`${stem.slice(0, -1)}y`);
    candidates.push(stem, `${stem}e`);
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) candidates.push(stem.slice(0, -1));
  }
  if (word.endsWith("ly")) {
    const stem = word.slice(0, -2);
    if (stem.endsWith("i")) candidates.push(`${stem.slice(0, -1)}y`);
    if (word.endsWith("bly")) candidates.push(`${stem}le`);
    candidates.push(stem);
  }
  for (const candidate of candidates) {
    const value = opinions.words.get(candidate);
    if (value !== undefined) return value;
  }
  return undefined;
}

function previousWord(tokens: readonly Token[], index: number): string | undefined {
  const previous = tokens[index - 1];
  return previous?.kind === "word" ? previous.key : undefined;
}
