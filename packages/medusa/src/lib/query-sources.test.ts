import { describe, expect, it } from "vitest";
import { createFakeQuery, medusaProductRow } from "./__fixtures__/medusa-rows";
import { createQueryCatalogSource, createQueryOrderSource } from "./query-sources";

const rows = Array.from({ length: 7 }, (_, index) =>
  medusaProductRow({ id: `prod_${index}`, title: `Item ${index}`, price: 10 + index, collection: index === 0 ? { id: "pcol_1", title: "Summer" } : null }),
);

describe("createQueryCatalogSource", () => {
  it("reads every product page by page and joins variants, prices, inventory, categories and tags", async () => {
    const query = createFakeQuery({ product: rows });
    const source = createQueryCatalogSource({ query, currency: "USD", pageSize: 3 });
    const pages: number[] = [];
    for await (const page of source.pages()) pages.push(page.read);
    expect(pages).toEqual([3, 3, 1]);
    const products = await source.listProducts();
    expect(products.map((product) => product.id)).toEqual(rows.map((row) => row.id));
    expect(products[0]).toMatchObject({
      productType: "Sofa",
      tags: ["living room"],
      images: [{ url: "https://cdn.example.test/image.jpg" }],
      options: [{ name: "Color", values: ["Sand"] }],
      categories: [{ id: "pcat_sofas", path: ["Furniture", "Sofas"] }, { id: "pcol_1", kind: "collection" }],
      variants: [{ price: { amount: "10", currencyCode: "USD" }, availableForSale: true, inventoryQuantity: 5, options: { Color: "Sand" } }],
    });
  });

  it("reads single products (the subscriber path) into the same shape as a full read", async () => {
    const source = createQueryCatalogSource({ query: createFakeQuery({ product: rows }), currency: "USD" });
    const all = await source.listProducts();
    const some = await source.listProductsByIds(["prod_2", "prod_0", "prod_missing"]);
    expect(some.sort((a, b) => a.id.localeCompare(b.id))).toEqual([all[0], all[2]]);
    expect(await source.listProductsByIds([])).toEqual([]);
  });
});

describe("createQueryOrderSource", () => {
  const order = { id: "order_1", display_id: 1001, customer_id: "cus_1", email: "a@example.test", currency_code: "usd", items: [{ id: "item_1", title: "Sofa", quantity: 1, unit_price: 10 }] };

  it("finds orders by name and lists a customer's orders", async () => {
    const source = createQueryOrderSource({ query: createFakeQuery({ order: [order] }) });
    expect((await source.findOrderByName("#1001"))?.id).toBe("order_1");
    expect(await source.findOrderByName("1002")).toBeUndefined();
    expect(await source.findOrderByName("#abc")).toBeUndefined();
    expect((await source.listOrdersForCustomer("cus_1")).map((found) => found.name)).toEqual(["#1001"]);
    expect(await source.listOrdersForCustomer("cus_2")).toEqual([]);
  });
});
