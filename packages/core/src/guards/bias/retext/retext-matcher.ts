import { matchCase } from "../fold-text";
import type { BiasFinding } from "../bias-types";
import type { RetextPattern } from "./load-retext-patterns";
import { excludedRetextPhrases, retextPhraseTreatments, retextTreatment } from "./retext-profile";

type Entry = {
  pattern: RetextPattern;
  /** Normalised words; `*` matches any word. */
  words: readonly string[];
  /** A phrase with capitals ("Indian country") matches only as written. */
  exactWords: readonly string[] | undefined;
  category: BiasFinding["category"];
  severity: BiasFinding["severity"];
  audience: boolean;
  message: string;
  suggestions: readonly string[];
};

type Token = { start: number; end: number; text: string; key: string; apostropheKey: string };

const tokenExpression = /[\p{L}\p{N}\p{M}]+(?:['’\-.][\p{L}\p{N}\p{M}]+)*/gu;

/** As nlcst-normalize: lower case, curly apostrophes straightened, hyphens dropped, apostrophes dropped unless kept. */
function normalizeWord(word: string, keepApostrophes: boolean): string {
  const lower = word.toLowerCase().replace(/’/g, "'").replace(/-/g, "");
  return keepApostrophes ? lower : lower.replace(/'/g, "");
}

/** Words that make "men", "women", "her" or "girls" a department or a size rather than an assumption. */
const departmentWords = new Set(
  `size sizes sizing fit fits cut cuts department collection range line lines styles style fashion clothing clothes
   apparel wear footwear shoes shoe boots sneakers trainers sandals jackets jacket coats coat shirts shirt tees tee
   tshirts tshirt tops jeans pants trousers shorts socks underwear swimwear sportswear outerwear activewear
   accessories watches watch fragrance fragrances perfume cologne bikes bike gloves hats hat suits suit robes pajamas
   pyjamas slippers bags wallets belts razors grooming skincare gifts gift day days`
    .trim()
    .split(/\s+/),
);
const prepositions = new Set(["for", "fits", "fit"]);
const betweenPrepositionAndAudience = new Set(["both", "all", "little", "young", "big", "teen", "older"]);
const joinerWords = new Set(["and", "or"]);
const whitespace = /^\s+$/u;
const joiner = /^\s*[&/+,]\s*$/u;

function cleanNote(note: string | undefined): string {
  if (note === undefined) return "";
  return note
    .replace(/\(\s*source:[^)]*\)/gi, "")
    .replace(/\bsource:\s*\S+/gi, "")
    .replace(/\s+/g, " ")
    .trim();
}

function describe(pattern: RetextPattern): string {
  const condition = pattern.condition === undefined ? "" : ` ${pattern.condition}`;
  const note = cleanNote(pattern.note);
  return `Potentially insensitive${condition}${note === "" ? "." : `: ${note}`}`;
}

export type RetextMatcher = {
  /** Findings in `text`, unfiltered by severity, allow-list or overlap. */
  match(text: string): BiasFinding[];
  /** The pattern ids in the loaded lexicon. */
  ids: ReadonlySet<string>;
};

/**
 * A word-sequence matcher over retext-equality's phrases with nlcst-search's semantics (words compared after
 * normalisation, only white space between the words of a phrase, `*` for any word) but without building a
 * syntax tree: one tokenising pass and a map lookup per word, well under a millisecond for a description.
 */
export function createRetextMatcher(patterns: readonly RetextPattern[], disabledRules: ReadonlySet<string>): RetextMatcher {
  const byFirstWord = new Map<string, Entry[]>();
  const byFirstWordWithApostrophes = new Map<string, Entry[]>();
  const audienceKeys = new Set<string>();
  const ids = new Set<string>();

  for (const pattern of patterns) {
    ids.add(pattern.id);
    if (disabledRules.has(pattern.id)) continue;
    const treatment = retextTreatment(pattern.id, pattern.categories);
    if ("excluded" in treatment) continue;
    const suggestions = Object.keys(pattern.considerate ?? {});
    const message = describe(pattern);
    for (const phrase of Object.keys(pattern.inconsiderate)) {
      if (excludedRetextPhrases.has(phrase)) continue;
      const keepApostrophes = pattern.apostrophe === true;
      const rawWords = phrase.split(" ").map((word) => (word === "*" ? word : word.replace(/\.$/, "")));
      const words = rawWords.map((word) => (word === "*" ? word : normalizeWord(word, keepApostrophes)));
      const first = words[0];
      if (first === undefined || first === "*") continue;
      const override = retextPhraseTreatments.get(phrase);
      const entry: Entry = {
        pattern,
        words,
        exactWords: phrase === phrase.toLowerCase() ? undefined : rawWords.map((word) => word.replace(/’/g, "'")),
        category: override?.category ?? treatment.category,
        severity: override?.severity ?? treatment.severity,
        audience: treatment.audience === true,
        message,
        suggestions,
      };
      if (entry.audience && words.length === 1) audienceKeys.add(first);
      const index = keepApostrophes ? byFirstWordWithApostrophes : byFirstWord;
      const list = index.get(first);
      if (list === undefined) index.set(first, [entry]);
      else list.push(entry);
    }
  }

  const tokenize = (text: string): Token[] => {
    const tokens: Token[] = [];
    for (const match of text.matchAll(tokenExpression)) {
      const start = match.index;
      tokens.push({
        start,
        end: start + match[0].length,
        text: match[0],
        key: normalizeWord(match[0], false),
        apostropheKey: normalizeWord(match[0], true),
      });
    }
    return tokens;
  };

  const gap = (text: string, tokens: Token[], left: number, right: number): string =>
    text.slice((tokens[left] as Token).end, (tokens[right] as Token).start);

  const matchAt = (text: string, tokens: Token[], index: number, entry: Entry, keepApostrophes: boolean): number | undefined => {
    let position = index;
    for (let word = 0; word < entry.words.length; word++) {
      const token = tokens[position];
      if (token === undefined) return undefined;
      if (word > 0 && !whitespace.test(gap(text, tokens, position - 1, position))) return undefined;
      const expected = entry.words[word] as string;
      if (expected !== "*") {
        const key = keepApostrophes ? token.apostropheKey : token.key;
        if (key !== expected) return undefined;
        const exact = entry.exactWords?.[word];
        if (exact !== undefined && token.text.replace(/’/g, "'") !== exact) return undefined;
      }
      position++;
    }
    return position - 1;
  };

  /** "for women", "men and women", "women's", "girls' sizes", "Mother's Day": a department, a size or a holiday. */
  const isDepartmentUse = (text: string, tokens: Token[], index: number): boolean => {
    const token = tokens[index] as Token;
    const after = text[token.end];
    if (after === "'" || after === "’") return true;
    const previous = tokens[index - 1];
    if (previous !== undefined && whitespace.test(gap(text, tokens, index - 1, index))) {
      if (prepositions.has(previous.key)) return true;
      const beforePrevious = tokens[index - 2];
      if (
        betweenPrepositionAndAudience.has(previous.key) &&
        beforePrevious !== undefined &&
        prepositions.has(beforePrevious.key) &&
        whitespace.test(gap(text, tokens, index - 2, index - 1))
      ) {
        return true;
      }
    }
    const next = tokens[index + 1];
    if (next !== undefined && whitespace.test(gap(text, tokens, index, index + 1)) && departmentWords.has(next.key)) return true;
    const joined = (near: number, far: number): boolean => {
      const nearToken = tokens[near];
      if (nearToken === undefined) return false;
      const between = near < index ? gap(text, tokens, near, index) : gap(text, tokens, index, near);
      if (joiner.test(between) && audienceKeys.has(nearToken.key)) return true;
      const farToken = tokens[far];
      if (farToken === undefined || !joinerWords.has(nearToken.key) || !audienceKeys.has(farToken.key)) return false;
      const outer = far < index ? gap(text, tokens, far, near) : gap(text, tokens, near, far);
      return whitespace.test(between) && whitespace.test(outer);
    };
    return joined(index - 1, index - 2) || joined(index + 1, index + 2);
  };

  return {
    ids,
    match(text) {
      const tokens = tokenize(text);
      const findings: BiasFinding[] = [];
      for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index] as Token;
        for (const [entries, keepApostrophes] of [
          [byFirstWord.get(token.key), false],
          [byFirstWordWithApostrophes.get(token.apostropheKey), true],
        ] as const) {
          if (entries === undefined) continue;
          for (const entry of entries) {
            const last = matchAt(text, tokens, index, entry, keepApostrophes);
            if (last === undefined) continue;
            if (entry.audience && entry.words.length === 1 && isDepartmentUse(text, tokens, index)) continue;
            const end = (tokens[last] as Token).end;
            const flagged = text.slice(token.start, end);
            findings.push({
              ruleId: entry.pattern.id,
              category: entry.category,
              severity: entry.severity,
              start: token.start,
              end,
              text: flagged,
              message: entry.message,
              suggestions: matchCase(flagged, entry.suggestions),
              source: "retext-equality",
            });
          }
        }
      }
      return findings;
    },
  };
}
