/**
 * Fits the English sentiment weights that `createReviewAnalyzer` ships, from the development half of the
 * Women's E-Commerce Clothing Reviews (CC0), and writes them as a table of numbers:
 *
 *   npx tsx packages/core/scripts/train-review-sentiment.ts --reviews <csv> [--out <file>] [--search]
 *
 * What is stored: 32-bit hashes of feature names (words, negated words, word pairs that occur in at least
 * `minDocuments` different reviews of the development half), one 16-bit weight each, the two weights of the
 * hand-written lexicon's evidence, a bias and a decision threshold. No review text, no words.
 *
 * How: logistic regression with L2, classes weighted to balance, hyper-parameters picked by 5-fold
 * cross-validation grouped by product on the development half (`--search`), the threshold set where
 * out-of-fold macro-F1 peaks. The held-out half (`splitPart`) is never read for fitting.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadBinaryClothingReviews, type BinaryReview } from "../bench/reviews/clothing-reviews";
import { splitPart } from "../bench/reviews/split";
import { languageResources } from "../src/features/reviews/lexicon/languages";
import { scoreOpinions } from "../src/features/reviews/score-opinions";
import { hashFeatureName, lexiconFeatures, sentimentFeatureNames } from "../src/features/reviews/sentiment-features";
import { encodeBase64 } from "../src/features/support/intent/base64";

type Example = { names: string[]; dense: [number, number]; label: 0 | 1; group: string };
type Hyper = { minDocuments: number; l2: number; epochs: number; negativeWeight: number; useBigrams: boolean };
type Model = { weights: Map<string, number>; dense: [number, number]; bias: number };

/** Weight of the lexicon-only margin added to the learned margin (the runtime reads it from the table). */
const lexiconBlend = 1;

/** The lexicon-only margin, as `lexiconMargin` computes it at run time. */
function lexiconMargin(example: Example): number {
  return 3 * (example.dense[0] + example.dense[1]);
}

function readArguments(argv: string[]): { reviews: string; out: string; search: boolean } {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const parts = argv.filter((part) => part !== "--");
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as string;
    if (!part.startsWith("--")) continue;
    const next = parts[index + 1];
    if (next === undefined || next.startsWith("--")) flags.add(part.slice(2));
    else values.set(part.slice(2), parts[++index] as string);
  }
  const reviews = values.get("reviews");
  if (!reviews) {
    console.error("usage: tsx packages/core/scripts/train-review-sentiment.ts --reviews <csv> [--out <file>] [--search]");
    process.exit(2);
  }
  const out = values.get("out") ?? fileURLToPath(new URL("../src/features/reviews/lexicon/learned-sentiment-weights.ts", import.meta.url));
  return { reviews, out, search: flags.has("search") };
}

function toExamples(rows: BinaryReview[]): Example[] {
  const english = languageResources("en");
  return rows.map((row) => {
    const scored = scoreOpinions(row.text, english);
    return { names: sentimentFeatureNames(scored, english), dense: lexiconFeatures(scored), label: row.label === "positive" ? 1 : 0, group: row.productId };
  });
}

/** A deterministic shuffle (mulberry32), so the same data always gives the same weights. */
function shuffled<T>(values: T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...values];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

function vocabulary(examples: Example[], hyper: Hyper): Set<string> {
  const counts = new Map<string, number>();
  for (const example of examples) for (const name of example.names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const kept = new Set<string>();
  for (const [name, count] of counts) if (count >= hyper.minDocuments && (hyper.useBigrams || !name.startsWith("b:"))) kept.add(name);
  return kept;
}

function activeNames(example: Example, vocabularySet: Set<string>): string[] {
  return example.names.filter((name) => vocabularySet.has(name));
}

function train(examples: Example[], hyper: Hyper): Model {
  const vocabularySet = vocabulary(examples, hyper);
  const weights = new Map<string, number>();
  const squared = new Map<string, number>();
  const dense: [number, number] = [0, 0];
  const denseSquared: [number, number] = [0, 0];
  let bias = 0;
  let biasSquared = 0;
  const learningRate = 0.5;
  const positives = examples.filter((example) => example.label === 1).length;
  const negativeWeight = hyper.negativeWeight * (positives / Math.max(1, examples.length - positives));
  const prepared = examples.map((example) => ({ example, names: activeNames(example, vocabularySet), scale: 1 / Math.sqrt(Math.max(1, example.names.length)) }));
  for (let epoch = 0; epoch < hyper.epochs; epoch++) {
    for (const { example, names, scale } of shuffled(prepared, 17 + epoch)) {
      let z = bias + dense[0] * example.dense[0] + dense[1] * example.dense[1];
      for (const name of names) z += (weights.get(name) ?? 0) * scale;
      const probability = 1 / (1 + Math.exp(-z));
      const sampleWeight = example.label === 1 ? 1 : negativeWeight;
      const gradient = (probability - example.label) * sampleWeight;
      for (const name of names) {
        const current = weights.get(name) ?? 0;
        const g = gradient * scale + hyper.l2 * current;
        const accumulated = (squared.get(name) ?? 1e-8) + g * g;
        squared.set(name, accumulated);
        weights.set(name, current - (learningRate * g) / Math.sqrt(accumulated));
      }
      for (const index of [0, 1] as const) {
        const g = gradient * example.dense[index];
        denseSquared[index] += g * g;
        dense[index] -= (learningRate * g) / Math.sqrt(denseSquared[index] + 1e-8);
      }
      biasSquared += gradient * gradient;
      bias -= (learningRate * gradient) / Math.sqrt(biasSquared + 1e-8);
    }
  }
  return { weights, dense, bias };
}

function predict(model: Model, example: Example): number {
  // Scaled by every feature of the text, known or not, so pruning tiny weights leaves the rest unchanged.
  const names = example.names.filter((name) => model.weights.has(name));
  const scale = 1 / Math.sqrt(Math.max(1, example.names.length));
  let z = model.bias + model.dense[0] * example.dense[0] + model.dense[1] * example.dense[1];
  for (const name of names) z += (model.weights.get(name) as number) * scale;
  return z;
}

function macroF1At(scores: number[], labels: number[], threshold: number): { macroF1: number; negativeF1: number; accuracy: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  scores.forEach((score, index) => {
    const predicted = score > threshold ? 1 : 0;
    const gold = labels[index];
    if (predicted === 1 && gold === 1) tp++;
    else if (predicted === 1) fp++;
    else if (gold === 1) fn++;
    else tn++;
  });
  const positiveF1 = (2 * tp) / Math.max(1, 2 * tp + fp + fn);
  const negativeF1 = (2 * tn) / Math.max(1, 2 * tn + fn + fp);
  return { macroF1: (positiveF1 + negativeF1) / 2, negativeF1, accuracy: (tp + tn) / scores.length };
}

function bestThreshold(scores: number[], labels: number[]): { threshold: number; macroF1: number; negativeF1: number; accuracy: number } {
  let best = { threshold: 0, ...macroF1At(scores, labels, 0) };
  for (let threshold = -3; threshold <= 3; threshold += 0.05) {
    const result = macroF1At(scores, labels, threshold);
    if (result.macroF1 > best.macroF1) best = { threshold, ...result };
  }
  return best;
}

/** Out-of-fold scores with products kept whole inside one fold. */
function crossValidate(examples: Example[], hyper: Hyper, folds = 5): number[] {
  const groups = [...new Set(examples.map((example) => example.group))].sort();
  const foldOf = new Map(shuffled(groups, 99).map((group, index) => [group, index % folds]));
  const scores = new Array<number>(examples.length).fill(0);
  for (let fold = 0; fold < folds; fold++) {
    const trainSet = examples.filter((example) => foldOf.get(example.group) !== fold);
    const model = train(trainSet, hyper);
    examples.forEach((example, index) => {
      if (foldOf.get(example.group) === fold) scores[index] = predict(model, example);
    });
  }
  return scores;
}

function writeWeights(path: string, model: Model, threshold: number, hyper: Hyper, documents: number): void {
  const entries = [...model.weights].filter(([, weight]) => Math.abs(weight) >= 0.02).map(([name, weight]) => [hashFeatureName(name), weight] as const);
  entries.sort((left, right) => left[0] - right[0]);
  const maximum = Math.max(...entries.map(([, weight]) => Math.abs(weight)));
  const scale = maximum / 32767;
  const hashes = new Uint32Array(entries.map(([hash]) => hash));
  const weights = new Int16Array(entries.map(([, weight]) => Math.round(weight / scale)));
  const source = `// Generated by packages/core/scripts/train-review-sentiment.ts from the development half of the CC0
// Women's E-Commerce Clothing Reviews (${documents} reviews). Numbers only: hashed feature names and weights.
// Do not edit by hand; run the script again (docs/guides/reviews.md says how).

export const learnedSentimentWeights = {
  version: 1,
  minDocuments: ${hyper.minDocuments},
  bias: ${model.bias.toFixed(6)},
  threshold: ${threshold.toFixed(4)},
  lexiconBlend: ${lexiconBlend},
  lexicon: [${model.dense[0].toFixed(6)}, ${model.dense[1].toFixed(6)}],
  scale: ${scale.toExponential(8)},
  count: ${entries.length},
  /** Little-endian Uint32 feature-name hashes, ascending. */
  hashes: "${encodeBase64(new Uint8Array(hashes.buffer))}",
  /** Little-endian Int16 weights, multiplied by \`scale\`. */
  weights: "${encodeBase64(new Uint8Array(weights.buffer))}",
} as const;
`;
  writeFileSync(path, source);
  console.log(`wrote ${entries.length} weights to ${path}`);
}

const options = readArguments(process.argv.slice(2));
const rows = loadBinaryClothingReviews(options.reviews);
const development = rows.filter((row) => splitPart(row.productId) === "dev");
console.log(`development half: ${development.length} of ${rows.length} binary reviews`);
const examples = toExamples(development);
const labels = examples.map((example) => example.label);

const defaults: Hyper = { minDocuments: 5, l2: 3e-4, epochs: 12, negativeWeight: 0.35, useBigrams: true };
let chosen = defaults;
if (options.search) {
  let bestScore = -1;
  // Bigram features won every comparison; feature names seen in fewer than 5 reviews are never kept.
  for (const minDocuments of [5, 10]) {
    for (const l2 of [1e-4, 3e-4, 1e-3, 3e-3]) {
      for (const negativeWeight of [0.35, 0.5, 1]) {
        const hyper: Hyper = { minDocuments, l2, epochs: 12, negativeWeight, useBigrams: true };
        const result = bestThreshold(crossValidate(examples, hyper), labels);
        console.log(JSON.stringify(hyper), result.macroF1.toFixed(4), result.negativeF1.toFixed(4), result.threshold.toFixed(2));
        if (result.macroF1 > bestScore) {
          bestScore = result.macroF1;
          chosen = hyper;
        }
      }
    }
  }
}
const outOfFoldScores = crossValidate(examples, chosen);
// The hand-written lexicon's own margin is added with a fixed weight: it costs little here and keeps
// furniture, outdoor and kitchen reviews (words these clothing reviews rarely use) from being read by
// clothing-specific weights alone.
const blendedScores = (blend: number) => outOfFoldScores.map((score, index) => score + blend * lexiconMargin(examples[index] as Example));
for (const blend of [0, 0.5, 1, 2]) {
  const result = bestThreshold(blendedScores(blend), labels);
  console.log(`lexicon blend ${blend}: out-of-fold macro-F1 ${result.macroF1.toFixed(4)}, negative F1 ${result.negativeF1.toFixed(4)}`);
}
const outOfFold = bestThreshold(blendedScores(lexiconBlend), labels);
console.log(`chosen ${JSON.stringify(chosen)}: out-of-fold macro-F1 ${outOfFold.macroF1.toFixed(4)}, negative F1 ${outOfFold.negativeF1.toFixed(4)}, threshold ${outOfFold.threshold.toFixed(2)}`);
const model = train(examples, chosen);
writeWeights(options.out, model, outOfFold.threshold, chosen, development.length);
