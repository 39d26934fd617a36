export { createShopifyAisle, type ShopifyAisle, type RouteArgs, type AdminAuth } from "./plugin/create-shopify-aisle";
export {
  shopifyAisleSettingsSchema,
  type ShopifyAisleSettings,
  type ShopifyShopContext,
  type CustomerDataRequest,
  type RedactionReport,
} from "./plugin/shopify-aisle-settings";
export { createShopEventSink, type ShopRuntime } from "./plugin/shop-runtime";
export { createShopifyAdminClient, createShopifyAdminClientForSession, operationName, type ShopifyAdminClient, type AdminRequestOptions, type AdminResponse } from "./admin/admin-client";
export { shopifyAdminClientSettingsSchema, shopifyApiVersion, type ShopifyAdminClientSettings } from "./admin/admin-client-settings";
export { createCostBucket, type CostBucket, type QueryCost, type ThrottleStatus } from "./admin/cost-bucket";
export { createShopifyCatalogSync, type ShopifyCatalogSync, type CatalogSyncOptions, type CatalogSyncReport, type CatalogSyncPath } from "./catalog/catalog-sync";
export { catalogSyncSettingsSchema, type CatalogSyncSettings } from "./catalog/catalog-sync-settings";
export { createShopifyCatalogSource } from "./catalog/catalog-source";
export { mapShopifyProduct, metafieldValue, type MappedProduct } from "./catalog/map-product";
export type { ShopifyProductRecord, ShopifyProductFields, ShopifyVariantNode, ShopifyCollectionNode, ShopifyMetafieldNode, ShopifyMediaNode } from "./catalog/shopify-records";
export { readBulkProducts, readLines } from "./catalog/bulk-jsonl";
export * as catalogDocuments from "./catalog/product-documents";
export { createShopifyOrderSource, type ShopifyOrderSourceSettings } from "./orders/order-source";
export { mapShopifyOrder, type MappedOrder } from "./orders/map-order";
export { ordersQuery } from "./orders/order-documents";
export { publishDraft, draftToProductUpdate, descriptionToHtml, productUpdateMutation, publishableKinds, type PublishableKind } from "./copy/publish-draft";
export { handleWebhookRequest, webhookTopics, type WebhookOutcome } from "./webhooks/handle-webhook";
export { handleStorefrontChat, type StorefrontChatRequest } from "./app-proxy/chat-handler";
export {
  handleStorefrontRecommendations,
  storefrontRecommendationsQuerySchema,
  type StorefrontRecommendation,
  type StorefrontRecommendationsResponse,
} from "./app-proxy/recommendations-handler";
export { handleCopyAction, handleReviewSummary, copyActionRequestSchema, type CopyActionRequest, type CopyActionResponse, type ReviewSummarizer } from "./routes/admin-routes";
export { verifyWebhookRequest, webhookHmac, type VerifiedWebhook, type WebhookRejection, type WebhookVerifyOptions } from "./verify/webhook-request";
export { verifyAppProxyRequest, appProxySignature, type VerifiedAppProxyRequest, type AppProxyRejection, type AppProxyVerifyOptions } from "./verify/app-proxy-request";
export {
  createInMemoryShopifyStore,
  type ShopifyStore,
  type CatalogSyncState,
  type CatalogSyncCheckpoint,
  type ProductVersion,
  type StoredConversation,
  type ErasureReport,
} from "./store/shopify-store";
export { toGid, numericId, type ShopifyResource } from "./util/gid";
export * from "./errors";
