import "@shopify/shopify-app-react-router/adapters/node";
import { ApiVersion, AppDistribution, shopifyApp } from "@shopify/shopify-app-react-router/server";
import { MemorySessionStorage } from "@shopify/shopify-app-session-storage-memory";

/*
 * As in Shopify's React Router template, with one difference: sessions are kept in memory so the example runs
 * without a database. Use the template's `PrismaSessionStorage` (or any session storage) in a real app.
 */
const shopify = shopifyApp({
  apiKey: process.env.SHOPIFY_API_KEY ?? "aisle-example",
  apiSecretKey: process.env.SHOPIFY_API_SECRET ?? "",
  apiVersion: ApiVersion.July26,
  scopes: process.env.SCOPES?.split(",") ?? ["read_products", "write_products", "read_orders"],
  appUrl: process.env.SHOPIFY_APP_URL ?? "https://example.com",
  authPathPrefix: "/auth",
  sessionStorage: new MemorySessionStorage(),
  distribution: AppDistribution.AppStore,
  ...(process.env.SHOP_CUSTOM_DOMAIN ? { customShopDomains: [process.env.SHOP_CUSTOM_DOMAIN] } : {}),
});

export default shopify;
export const apiVersion = ApiVersion.July26;
export const addDocumentResponseHeaders = shopify.addDocumentResponseHeaders;
export const authenticate = shopify.authenticate;
export const unauthenticated = shopify.unauthenticated;
export const login = shopify.login;
export const sessionStorage = shopify.sessionStorage;
