import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createOfflineEmbeddingModel } from "../../src/providers/offline/offline-embedding-model";
import { createEmbeddedStore, type SearchMode } from "../../src/retrieval";
import type { SearchStore } from "../../src/spec/search-store";
import { aisleSettings } from "./engines";
import type { Query } from "./load-data";
import { percentile } from "./metrics";
import { createSyntheticCatalog } from "./synthetic-catalog";

export type ScaleResult = {
  documents: number;
  vectors: boolean;
  /** Upserting every product, in chunks of 50,000. */
  buildMs: number;
  /** Peak RSS after building and querying (before the file is written and read back). */
  rssMb: number;
  p50Ms: number;
  p95Ms: number;
  hybridP50Ms: number | null;
  hybridP95Ms: number | null;
  /** Pure vector search: an exact scan of every vector. */
  vectorP50Ms: number | null;
  vectorP95Ms: number | null;
  queries: number;
  /** Writing the store file (snapshot, checksum, fsync, rename). */
  flushMs: number;
  fileMb: number;
  /** Opening a new store from the file. */
  loadMs: number;
};

export const chunkSize = 50_000;

/** Times `count` dev queries in one mode at top 100; latencies sorted. */
export async function timeQueries(store: SearchStore, queries: readonly Query[], mode: SearchMode, count: number): Promise<number[]> {
  const latencies: number[] = [];
  for (const query of queries.slice(0, count)) {
    const start = performance.now();
    await store.search({ query: query.text, limit: 100, mode });
    latencies.push(performance.now() - start);
  }
  return latencies.sort((a, b) => a - b);
}

/** Builds `size` synthetic products in one embedded store, times queries, then writes and reloads its file. */
export async function runScale(folder: string, size: number, withVectors: boolean): Promise<ScaleResult> {
  const catalog = createSyntheticCatalog(folder);
  const directory = mkdtempSync(join(tmpdir(), "aisle-scale-"));
  const path = join(directory, "catalog.aisle");
  const settings = { ...aisleSettings(withVectors ? { embedding: { model: createOfflineEmbeddingModel() } } : {}), path };
  try {
    const store = await createEmbeddedStore(settings);
    let buildMs = 0;
    for (let start = 0; start < size; start += chunkSize) {
      const chunk = catalog.next(Math.min(chunkSize, size - start));
      const chunkStart = performance.now();
      await store.upsert(chunk);
      buildMs += performance.now() - chunkStart;
    }
    // The first search folds recent writes into the compact segment; it belongs to the build, not a query.
    const compactStart = performance.now();
    await store.search({ query: "", limit: 0 });
    buildMs += performance.now() - compactStart;

    const lexical = await timeQueries(store, catalog.queries, "lexical", 1000);
    const hybrid = withVectors ? await timeQueries(store, catalog.queries, "hybrid", 1000) : undefined;
    const vector = withVectors ? await timeQueries(store, catalog.queries, "vector", 200) : undefined;
    const rssMb = process.resourceUsage().maxRSS / 1024;
    const documents = await store.count();

    const flushStart = performance.now();
    await store.close();
    const flushMs = performance.now() - flushStart;
    const fileMb = statSync(path).size / 1024 / 1024;
    const loadStart = performance.now();
    const reopened = await createEmbeddedStore(settings);
    const loadMs = performance.now() - loadStart;
    await reopened.close();
    return {
      documents,
      vectors: withVectors,
      buildMs,
      rssMb,
      p50Ms: percentile(lexical, 0.5),
      p95Ms: percentile(lexical, 0.95),
      hybridP50Ms: hybrid === undefined ? null : percentile(hybrid, 0.5),
      hybridP95Ms: hybrid === undefined ? null : percentile(hybrid, 0.95),
      vectorP50Ms: vector === undefined ? null : percentile(vector, 0.5),
      vectorP95Ms: vector === undefined ? null : percentile(vector, 0.95),
      queries: lexical.length,
      flushMs,
      fileMb,
      loadMs,
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
