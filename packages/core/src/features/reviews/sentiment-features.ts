import type { LanguageResources } from "./lexicon/languages";
import type { ScoredText } from "./score-opinions";

/*
 * Features of the learned English sentiment weights, shared by the runtime and the script that fits them
 * (packages/core/scripts/train-review-sentiment.ts), so the two can never drift apart. Words inside a
 * negation's reach are distinct features ("n:comfortable" is not "u:comfortable"); adjacent words in one
 * clause form bigrams. Feature names are hashed (32-bit FNV-1a): the shipped table holds numbers only.
 */

const negationReach = 3;

/** The distinct feature names of a text, in first-seen order. */
export function sentimentFeatureNames(scored: ScoredText, resources: LanguageResources): string[] {
  const names = new Set<string>();
  const { tokens, boundaryBefore } = scored;
  let negationLeft = 0;
  let previous: string | undefined;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if ((boundaryBefore[index] as number) > 0) {
      negationLeft = 0;
      previous = undefined;
    }
    if (token.kind === "punctuation") {
      negationLeft = 0;
      previous = undefined;
      continue;
    }
    const word = token.kind === "number" ? "#" : token.key.replaceAll("'", "");
    names.add(`${negationLeft > 0 ? "n" : "u"}:${word}`);
    if (previous !== undefined) names.add(`b:${previous} ${word}`);
    previous = word;
    if (resources.negators.has(token.key) || token.key.endsWith("n't")) negationLeft = negationReach;
    else if (negationLeft > 0) negationLeft--;
  }
  return [...names];
}

type Token = ScoredText["tokens"][number];

/** Lexicon evidence as two dense features, scaled so long and short reviews compare. */
export function lexiconFeatures(scored: ScoredText): [number, number] {
  const scale = 1 / Math.sqrt(scored.wordCount + 4);
  return [scored.positive * scale, scored.negative * scale];
}

/**
 * The hand-written lexicon's verdict alone: what German, French and Spanish reviews are scored by, and what
 * is blended into the English margin so words the fitted weights never saw still count.
 */
export function lexiconMargin(scored: ScoredText): number {
  const [positive, negative] = lexiconFeatures(scored);
  return 3 * (positive + negative);
}

export function hashFeatureName(name: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < name.length; index++) {
    hash ^= name.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
