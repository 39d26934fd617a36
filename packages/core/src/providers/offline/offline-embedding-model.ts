import { z } from "zod";
import type { EmbeddingModel, EmbeddingModelCallOptions, EmbeddingModelResult } from "../../spec";
import { parseSettings } from "../../util/parse-settings";

/*
 * The settings schema lives beside the model instead of in its own `-settings.ts` file because this
 * helper's brief covers only this file in `providers/offline/`; the lead may move it.
 */
export const offlineEmbeddingModelSettingsSchema = z
  .object({
    /** Vector length. Larger lowers hash collisions at the cost of memory in a vector index. */
    dimensions: z.number().int().min(16).max(8192).default(256),
    /** Shortest and longest character n-gram taken inside each word (with `<` `>` word-boundary marks). */
    minGram: z.number().int().min(1).max(8).default(3),
    maxGram: z.number().int().min(1).max(8).default(5),
    /**
     * Feature weights. Whole words, word pairs and character n-grams; the defaults (pairs off, words and n-grams
     * equal) ranked best among the mixes tried on a product-search benchmark.
     */
    wordWeight: z.number().min(0).default(1),
    /** Weight of adjacent-word pairs; 0 leaves them out. */
    bigramWeight: z.number().min(0).default(0),
    /** Weight of one character n-gram. */
    gramWeight: z.number().min(0).default(1),
    /** Hash seed; two models only produce comparable vectors when every setting, seed included, matches. */
    seed: z.number().int().min(0).max(0xffffffff).default(0x9747b28c),
    maxEmbeddingsPerCall: z.number().int().min(1).default(2048),
  })
  .refine((settings) => settings.minGram <= settings.maxGram, {
    message: "minGram must not exceed maxGram",
    path: ["minGram"],
  });

export type OfflineEmbeddingModelSettings = z.input<typeof offlineEmbeddingModelSettingsSchema>;

export type OfflineEmbeddingModel = EmbeddingModel & {
  readonly provider: "offline";
  readonly modelId: "offline-hash-ngram-1";
  readonly dimensions: number;
  /** Embeds one text synchronously; what `doEmbed` does per value, for callers that need no promise. */
  embedText(text: string): Float32Array;
};

/**
 * A deterministic embedding model that needs no network and no weights: feature hashing of accent- and
 * case-folded words, word pairs and character n-grams into a fixed number of signed buckets, with sublinear
 * term-frequency weighting and L2 normalisation. Texts that share words or word pieces (including misspelt
 * ones) land close together, which is what a lexical engine misses; it knows no meaning beyond spelling.
 */
export function createOfflineEmbeddingModel(settings: OfflineEmbeddingModelSettings = {}): OfflineEmbeddingModel {
  const parsed = parseSettings("offline embedding model", offlineEmbeddingModelSettingsSchema, settings);
  const { dimensions, minGram, maxGram, wordWeight, bigramWeight, gramWeight, seed } = parsed;
  const table = new FeatureTable();
  const weights = [wordWeight, bigramWeight, gramWeight];

  const embedText = (text: string): Float32Array => {
    table.clear();
    // Words sit between single spaces with a space at each end, so a word's range widened by one on each side
    // is the word with boundary marks, and two neighbours' range is the bigram: nothing is sliced or copied.
    const padded = ` ${foldForEmbedding(text)} `;
    let previousStart = -1;
    let wordStart = 1;
    for (let position = 1; position < padded.length; position++) {
      if (padded.charCodeAt(position) !== 32) continue;
      const wordEnd = position;
      if (wordEnd > wordStart) {
        if (wordWeight > 0) table.add(murmurHash3Range(padded, wordStart, wordEnd, seed), 0);
        if (bigramWeight > 0 && previousStart >= 0) {
          table.add(murmurHash3Range(padded, previousStart, wordEnd, seed ^ 0x5bd1e995), 1);
        }
        if (gramWeight > 0) {
          const markedStart = wordStart - 1;
          const markedEnd = wordEnd + 1;
          for (let size = minGram; size <= maxGram && size <= markedEnd - markedStart; size++) {
            for (let start = markedStart; start + size <= markedEnd; start++) {
              table.add(murmurHash3Range(padded, start, start + size, seed ^ 0x1b873593), 2);
            }
          }
        }
        previousStart = wordStart;
      }
      wordStart = position + 1;
    }
    const vector = new Float32Array(dimensions);
    table.addTo(vector, weights);
    let norm = 0;
    for (let index = 0; index < dimensions; index++) norm += (vector[index] as number) ** 2;
    if (norm > 0) {
      const scale = 1 / Math.sqrt(norm);
      for (let index = 0; index < dimensions; index++) vector[index] = (vector[index] as number) * scale;
    }
    return vector;
  };

  return {
    specificationVersion: "aisle.v1",
    provider: "offline",
    modelId: "offline-hash-ngram-1",
    dimensions,
    maxEmbeddingsPerCall: parsed.maxEmbeddingsPerCall,
    supportsParallelCalls: true,
    embedText,
    async doEmbed({ values, abortSignal }: EmbeddingModelCallOptions): Promise<EmbeddingModelResult> {
      abortSignal?.throwIfAborted();
      const embeddings = values.map((value) => {
        const vector = embedText(value);
        // A plain loop into a pre-sized array is several times faster than Array.from on a typed array.
        const plain = new Array<number>(dimensions);
        for (let index = 0; index < dimensions; index++) plain[index] = vector[index] as number;
        return plain;
      });
      return { embeddings };
    },
  };
}

/**
 * Counts of hashed features of one text, in an open-addressing table on typed arrays: a `Map` per text was
 * most of the embedding time. Reused between texts; a synchronous call cannot interleave with another.
 */
class FeatureTable {
  private keys = new Int32Array(1024);
  private kinds = new Uint8Array(1024);
  private counts = new Uint16Array(1024);
  private readonly used: number[] = [];

  clear(): void {
    for (const slot of this.used) this.counts[slot] = 0;
    this.used.length = 0;
  }

  add(hash: number, kind: number): void {
    if (this.used.length * 2 >= this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let slot = Math.imul(hash, 0x9e3779b1) >>> 0 & mask;
    while (this.counts[slot] !== 0) {
      if (this.keys[slot] === hash && this.kinds[slot] === kind) {
        if (this.counts[slot] !== 0xffff) this.counts[slot] = (this.counts[slot] as number) + 1;
        return;
      }
      slot = (slot + 1) & mask;
    }
    this.keys[slot] = hash;
    this.kinds[slot] = kind;
    this.counts[slot] = 1;
    this.used.push(slot);
  }

  /**
   * Adds each feature to its bucket with a sign taken from an independent bit of the hash, so that collisions
   * cancel out on average instead of piling up. `1 + ln(count)` keeps repeated words from dominating.
   */
  addTo(vector: Float32Array, weights: readonly number[]): void {
    const dimensions = vector.length;
    for (const slot of this.used) {
      const hash = this.keys[slot] as number;
      const bucket = (hash >>> 0) % dimensions;
      const sign = (hash & 0x80000000) === 0 ? 1 : -1;
      const weight = weights[this.kinds[slot] as number] as number;
      vector[bucket] = (vector[bucket] as number) + sign * weight * (1 + Math.log(this.counts[slot] as number));
    }
  }

  private grow(): void {
    const entries = this.used.map((slot) => [this.keys[slot] as number, this.kinds[slot] as number, this.counts[slot] as number] as const);
    const size = this.keys.length * 2;
    this.keys = new Int32Array(size);
    this.kinds = new Uint8Array(size);
    this.counts = new Uint16Array(size);
    this.used.length = 0;
    for (const [hash, kind, count] of entries) {
      this.add(hash, kind);
      this.counts[this.used[this.used.length - 1] as number] = count;
    }
  }
}

/** Lower case, accents removed, words separated by single spaces; a dot is kept only inside a number. */
export function foldForEmbedding(text: string): string {
  let folded = text.toLowerCase();
  if (/[^\u0000-\u007f]/.test(folded)) {
    folded = folded
      .replace(/ß/g, "ss")
      .replace(/æ/g, "ae")
      .replace(/œ/g, "oe")
      .replace(/ø/g, "o")
      .replace(/ł/g, "l")
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .replace(/[^\p{L}\p{N}.]+/gu, " ");
  } else {
    folded = folded.replace(/[^a-z0-9.]+/g, " ");
  }
  if (folded.includes(".")) folded = folded.replace(/(?<!\d)\.|\.(?!\d)/g, " ").replace(/ {2,}/g, " ");
  return folded.trim();
}

/** MurmurHash3 (x86, 32-bit) over UTF-16 code units, two per block, of `text[start, end)`. */
function murmurHash3Range(text: string, start: number, end: number, seed: number): number {
  let hash = seed | 0;
  let index = start;
  for (; index + 1 < end; index += 2) {
    let block = (text.charCodeAt(index) & 0xffff) | ((text.charCodeAt(index + 1) & 0xffff) << 16);
    block = Math.imul(block, 0xcc9e2d51);
    block = (block << 15) | (block >>> 17);
    block = Math.imul(block, 0x1b873593);
    hash ^= block;
    hash = (hash << 13) | (hash >>> 19);
    hash = (Math.imul(hash, 5) + 0xe6546b64) | 0;
  }
  if (index < end) {
    let block = text.charCodeAt(index) & 0xffff;
    block = Math.imul(block, 0xcc9e2d51);
    block = (block << 15) | (block >>> 17);
    block = Math.imul(block, 0x1b873593);
    hash ^= block;
  }
  hash ^= (end - start) * 2;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash | 0;
}
