import { describe, expect, it } from "vitest";
import {
  isInStock,
  isOnSale,
  priceRange,
  primaryImage,
  productSchema,
  productToContextDocument,
  productToText,
  type ProductInput,
} from "./product";

const sofa: ProductInput = {
  id: "gid://shopify/Product/1",
  handle: "harbor-sofa",
  title: "Harbor 3-seat sofa",
  description: "Deep seats, kiln-dried oak frame.",
  vendor: "Northwind Home",
  productType: "Sofa",
  tags: ["living room", "bestseller"],
  categories: [{ id: "sofas", title: "Sofas", path: ["Furniture", "Living room", "Sofas"] }],
  options: [{ name: "Color", values: ["Navy", "Sand"] }],
  variants: [
    {
      id: "v1",
      sku: "HB-NAVY",
      title: "Navy",
      price: { amount: "899.00", currencyCode: "usd" },
      compareAtPrice: { amount: "1099.00", currencyCode: "USD" },
      availableForSale: false,
      inventoryQuantity: 0,
      options: { Color: "Navy" },
    },
    {
      id: "v2",
      sku: "HB-SAND",
      title: "Sand",
      // Medusa hands over numbers.
      price: { amount: 749.5, currencyCode: "USD" },
      options: { Color: "Sand" },
    },
  ],
  images: [{ url: "https://cdn.example.com/harbor.jpg", alt: "Harbor sofa in navy" }],
  attributes: { material: "linen", seats: 3, washable: false, rooms: ["living room", "den"] },
  updatedAt: "2026-03-02T10:15:00+01:00",
  locale: "en-US",
};

describe("productSchema", () => {
  it("normalises amounts and currency codes and fills defaults", () => {
    const product = productSchema.parse(sofa);
    expect(product.variants[0]?.price).toEqual({ amount: "899.00", currencyCode: "USD" });
    expect(product.variants[1]?.price.amount).toBe("749.5");
    expect(product.variants[1]?.availableForSale).toBe(true);
    expect(product.status).toBe("active");
    expect(product.categories[0]?.kind).toBe("category");
  });

  it("names the failing paths of an invalid product", () => {
    const result = productSchema.safeParse({
      ...sofa,
      url: "javascript:alert(1)",
      variants: [{ id: "v", price: { amount: "12,50", currencyCode: "EURO" } }],
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join(".")).sort();
    expect(paths).toEqual(["url", "variants.0.price.amount", "variants.0.price.currencyCode"]);
  });

  it("requires at least one variant", () => {
    expect(productSchema.safeParse({ ...sofa, variants: [] }).success).toBe(false);
  });
});

describe("product helpers", () => {
  const product = productSchema.parse(sofa);

  it("computes the price range numerically, not as strings", () => {
    // "899.00" < "749.5" as strings would swap them.
    expect(priceRange(product)).toEqual({
      min: { amount: "749.5", currencyCode: "USD" },
      max: { amount: "899.00", currencyCode: "USD" },
    });
  });

  it("reads stock, sale and primary image", () => {
    expect(isInStock(product)).toBe(true);
    expect(isOnSale(product)).toBe(true);
    expect(primaryImage(product)?.alt).toBe("Harbor sofa in navy");
    const soldOut = productSchema.parse({ ...sofa, variants: [sofa.variants[0]!], images: [] });
    expect(isInStock(soldOut)).toBe(false);
    expect(primaryImage(soldOut)).toBeUndefined();
  });

  it("turns the product into text fields for indexing", () => {
    const text = productToText(product);
    expect(text.category).toBe("Furniture > Living room > Sofas");
    expect(text.tags).toBe("living room, bestseller");
    expect(text.options).toBe("Color: Navy, Sand");
    expect(text.attributes).toBe("material: linen\nseats: 3\nwashable: false\nrooms: living room, den");
    expect(text.skus).toBe("HB-NAVY HB-SAND");
  });

  it("renders a compact context document", () => {
    const document = productToContextDocument(product);
    expect(document.id).toBe("product:gid://shopify/Product/1");
    expect(document.trusted).toBe(true);
    expect(document.text).toContain("Price: 749.5–899.00 USD (on sale)");
    expect(productToContextDocument(product, { trusted: false }).trusted).toBe(false);
  });
});
