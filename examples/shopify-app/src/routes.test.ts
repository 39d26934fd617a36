import { signedAppProxyUrl, signedWebhookRequest } from "@aisle/shopify/test";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { apiSecret, configureEnvironment, createShopStandIn, offlineSession, sessionToken, shop } from "./shopify-stand-in";

configureEnvironment();
const standIn = createShopStandIn();
const { server, respond } = standIn;
beforeAll(async () => {
  server.listen();
  const { sessionStorage } = await import("../app/shopify.server");
  await sessionStorage.storeSession(offlineSession());
});
afterEach(() => server.reset());
afterAll(() => server.close());

const args = (request: Request) => ({ request, params: {}, context: {} }) as never;

describe("the example app's server routes", () => {
  it("webhooks: rejects a forged request and indexes a product update", async () => {
    respond();
    const { action } = await import("../app/routes/webhooks");
    const forged = signedWebhookRequest({ secret: "someone-else", topic: "products/update", shop, body: { id: 2 } });
    expect((await action(args(forged))).status).toBe(401);

    const { aisle } = await import("../app/aisle.server");
    await aisle.shop(shop).aisle.ready();
    const update = signedWebhookRequest({ secret: apiSecret, topic: "products/update", shop, body: { id: 2, admin_graphql_api_id: "gid://shopify/Product/2", updated_at: "2026-11-30T12:00:00Z" } });
    expect(await (await action(args(update))).json()).toMatchObject({ outcome: "applied", detail: "indexed" });
    expect(aisle.shop(shop).aisle.catalog.get("gid://shopify/Product/2")?.title).toBe("Side table, refreshed");
  });

  it("webhooks: answers the compliance topics", async () => {
    const { action } = await import("../app/routes/webhooks");
    const redact = signedWebhookRequest({ secret: apiSecret, topic: "customers/redact", shop, body: { shop_id: 1, shop_domain: shop, customer: { id: 42, email: "maya.osei@example.com" }, orders_to_redact: [] } });
    expect(await (await action(args(redact))).json()).toMatchObject({ outcome: "redacted" });
  });

  it("storefront chat: answers a signed-in customer's order question through the app proxy", async () => {
    const { main } = await import("./main");
    const result = await main({ standIn });
    expect(result.order).toBe("#1042");
    expect(result.text).not.toBe("");
  });

  it("storefront chat: refuses an unsigned request", async () => {
    const { action } = await import("../app/routes/proxy.chat");
    const url = signedAppProxyUrl({ secret: apiSecret, shop, customerId: 42 });
    url.searchParams.set("logged_in_customer_id", "7");
    expect((await action(args(new Request(url, { method: "POST", body: "{}" })))).status).toBe(401);
  });

  it("admin copy route: drafts SEO meta for the product behind the admin's session token", async () => {
    respond();
    const { action } = await import("../app/routes/api.copy");
    const request = new Request("https://aisle-example.app/api/copy", {
      method: "POST",
      headers: { authorization: `Bearer ${sessionToken()}`, "content-type": "application/json", origin: "https://extensions.shopifycdn.com" },
      body: JSON.stringify({ intent: "draft", productId: "gid://shopify/Product/3", kinds: ["seo-meta"] }),
    });
    const response = await action(args(request));
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await response.json()) as { drafts: Array<{ kind: string; status: string; content: { title: string } }> };
    expect(body.drafts).toMatchObject([{ kind: "seo-meta", status: "draft" }]);
  });
});
