import type { SearchDocument } from "../../src/retrieval";
import { loadProductSearchData, type Query } from "./load-data";

/** A small seeded generator (mulberry32) so every run builds the same synthetic catalog. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export type SyntheticCatalog = {
  /** The dev queries, for timing. */
  queries: Query[];
  /** The next `count` products, `synthetic-<n>` in order; the same sequence in every process. */
  next(count: number): SearchDocument[];
};

/**
 * Synthetic products whose titles draw words from the catalog's own word frequencies and title lengths. The
 * catalog itself is dropped once the distribution is read, so a process's RSS reflects what it builds.
 */
export function createSyntheticCatalog(folder: string): SyntheticCatalog {
  const { products, queries } = loadProductSearchData(folder);
  const frequencies = new Map<string, number>();
  const lengths: number[] = [];
  for (const product of products) {
    const words = product.title.split(/\s+/).filter((word) => word !== "");
    lengths.push(words.length);
    for (const word of words) frequencies.set(word, (frequencies.get(word) ?? 0) + 1);
  }
  products.length = 0;
  const vocabulary = [...frequencies.keys()];
  const cumulative = new Float64Array(vocabulary.length);
  let total = 0;
  vocabulary.forEach((word, index) => {
    total += frequencies.get(word) as number;
    cumulative[index] = total;
  });
  const random = seededRandom(20_240_601);
  const sampleWord = () => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] as number) < target) low = middle + 1;
      else high = middle;
    }
    return vocabulary[low] as string;
  };
  let made = 0;
  return {
    queries,
    next(count) {
      const documents: SearchDocument[] = [];
      for (let index = 0; index < count; index++) {
        const length = lengths[Math.floor(random() * lengths.length)] as number;
        const words: string[] = [];
        for (let word = 0; word < length; word++) words.push(sampleWord());
        documents.push({ id: `synthetic-${made++}`, text: { title: words.join(" "), description: "" } });
      }
      return documents;
    },
  };
}
