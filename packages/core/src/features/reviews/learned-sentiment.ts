import { decodeBase64 } from "../support/intent/base64";
import { learnedSentimentWeights } from "./lexicon/learned-sentiment-weights";
import type { LanguageResources } from "./lexicon/languages";
import type { ScoredText } from "./score-opinions";
import { hashFeatureName, lexiconFeatures, lexiconMargin, sentimentFeatureNames } from "./sentiment-features";

type DecodedWeights = { table: Map<number, number>; bias: number; threshold: number; lexicon: readonly [number, number]; lexiconBlend: number };

let decoded: DecodedWeights | undefined;

/** Decoded on first use (about 10k entries), then shared by every analyser in the process. */
function weights(): DecodedWeights {
  if (decoded !== undefined) return decoded;
  const source = learnedSentimentWeights;
  const hashes = new Uint32Array(decodeBase64(source.hashes).buffer);
  const values = new Int16Array(decodeBase64(source.weights).buffer);
  const table = new Map<number, number>();
  for (let index = 0; index < hashes.length; index++) table.set(hashes[index] as number, (values[index] as number) * source.scale);
  decoded = { table, bias: source.bias, threshold: source.threshold, lexicon: source.lexicon, lexiconBlend: source.lexiconBlend };
  return decoded;
}

/**
 * The English review-level margin: positive above 0, negative below (the fitted decision threshold is already
 * subtracted). Unknown words weigh nothing, so the margin of an unusual review leans on the lexicon features.
 */
export function learnedSentimentMargin(scored: ScoredText, resources: LanguageResources): number {
  const model = weights();
  const names = sentimentFeatureNames(scored, resources);
  let sum = 0;
  for (const name of names) sum += model.table.get(hashFeatureName(name)) ?? 0;
  const [positive, negative] = lexiconFeatures(scored);
  const z =
    model.bias +
    model.lexicon[0] * positive +
    model.lexicon[1] * negative +
    sum / Math.sqrt(Math.max(1, names.length)) +
    model.lexiconBlend * lexiconMargin(scored);
  return z - model.threshold;
}

/** The learned weight of one word outside negation, for explaining or weighting single opinion words. */
export function learnedWordWeight(word: string): number | undefined {
  return weights().table.get(hashFeatureName(`u:${word.replaceAll("'", "")}`));
}
