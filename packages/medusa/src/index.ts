/**
 * `@aisle/medusa`: Aisle as a Medusa v2 plugin. Register it in `medusa-config.ts` with
 * `plugins: [{ resolve: "@aisle/medusa", options: { store: { name: "Acme" } } }]`; the module, subscribers,
 * workflows, routes, jobs and admin widgets load from the plugin. This entry exports what application code
 * uses directly: the module key and service type, the options schema, the Medusa mappings and the workflows.
 */
export { AISLE_MODULE } from "./modules/aisle";
export type { default as AisleModuleService, ChatRequest, ChatTurn, RecommendationItem, ReindexReport } from "./modules/aisle/service";
export { aislePluginSettingsSchema, parseAislePluginOptions, type AislePluginOptions, type ResolvedAislePluginOptions } from "./lib/aisle-plugin-settings";
export { medusaProductToProduct, productFields, variantAvailability, type MedusaProduct, type MedusaVariant, type ProductMappingContext } from "./lib/medusa-product";
export { medusaOrderToOrder, orderFields, type MedusaOrder } from "./lib/medusa-order";
export { createQueryCatalogSource, createQueryOrderSource, type GraphQuery, type QueryCatalogSource } from "./lib/query-sources";
export { createModuleDraftStore, type CopyDraftCrud, type CopyDraftRecord } from "./lib/module-draft-store";
export { openProductSearchIndex, productToSearchDocument, type ProductSearchIndex, type ProductSearchResult } from "./lib/product-search-index";
export { summarizeRatings, type ReviewSummary } from "./lib/review-summary";
export { resolveAisle } from "./lib/resolve-aisle";
export * from "./workflows";
