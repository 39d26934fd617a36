import { z } from "zod";
import { InvalidArgumentError } from "../../errors/invalid-argument-error";
import { parseSettings } from "../../util/parse-settings";
import { normalizeText } from "./normalize-text";

export type InjectionExample = { text: string; injection: boolean };

/** A learned scorer the detector can add to its rules: the probability that a text is an injection. */
export type InjectionClassifier = { score(text: string): number };

const classifierSettingsSchema = z.object({
  /** Size of the hashed feature space; collisions are rare below a few thousand examples at the default. */
  buckets: z.number().int().min(1024).max(4_194_304).default(262_144),
  epochs: z.number().int().min(1).max(200).default(15),
  learningRate: z.number().positive().max(10).default(0.5),
  /** L2 penalty per update, applied to the weights an example touches. */
  l2: z.number().min(0).max(1).default(1e-4),
  /** Seed of the example order; the same data and seed give the same model. */
  seed: z.number().int().default(1),
});

export type InjectionClassifierSettings = z.input<typeof classifierSettingsSchema>;

/**
 * Trains a small logistic regression on hashed words, word pairs and character 4-grams of the folded text.
 * Nothing is shipped with Aisle: a shop trains it on its own labelled messages (flagged logs, red-team
 * prompts, real shopper questions as negatives) and passes it to `createInjectionDetector({ classifier })`,
 * where it adds one signal next to the hand-written rules. Deterministic for a given input and seed.
 */
export function trainInjectionClassifier(examples: readonly InjectionExample[], settings: InjectionClassifierSettings = {}): InjectionClassifier {
  const options = parseSettings("injection classifier", classifierSettingsSchema, settings);
  const positives = examples.filter((example) => example.injection).length;
  const negatives = examples.length - positives;
  if (positives === 0 || negatives === 0) {
    throw new InvalidArgumentError({ argument: "examples", message: "need at least one injection and one ordinary example" });
  }
  const weights = new Float64Array(options.buckets);
  let bias = 0;
  const encoded = examples.map((example) => features(example.text, options.buckets));
  // Balanced classes: a few hundred attacks must not drown in thousands of ordinary questions, or the reverse.
  const classWeight = { positive: examples.length / (2 * positives), negative: examples.length / (2 * negatives) };
  const order = examples.map((_, index) => index);
  const random = mulberry32(options.seed);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    const rate = options.learningRate / (1 + epoch);
    for (const index of order) {
      const ids = encoded[index] as Uint32Array;
      const value = ids.length === 0 ? 0 : 1 / Math.sqrt(ids.length);
      let logit = bias;
      for (const id of ids) logit += (weights[id] as number) * value;
      const label = (examples[index] as InjectionExample).injection ? 1 : 0;
      const gradient = (sigmoid(logit) - label) * (label === 1 ? classWeight.positive : classWeight.negative);
      bias -= rate * gradient;
      for (const id of ids) weights[id] = (weights[id] as number) * (1 - rate * options.l2) - rate * gradient * value;
    }
  }

  return {
    score(text) {
      const ids = features(text, options.buckets);
      const value = ids.length === 0 ? 0 : 1 / Math.sqrt(ids.length);
      let logit = bias;
      for (const id of ids) logit += (weights[id] as number) * value;
      return sigmoid(logit);
    },
  };
}

function features(text: string, buckets: number): Uint32Array {
  const words = normalizeText(text).text.match(/[\p{L}\p{N}']+/gu) ?? [];
  const ids = new Set<number>();
  let previous = "";
  for (const word of words) {
    ids.add(hash(`w ${word}`) % buckets);
    if (previous !== "") ids.add(hash(`b ${previous} ${word}`) % buckets);
    previous = word;
    if (word.length >= 3) {
      const padded = ` ${word} `;
      for (let start = 0; start + 4 <= padded.length; start++) ids.add(hash(`c ${padded.slice(start, start + 4)}`) % buckets);
    }
  }
  return Uint32Array.from(ids);
}

/** FNV-1a, 32 bits. */
function hash(value: string): number {
  let result = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    result ^= value.charCodeAt(index);
    result = Math.imul(result, 0x01000193);
  }
  return result >>> 0;
}

const sigmoid = (value: number) => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, value))));

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffle(values: number[], random: () => number): void {
  for (let index = values.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [values[index], values[other]] = [values[other] as number, values[index] as number];
  }
}
