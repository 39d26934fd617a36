import { describe, expect, it } from "vitest";
import { shopifyProductNode } from "../test/fixtures";
import { productSchema } from "@aisle/core";
import { mapShopifyProduct, metafieldValue } from "./map-product";
import { readProductRecord, type ShopifyProductRecord } from "./shopify-records";

const record = (node: unknown): ShopifyProductRecord => {
  const read = readProductRecord(node);
  if (typeof read === "string") throw new TypeError(read);
  return read;
};

describe("mapShopifyProduct", () => {
  it("maps variants, prices, inventory, categories, collections, metafields and images onto the core model", () => {
    const mapped = mapShopifyProduct(record(shopifyProductNode({ number: 3 })), { currency: "EUR" });
    if (!mapped.ok) throw new Error(mapped.reason);
    const { product } = mapped;
    expect(product.id).toBe("gid://shopify/Product/3");
    expect(product.description).toContain("A solid wood side table, 45 cm tall.");
    expect(product.descriptionHtml).toContain("<strong>");
    expect(product.status).toBe("active");
    expect(product.variants[0]).toMatchObject({ price: { amount: "52.00", currencyCode: "EUR" }, compareAtPrice: { amount: "72.00", currencyCode: "EUR" }, inventoryQuantity: 7, options: { Finish: "Oak" } });
    expect(product.variants[1]).toMatchObject({ availableForSale: false, inventoryQuantity: 0 });
    expect(product.categories).toEqual([
      { id: "gid://shopify/TaxonomyCategory/fr-14-3", title: "Side tables", path: ["Furniture", "Tables", "Side tables"], kind: "category" },
      { id: "gid://shopify/Collection/7", title: "Living room", path: ["Living room"], kind: "collection" },
    ]);
    expect(product.attributes).toEqual({ material: "Oak", final_sale: false, height: "45 cm", "reviews.rating": 4.6 });
    expect(product.images).toEqual([{ url: "https://cdn.shopify.com/s/files/1/side-table-3.jpg", alt: "Side table in oak" }]);
    expect(product.url).toBe("https://northwood.example/products/side-table-3");
  });

  it("hides drafts, unlisted products and products not on the Online Store; keeps archived as archived", () => {
    const status = (options: Parameters<typeof shopifyProductNode>[0]) => {
      const mapped = mapShopifyProduct(record(shopifyProductNode(options)), { currency: "USD" });
      return mapped.ok ? mapped.product.status : mapped.reason;
    };
    expect(status({ number: 1, status: "DRAFT" })).toBe("draft");
    expect(status({ number: 1, status: "UNLISTED" })).toBe("draft");
    expect(status({ number: 1, published: false })).toBe("draft");
    expect(status({ number: 1, status: "ARCHIVED" })).toBe("archived");
  });

  it("drops Shopify's Default Title placeholder option", () => {
    const node = shopifyProductNode({ number: 4, variants: 1 });
    node.options = [{ name: "Title", values: ["Default Title"] }];
    node.variants.nodes[0] = { ...node.variants.nodes[0]!, title: "Default Title", selectedOptions: [{ name: "Title", value: "Default Title" }] };
    const mapped = mapShopifyProduct(record(node), { currency: "USD" });
    if (!mapped.ok) throw new Error(mapped.reason);
    expect(mapped.product.options).toEqual([]);
    expect(mapped.product.variants[0]).toMatchObject({ title: "", options: {} });
  });

  it("builds products that core's productSchema accepts unchanged", () => {
    const variations = [
      shopifyProductNode({ number: 1 }),
      shopifyProductNode({ number: 2, variants: 4, status: "ARCHIVED" }),
      shopifyProductNode({ number: 3, published: false, price: "0009.50" }),
      { ...shopifyProductNode({ number: 4, variants: 1 }), descriptionHtml: "", vendor: null, productType: "", category: null, updatedAt: "2026-11-20T08:00:00.123+01:00" },
    ];
    for (const node of variations) {
      const mapped = mapShopifyProduct(record(node), { currency: "usd" });
      if (!mapped.ok) throw new TypeError(mapped.reason);
      expect(productSchema.parse(mapped.product)).toEqual(mapped.product);
    }
  });

  it("refuses what productSchema would refuse", () => {
    const bad = [
      { ...shopifyProductNode({ number: 5 }), updatedAt: "yesterday" },
      { ...shopifyProductNode({ number: 6 }), title: "   " },
      shopifyProductNode({ number: 7, price: "12.5.0" }),
      { ...shopifyProductNode({ number: 8 }), variants: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } } },
    ];
    for (const node of bad) {
      const mapped = mapShopifyProduct(record(node), { currency: "USD" });
      expect(mapped.ok).toBe(false);
      expect(productSchema.safeParse({ ...(mapped.ok ? mapped.product : {}), id: node.id }).success).toBe(false);
    }
  });

  it("reports a product it cannot map instead of throwing", () => {
    const node = shopifyProductNode({ number: 5, price: "-3.00" });
    const mapped = mapShopifyProduct(record(node), { currency: "USD" });
    expect(mapped).toMatchObject({ ok: false, id: "gid://shopify/Product/5" });
  });

  it("reads typed metafields and leaves out what is not a plain value", () => {
    expect(metafieldValue({ namespace: "custom", key: "n", type: "number_integer", value: "120" })).toBe(120);
    expect(metafieldValue({ namespace: "custom", key: "l", type: "list.single_line_text_field", value: '["red","blue"]' })).toEqual(["red", "blue"]);
    expect(metafieldValue({ namespace: "custom", key: "w", type: "weight", value: '{"value":2.5,"unit":"KILOGRAMS"}' })).toBe("2.5 kg");
    expect(metafieldValue({ namespace: "custom", key: "r", type: "rich_text_field", value: '{"type":"root"}' })).toBeUndefined();
    expect(metafieldValue({ namespace: "custom", key: "j", type: "list.number_integer", value: "not json" })).toBeUndefined();
  });
});
