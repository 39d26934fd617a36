import { createOfflineEmbeddingModel, createOfflineLanguageModel } from "@aisle/core";
import { defineConfig } from "@medusajs/framework/utils";
import { join } from "node:path";

/*
 * The bench's Medusa application: Medusa's core modules plus Aisle's module from source. Its `src/` is empty,
 * so no subscriber re-indexes products while the bench seeds them: the run measures the full re-index alone.
 */
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseLogging: false,
    http: { storeCors: "*", adminCors: "*", authCors: "*", jwtSecret: "bench-only", cookieSecret: "bench-only" },
  },
  admin: { disable: true },
  modules: [
    {
      resolve: join(__dirname, "../../src/modules/aisle"),
      options: {
        store: { name: "Bench Store", currency: "USD" },
        model: createOfflineLanguageModel(),
        embeddings: createOfflineEmbeddingModel(),
        index: { table: "aisle_bench_product_search", pageSize: Number(process.env.AISLE_BENCH_PAGE_SIZE ?? 1000) },
      },
    },
  ],
});
