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
/** An opinion across "but" says the opposite of this mention, more weakly: "the screen is small, but the rest is great". */
const contrastFactor = 0.5;

export type OpinionUse = { from: number; to: number; value: number };

/**
 * The opinion about the words [from, to), from opinion words of the same sentence. Each is weighted down with
 * its distance (in words past the second) and by every boundary between them: halved by a comma (not one
 * between the items of a list) and cut to a sixth by a semicolon. Words inside an if-clause or a yes/no
 * question do not count. Words across "but",
 * "however" or the end of an "although" clause are about something else: they count only when nothing on the
 * mention's side does, and then for the opposite. An opinion before "than" is reversed for a mention after
 * it ("faster than the old one"). The mention's own words are not an opinion about it ("quality" names the
 * aspect; what it carries is the mention's cue). Opinions in other sentences are not about this mention.
 */
export function opinionAbout(scored: ScoredText, from: number, to: number): { score: number; used: OpinionUse[] } {
  const { hits, sentenceOf, boundaryBefore, contrastBefore, hypothetical, listBefore } = scored;
  const sentence = sentenceOf[from];
  let near = 0;
  let across = 0;
  const nearUsed: OpinionUse[] = [];
  const acrossUsed: OpinionUse[] = [];
  for (const hit of hits) {
    if (sentenceOf[hit.from] !== sentence) continue;
    if (hit.from >= from && hit.to <= to) continue;
    // "If you want a warm coat...", "is the battery any good?": hypothetical words judge nothing.
    if (hypothetical[hit.from] === 1) continue;
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
    let contrasted = false;
    for (let index = left; index <= right; index++) {
      const boundary = boundaryBefore[index] as number;
      if (contrastBefore[index] === 1) contrasted = true;
      else if (boundary === 1 && listBefore[index] !== 1) weight *= softFactor;
      else if (boundary >= 2) weight *= hardFactor;
    }
    if (weight < 0.05) continue;
    const value = hit.value * weight * (comparedAgainst(scored, hit.to, from) ? -1 : 1);
    if (contrasted) {
      across += value;
      acrossUsed.push({ from: hit.from, to: hit.to, value });
    } else {
      near += value;
      nearUsed.push({ from: hit.from, to: hit.to, value });
    }
  }
  if (nearUsed.length > 0 || acrossUsed.length === 0) return { score: near, used: nearUsed };
  return { score: -contrastFactor * across, used: acrossUsed.map((use) => ({ ...use, value: -contrastFactor * use.value })) };
}

/** "better than the keyboard", "faster than my old one": the mention at `from` is what the opinion at `end` beats. */
function comparedAgainst(scored: ScoredText, end: number, from: number): boolean {
  if (end > from || from - end > 4) return false;
  const comparative = (scored.tokens[end - 1] as ScoredText["tokens"][number]).key;
  for (let index = end; index < from; index++) {
    if ((scored.boundaryBefore[index] as number) > 0) return false;
    const key = (scored.tokens[index] as ScoredText["tokens"][number]).key;
    if (key === "than" || (key === "to" && index === end && comparedWithTo.has(comparative))) return true;
  }
  return false;
}

/** Comparatives that take "to": "superior to the old model". */
const comparedWithTo = new Set(["superior", "inferior", "preferable"]);

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
): { score: number; used: OpinionUse[] } {
  const { score: local, used } = opinionAbout(scored, from, to);
  let score = local;
  if (cue !== 0) {
    const { negated, multiplier } = modifiersAt(scored.tokens, scored.boundaryBefore, from, resources);
    score += applyModifiers(cue, negated, multiplier);
  }
  if (Math.abs(score) < polarThreshold && resources.language === "en") {
    const [spanFrom, spanTo] = clauseSpan(scored, from, to);
    const stated = statedText(scored, spanFrom, spanTo);
    if (stated.length > 0) {
      const confidence = Math.tanh(learnedSentimentMargin(scoreOpinions(stated, resources), resources) / 2);
      if (Math.abs(confidence) >= learnedConfidence) score = confidence;
    }
  }
  return { score, used };
}

/**
 * The text of tokens [from, to) without its hypothetical parts ("if you want a warm coat"), which judge
 * nothing; the parts left are joined with commas so no word pair is formed across a gap.
 */
function statedText(scored: ScoredText, from: number, to: number): string {
  const parts: string[] = [];
  let index = from;
  while (index < to) {
    while (index < to && scored.hypothetical[index] === 1) index++;
    if (index >= to) break;
    const first = index;
    while (index < to && scored.hypothetical[index] !== 1) index++;
    const start = (scored.tokens[first] as ScoredText["tokens"][number]).start;
    const end = (scored.tokens[index - 1] as ScoredText["tokens"][number]).end;
    parts.push(scored.text.slice(start, end));
  }
  return parts.join(", ");
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
