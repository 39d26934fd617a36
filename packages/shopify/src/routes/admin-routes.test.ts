import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { descriptionToHtml } from "../copy/publish-draft";
import { createShopifyAdminTestServer } from "../test/admin-test-server";
import { shopifyProductNode } from "../test/fixtures";
import { createTestPlugin } from "../test/test-plugin";
import type { CopyActionResponse } from "./admin-routes";

const shop = "northwood.myshopify.com";
const server = createShopifyAdminTestServer({ shop });
beforeAll(() => server.listen());
afterEach(() => server.reset());
afterAll(() => server.close());

const auth = { session: { shop } };
const post = (body: unknown) => ({ request: new Request("https://app.example/app/copy", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }) });

function respondWithProduct() {
  server.respondWith("AisleShop", { type: "data", data: { shop: { currencyCode: "USD", primaryDomain: { url: "https://northwood.example" } } } });
  server.respondWith("AisleProduct", { type: "data", data: { product: shopifyProductNode({ number: 3, status: "DRAFT" }) } });
}

async function call(plugin: ReturnType<typeof createTestPlugin>["plugin"], body: unknown) {
  const response = await plugin.routes.copy(post(body), auth);
  return { status: response.status, body: (await response.json()) as CopyActionResponse & Record<string, unknown> };
}

describe("copy route", () => {
  it("drafts a description and SEO meta; only an approved draft is written with productUpdate", async () => {
    const { plugin } = createTestPlugin();
    respondWithProduct();
    const drafted = await call(plugin, { intent: "draft", productId: "3" });
    expect(drafted.status).toBe(200);
    const drafts = (drafted.body as Extract<CopyActionResponse, { intent: "draft" }>).drafts;
    expect(drafts.map((draft) => [draft.kind, draft.productId, draft.status])).toEqual([
      ["product-description", "gid://shopify/Product/3", "draft"],
      ["seo-meta", "gid://shopify/Product/3", "draft"],
    ]);
    const [description, seo] = drafts as [(typeof drafts)[number], (typeof drafts)[number]];

    const refused = await call(plugin, { intent: "publish", draftId: description.id });
    expect(refused).toMatchObject({ status: 409, body: { error: "draft-not-approved" } });
    expect(server.requests.filter((request) => request.operation === "AisleProductUpdate")).toEqual([]);

    server.respondWith("AisleProductUpdate", { type: "data", data: { productUpdate: { product: { id: "gid://shopify/Product/3", updatedAt: "2026-12-01T10:00:00Z" }, userErrors: [] } } });
    expect((await call(plugin, { intent: "approve", draftId: description.id, by: "merchant@northwood.example" })).body).toMatchObject({ draft: { status: "approved" } });
    expect((await call(plugin, { intent: "publish", draftId: description.id })).body).toMatchObject({ intent: "publish", kind: "product-description" });
    await call(plugin, { intent: "approve", draftId: seo.id });
    await call(plugin, { intent: "publish", draftId: seo.id });

    const updates = server.requests.filter((request) => request.operation === "AisleProductUpdate").map((request) => request.variables.product);
    expect(updates[0]).toEqual({ id: "gid://shopify/Product/3", descriptionHtml: descriptionToHtml(description.content as never) });
    expect(updates[1]).toEqual({ id: "gid://shopify/Product/3", seo: seo.content });
  });

  it("drafts in bulk and lists drafts awaiting approval", async () => {
    const { plugin } = createTestPlugin();
    respondWithProduct();
    const bulk = await call(plugin, { intent: "bulk", productIds: ["3", "gid://shopify/Product/3"], kind: "seo-meta", jobId: "seo-fall" });
    expect(bulk.body).toMatchObject({ intent: "bulk", jobId: "seo-fall", failures: [] });
    const listed = await call(plugin, { intent: "list", status: "draft" });
    expect((listed.body as Extract<CopyActionResponse, { intent: "list" }>).drafts.length).toBeGreaterThan(0);
  });

  it("answers 400 for a request it does not understand and reports Shopify's refusal", async () => {
    const { plugin } = createTestPlugin();
    expect((await call(plugin, { intent: "publish-everything" })).status).toBe(400);
    respondWithProduct();
    const drafted = await call(plugin, { intent: "draft", productId: "3", kinds: ["seo-meta"] });
    const draft = (drafted.body as Extract<CopyActionResponse, { intent: "draft" }>).drafts[0]!;
    await call(plugin, { intent: "approve", draftId: draft.id });
    server.respondWith("AisleProductUpdate", { type: "data", data: { productUpdate: { product: null, userErrors: [{ field: ["seo", "title"], message: "Title is too long" }] } } });
    expect(await call(plugin, { intent: "publish", draftId: draft.id })).toMatchObject({ status: 422, body: { error: "shopify-refused" } });
  });

  it("escapes merchant-visible HTML written from a draft", () => {
    expect(descriptionToHtml({ headline: "Oak <b>table</b>", body: "Solid & sturdy.\n\nHand oiled.", bullets: ['45 cm "tall"', "Oak"] })).toBe(
      '<h2>Oak &lt;b&gt;table&lt;/b&gt;</h2>\n<p>Solid &amp; sturdy.</p>\n<p>Hand oiled.</p>\n<ul><li>45 cm &quot;tall&quot;</li><li>Oak</li></ul>',
    );
  });
});

describe("review summary route", () => {
  const get = (productId: string) => ({ request: new Request(`https://app.example/app/reviews?productId=${productId}`) });

  it("answers 501 while the shop has no review source", async () => {
    const { plugin } = createTestPlugin();
    expect((await plugin.routes.reviewSummary(get("3"), auth)).status).toBe(501);
  });

  it("summarises a product's reviews with the given summariser", async () => {
    const { plugin } = createTestPlugin();
    const asked: string[] = [];
    const response = await plugin.routes.reviewSummary(get("3"), auth, { summarize: async (productId) => (asked.push(productId), { text: "Customers like the oak." }) });
    expect(await response.json()).toEqual({ productId: "gid://shopify/Product/3", summary: { text: "Customers like the oak." } });
    expect(asked).toEqual(["gid://shopify/Product/3"]);
  });
});

describe("storefront recommendations route", () => {
  it("verifies the app proxy signature and answers product cards with a reason", async () => {
    const { plugin } = createTestPlugin();
    const { signedAppProxyUrl } = await import("../test/signed-requests");
    const { testSecret } = await import("../test/test-plugin");
    server.respondWith("AisleShop", { type: "data", data: { shop: { currencyCode: "USD", primaryDomain: { url: "https://northwood.example" } } } });
    server.respondWith("AisleOrders", { type: "data", data: { orders: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } } } });
    const runtime = plugin.shop(shop);
    await runtime.aisle.ready();
    const { mapShopifyProduct } = await import("../catalog/map-product");
    const { readProductRecord } = await import("../catalog/shopify-records");
    for (const number of [1, 2, 3]) {
      const mapped = mapShopifyProduct(readProductRecord(shopifyProductNode({ number })) as never, { currency: "USD" });
      if (mapped.ok) await runtime.aisle.catalog.upsert([mapped.product]);
    }
    const forged = new URL("https://app.example/proxy/recommendations?kind=similar&productId=1&shop=northwood.myshopify.com&timestamp=1&signature=00");
    expect((await plugin.routes.storefrontRecommendations({ request: new Request(forged) })).status).toBe(401);
    const url = signedAppProxyUrl({ secret: testSecret, shop, url: "https://app.example/proxy/recommendations?kind=similar&productId=1&limit=2" });
    const response = await plugin.routes.storefrontRecommendations({ request: new Request(url) });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { recommendations: Array<{ id: string; why: string; price: { amount: string } }> };
    expect(body.recommendations.length).toBeGreaterThan(0);
    expect(body.recommendations.map((item) => item.id)).not.toContain("gid://shopify/Product/1");
    expect(body.recommendations[0]?.why).not.toBe("");
  });
});
