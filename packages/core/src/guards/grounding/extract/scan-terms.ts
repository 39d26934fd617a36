import type { TermEntry, TermPosition } from "../lexicon/term-entry";
import { isCapitalized, isSentenceInitial, wordTokens, type WordToken } from "../text/fold-text";

export type TermMatch = {
  text: string;
  start: number;
  end: number;
  /** Every vocabulary entry with this wording ("titanium" is a colour and a metal). */
  entries: readonly TermEntry[];
};

export type TermRun = {
  type: "terms";
  kind: "colour" | "material" | "attribute" | "size";
  start: number;
  end: number;
  terms: TermMatch[];
};

type Phrase = { tokens: string[]; entries: TermEntry[] };

export type TermLexicon = {
  /** Vocabulary phrases in the text, longest first, with no position rules. */
  match(text: string, tokens?: readonly WordToken[]): TermMatch[];
  /**
   * Every vocabulary phrase at every position, overlapping ones too: in facts, "Natural Gas" names natural
   * gas, and also supports "Gas" and "Natural" in a text.
   */
  matchAll(text: string): TermMatch[];
};

// Words of one phrase are separated by a space or a hyphen ("Off-White", "high gloss").
const phraseGap = /^[ \u00a0]?-?[ \u00a0]?$/u;
// Terms of one run: "Satin Black Nickel", "Blue/White", "Gold - Chrome".
const runGap = /^[ \u00a0]*[-/]?[ \u00a0]*$/u;

export function createTermLexicon(entries: readonly TermEntry[]): TermLexicon {
  const byFirstToken = new Map<string, Phrase[]>();
  const byKey = new Map<string, Phrase>();
  for (const entry of entries) {
    for (const form of entry.forms) {
      const tokens = wordTokens(form).map((token) => token.folded);
      if (tokens.length === 0) continue;
      const key = tokens.join(" ");
      let phrase = byKey.get(key);
      if (phrase === undefined) {
        phrase = { tokens, entries: [] };
        byKey.set(key, phrase);
        const list = byFirstToken.get(tokens[0] as string) ?? [];
        list.push(phrase);
        byFirstToken.set(tokens[0] as string, list);
      }
      if (!phrase.entries.includes(entry)) phrase.entries.push(entry);
    }
  }
  for (const list of byFirstToken.values()) list.sort((left, right) => right.tokens.length - left.tokens.length);

  return {
    match(text, tokens = wordTokens(text)) {
      const matches: TermMatch[] = [];
      let index = 0;
      while (index < tokens.length) {
        const token = tokens[index] as WordToken;
        const phrase = byFirstToken.get(token.folded)?.find((candidate) => matchesAt(text, tokens, index, candidate.tokens));
        if (phrase === undefined) {
          index++;
          continue;
        }
        const last = tokens[index + phrase.tokens.length - 1] as WordToken;
        matches.push({ text: text.slice(token.start, last.end), start: token.start, end: last.end, entries: phrase.entries });
        index += phrase.tokens.length;
      }
      return matches;
    },
    matchAll(text) {
      const tokens = wordTokens(text);
      const matches: TermMatch[] = [];
      tokens.forEach((token, index) => {
        for (const phrase of byFirstToken.get(token.folded) ?? []) {
          if (!matchesAt(text, tokens, index, phrase.tokens)) continue;
          const last = tokens[index + phrase.tokens.length - 1] as WordToken;
          matches.push({ text: text.slice(token.start, last.end), start: token.start, end: last.end, entries: phrase.entries });
        }
      });
      return matches;
    },
  };
}

function matchesAt(text: string, tokens: readonly WordToken[], index: number, phrase: readonly string[]): boolean {
  for (let offset = 0; offset < phrase.length; offset++) {
    const token = tokens[index + offset];
    if (token === undefined || token.folded !== phrase[offset]) return false;
    if (offset > 0 && !phraseGap.test(text.slice((tokens[index + offset - 1] as WordToken).end, token.start))) return false;
  }
  return true;
}

type RunClass = "colour-material" | "attribute-size";

const classOf = (match: TermMatch): RunClass =>
  match.entries.some((entry) => entry.kind === "colour" || entry.kind === "finish" || entry.kind === "material") ? "colour-material" : "attribute-size";

function positionOf(match: TermMatch): TermPosition {
  const positions = match.entries.map((entry) => entry.position ?? "any");
  if (positions.includes("any")) return "any";
  if (positions.includes("capitalized")) return "capitalized";
  return "modifier";
}

/**
 * Groups adjacent vocabulary terms into claims: a run of colour, finish and material words is one claim
 * ("Satin Black Nickel"), attribute and size words another. Position rules apply here, to the checked text.
 */
export function buildTermRuns(text: string, matches: readonly TermMatch[], isTaken: (start: number, end: number) => boolean): TermRun[] {
  const titled = (match: TermMatch) => isCapitalized(match.text) && !isSentenceInitial(text, match.start);
  const counted = matches.filter((match) => {
    if (isTaken(match.start, match.end)) return false;
    return positionOf(match) !== "capitalized" || titled(match);
  });
  const runs: TermRun[] = [];
  let current: TermMatch[] = [];
  const close = () => {
    if (current.length === 0) return;
    const terms = current;
    current = [];
    // A modifier-only word on its own is usually something else ("charcoal grill", "light bulb"), unless it
    // is capitalized inside a sentence, the way colour names are written ("comes in Charcoal").
    // The same holds for a run of such words ("natural light").
    if (terms.every((term) => positionOf(term) === "modifier") && !titled(terms[0] as TermMatch)) return;
    const first = terms[0] as TermMatch;
    const last = terms[terms.length - 1] as TermMatch;
    runs.push({ type: "terms", kind: runKind(terms), start: first.start, end: last.end, terms });
  };
  for (const match of counted) {
    const previous = current[current.length - 1];
    if (previous !== undefined && (classOf(previous) !== classOf(match) || !runGap.test(text.slice(previous.end, match.start)))) close();
    current.push(match);
  }
  close();
  return runs;
}

function runKind(terms: readonly TermMatch[]): TermRun["kind"] {
  const kinds = new Set(terms.flatMap((term) => term.entries.map((entry) => entry.kind)));
  if (kinds.has("colour") || kinds.has("finish")) return "colour";
  if (kinds.has("material")) return "material";
  if ([...kinds].every((kind) => kind === "size")) return "size";
  return "attribute";
}
