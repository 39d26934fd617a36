import { createCatalogIndex, type CatalogIndex } from "../../retrieval/catalog-index";
import { loadSampleStore, sampleStoreToday, type SampleStore } from "../../sample-store/load-sample-store";
import { createInMemoryOrders } from "../../sources/in-memory-sources";
import { createRecommender } from "./recommender";
import type { RecommenderSettings } from "./recommend-settings";
import type { Recommender } from "./recommend-types";

export type SampleStoreRecommender = { recommender: Recommender; catalog: CatalogIndex; store: SampleStore };

/**
 * A recommender over the bundled sample store (its active products, its orders unless `orders: false`), with
 * the clock pinned to the store's "today". For tests, demos and the recommendation scenarios.
 */
export async function createSampleStoreRecommender(
  options: { orders?: boolean } & Partial<Omit<RecommenderSettings, "catalog" | "orders">> = {},
): Promise<SampleStoreRecommender> {
  const { orders = true, ...overrides } = options;
  const store = loadSampleStore();
  const catalog = createCatalogIndex();
  await catalog.upsert(store.products.filter((product) => product.status === "active"));
  const recommender = createRecommender({
    catalog,
    ...(orders ? { orders: createInMemoryOrders(store.orders) } : {}),
    now: () => new Date(sampleStoreToday),
    ...overrides,
  });
  return { recommender, catalog, store };
}
