import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createShopifyAdminTestServer } from "../test/admin-test-server";
import { shopifyOrderNode, shopifyProductNode } from "../test/fixtures";
import { signedAppProxyUrl, signedWebhookRequest } from "../test/signed-requests";
import { createTestPlugin, testSecret } from "../test/test-plugin";

const shop = "northwood.myshopify.com";
const server = createShopifyAdminTestServer({ shop });
beforeAll(() => server.listen());
afterEach(() => server.reset());
afterAll(() => server.close());

const productId = "gid://shopify/Product/3";

function respondWithShop() {
  server.respondWith("AisleShop", { type: "data", data: { shop: { currencyCode: "USD", primaryDomain: { url: "https://northwood.example" } } } });
}

const productUpdate = (updatedAt: string, webhookId?: string, topic = "products/update") =>
  signedWebhookRequest({
    secret: testSecret,
    topic,
    shop,
    body: { id: 3, admin_graphql_api_id: productId, title: "Side table 3", updated_at: updatedAt },
    ...(webhookId === undefined ? {} : { webhookId }),
  });

async function read(response: Response) {
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("webhook route", () => {
  it("rejects forged, tampered, incomplete and expired requests", async () => {
    const { plugin } = createTestPlugin();
    const forged = signedWebhookRequest({ secret: "not-the-secret", topic: "products/update", shop, body: { id: 3 } });
    expect(await read(await plugin.routes.webhooks({ request: forged }))).toEqual({ status: 401, body: { error: "invalid-hmac" } });

    const valid = signedWebhookRequest({ secret: testSecret, topic: "products/update", shop, body: { id: 3 } });
    const tampered = new Request(valid.url, { method: "POST", headers: valid.headers, body: '{"id":4}' });
    expect((await plugin.routes.webhooks({ request: tampered })).status).toBe(401);

    const headers = new Headers(valid.headers);
    headers.delete("x-shopify-hmac-sha256");
    expect(await read(await plugin.routes.webhooks({ request: new Request(valid.url, { method: "POST", headers, body: '{"id":3}' }) }))).toEqual({
      status: 401,
      body: { error: "missing-headers" },
    });

    const old = signedWebhookRequest({ secret: testSecret, topic: "products/update", shop, body: { id: 3 }, triggeredAt: new Date(Date.now() - 3 * 86_400_000).toISOString() });
    expect(await read(await plugin.routes.webhooks({ request: old }))).toEqual({ status: 401, body: { error: "expired" } });
    expect(server.requests).toEqual([]);
  });

  it("indexes a created or updated product as Shopify has it now", async () => {
    const { plugin } = createTestPlugin();
    respondWithShop();
    server.respondWith("AisleProduct", { type: "data", data: { product: shopifyProductNode({ number: 3, updatedAt: "2026-11-30T10:00:00Z" }) } });
    const result = await read(await plugin.routes.webhooks({ request: productUpdate("2026-11-30T10:00:00Z", undefined, "products/create") }));
    expect(result).toEqual({ status: 200, body: { topic: "products/create", outcome: "applied", detail: "indexed" } });
    expect(plugin.shop(shop).aisle.catalog.get(productId)?.variants).toHaveLength(2);
    expect(server.requests.find((request) => request.operation === "AisleProduct")?.variables.id).toBe(productId);
  });

  it("ignores a repeated delivery of the same webhook id", async () => {
    const { plugin } = createTestPlugin();
    respondWithShop();
    server.respondWith("AisleProduct", { type: "data", data: { product: shopifyProductNode({ number: 3 }) } });
    await plugin.routes.webhooks({ request: productUpdate("2026-11-30T10:00:00Z", "delivery-1") });
    const fetches = server.requests.length;
    const again = await read(await plugin.routes.webhooks({ request: productUpdate("2026-11-30T10:00:00Z", "delivery-1") }));
    expect(again.body).toMatchObject({ outcome: "duplicate" });
    expect(server.requests).toHaveLength(fetches);
  });

  it("ignores an update older than the one already applied, whatever its webhook id", async () => {
    const { plugin } = createTestPlugin();
    respondWithShop();
    server.respondWith("AisleProduct", { type: "data", data: { product: shopifyProductNode({ number: 3, title: "Newer title", updatedAt: "2026-11-30T12:00:00Z" }) } });
    await plugin.routes.webhooks({ request: productUpdate("2026-11-30T12:00:00Z") });
    const late = await read(await plugin.routes.webhooks({ request: productUpdate("2026-11-30T11:00:00Z") }));
    expect(late.body).toMatchObject({ outcome: "stale" });
    expect(plugin.shop(shop).aisle.catalog.get(productId)?.title).toBe("Newer title");
  });

  it("removes a deleted product and ignores updates from before the deletion that arrive after it", async () => {
    const { plugin } = createTestPlugin();
    respondWithShop();
    server.respondWith("AisleProduct", { type: "data", data: { product: shopifyProductNode({ number: 3 }) } });
    await plugin.routes.webhooks({ request: productUpdate("2026-11-30T10:00:00Z") });
    expect(plugin.shop(shop).aisle.catalog.get(productId)).toBeDefined();
    const deletion = signedWebhookRequest({ secret: testSecret, topic: "products/delete", shop, body: { id: 3 }, triggeredAt: new Date().toISOString() });
    expect((await read(await plugin.routes.webhooks({ request: deletion }))).body).toMatchObject({ outcome: "applied", detail: "removed" });
    expect(plugin.shop(shop).aisle.catalog.get(productId)).toBeUndefined();
    const late = await read(await plugin.routes.webhooks({ request: productUpdate("2026-11-30T10:30:00Z") }));
    expect(late.body).toMatchObject({ outcome: "stale" });
    expect(plugin.shop(shop).aisle.catalog.get(productId)).toBeUndefined();
  });

  it("takes a product that became a draft out of the index", async () => {
    const { plugin } = createTestPlugin();
    respondWithShop();
    server.respondWith(
      "AisleProduct",
      { type: "data", data: { product: shopifyProductNode({ number: 3 }) } },
      { type: "data", data: { product: shopifyProductNode({ number: 3, status: "DRAFT", updatedAt: "2026-11-30T11:00:00Z" }) } },
    );
    await plugin.routes.webhooks({ request: productUpdate("2026-11-30T10:00:00Z") });
    const hidden = await read(await plugin.routes.webhooks({ request: productUpdate("2026-11-30T11:00:00Z") }));
    expect(hidden.body).toMatchObject({ detail: "hidden (draft)" });
    expect(plugin.shop(shop).aisle.catalog.get(productId)).toBeUndefined();
  });

  it("answers 500 when applying fails and handles Shopify's retry of the same id", async () => {
    const { plugin } = createTestPlugin();
    respondWithShop();
    server.respondWith("AisleProduct", { type: "http-error", status: 503 });
    const failed = await plugin.routes.webhooks({ request: productUpdate("2026-11-30T10:00:00Z", "delivery-9") });
    expect(failed.status).toBe(500);
    server.respondWith("AisleProduct", { type: "data", data: { product: shopifyProductNode({ number: 3 }) } });
    const retried = await read(await plugin.routes.webhooks({ request: productUpdate("2026-11-30T10:00:00Z", "delivery-9") }));
    expect(retried.body).toMatchObject({ outcome: "applied" });
  });

  it("app/uninstalled stops using the shop and calls the app's hook", async () => {
    const { plugin, hooks, store } = createTestPlugin();
    await store.setSyncState(shop, { syncedFrom: "2026-11-01T00:00:00Z" });
    const before = plugin.shop(shop);
    const response = await plugin.routes.webhooks({ request: signedWebhookRequest({ secret: testSecret, topic: "app/uninstalled", shop, body: { id: 1, domain: shop } }) });
    expect(response.status).toBe(200);
    expect(hooks.uninstalled).toEqual([shop]);
    expect(await store.getSyncState(shop)).toEqual({});
    expect(plugin.shop(shop)).not.toBe(before);
  });
});

describe("compliance webhooks", () => {
  /** A storefront conversation through the app proxy, as the signed-in customer or a guest. */
  async function chat(plugin: ReturnType<typeof createTestPlugin>["plugin"], message: string, customerId?: number) {
    const url = signedAppProxyUrl({ secret: testSecret, shop, ...(customerId === undefined ? {} : { customerId }) });
    const response = await plugin.routes.storefrontChat({ request: new Request(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ message }) }) });
    const text = await response.text();
    return /"conversationId":"([^"]+)"/.exec(text)?.[1] as string;
  }

  it("customers/redact erases the customer's conversations, PII vaults and analytics, and nobody else's", async () => {
    const { plugin, store, hooks } = createTestPlugin();
    respondWithShop();
    server.respondWith("AisleOrders", { type: "data", data: { orders: { nodes: [shopifyOrderNode({ number: 1042 })], pageInfo: { hasNextPage: false, endCursor: null } } } });
    await plugin.shop(shop).aisle.ready();
    const mine = await chat(plugin, "Where is my order? My phone is 503-555-0142.", 42);
    const guest = await chat(plugin, "Hi, I am maya.osei@example.com, do you ship to Canada?");
    const other = await chat(plugin, "Do you sell oak side tables?", 77);
    expect(await store.getConversation(shop, mine)).toBeDefined();
    expect((await store.listEvents(shop)).some((event) => event.conversationId === mine)).toBe(true);

    const redact = signedWebhookRequest({
      secret: testSecret,
      topic: "customers/redact",
      shop,
      body: { shop_id: 954889, shop_domain: shop, customer: { id: 42, email: "maya.osei@example.com", phone: "503-555-0142" }, orders_to_redact: [5042] },
    });
    const result = await read(await plugin.routes.webhooks({ request: redact }));
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ outcome: "redacted" });

    // Proof, read back from every place the plugin keeps data: nothing of the customer's is left.
    expect(await store.getConversation(shop, mine)).toBeUndefined();
    expect(await store.getConversation(shop, guest)).toBeUndefined();
    const events = await store.listEvents(shop);
    expect(events.filter((event) => event.conversationId === mine || event.conversationId === guest || event.customerId === "gid://shopify/Customer/42")).toEqual([]);
    expect(JSON.stringify(events)).not.toContain("maya.osei");
    expect(plugin.shop(shop).aisle.forgetConversations([mine, guest])).toBe(0);
    expect(hooks.redactions[0]).toMatchObject({ topic: "customers/redact", conversations: expect.arrayContaining([mine, guest]) });
    expect(hooks.redactions[0]?.forgottenVaults).toBeGreaterThan(0);
    // Another customer's conversation stays.
    expect(await store.getConversation(shop, other)).toBeDefined();
    expect(events.some((event) => event.conversationId === other)).toBe(true);
  });

  it("shop/redact erases everything kept for the shop", async () => {
    const { plugin, store } = createTestPlugin();
    respondWithShop();
    await plugin.shop(shop).aisle.ready();
    const conversation = await chat(plugin, "Do you sell oak side tables?", 77);
    await store.setSyncState(shop, { syncedFrom: "2026-11-01T00:00:00Z" });
    const result = await read(await plugin.routes.webhooks({ request: signedWebhookRequest({ secret: testSecret, topic: "shop/redact", shop, body: { shop_id: 954889, shop_domain: shop } }) }));
    expect(result.body).toMatchObject({ outcome: "redacted", report: { conversations: [conversation] } });
    expect(await store.getConversation(shop, conversation)).toBeUndefined();
    expect(await store.listEvents(shop)).toEqual([]);
    expect(await store.getSyncState(shop)).toEqual({});
  });

  it("customers/data_request hands the customer's conversations to the app", async () => {
    const { plugin, hooks } = createTestPlugin();
    respondWithShop();
    await plugin.shop(shop).aisle.ready();
    const conversation = await chat(plugin, "Do you sell oak side tables?", 42);
    const request = signedWebhookRequest({
      secret: testSecret,
      topic: "customers/data_request",
      shop,
      body: { shop_id: 954889, shop_domain: shop, orders_requested: [], customer: { id: 42, email: "maya.osei@example.com" }, data_request: { id: 9999 } },
    });
    expect((await plugin.routes.webhooks({ request })).status).toBe(200);
    expect(hooks.dataRequests[0]).toMatchObject({ customerId: "gid://shopify/Customer/42", dataRequestId: "9999" });
    expect(hooks.dataRequests[0]?.conversations.map((item) => item.conversationId)).toEqual([conversation]);
  });
});
