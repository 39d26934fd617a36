import { performance } from "node:perf_hooks";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { createOfflineEmbeddingModel } from "../../src/providers/offline/offline-embedding-model";
import { createPostgresStore } from "../../src/retrieval";
import { percentile } from "./metrics";
import { chunkSize, timeQueries } from "./scale";
import { createSyntheticCatalog } from "./synthetic-catalog";

export type PgliteScaleResult = {
  documents: number;
  vectors: boolean;
  /** Upserting every product through the store (GIN maintained as rows arrive), plus `indexMs`. */
  buildMs: number;
  /** With vectors: building the HNSW index over all rows after the load. */
  indexMs: number | null;
  rssMb: number;
  p50Ms: number;
  p95Ms: number;
  hybridP50Ms: number | null;
  hybridP95Ms: number | null;
  vectorP50Ms: number | null;
  vectorP95Ms: number | null;
  queries: number;
};

/**
 * Builds `size` synthetic products (the same sequence as the embedded run) in the PostgreSQL store on an
 * in-memory PGlite, and times `queryCount` dev queries. With vectors, the offline embeddings go into a
 * pgvector column with an HNSW index and hybrid and vector queries are timed too.
 */
export async function runPgliteScale(folder: string, size: number, withVectors: boolean, queryCount: number): Promise<PgliteScaleResult> {
  const catalog = createSyntheticCatalog(folder);
  const database = await PGlite.create(withVectors ? { extensions: { vector } } : {});
  try {
    const settings = {
      client: database,
      table: "products",
      fields: { title: { weight: 3 }, description: { weight: 1 } },
      batchSize: withVectors ? 1000 : 5000,
      ...(withVectors ? { embedding: { model: createOfflineEmbeddingModel() } } : {}),
    };
    // A first bulk load: rows go in without the HNSW index, which is then built once over all of them (the
    // guide's advice; maintaining it row by row was about six times slower here).
    let store = await createPostgresStore({ ...settings, vectorIndex: "none" });
    let buildMs = 0;
    for (let start = 0; start < size; start += chunkSize) {
      const chunk = catalog.next(Math.min(chunkSize, size - start));
      const chunkStart = performance.now();
      await store.upsert(chunk);
      buildMs += performance.now() - chunkStart;
    }
    let indexMs: number | null = null;
    if (withVectors) {
      const indexStart = performance.now();
      await database.query("SET maintenance_work_mem = '512MB'");
      await store.close();
      store = await createPostgresStore({ ...settings, vectorIndex: "hnsw" });
      indexMs = performance.now() - indexStart;
      buildMs += indexMs;
    }
    const analyzeStart = performance.now();
    await database.query("ANALYZE products");
    buildMs += performance.now() - analyzeStart;
    const lexical = await timeQueries(store, catalog.queries, "lexical", queryCount);
    const hybrid = withVectors ? await timeQueries(store, catalog.queries, "hybrid", queryCount) : undefined;
    const vectorOnly = withVectors ? await timeQueries(store, catalog.queries, "vector", Math.min(queryCount, 200)) : undefined;
    const documents = await store.count();
    await store.close();
    return {
      documents,
      vectors: withVectors,
      buildMs,
      indexMs,
      rssMb: process.resourceUsage().maxRSS / 1024,
      p50Ms: percentile(lexical, 0.5),
      p95Ms: percentile(lexical, 0.95),
      hybridP50Ms: hybrid === undefined ? null : percentile(hybrid, 0.5),
      hybridP95Ms: hybrid === undefined ? null : percentile(hybrid, 0.95),
      vectorP50Ms: vectorOnly === undefined ? null : percentile(vectorOnly, 0.5),
      vectorP95Ms: vectorOnly === undefined ? null : percentile(vectorOnly, 0.95),
      queries: lexical.length,
    };
  } finally {
    await database.close();
  }
}
