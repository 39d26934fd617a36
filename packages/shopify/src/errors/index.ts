export { ShopifyGraphqlError, type ShopifyGraphqlIssue } from "./shopify-graphql-error";
export { ShopifyBulkOperationError } from "./shopify-bulk-operation-error";
export { ShopNotInstalledError } from "./shop-not-installed-error";
