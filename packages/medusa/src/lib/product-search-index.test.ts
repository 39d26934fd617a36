import { describe, expect, it } from "vitest";
import { medusaProductRow } from "./__fixtures__/medusa-rows";
import { medusaProductToProduct } from "./medusa-product";
import { openProductSearchIndex } from "./product-search-index";

const product = (id: string, title: string, price: number, material: string, status = "published") =>
  medusaProductToProduct(medusaProductRow({ id, title, price, material, status, type: { value: "Chair" } }), { currency: "USD" }) as NonNullable<ReturnType<typeof medusaProductToProduct>>;

describe("openProductSearchIndex (embedded)", () => {
  it("reads price and material from the query and keeps drafts out", async () => {
    const index = await openProductSearchIndex({ store: "embedded", currency: "USD", language: "en", vectors: "off", table: "unused" });
    await index.upsert([
      product("prod_oak", "Fern Lounge Chair", 560, "oak"),
      product("prod_steel", "Quill Dining Chair", 180, "steel"),
      product("prod_dear_oak", "Throne Chair", 2400, "oak"),
      product("prod_draft", "Prototype Chair", 100, "oak", "draft"),
    ]);
    expect(await index.count()).toBe(3);
    const result = await index.search("oak chair under $600");
    expect(result.query.filters).toMatchObject({ priceMax: 600, materials: ["oak"] });
    expect(result.hits.map((hit) => hit.id)).toEqual(["prod_oak"]);

    // A product turned into a draft leaves the index on its next sync.
    await index.upsert([product("prod_oak", "Fern Lounge Chair", 560, "oak", "draft")]);
    expect((await index.search("lounge chair")).hits.map((hit) => hit.id)).not.toContain("prod_oak");
    expect(await index.remove(["prod_steel", "prod_unknown"])).toBe(1);
    await index.close();
  });
});
