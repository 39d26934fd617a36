import { describe, expect, it } from "vitest";
import { medusaOrderToOrder, type MedusaOrder } from "./medusa-order";

const order: MedusaOrder = {
  id: "order_1",
  display_id: 1042,
  email: "sam@example.test",
  customer_id: "cus_1",
  created_at: "2026-10-02T09:30:00.000Z",
  currency_code: "usd",
  total: 968.5,
  subtotal: 899,
  tax_total: 59.5,
  discount_total: 0,
  shipping_total: 10,
  items: [
    { id: "item_1", title: "Linen Sofa", variant_title: "Sand", product_id: "prod_1", variant_id: "variant_1", variant_sku: "SOFA-1", quantity: 1, unit_price: 899, detail: { fulfilled_quantity: 1 } },
    { id: "item_2", title: "Cushion", product_id: "prod_2", variant_id: "variant_2", quantity: 2, unit_price: 0, detail: { fulfilled_quantity: 0 } },
  ],
  shipping_methods: [{ name: "Express" }],
  shipping_address: { first_name: "Sam", last_name: "Lee", address_1: "1 Main St", city: "Springfield", postal_code: "12345", country_code: "us" },
  payment_collections: [{ status: "completed" }],
  fulfillments: [
    {
      id: "ful_1",
      created_at: "2026-10-03T09:00:00.000Z",
      shipped_at: "2026-10-03T12:00:00.000Z",
      provider_id: "manual_manual",
      labels: [{ tracking_number: "1Z999AA10123456784", tracking_url: "https://www.ups.com/track?tracknum=1Z999AA10123456784" }],
      items: [{ line_item_id: "item_1", quantity: 1 }],
    },
    { id: "ful_2", provider_id: "local-courier", labels: [{ tracking_number: "LC-1", tracking_url: "https://courier.example.test/LC-1" }], items: [{ line_item_id: "item_2", quantity: 2 }] },
  ],
};

describe("medusaOrderToOrder", () => {
  it("maps a Medusa order onto the Shopify-like Order", () => {
    const mapped = medusaOrderToOrder(order);
    expect(mapped).toMatchObject({
      id: "order_1",
      name: "#1042",
      customerId: "cus_1",
      currencyCode: "USD",
      financialStatus: "paid",
      fulfillmentStatus: "partially_fulfilled",
      shippingMethod: "Express",
      totalPrice: { amount: "968.5", currencyCode: "USD" },
      lineItems: [{ id: "item_1", title: "Linen Sofa", variantTitle: "Sand", sku: "SOFA-1", quantity: 1, price: { amount: "899" } }, { id: "item_2", quantity: 2 }],
      shippingAddress: { name: "Sam Lee", city: "Springfield", countryCode: "US" },
    });
    // UPS tracking is carried; a carrier the Order shape has no name for still counts in the status only.
    expect(mapped?.fulfillments).toEqual([
      expect.objectContaining({ id: "ful_1", carrier: "UPS", trackingNumber: "1Z999AA10123456784", shipmentStatus: "in_transit", lineItems: [{ lineItemId: "item_1", quantity: 1 }] }),
    ]);
  });

  it("fills address gaps instead of losing the order, and reads payment states", () => {
    const mapped = medusaOrderToOrder({ ...order, shipping_address: null, payment_collections: [{ status: "authorized" }], fulfillments: [], items: [{ id: "item_1", title: "Sofa", quantity: 1, unit_price: 10 }] });
    expect(mapped?.shippingAddress).toMatchObject({ name: "(not given)", countryCode: "ZZ" });
    expect(mapped).toMatchObject({ financialStatus: "authorized", fulfillmentStatus: "unfulfilled" });
    expect(medusaOrderToOrder({ ...order, payment_collections: [{ status: "refunded" }] })?.financialStatus).toBe("refunded");
    expect(medusaOrderToOrder({ ...order, canceled_at: "2026-10-04T00:00:00.000Z" })).toMatchObject({ cancelReason: "other", cancelledAt: "2026-10-04T00:00:00.000Z" });
  });

  it("returns undefined for an order with nothing in it", () => {
    expect(medusaOrderToOrder({ ...order, items: [] })).toBeUndefined();
  });
});
