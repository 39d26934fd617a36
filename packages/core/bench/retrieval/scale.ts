import { performance } from "node:perf_hooks";
import { createOfflineEmbeddingModel } from "../../src/providers/offline/offline-embedding-model";
import { createSearchEngine, type SearchDocument } from "../../src/retrieval";
import { aisleSettings } from "./engines";
import { loadProductSearchData } from "./load-data";
import { percentile } from "./metrics";

export type ScaleResult = {
  documents: number;
  vectors: boolean;
  buildMs: number;
  rssMb: number;
  p50Ms: number;
  p95Ms: number;
  hybridP50Ms: number | null;
  hybridP95Ms: number | null;
  /** Pure vector search: an exact scan of every vector. */
  vectorP50Ms: number | null;
  vectorP95Ms: number | null;
  queries: number;
};

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

/**
 * Builds `size` synthetic products whose titles draw words from the catalog's own word frequencies and
 * title lengths, indexes them in one engine and times queries against it.
 */
export async function runScale(folder: string, size: number, withVectors: boolean): Promise<ScaleResult> {
  const { products, queries } = loadProductSearchData(folder);
  const frequencies = new Map<string, number>();
  const lengths: number[] = [];
  for (const product of products) {
    const words = product.title.split(/\s+/).filter((word) => word !== "");
    lengths.push(words.length);
    for (const word of words) frequencies.set(word, (frequencies.get(word) ?? 0) + 1);
  }
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
  // The real catalog's data is dropped before building so RSS reflects the synthetic engine.
  products.length = 0;

  const engine = createSearchEngine(
    aisleSettings(withVectors ? { embedding: { model: createOfflineEmbeddingModel() } } : {}),
  );
  const chunkSize = 50_000;
  let buildMs = 0;
  for (let start = 0; start < size; start += chunkSize) {
    const chunk: SearchDocument[] = [];
    for (let index = start; index < Math.min(size, start + chunkSize); index++) {
      const length = lengths[Math.floor(random() * lengths.length)] as number;
      const words: string[] = [];
      for (let word = 0; word < length; word++) words.push(sampleWord());
      chunk.push({ id: `synthetic-${index}`, text: { title: words.join(" "), description: "" } });
    }
    const chunkStart = performance.now();
    await engine.add(chunk);
    buildMs += performance.now() - chunkStart;
  }
  const optimizeStart = performance.now();
  engine.optimize();
  buildMs += performance.now() - optimizeStart;

  const lexicalQueries = queries.slice(0, 1000);
  const lexicalLatencies: number[] = [];
  for (const query of lexicalQueries) {
    const start = performance.now();
    await engine.search({ query: query.text, limit: 100, mode: "lexical" });
    lexicalLatencies.push(performance.now() - start);
  }
  lexicalLatencies.sort((a, b) => a - b);
  const time = async (mode: "hybrid" | "vector", count: number) => {
    const latencies: number[] = [];
    for (const query of queries.slice(0, count)) {
      const start = performance.now();
      await engine.search({ query: query.text, limit: 100, mode });
      latencies.push(performance.now() - start);
    }
    return latencies.sort((a, b) => a - b);
  };
  const hybridLatencies = withVectors ? await time("hybrid", 1000) : undefined;
  const vectorLatencies = withVectors ? await time("vector", 200) : undefined;
  return {
    documents: engine.size,
    vectors: withVectors,
    buildMs,
    rssMb: process.resourceUsage().maxRSS / 1024,
    p50Ms: percentile(lexicalLatencies, 0.5),
    p95Ms: percentile(lexicalLatencies, 0.95),
    hybridP50Ms: hybridLatencies === undefined ? null : percentile(hybridLatencies, 0.5),
    hybridP95Ms: hybridLatencies === undefined ? null : percentile(hybridLatencies, 0.95),
    vectorP50Ms: vectorLatencies === undefined ? null : percentile(vectorLatencies, 0.5),
    vectorP95Ms: vectorLatencies === undefined ? null : percentile(vectorLatencies, 0.95),
    queries: lexicalQueries.length,
  };
}
