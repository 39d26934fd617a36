import { z } from "zod";
import { InvalidArgumentError } from "../../../errors/invalid-argument-error";
import { parseSettings } from "../../../util/parse-settings";
import { safeParseJson } from "../../../util/parse-json";
import { intentClassifierSettingsSchema, type IntentClassifierSettings } from "./intent-classifier-settings";
import { decodeBase64, encodeBase64 } from "./base64";
import { extractFeatures, FeatureBuffer, type FeatureOptions } from "./text-features";

export type IntentScore = { intent: string; score: number };

/**
 * Below this confidence, hand the message to a model (`classifyIntentWithModel`) or a person. Measured: with
 * about a thousand training rows, answers at or above it were right 99.5% of the time and 98.5% of messages
 * cleared it; with the ~40 seed utterances per intent of the shipped set, unseen paraphrases that cleared
 * it were right about 89% of the time.
 */
export const recommendedIntentConfidenceThreshold = 0.5;

export type IntentClassification = {
  /** The most probable intent. */
  intent: string;
  /** Its softmax probability, 0..1; compare with `recommendedIntentConfidenceThreshold`. */
  confidence: number;
  /** Every intent with its probability, most probable first; the scores sum to 1. */
  ranking: IntentScore[];
};

export type IntentClassifierJson = {
  format: "aisle.intent-classifier";
  version: 1;
  intents: string[];
  features: FeatureOptions;
  /** Feature hashes (Int32, little-endian, base64), one per weight row. */
  rows: string;
  /** Row-major weights (Float32, little-endian, base64): `rows × intents`. */
  weights: string;
  bias: number[];
};

export type IntentClassifier = {
  readonly intents: readonly string[];
  classify(text: string): IntentClassification;
  toJSON(): IntentClassifierJson;
};

/**
 * Trains a multinomial logistic regression over hashed word and character n-gram features, in process and
 * without a model. Softmax probabilities make `confidence` usable for a "low confidence → hand off" rule.
 * Training is deterministic for a given `seed` and example list.
 */
export function createIntentClassifier(settings: IntentClassifierSettings): IntentClassifier {
  const parsed = parseSettings("intent classifier", intentClassifierSettingsSchema, settings);
  const features: FeatureOptions = {
    characterNgramMin: parsed.characterNgramMin,
    characterNgramMax: parsed.characterNgramMax,
    wordWeight: parsed.wordWeight,
    characterWeight: parsed.characterWeight,
  };

  const intents = [...new Set(parsed.examples.map((example) => example.intent))].sort();
  const intentIndex = new Map(intents.map((intent, index) => [intent, index]));
  const rowOfHash = new Map<number, number>();
  const buffer = new FeatureBuffer();
  const encoded = parsed.examples.map((example) => {
    extractFeatures(example.text, features, buffer);
    const rows = new Int32Array(buffer.length);
    for (let index = 0; index < buffer.length; index++) {
      const hash = buffer.hashes[index] as number;
      let row = rowOfHash.get(hash);
      if (row === undefined) {
        row = rowOfHash.size;
        rowOfHash.set(hash, row);
      }
      rows[index] = row;
    }
    return { rows, values: buffer.values.slice(0, buffer.length), label: intentIndex.get(example.intent) as number };
  });

  const { weights, bias } = train({
    examples: encoded,
    rowCount: rowOfHash.size,
    classCount: intents.length,
    epochs: parsed.epochs,
    learningRate: parsed.learningRate,
    l2: parsed.l2,
    seed: parsed.seed,
  });
  return new LinearIntentClassifier(intents, features, rowOfHash, weights, bias);
}

const intentClassifierJsonSchema = z.object({
  format: z.literal("aisle.intent-classifier"),
  version: z.literal(1),
  intents: z.array(z.string().min(1)).min(2),
  features: z.object({
    characterNgramMin: z.number().int().min(1),
    characterNgramMax: z.number().int().min(1),
    wordWeight: z.number().positive(),
    characterWeight: z.number().positive(),
  }),
  rows: z.string(),
  weights: z.string(),
  bias: z.array(z.number()),
});

/** Restores a classifier saved with `toJSON()` (the object, or its JSON text). */
export function loadIntentClassifier(json: unknown): IntentClassifier {
  const parsed =
    typeof json === "string"
      ? safeParseJson(json, intentClassifierJsonSchema)
      : (() => {
          const result = intentClassifierJsonSchema.safeParse(json);
          return result.success ? { success: true as const, value: result.data } : { success: false as const, error: result.error };
        })();
  if (!parsed.success) {
    throw new InvalidArgumentError({ argument: "json", message: `not a saved intent classifier (${parsed.error.message})`, cause: parsed.error });
  }
  const { intents, features, bias } = parsed.value;
  let hashes: Int32Array;
  let weights: Float32Array;
  try {
    hashes = new Int32Array(decodeBase64(parsed.value.rows).buffer);
    weights = new Float32Array(decodeBase64(parsed.value.weights).buffer);
  } catch (error) {
    throw new InvalidArgumentError({ argument: "json", message: "the saved weights are not valid base64 arrays", cause: error });
  }
  if (bias.length !== intents.length || weights.length !== hashes.length * intents.length) {
    throw new InvalidArgumentError({ argument: "json", message: "the saved weights do not match the number of intents and features" });
  }
  const rowOfHash = new Map<number, number>();
  hashes.forEach((hash, row) => rowOfHash.set(hash, row));
  return new LinearIntentClassifier(intents, features, rowOfHash, weights, Float32Array.from(bias));
}

class LinearIntentClassifier implements IntentClassifier {
  readonly intents: readonly string[];
  // Reused by every call: classification is synchronous, so no two calls can share them at once.
  private readonly buffer = new FeatureBuffer();
  private readonly scores: Float64Array;

  constructor(
    intents: readonly string[],
    private readonly features: FeatureOptions,
    private readonly rowOfHash: Map<number, number>,
    private readonly weights: Float32Array,
    private readonly bias: Float32Array,
  ) {
    this.intents = Object.freeze([...intents]);
    this.scores = new Float64Array(intents.length);
  }

  classify(text: string): IntentClassification {
    const { buffer, scores, weights, rowOfHash } = this;
    const classCount = this.intents.length;
    extractFeatures(text, this.features, buffer);
    scores.set(this.bias);
    for (let index = 0; index < buffer.length; index++) {
      const row = rowOfHash.get(buffer.hashes[index] as number);
      if (row === undefined) continue;
      const value = buffer.values[index] as number;
      const offset = row * classCount;
      for (let intent = 0; intent < classCount; intent++) scores[intent] = (scores[intent] as number) + value * (weights[offset + intent] as number);
    }
    softmaxInPlace(scores);

    const ranking: IntentScore[] = new Array(classCount);
    for (let intent = 0; intent < classCount; intent++) ranking[intent] = { intent: this.intents[intent] as string, score: scores[intent] as number };
    ranking.sort((left, right) => right.score - left.score);
    const best = ranking[0] as IntentScore;
    return { intent: best.intent, confidence: best.score, ranking };
  }

  toJSON(): IntentClassifierJson {
    const hashes = new Int32Array(this.rowOfHash.size);
    for (const [hash, row] of this.rowOfHash) hashes[row] = hash;
    return {
      format: "aisle.intent-classifier",
      version: 1,
      intents: [...this.intents],
      features: { ...this.features },
      rows: encodeBase64(new Uint8Array(hashes.buffer)),
      weights: encodeBase64(new Uint8Array(this.weights.buffer, this.weights.byteOffset, this.weights.byteLength)),
      bias: Array.from(this.bias),
    };
  }
}

function softmaxInPlace(scores: Float64Array): void {
  let maximum = -Infinity;
  for (const score of scores) if (score > maximum) maximum = score;
  let total = 0;
  for (let index = 0; index < scores.length; index++) {
    const exponent = Math.exp((scores[index] as number) - maximum);
    scores[index] = exponent;
    total += exponent;
  }
  for (let index = 0; index < scores.length; index++) scores[index] = (scores[index] as number) / total;
}

type EncodedExample = { rows: Int32Array; values: Float32Array; label: number };

/**
 * Stochastic gradient descent on the softmax cross-entropy with an L2 penalty. The penalty is applied
 * through a shared scale factor so a step touches only the example's own features, and the weights of the
 * later epochs are averaged, which steadies the result without a validation split.
 */
function train({
  examples,
  rowCount,
  classCount,
  epochs,
  learningRate,
  l2,
  seed,
}: {
  examples: EncodedExample[];
  rowCount: number;
  classCount: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}): { weights: Float32Array; bias: Float32Array } {
  const weights = new Float64Array(rowCount * classCount);
  const bias = new Float64Array(classCount);
  const averageWeights = new Float64Array(rowCount * classCount);
  const averageBias = new Float64Array(classCount);
  const scores = new Float64Array(classCount);
  const order = examples.map((_, index) => index);
  const random = mulberry32(seed);
  const averageFrom = Math.floor(epochs / 2);
  let averagedEpochs = 0;
  let scale = 1;
  let step = 0;

  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const exampleIndex of order) {
      const { rows, values, label } = examples[exampleIndex] as EncodedExample;
      const rate = learningRate / (1 + learningRate * l2 * step);
      step++;
      scale *= 1 - rate * l2;
      if (scale < 1e-6) {
        for (let index = 0; index < weights.length; index++) weights[index] = (weights[index] as number) * scale;
        scale = 1;
      }

      scores.set(bias);
      for (let feature = 0; feature < rows.length; feature++) {
        const value = (values[feature] as number) * scale;
        const offset = (rows[feature] as number) * classCount;
        for (let intent = 0; intent < classCount; intent++) scores[intent] = (scores[intent] as number) + value * (weights[offset + intent] as number);
      }
      softmaxInPlace(scores);

      for (let intent = 0; intent < classCount; intent++) {
        const gradient = (scores[intent] as number) - (intent === label ? 1 : 0);
        // Classes the example barely touches would cost a full pass over its features for nothing.
        if (Math.abs(gradient) < 1e-5) continue;
        const update = (rate * gradient) / scale;
        for (let feature = 0; feature < rows.length; feature++) {
          const index = (rows[feature] as number) * classCount + intent;
          weights[index] = (weights[index] as number) - update * (values[feature] as number);
        }
        bias[intent] = (bias[intent] as number) - rate * gradient;
      }
    }
    if (epoch >= averageFrom) {
      for (let index = 0; index < weights.length; index++) averageWeights[index] = (averageWeights[index] as number) + (weights[index] as number) * scale;
      for (let intent = 0; intent < classCount; intent++) averageBias[intent] = (averageBias[intent] as number) + (bias[intent] as number);
      averagedEpochs++;
    }
  }

  const result = new Float32Array(weights.length);
  for (let index = 0; index < weights.length; index++) result[index] = (averageWeights[index] as number) / averagedEpochs;
  const resultBias = new Float32Array(classCount);
  for (let intent = 0; intent < classCount; intent++) resultBias[intent] = (averageBias[intent] as number) / averagedEpochs;
  return { weights: result, bias: resultBias };
}

/** A small seeded generator: training must not depend on `Math.random`. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items: number[], random: () => number): void {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    const item = items[index] as number;
    items[index] = items[other] as number;
    items[other] = item;
  }
}
