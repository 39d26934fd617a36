import { create, insertMultiple, search as oramaSearch } from "@orama/orama";
import MiniSearch from "minisearch";
import { createOfflineEmbeddingModel } from "../../src/providers/offline/offline-embedding-model";
import { createSearchEngine, type SearchEngineSettings } from "../../src/retrieval";
import type { Product } from "./load-data";

export type BenchEngine = {
  name: string;
  /** What the row measures, printed under the table. */
  note: string;
  build(products: readonly Product[]): Promise<void>;
  /** Product ids, best first. */
  search(query: string, limit: number): Promise<string[]>;
};

/** Aisle's settings for a titles-and-descriptions catalog: the title counts three times a description word. */
export function aisleSettings(extra: Partial<SearchEngineSettings> = {}): SearchEngineSettings {
  return {
    fields: { title: { weight: 3 }, description: { weight: 1 } },
    ...extra,
  };
}

function aisleEngine(name: string, hybrid: boolean, settings: Partial<SearchEngineSettings>): BenchEngine {
  const engine = createSearchEngine(
    aisleSettings({
      ...(hybrid ? { embedding: { model: createOfflineEmbeddingModel() } } : {}),
      ...settings,
    }),
  );
  return {
    name,
    note: hybrid
      ? "the lexical engine + offline hashed n-gram embeddings (256 dims, int8 flat index), weighted fusion, vector rescoring of the top 300 lexical matches (full vector scan when fewer than 100 match)"
      : "BM25F, plural stems + Snowball stem expansion, units, compounds, typo tolerance",
    async build(products) {
      await engine.add(products.map((product) => ({ id: product.id, text: { title: product.title, description: product.description } })));
      engine.optimize();
    },
    async search(query, limit) {
      const result = await engine.search({ query, limit });
      return result.hits.map((hit) => hit.id);
    },
  };
}

export function createBenchEngine(name: string, aisleOverrides: Partial<SearchEngineSettings> = {}): BenchEngine {
  switch (name) {
    case "aisle-lexical":
      return aisleEngine(name, false, aisleOverrides);
    case "aisle-hybrid":
      return aisleEngine(name, true, aisleOverrides);
    case "minisearch": {
      const index = new MiniSearch<Product>({ fields: ["title", "description"], idField: "id" });
      return {
        name,
        note: "MiniSearch 7 defaults (OR, no prefix, no fuzzy)",
        async build(products) {
          index.addAll(products as Product[]);
        },
        async search(query, limit) {
          return index.search(query).slice(0, limit).map((result) => String(result.id));
        },
      };
    }
    case "orama": {
      const database = create({ schema: { id: "string", title: "string", description: "string" } as const });
      return {
        name,
        note: "Orama 3 defaults (BM25, English tokenizer, tolerance 0)",
        async build(products) {
          await insertMultiple(database, products.map((product) => ({ ...product })));
        },
        async search(query, limit) {
          const result = await oramaSearch(database, { term: query, limit });
          return result.hits.map((hit) => hit.id);
        },
      };
    }
    default:
      throw new Error(`unknown engine '${name}'`);
  }
}

/*
 * Orama's `exact: true` was tried as a faster Orama row and left out: it returned almost no relevant product
 * for multi-word queries (nDCG@10 0.004) and was not faster than the defaults.
 */
export const benchEngineNames = ["aisle-lexical", "aisle-hybrid", "minisearch", "orama"] as const;
