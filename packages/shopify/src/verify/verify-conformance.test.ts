import "@shopify/shopify-api/adapters/node";
import { ApiVersion, shopifyApi } from "@shopify/shopify-api";
import { describe, expect, it } from "vitest";
import { signedAppProxyUrl, signedWebhookRequest } from "../test/signed-requests";
import { verifyAppProxyRequest } from "./app-proxy-request";
import { verifyWebhookRequest } from "./webhook-request";

const secret = "shpss_conformance";
const shopify = shopifyApi({
  apiKey: "aisle-test",
  apiSecretKey: secret,
  scopes: ["read_products"],
  hostName: "app.example",
  apiVersion: ApiVersion.July26,
  isEmbeddedApp: true,
  logger: { level: 0 },
});

/** Our signing and verification agree with `@shopify/shopify-api`, which Shopify maintains against its platform. */
describe("signatures agree with @shopify/shopify-api", () => {
  it("accepts our signed webhooks, and we accept what it accepts", async () => {
    const request = signedWebhookRequest({ secret, topic: "products/update", shop: "northwood.myshopify.com", body: { id: 3, title: "Tàble «oak»" } });
    const rawBody = await request.clone().text();
    // The node adapter reads a Node request: plain header object, method and url.
    const nodeRequest = { method: request.method, url: "/webhooks", headers: Object.fromEntries(request.headers.entries()) };
    const result = await shopify.webhooks.validate({ rawBody, rawRequest: nodeRequest as never });
    expect(result).toMatchObject({ valid: true, topic: "PRODUCTS_UPDATE", domain: "northwood.myshopify.com" });
    expect(await verifyWebhookRequest(request, { secret })).toMatchObject({ ok: true, topic: "products/update" });
  });

  it("accepts our signed app-proxy URLs, including repeated parameters, and both refuse a changed one", async () => {
    const url = signedAppProxyUrl({ secret, shop: "northwood.myshopify.com", customerId: 42, url: "https://app.example/proxy/chat?extra=a&extra=b&z-index=1" });
    expect(await shopify.utils.validateHmac(url.searchParams as never, { signator: "appProxy" })).toBe(true);
    expect(verifyAppProxyRequest(url, { secret })).toMatchObject({ ok: true, loggedInCustomerId: "42" });

    url.searchParams.set("logged_in_customer_id", "43");
    expect(await shopify.utils.validateHmac(url.searchParams as never, { signator: "appProxy" })).toBe(false);
    expect(verifyAppProxyRequest(url, { secret })).toEqual({ ok: false, reason: "invalid-signature" });
  });
});
