import { ApiCallError, InvalidConfigError } from "@aisle/core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ShopifyGraphqlError } from "../errors/shopify-graphql-error";
import { createShopifyAdminTestServer } from "../test/admin-test-server";
import { Session } from "@shopify/shopify-api";
import { createShopifyAdminClient, createShopifyAdminClientForSession } from "./admin-client";
import { createCostBucket } from "./cost-bucket";

const server = createShopifyAdminTestServer({ shop: "northwood.myshopify.com" });
beforeAll(() => server.listen());
afterEach(() => server.reset());
afterAll(() => server.close());

/** A clock that only moves when the client sleeps, so waits are asserted without real time passing. */
function virtualTime() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

const query = "query AisleShop { shop { currencyCode } }";

describe("createShopifyAdminClient", () => {
  it("sends the document with the offline token, read lazily, and returns data with the cost", async () => {
    let reads = 0;
    const client = createShopifyAdminClient({ shop: "northwood.myshopify.com", accessToken: async () => (reads++, "shpat_test") });
    expect(reads).toBe(0);
    server.respondWith("AisleShop", { type: "data", data: { shop: { currencyCode: "EUR" } }, cost: { requestedQueryCost: 2, currentlyAvailable: 1998 } });
    const response = await client.request<{ shop: { currencyCode: string } }>(query);
    expect(response.data.shop.currencyCode).toBe("EUR");
    expect(response.cost?.throttleStatus.currentlyAvailable).toBe(1998);
    expect(server.requests[0]?.headers["x-shopify-access-token"]).toBe("shpat_test");
    expect(reads).toBe(1);
  });

  it("waits for the bucket to refill before sending a query it cannot afford", async () => {
    const time = virtualTime();
    const client = createShopifyAdminClient({ shop: "northwood.myshopify.com", accessToken: "t", sleep: time.sleep, now: time.now });
    server.respondWith("AisleShop", { type: "data", data: { shop: { currencyCode: "USD" } }, cost: { requestedQueryCost: 500, currentlyAvailable: 100, restoreRate: 100 } });
    await client.request(query);
    expect(time.sleeps).toEqual([]);
    // The same operation is expected to cost 500 again; 100 are left and 100 come back a second: wait 4 s.
    await client.request(query);
    expect(time.sleeps).toEqual([4000]);
  });

  it("keeps reserved points for other work of the app", async () => {
    const bucket = createCostBucket(() => 0);
    bucket.update({ maximumAvailable: 2000, currentlyAvailable: 400, restoreRate: 100 });
    expect(bucket.waitFor(300, 0)).toBe(0);
    expect(bucket.waitFor(300, 200)).toBe(1000);
  });

  it("waits out THROTTLED answers (HTTP 200) by the reported bucket, then succeeds", async () => {
    const time = virtualTime();
    const client = createShopifyAdminClient({ shop: "northwood.myshopify.com", accessToken: "t", sleep: time.sleep, now: time.now });
    server.respondWith(
      "AisleShop",
      { type: "throttled", requestedQueryCost: 502, currentlyAvailable: 2, restoreRate: 100 },
      { type: "data", data: { shop: { currencyCode: "USD" } } },
    );
    const response = await client.request<{ shop: { currencyCode: string } }>(query);
    expect(response.data.shop.currencyCode).toBe("USD");
    expect(server.requests).toHaveLength(2);
    expect(time.sleeps).toContain(5000);
  });

  it("gives up after too many THROTTLED answers with a typed error", async () => {
    const time = virtualTime();
    const client = createShopifyAdminClient({ shop: "northwood.myshopify.com", accessToken: "t", sleep: time.sleep, now: time.now, maxThrottledRetries: 2 });
    server.respondWith("AisleShop", { type: "throttled" });
    const error = await client.request(query).catch((caught: unknown) => caught);
    expect(ShopifyGraphqlError.isInstance(error)).toBe(true);
    expect((error as ShopifyGraphqlError).codes).toEqual(["THROTTLED"]);
    expect(server.requests).toHaveLength(3);
  });

  it("retries HTTP 429 after Retry-After seconds, and 5xx and dropped connections with backoff", async () => {
    const time = virtualTime();
    const client = createShopifyAdminClient({ shop: "northwood.myshopify.com", accessToken: "t", sleep: time.sleep, now: time.now, retryDelayMs: 100 });
    server.respondWith(
      "AisleShop",
      { type: "http-error", status: 429, headers: { "Retry-After": "2.0" } },
      { type: "http-error", status: 503 },
      { type: "network-error" },
      { type: "data", data: { shop: { currencyCode: "USD" } } },
    );
    await client.request(query);
    expect(time.sleeps).toEqual([2000, 200, 400]);
  });

  it("does not retry an HTTP 401 and reports it as ApiCallError", async () => {
    const client = createShopifyAdminClient({ shop: "northwood.myshopify.com", accessToken: "bad", sleep: async () => {} });
    server.respondWith("AisleShop", { type: "http-error", status: 401, body: '{"errors":"[API] Invalid API key or access token"}' });
    const error = await client.request(query).catch((caught: unknown) => caught);
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect((error as ApiCallError).statusCode).toBe(401);
    expect((error as ApiCallError).isRetryable).toBe(false);
    expect(server.requests).toHaveLength(1);
  });

  it("throws ShopifyGraphqlError for other GraphQL errors, naming codes and the operation", async () => {
    const client = createShopifyAdminClient({ shop: "northwood.myshopify.com", accessToken: "t" });
    server.respondWith("AisleShop", { type: "errors", errors: [{ message: "Access denied for orders field.", code: "ACCESS_DENIED" }] });
    const error = (await client.request(query).catch((caught: unknown) => caught)) as ShopifyGraphqlError;
    expect(ShopifyGraphqlError.isInstance(error)).toBe(true);
    expect(error.operation).toBe("AisleShop");
    expect(error.codes).toEqual(["ACCESS_DENIED"]);
  });

  it("takes the shop and token from a @shopify/shopify-api session", async () => {
    const session = new Session({ id: "offline_northwood.myshopify.com", shop: "northwood.myshopify.com", state: "", isOnline: false, accessToken: "shpat_session" });
    server.respondWith("AisleShop", { type: "data", data: { shop: { currencyCode: "USD" } } });
    await createShopifyAdminClientForSession(session).request(query);
    expect(server.requests[0]?.headers["x-shopify-access-token"]).toBe("shpat_session");
    expect(() => createShopifyAdminClientForSession(new Session({ id: "x", shop: "northwood.myshopify.com", state: "", isOnline: false }))).toThrow(/no access token/);
  });

  it("names every bad setting", () => {
    expect(() => createShopifyAdminClient({ shop: "northwood.com", accessToken: "", apiVersion: "latest" })).toThrow(InvalidConfigError);
    try {
      createShopifyAdminClient({ shop: "northwood.com", accessToken: "", apiVersion: "latest" });
    } catch (error) {
      expect((error as InvalidConfigError).issues.map((issue) => issue.path).sort()).toEqual(["accessToken", "apiVersion", "shop"]);
    }
  });
});
