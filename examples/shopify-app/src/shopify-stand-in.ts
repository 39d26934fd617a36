import { createHmac, randomUUID } from "node:crypto";
import { Session } from "@shopify/shopify-api";
import { createShopifyAdminTestServer, shopifyOrderNode, shopifyProductNode } from "@aisle/shopify/test";

/*
 * Shopify, offline: the environment the template reads, an installed shop's offline session, and an msw
 * stand-in for the shop's Admin API with a small catalog and one order. `main()` and the route tests use it.
 */

export const shop = "aisle-example.myshopify.com";
export const apiKey = "aisle-example-key";
export const apiSecret = "aisle-example-secret";

export function configureEnvironment(): void {
  process.env.SHOPIFY_API_KEY = apiKey;
  process.env.SHOPIFY_API_SECRET = apiSecret;
  process.env.SHOPIFY_APP_URL = "https://aisle-example.app";
  process.env.SCOPES = "read_products,write_products,read_orders";
  delete process.env.OPENAI_API_KEY;
}

/** The offline session the template stores after installation. */
export function offlineSession(): Session {
  return new Session({ id: `offline_${shop}`, shop, state: "installed", isOnline: false, accessToken: "shpat_example", scope: process.env.SCOPES ?? "" });
}

/** The Admin API of the example shop: three products and one order of customer 42. */
export function createShopStandIn() {
  const server = createShopifyAdminTestServer({ shop });
  const respond = () => {
    server.respondWith("AisleShop", { type: "data", data: { shop: { currencyCode: "USD", primaryDomain: { url: "https://aisle-example.example" } } } });
    server.respondWith("AisleProductsCount", { type: "data", data: { productsCount: { count: 3, precision: "EXACT" } } });
    server.respondWith("AisleProductsPage", {
      type: "data",
      data: { products: { nodes: [1, 2, 3].map((number) => shopifyProductNode({ number })), pageInfo: { hasNextPage: false, endCursor: "end" } } },
    });
    server.respondWith("AisleProduct", (request) => ({
      type: "data",
      data: { product: shopifyProductNode({ number: Number(String(request.variables.id).split("/").pop()), title: "Side table, refreshed", updatedAt: "2026-11-30T12:00:00Z" }) },
    }));
    server.respondWith("AisleOrders", { type: "data", data: { orders: { nodes: [shopifyOrderNode({ number: 1042, customerNumber: 42 })], pageInfo: { hasNextPage: false, endCursor: null } } } });
  };
  return { server, respond };
}

/** A session token as App Bridge sends it from the admin (HS256 with the app's secret). */
export function sessionToken(): string {
  const now = Math.floor(Date.now() / 1000);
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const body = `${encode({ alg: "HS256", typ: "JWT" })}.${encode({
    iss: `https://${shop}/admin`,
    dest: `https://${shop}`,
    aud: apiKey,
    sub: "42",
    exp: now + 60,
    nbf: now - 5,
    iat: now,
    jti: randomUUID(),
    sid: randomUUID(),
  })}`;
  return `${body}.${createHmac("sha256", apiSecret).update(body).digest("base64url")}`;
}
