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
  const emphasis = new Float32Array(count).fill(1);

  const sentences = sentenceRanges(text, tokens);
  let clause = 0;
  sentences.forEach(([start, end], sentenceIndex) => {
    if (start > 0) boundaryBefore[start] = 3;
    clause++;
    let concessiveOpen = -1;
    for (let index = start; index < end; index++) {
      const token = tokens[index] as Token;
      sentenceOf[index] = sentenceIndex;
      if (index > start) {
        const previous = tokens[index - 1] as Token;
        if (previous.kind === "punctuation" && hardBoundaries.has(previous.key)) boundaryBefore[index] = 2;
        else if (previous.kind === "punctuation" && softBoundaries.has(previous.key)) boundaryBefore[index] = 1;
        if (token.kind === "word" && resources.contrast.has(token.key)) boundaryBefore[index] = 2;
        if ((boundaryBefore[index] as number) > 0) clause++;
      }
      clauseOf[index] = clause;
      if (token.kind !== "word") continue;
      if (resources.contrast.has(token.key) && !resources.concessive.has(token.key) && index > start) {
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
      if (concessiveOpen === start) for (; index < end; index++) emphasis[index] = Math.max(emphasis[index] as number, 1.2);
    }
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
      if (value !== undefined && english && token.key === "like" && !likeSubjects.has(previousWord(tokens, index) ?? "")) value = undefined;
      // "pretty wrinkled", "pretty good": an adverb that only intensifies the next word.
      if (value !== undefined && english && token.key === "pretty" && isAdverbTarget(tokens[index + 1], opinions)) value = undefined;
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

    const { negated, multiplier } = phraseMatched && negators.has(token.key) ? { negated: false, multiplier: 1 } : modifiersAt(tokens, boundaryBefore, index, resources);
    const adjusted = applyModifiers(value, negated, multiplier);
    hits.push({ from: index, to, value: adjusted, negated });
    const weight = emphasis[index] as number;
    if (adjusted > 0) positive += adjusted * weight;
    else negative += adjusted * weight;
    index = to - 1;
  }

  // "It would not turn on": a verb negated with no opinion word in reach is, in a review, a complaint.
  const verbal = verbalNegators[resources.language];
  for (let index = 0; index < count; index++) {
    const token = tokens[index] as Token;
    if (token.kind !== "word" || !(verbal.has(token.key) || (english && token.key.endsWith("n't")))) continue;
    const next = tokens[index + 1];
    if (next === undefined || next.kind !== "word" || (boundaryBefore[index + 1] as number) > 0 || harmlessAfterNegation.has(next.key)) continue;
    let reach = index + 1;
    let words = 0;
    while (reach < count && words < negationReach && (boundaryBefore[reach] as number) === 0 && (tokens[reach] as Token).kind === "word") {
      reach++;
      words++;
    }
    const covered = hits.some((hit) => (hit.from <= index && hit.to > index) || (hit.from > index && hit.from < reach));
    if (covered) continue;
    hits.push({ from: index, to: index + 1, value: -1, negated: true });
    negative -= emphasis[index] as number;
  }
  hits.sort((left, right) => left.from - right.from);

  return { text, tokens, hits, sentenceOf, clauseOf, boundaryBefore, emphasis, positive, negative, wordCount };
}

/** Negators of verbs and adjectives; "no" and "kein" negate nouns, where "no rust" is praise, so they are not here. */
const verbalNegators: Record<LanguageResources["language"], ReadonlySet<string>> = {
  en: new Set(["not", "never", "cannot"]),
  de: new Set(["nicht", "nie", "niemals"]),
  fr: new Set(["pas", "jamais"]),
  es: new Set(["no", "nunca"]),
};

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
  for (let back = index - 1; back >= 0 && seen < negationReach; back--) {
    if ((boundaryBefore[back + 1] as number) > 0) break;
    const previous = tokens[back] as Token;
    if (previous.kind !== "word") break;
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

function previousWord(tokens: readonly Token[], index: number): string | undefined {
  const previous = tokens[index - 1];
  return previous?.kind === "word" ? previous.key : undefined;
}
