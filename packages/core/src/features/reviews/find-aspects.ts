import { aspectStopPhrases, aspectTerms } from "./lexicon/aspects";
import { parseLexicon } from "./lexicon/lexicon-format";
import type { LanguageResources } from "./lexicon/languages";
import { learnedSentimentMargin } from "./learned-sentiment";
import { applyModifiers, modifiersAt, scoreOpinions, type ScoredText } from "./score-opinions";
import { reviewAspects, type ReviewPolarity, type ReviewAspect } from "./review-types";

type AspectEntry = { aspect: ReviewAspect; words: readonly string[]; value: number };

/** One place an aspect is named: tokens [from, to) and the polarity the words themselves carry ("runs small"). */
export type AspectMatch = { aspect: ReviewAspect; from: number; to: number; cue: number };

export type ScoredMention = AspectMatch & { score: number; polarity: ReviewPolarity; spanFrom: number; spanTo: number };

let entriesByFirstWord: Map<string, AspectEntry[]> | undefined;
let stopPhrases: ReadonlyArray<readonly string[]> | undefined;

function aspectEntries(): Map<string, AspectEntry[]> {
  if (entriesByFirstWord !== undefined) return entriesByFirstWord;
  const byFirst = new Map<string, AspectEntry[]>();
  const add = (entry: AspectEntry) => {
    const first = entry.words[0] as string;
    const list = byFirst.get(first) ?? [];
    list.push(entry);
    byFirst.set(first, list);
  };
  for (const aspect of reviewAspects) {
    const lexicon = parseLexicon(aspectTerms[aspect]);
    for (const [word, value] of lexicon.words) add({ aspect, words: [word], value });
    for (const phrases of lexicon.phrases.values()) for (const phrase of phrases) add({ aspect, words: phrase.words, value: phrase.value });
  }
  for (const list of byFirst.values()) list.sort((left, right) => right.words.length - left.words.length);
  entriesByFirstWord = byFirst;
  stopPhrases = aspectStopPhrases.split(/\s+/).filter(Boolean).map((phrase) => phrase.split("_"));
  return byFirst;
}

/** Every aspect mention, longest match first; a word naming two aspects at once yields both. */
export function findAspectMatches(scored: ScoredText): AspectMatch[] {
  const entries = aspectEntries();
  const { tokens } = scored;
  const matches: AspectMatch[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const candidates = entries.get((tokens[index] as ScoredText["tokens"][number]).key);
    const stop = (stopPhrases ?? []).find((words) => words.every((word, offset) => tokens[index + offset]?.key === word));
    if (stop !== undefined) {
      index += stop.length - 1;
      continue;
    }
    if (candidates === undefined) continue;
    let longest = 0;
    for (const entry of candidates) {
      if (entry.words.length < longest) break;
      if (!entry.words.every((word, offset) => tokens[index + offset]?.key === word)) continue;
      longest = entry.words.length;
      if (!matches.some((match) => match.from === index && match.aspect === entry.aspect)) {
        matches.push({ aspect: entry.aspect, from: index, to: index + longest, cue: entry.value });
      }
    }
    if (longest > 1) index += longest - 1;
  }
  matches.push(...runsSizeMatches(tokens));
  return matches;
}

const runWords = new Set(["run", "runs", "ran", "running", "fit", "fits", "fitted", "sized", "fällt", "fallen", "taille", "tallan", "talla"]);
const sizeWords = new Set(["small", "big", "large", "short", "long", "narrow", "wide", "tight", "klein", "groß", "gross", "petit", "grand", "pequeño", "pequeña", "grande"]);

/** "they run about half a size small", "fällt eine Nummer klein aus": a size complaint split by a few words. */
function runsSizeMatches(tokens: ScoredText["tokens"]): AspectMatch[] {
  const found: AspectMatch[] = [];
  for (let index = 0; index < tokens.length; index++) {
    if (!runWords.has((tokens[index] as ScoredText["tokens"][number]).key)) continue;
    for (let ahead = index + 2; ahead <= Math.min(tokens.length - 1, index + 6); ahead++) {
      const token = tokens[ahead] as ScoredText["tokens"][number];
      if (token.kind === "punctuation") break;
      if (sizeWords.has(token.key)) {
        found.push({ aspect: "fit-and-size", from: index, to: ahead + 1, cue: -1 });
        break;
      }
    }
  }
  return found;
}

const softFactor = 0.5;
const hardFactor = 0.15;
const polarThreshold = 0.5;

/**
 * The opinion about the words [from, to): opinion words of the same sentence, each weighted down with its
 * distance (in words past the second) and by every boundary between them, halved by a comma and cut to a
 * sixth by "but" or a semicolon. Opinions in other sentences are not about this mention.
 */
export function opinionAbout(scored: ScoredText, from: number, to: number): { score: number; used: Array<{ from: number; to: number; value: number }> } {
  const { hits, sentenceOf, boundaryBefore } = scored;
  const sentence = sentenceOf[from];
  let score = 0;
  const used: Array<{ from: number; to: number; value: number }> = [];
  for (const hit of hits) {
    if (sentenceOf[hit.from] !== sentence) continue;
    // Tokens [left, right] have the boundaries between the hit and the mention before them; none if they overlap.
    let left = 1;
    let right = 0;
    if (hit.to <= from) {
      left = hit.to;
      right = from;
    } else if (hit.from >= to) {
      left = to;
      right = hit.from;
    }
    const distance = left <= right ? wordsBetween(scored, left, right) : 0;
    let weight = 1 / (1 + 0.25 * Math.max(0, distance - 2));
    for (let index = left; index <= right; index++) {
      const boundary = boundaryBefore[index] as number;
      if (boundary === 1) weight *= softFactor;
      else if (boundary >= 2) weight *= hardFactor;
    }
    if (weight < 0.05) continue;
    score += hit.value * weight;
    used.push({ from: hit.from, to: hit.to, value: hit.value * weight });
  }
  return { score, used };
}

function wordsBetween(scored: ScoredText, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++) if ((scored.tokens[index] as ScoredText["tokens"][number]).kind !== "punctuation") count++;
  return count;
}

export function polarityOf(score: number): ReviewPolarity {
  if (score >= polarThreshold) return "positive";
  if (score <= -polarThreshold) return "negative";
  return "neutral";
}

/** Below this the fitted English weights are not sure enough about a clause to lend it their polarity. */
const learnedConfidence = 0.7;

/**
 * The signed opinion about tokens [from, to): the lexicon's words around it, plus the polarity its own words
 * carry (`cue`, "runs small"). When the lexicon finds nothing decisive in English, the clause is read by the
 * fitted review weights, which know how complaints are phrased without opinion words ("had to send it
 * back"); only a confident reading counts.
 */
export function scoreMention(
  scored: ScoredText,
  from: number,
  to: number,
  resources: LanguageResources,
  cue = 0,
): { score: number; used: Array<{ from: number; to: number; value: number }> } {
  const { score: local, used } = opinionAbout(scored, from, to);
  let score = local;
  const overlapped = scored.hits.some((hit) => hit.from < to && hit.to > from);
  if (cue !== 0 && !overlapped) {
    const { negated, multiplier } = modifiersAt(scored.tokens, scored.boundaryBefore, from, resources);
    score += applyModifiers(cue, negated, multiplier);
  }
  if (Math.abs(score) < polarThreshold && resources.language === "en") {
    const [spanFrom, spanTo] = clauseSpan(scored, from, to);
    const start = (scored.tokens[spanFrom] as ScoredText["tokens"][number]).start;
    const end = (scored.tokens[spanTo - 1] as ScoredText["tokens"][number]).end;
    const clause = scoreOpinions(scored.text.slice(start, end), resources);
    const confidence = Math.tanh(learnedSentimentMargin(clause, resources) / 2);
    if (Math.abs(confidence) >= learnedConfidence) score = confidence;
  }
  return { score, used };
}

/** Mentions with their polarity and the clause that shows it; one per aspect and clause. */
export function scoreAspectMentions(scored: ScoredText, resources: LanguageResources): ScoredMention[] {
  const mentions: ScoredMention[] = [];
  for (const match of findAspectMatches(scored)) {
    const { score } = scoreMention(scored, match.from, match.to, resources, match.cue);
    const [spanFrom, spanTo] = clauseSpan(scored, match.from, match.to);
    const existing = mentions.find((mention) => mention.aspect === match.aspect && mention.spanFrom === spanFrom && mention.spanTo === spanTo);
    if (existing !== undefined) {
      if (Math.abs(score) > Math.abs(existing.score)) {
        existing.score = score;
        existing.polarity = polarityOf(score);
      }
      continue;
    }
    mentions.push({ ...match, score, polarity: polarityOf(score), spanFrom, spanTo });
  }
  return mentions;
}

/**
 * The clause around a mention: out to "but", a semicolon or the sentence's end; to commas when that is long,
 * to the whole sentence when it is a fragment of a few words.
 */
export function clauseSpan(scored: ScoredText, from: number, to: number): [number, number] {
  const widen = (minimum: number): [number, number] => {
    let start = from;
    while (start > 0 && (scored.boundaryBefore[start] as number) < minimum) start--;
    let end = to;
    while (end < scored.tokens.length && (scored.boundaryBefore[end] as number) < minimum) end++;
    return [start, end];
  };
  const clause = widen(2);
  const length = clause[1] - clause[0];
  if (length > 30) return widen(1);
  if (length < 5) {
    const sentence = widen(3);
    if (sentence[1] - sentence[0] <= 30) return sentence;
  }
  return clause;
}
