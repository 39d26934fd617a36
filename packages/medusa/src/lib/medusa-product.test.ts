import { describe, expect, it } from "vitest";
import { medusaProductRow } from "./__fixtures__/medusa-rows";
import { medusaProductToProduct, toNumber, variantAvailability } from "./medusa-product";

const context = { currency: "USD", categoryNames: new Map([["pcat_furniture", "Furniture"], ["pcat_sofas", "Sofas"]]), storefrontUrl: "https://shop.example.test/" };

describe("medusaProductToProduct", () => {
  it("maps a published Medusa product with prices in major units, inventory, categories and options", () => {
    const product = medusaProductToProduct(
      medusaProductRow({ id: "prod_1", title: "Linen Sofa", price: 899.5, collection: { id: "pcol_1", title: "Summer" }, metadata: { seats: 3, note: { nested: true } } }),
      context,
    );
    expect(product).toMatchObject({
      id: "prod_1",
      handle: "linen-sofa",
      title: "Linen Sofa",
      productType: "Sofa",
      status: "active",
      tags: ["living room"],
      url: "https://shop.example.test/products/linen-sofa",
      options: [{ name: "Color", values: ["Sand"] }],
      attributes: { seats: 3 },
      categories: [
        { id: "pcat_sofas", title: "Sofas", path: ["Furniture", "Sofas"], kind: "category" },
        { id: "pcol_1", title: "Summer", path: ["Summer"], kind: "collection" },
      ],
    });
    // The store currency's price, as a decimal string; the EUR price is not the one shown.
    expect(product?.variants[0]).toMatchObject({ price: { amount: "899.5", currencyCode: "USD" }, availableForSale: true, inventoryQuantity: 5, options: { Color: "Sand" } });
  });

  it("prefers a plain price over price-list and rule prices, and falls back to another currency", () => {
    const row = medusaProductRow({ id: "prod_2", title: "Desk" });
    const variant = row.variants?.[0];
    if (variant === null || variant === undefined) throw new Error("fixture has a variant");
    variant.prices = [
      { amount: 50, currency_code: "usd", price_list_id: "plist_sale", rules_count: 0 },
      { amount: 60, currency_code: "usd", price_list_id: null, rules_count: 1 },
      { amount: 120, currency_code: "usd", price_list_id: null, rules_count: 0 },
    ];
    expect(medusaProductToProduct(row, context)?.variants[0]?.price).toEqual({ amount: "120", currencyCode: "USD" });
    variant.prices = [{ amount: { value: "99.9" }, currency_code: "eur" }];
    expect(medusaProductToProduct(row, context)?.variants[0]?.price).toEqual({ amount: "99.9", currencyCode: "EUR" });
  });

  it("leaves out variants without a price, and products without any priced variant", () => {
    const row = medusaProductRow({ id: "prod_3", title: "Stool" });
    const variant = row.variants?.[0];
    if (variant === null || variant === undefined) throw new Error("fixture has a variant");
    variant.prices = [];
    expect(medusaProductToProduct(row, context)).toBeUndefined();
  });

  it("maps statuses and keeps HTML descriptions for display while indexing their text", () => {
    const draft = medusaProductToProduct(medusaProductRow({ id: "prod_4", title: "Lamp", status: "proposed" }), context);
    expect(draft?.status).toBe("draft");
    const html = medusaProductToProduct(medusaProductRow({ id: "prod_5", title: "Vase", description: "<p>Hand <b>thrown</b> stoneware.</p>" }), context);
    expect(html?.description).toBe("Hand thrown stoneware.");
    expect(html?.descriptionHtml).toContain("<b>thrown</b>");
  });
});

describe("variantAvailability", () => {
  it("is for sale when inventory is not managed or backorders are allowed", () => {
    expect(variantAvailability({ id: "v", manage_inventory: false })).toEqual({ availableForSale: true });
    expect(variantAvailability({ id: "v", manage_inventory: true, allow_backorder: true, inventory_items: [{ required_quantity: 1, inventory: { location_levels: [] } }] })).toEqual({ availableForSale: true, inventoryQuantity: 0 });
  });

  it("counts sellable units from free stock over the quantity each unit needs, across locations", () => {
    const kit = variantAvailability({
      id: "v",
      manage_inventory: true,
      inventory_items: [
        { required_quantity: 2, inventory: { location_levels: [{ stocked_quantity: 5, reserved_quantity: 1 }, { stocked_quantity: 3, reserved_quantity: 0 }] } },
        { required_quantity: 1, inventory: { location_levels: [{ stocked_quantity: 2, reserved_quantity: 0 }] } },
      ],
    });
    expect(kit).toEqual({ availableForSale: true, inventoryQuantity: 2 });
    expect(variantAvailability({ id: "v", manage_inventory: true, inventory_items: [{ required_quantity: 1, inventory: { location_levels: [{ stocked_quantity: 4, reserved_quantity: 4 }] } }] })).toEqual({
      availableForSale: false,
      inventoryQuantity: 0,
    });
  });

  it("reads Medusa's number shapes", () => {
    expect([toNumber(3), toNumber("4.5"), toNumber({ value: "6" }), toNumber({ numeric: 7 }), toNumber(null)]).toEqual([3, 4.5, 6, 7, 0]);
  });
});
