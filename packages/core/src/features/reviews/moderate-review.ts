import { createPiiDetector, type PiiDetector } from "../../guards/pii/pii-detector";
import { parseLexicon, parseWordList, type ParsedLexicon } from "./lexicon/lexicon-format";
import { insultTargets, personalInsults, profanity, spamPhrases } from "./lexicon/moderation";
import type { ReviewModerationSettings } from "./review-analyzer-settings";
import type { Token } from "./review-text";
import type { ReviewEvidence, ReviewFlag } from "./review-types";

/** The text a review is analysed as: title and body joined by a line break, with a way back to each field. */
export type ReviewDocument = {
  text: string;
  tokens: Token[];
  toEvidence(start: number, end: number): ReviewEvidence;
};

export type ReviewModerator = {
  flags(document: ReviewDocument): ReviewFlag[];
};

const linkPattern =
  /\bhttps?:\/\/[^\s]+|\bwww\.[^\s]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|biz|shop|store|online|site|xyz|top|club|io|co|us|uk|de|fr|es|ru|cn|ly|example)\b(?:\/[^\s]*)?/giu;
const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const selfOrSimile = new Set(["i", "i'm", "im", "me", "myself", "like", "ich", "mich", "je", "moi", "comme", "yo", "como", "wie"]);
const repeatedMarks = /([!?$])\1{2,}/gu;
const repeatedLetters = /(\p{L})\1{3,}/gu;

export function createReviewModerator(settings: ReviewModerationSettings): ReviewModerator {
  const profane = new Set<string>([...Object.values(profanity).flatMap((block) => [...parseWordList(block)]), ...settings.blockedWords.map((word) => word.toLowerCase())]);
  const insults = parseWordList(personalInsults);
  const targets = parseWordList(insultTargets);
  const spamLexicon = parseLexicon(spamPhrases);
  const detector: PiiDetector | undefined = settings.pii
    ? createPiiDetector({ entities: settings.piiEntities, allowList: settings.piiAllowList })
    : undefined;

  return {
    flags(document) {
      const flags: ReviewFlag[] = [];
      if (settings.toxicity) {
        const flag = toxicityFlag(document, profane, insults, targets);
        if (flag !== undefined) flags.push(flag);
      }
      if (settings.spam) {
        const flag = spamFlag(document, spamLexicon, settings.spamThreshold);
        if (flag !== undefined) flags.push(flag);
      }
      if (detector !== undefined) {
        const spans = detector.detect(document.text).filter((span) => !isMeasurement(span.type, span.text));
        if (spans.length > 0) {
          const entities = [...new Set(spans.map((span) => span.type))];
          flags.push({
            type: "pii",
            severity: "high",
            reason: `The review contains personal data (${entities.join(", ")}); hold it or publish it redacted.`,
            evidence: spans.map((span) => document.toEvidence(span.start, span.end)),
            entities,
          });
        }
      }
      return flags;
    },
  };
}

function toxicityFlag(document: ReviewDocument, profane: ReadonlySet<string>, insults: ReadonlySet<string>, targets: ReadonlySet<string>): ReviewFlag | undefined {
  const { tokens } = document;
  const profaneHits: Token[] = [];
  const insultHits: Token[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.kind !== "word") continue;
    if (profane.has(token.key) || [...token.key.split("-")].some((part) => part.length > 3 && profane.has(part))) {
      profaneHits.push(token);
      continue;
    }
    if (!insults.has(token.key)) continue;
    // An insult counts when aimed at someone ("is an idiot", "you morons", "are clowns"), not at oneself or
    // in a simile ("I looked like a clown").
    for (let back = index - 1; back >= Math.max(0, index - 3); back--) {
      const previous = tokens[back] as Token;
      if (previous.kind !== "word" || selfOrSimile.has(previous.key)) break;
      if (targets.has(previous.key)) {
        insultHits.push(token);
        break;
      }
    }
  }
  const hits = [...profaneHits, ...insultHits].sort((left, right) => left.start - right.start);
  if (hits.length === 0) return undefined;
  const severity = insultHits.length > 0 || hits.length >= 2 ? "high" : "medium";
  const kinds = [profaneHits.length > 0 ? "profanity" : undefined, insultHits.length > 0 ? "insults aimed at people" : undefined].filter(Boolean);
  return {
    type: "toxicity",
    severity,
    reason: `The review contains ${kinds.join(" and ")}.`,
    evidence: hits.map((token) => document.toEvidence(token.start, token.end)),
  };
}

function spamFlag(document: ReviewDocument, lexicon: ParsedLexicon, threshold: number): ReviewFlag | undefined {
  const { text, tokens } = document;
  const signals: string[] = [];
  const evidence: ReviewEvidence[] = [];
  let score = 0;

  const emails = [...text.matchAll(emailPattern)].map((match) => [match.index, match.index + match[0].length] as const);
  const links = [...text.matchAll(linkPattern)].filter((match) => !emails.some(([start, end]) => match.index >= start && match.index < end));
  if (links.length > 0) {
    score += 3;
    signals.push("a link");
    for (const link of links) evidence.push(document.toEvidence(link.index, link.index + link[0].length));
  }

  let phraseScore = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    for (const phrase of lexicon.phrases.get(token.key) ?? []) {
      if (!phrase.words.every((word, offset) => tokens[index + offset]?.key === word)) continue;
      const last = tokens[index + phrase.words.length - 1] as Token;
      phraseScore += phrase.value;
      evidence.push(document.toEvidence(token.start, last.end));
      index += phrase.words.length - 1;
      break;
    }
    const single = lexicon.words.get(token.key);
    if (single !== undefined && token.kind === "word") {
      phraseScore += single;
      evidence.push(document.toEvidence(token.start, token.end));
    }
  }
  if (phraseScore > 0) {
    score += Math.min(phraseScore, 6);
    signals.push("advertising phrases");
  }

  const words = tokens.filter((token) => token.kind === "word").map((token) => token.key);
  if (isRepetitive(words)) {
    score += 3;
    signals.push("the same words over and over");
  }
  const shouting = [...text.matchAll(repeatedMarks)].length + [...text.matchAll(repeatedLetters)].length * 0.5;
  if (shouting > 0) {
    score += Math.min(1, shouting);
    signals.push("repeated characters");
  }
  const shoutedLine = text.split("\n").some((line) => {
    const letters = line.replace(/[^\p{L}]/gu, "");
    return letters.length >= 12 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  });
  if (shoutedLine) {
    score += 1;
    signals.push("all capitals");
  }
  if (score < threshold) return undefined;
  return {
    type: "spam",
    severity: score >= threshold + 2 ? "high" : "medium",
    reason: `The review looks like spam: ${signals.join(", ")}.`,
    evidence,
  };
}

/**
 * Numbers that reviews are full of and the general-purpose recognizers misread: "about 10", "but 23" and
 * "Out 6" as street addresses (words ending in "ut" look like the Hungarian street type "út"), and body
 * measurements such as "34/28/36" as phone numbers.
 */
function isMeasurement(type: string, text: string): boolean {
  if (type === "STREET_ADDRESS") {
    const words = text.match(/\p{L}+/gu) ?? [];
    // A lower-case word and a number ("during 90", "ordering 2") matches a street type glued to the name ("-ring").
    return words.every((word) => word.length <= 2 || /ut$/iu.test(word)) || /^\p{Ll}+\s+[\d\s,-]+$/u.test(text.trim());
  }
  if (type === "PHONE_NUMBER") return /^\d{2}\s?\/\s?\d{2}\s?\/\s?\d{2}(?!\d)/u.test(text.trim());
  return false;
}

const fillerWords = new Set(
  "the a an and or but i it is was to of in on for with my me this that so very be are as at not its it's have has had you they we too just".split(" "),
);

/**
 * Keyword stuffing rather than an opinion: a short text of few distinct words, or a pair of content words
 * three times or more, making up a fifth of the text ("best socks best socks best socks"). Honest reviews
 * repeat function words and the odd size ("extra small"), so those do not count.
 */
function isRepetitive(words: readonly string[]): boolean {
  if (words.length < 8) return false;
  if (words.length < 40 && new Set(words).size / words.length < 0.5) return true;
  const pairs = new Map<string, number>();
  for (let index = 1; index < words.length; index++) {
    const first = words[index - 1] as string;
    const second = words[index] as string;
    if (fillerWords.has(first) || fillerWords.has(second) || first === second) continue;
    const pair = `${first} ${second}`;
    const count = (pairs.get(pair) ?? 0) + 1;
    // Sizes get discussed ("extra small" three times in a long review); stuffing makes up much of the text.
    if (count >= 3 && (2 * count) / words.length >= 0.2) return true;
    pairs.set(pair, count);
  }
  return false;
}
