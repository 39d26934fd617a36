import type { Product } from "../catalog/product";
import type { KnowledgeDocument } from "../knowledge/knowledge-settings";
import { loadSampleStore, type SampleStore } from "../sample-store/load-sample-store";
import type { AisleEvent, CatalogSource, EventSink, KnowledgeSource, Order, OrderSource, Review, ReviewSource } from "./sources";

/** Normalises what shoppers type for an order name: "#1015", "1015", "order 1015", "# 1015". */
export function normalizeOrderName(name: string): string {
  const digits = name.replace(/[^0-9A-Za-z-]/g, "").replace(/^order/i, "");
  return `#${digits}`;
}

export function createInMemoryCatalog(products: readonly Product[]): CatalogSource {
  const copy = [...products];
  return { listProducts: async () => copy };
}

export function createInMemoryKnowledge(documents: readonly KnowledgeDocument[]): KnowledgeSource {
  const copy = [...documents];
  return { listDocuments: async () => copy };
}

export function createInMemoryOrders(orders: readonly Order[]): OrderSource {
  const byName = new Map(orders.map((order) => [order.name, order]));
  return {
    findOrderByName: async (name) => byName.get(normalizeOrderName(name)),
    listOrdersForCustomer: async (customerId, options = {}) =>
      orders
        .filter((order) => order.customerId === customerId)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .slice(0, options.limit ?? 20),
    listOrders: async (options = {}) =>
      orders
        .filter((order) => options.since === undefined || order.createdAt >= options.since)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .slice(0, options.limit ?? Number.POSITIVE_INFINITY),
  };
}

export function createInMemoryReviews(reviews: readonly Review[]): ReviewSource {
  return {
    listReviews: async (options = {}) =>
      options.productId === undefined ? [...reviews] : reviews.filter((review) => review.productId === options.productId),
  };
}

/** Keeps events in memory, for tests and demos. */
export function createInMemoryEventSink(): EventSink & { readonly events: AisleEvent[] } {
  const events: AisleEvent[] = [];
  return {
    events,
    emit(event) {
      events.push(event);
    },
  };
}

export type SampleStoreSources = {
  store: SampleStore;
  catalog: CatalogSource;
  knowledge: KnowledgeSource;
  orders: OrderSource;
  reviews: ReviewSource;
};

/** The sample store behind the source interfaces, as a plugin would provide a real store. */
export function createSampleStoreSources(): SampleStoreSources {
  const store = loadSampleStore();
  return {
    store,
    catalog: createInMemoryCatalog(store.products),
    knowledge: createInMemoryKnowledge(
      store.policies.map((policy) => ({ id: policy.id, title: policy.title, content: policy.markdown })),
    ),
    orders: createInMemoryOrders(store.orders),
    reviews: createInMemoryReviews(store.reviews),
  };
}
