export {
  createShopifyAdminTestServer,
  type ShopifyAdminTestServer,
  type AdminTestResponse,
  type AdminTestResponder,
  type AdminTestCost,
  type RecordedAdminRequest,
} from "./admin-test-server";
export { signedWebhookRequest, signedAppProxyUrl } from "./signed-requests";
export { shopifyProductNode, shopifyOrderNode, toBulkRows, toJsonl, type ProductNodeOptions, type ShopifyProductNode } from "./fixtures";
export { shopifyStoreBattery } from "./shopify-store-battery";
