import { describe, expect, it } from "vitest";
import { loadSampleStore } from "../../sample-store/load-sample-store";
import { platformOrderSchema } from "../../sample-store/schemas";
import { createInMemoryOrders } from "../../sources/in-memory-sources";
import { verifyOrderAccess } from "./order-access";
import { orderToContextDocument } from "./order-facts";

const sample = loadSampleStore().orders.find((order) => order.name === "#1022");
if (sample === undefined) throw new Error("sample order missing");

/** A point-of-sale style order: no email, no address, a courier without tracking, a shop-specific name. */
const posOrder = platformOrderSchema.parse({
  ...sample,
  id: "order-pos",
  name: "SHOP-7001-EU",
  email: undefined,
  shippingAddress: undefined,
  fulfillments: sample.fulfillments.map((fulfillment) => ({
    ...fulfillment,
    carrier: "Local courier",
    trackingNumber: undefined,
    trackingUrl: undefined,
  })),
});

describe("orders as real platforms report them", () => {
  it("describes an order whose parcel has no tracking number", () => {
    const document = orderToContextDocument(posOrder, { focus: "status" });
    expect(document.text).toMatch(/^Your order SHOP-7001-EU is in transit/);
    expect(document.text).not.toContain("undefined");
    expect(document.text).toContain("(Local courier)");
  });

  it("verifies an order without an email only through an authenticated customer id", async () => {
    const orders = { ...createInMemoryOrders([]), findOrderByName: async () => posOrder };
    const byEmail = await verifyOrderAccess({ orders, texts: ["Where is order #7001? me@example.com"] });
    expect(byEmail).toEqual({ status: "unverified", needs: "matching-details" });
    const byCustomer = await verifyOrderAccess({ orders, texts: ["Where is order #7001?"], identity: { customerId: posOrder.customerId } });
    expect(byCustomer).toMatchObject({ status: "verified", via: "customer-id" });
  });
});
