import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createShopifyAdminClient } from "../admin/admin-client";
import { createShopifyAdminTestServer } from "../test/admin-test-server";
import { shopifyOrderNode } from "../test/fixtures";
import { createShopifyOrderSource } from "./order-source";

const shop = "northwood.myshopify.com";
const server = createShopifyAdminTestServer({ shop });
beforeAll(() => server.listen());
afterEach(() => server.reset());
afterAll(() => server.close());

const orders = (...nodes: object[]) => ({ type: "data" as const, data: { orders: { nodes, pageInfo: { hasNextPage: false, endCursor: null } } } });

function setup() {
  const unmapped: Array<{ id: string; reason: string }> = [];
  const source = createShopifyOrderSource({ admin: createShopifyAdminClient({ shop, accessToken: "t" }), onUnmappedOrder: (problem) => void unmapped.push(problem) });
  return { source, unmapped };
}

describe("createShopifyOrderSource", () => {
  it("maps status, fulfillment and tracking onto the core order", async () => {
    const { source } = setup();
    server.respondWith("AisleOrders", orders(shopifyOrderNode({ number: 1042 })));
    const order = await source.findOrderByName("1042");
    expect(server.requests[0]?.variables).toMatchObject({ first: 1, query: "name:'#1042'" });
    expect(order).toMatchObject({
      name: "#1042",
      customerId: "gid://shopify/Customer/42",
      email: "maya.osei@example.com",
      financialStatus: "paid",
      fulfillmentStatus: "fulfilled",
      totalPrice: { amount: "115.00", currencyCode: "USD" },
      shippingAddress: { city: "Portland", countryCode: "US" },
    });
    expect(order?.fulfillments[0]).toMatchObject({
      carrier: "UPS",
      service: "UPS Standard",
      shipmentStatus: "in_transit",
      trackingNumber: "1Z999AA10123456784",
      estimatedDeliveryAt: "2026-11-07T18:00:00Z",
      lineItems: [{ lineItemId: "gid://shopify/LineItem/10421", quantity: 2 }],
    });
  });

  it("lists a customer's orders by the numeric id Shopify searches on, newest first", async () => {
    const { source } = setup();
    server.respondWith("AisleOrders", orders(shopifyOrderNode({ number: 1043 }), shopifyOrderNode({ number: 1042, delivered: true })));
    const list = await source.listOrdersForCustomer("gid://shopify/Customer/42", { limit: 5 });
    expect(list.map((order) => order.name)).toEqual(["#1043", "#1042"]);
    expect(list[1]?.fulfillments[0]?.shipmentStatus).toBe("delivered");
    expect(server.requests[0]?.variables).toMatchObject({ first: 5, query: "customer_id:42" });
  });

  it("finds nothing for a customer id that is not Shopify's", async () => {
    const { source } = setup();
    expect(await source.listOrdersForCustomer("guest:gid://shopify/Order/1")).toEqual([]);
    expect(await source.listOrdersForCustomer("42 OR customer_id:*")).toEqual([]);
    expect(server.requests).toEqual([]);
  });

  it("leaves out a parcel with a carrier the core model does not know, and reports orders it cannot map", async () => {
    const { source, unmapped } = setup();
    server.respondWith("AisleOrders", orders(shopifyOrderNode({ number: 1050, carrier: "DHL Express" }), shopifyOrderNode({ number: 1051, email: null })));
    const list = await source.listOrders?.({ since: "2026-11-01T00:00:00Z" });
    expect(list?.map((order) => [order.name, order.fulfillments.length])).toEqual([["#1050", 0]]);
    expect(unmapped).toEqual([{ id: "gid://shopify/Order/6051", reason: expect.stringContaining("email") }]);
    expect(server.requests[0]?.variables.query).toBe("created_at:>='2026-11-01T00:00:00Z'");
  });

  it("treats a guest order as owned by nobody who can sign in", async () => {
    const { source } = setup();
    server.respondWith("AisleOrders", orders(shopifyOrderNode({ number: 1060, customerNumber: null })));
    expect((await source.findOrderByName("#1060"))?.customerId).toBe("guest:gid://shopify/Order/6060");
  });
});
