export type {
  AisleEvent,
  CatalogSource,
  Customer,
  EventSink,
  KnowledgeSource,
  Order,
  OrderSource,
  Review,
  ReviewSource,
} from "./sources";
export {
  createInMemoryCatalog,
  createInMemoryEventSink,
  createInMemoryKnowledge,
  createInMemoryOrders,
  createInMemoryReviews,
  createSampleStoreSources,
  normalizeOrderName,
  type SampleStoreSources,
} from "./in-memory-sources";
