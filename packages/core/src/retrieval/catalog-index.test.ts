import { describe, expect, it } from "vitest";
import { InvalidConfigError } from "../errors/invalid-config-error";
import { createOfflineEmbeddingModel } from "../providers/offline/offline-embedding-model";
import { loadSampleStore } from "../sample-store/load-sample-store";
import { createCatalogIndex } from "./catalog-index";

const store = loadSampleStore();

async function sampleIndex(withVectors = false) {
  const index = createCatalogIndex(withVectors ? { embeddingModel: createOfflineEmbeddingModel() } : {});
  await index.upsert(store.products);
  return index;
}

describe("createCatalogIndex", () => {
  it("reads price, stock and colour from a plain-language query and applies them", async () => {
    const index = await sampleIndex();
    const result = await index.search("charcoal sofa under $3000 in stock");
    expect(result.query.filters).toMatchObject({ priceMax: 3000, inStock: true });
    expect(result.query.filters.colors?.map((color) => color.toLowerCase())).toEqual(["charcoal"]);
    expect(result.query.text).toBe("sofa");
    expect(result.hits.length).toBeGreaterThan(0);
    for (const { product } of result.hits) {
      expect(product.variants.some((variant) => Number(variant.price.amount) <= 3000)).toBe(true);
      expect(product.variants.some((variant) => variant.availableForSale)).toBe(true);
      const colors = JSON.stringify([product.options, product.attributes]).toLowerCase();
      expect(colors).toMatch(/charcoal|gr[ae]y/);
    }
  });

  it("ranks the product a shopper names first, lexically and hybrid", async () => {
    for (const withVectors of [false, true]) {
      const index = await sampleIndex(withVectors);
      const result = await index.search("linden modular sectional");
      expect(result.hits[0]?.product.handle).toBe("linden-modular-sectional");
    }
  });

  it("upserts replace, removals disappear, exclusions hold", async () => {
    const index = await sampleIndex();
    const original = store.products.find((product) => product.handle === "linden-modular-sectional");
    if (original === undefined) throw new Error("sample product missing");
    await index.upsert([{ ...original, title: "Harbor Cloud Sectional" }]);
    expect(index.size).toBe(store.products.length);
    expect((await index.search("harbor cloud")).hits[0]?.product.id).toBe(original.id);
    expect((await index.search("sectional", { exclude: [original.id] })).hits.map((hit) => hit.product.id)).not.toContain(original.id);
    expect(index.remove([original.id])).toBe(1);
    expect(index.get(original.id)).toBeUndefined();
    expect((await index.search("harbor cloud")).hits.map((hit) => hit.product.id)).not.toContain(original.id);
  });

  it("can leave the query as typed and count facets", async () => {
    const index = await sampleIndex();
    const result = await index.search("under $50", { understandQuery: false, facets: ["vendor"], limit: 3 });
    expect(result.query.filters).toEqual({});
    expect(result.facets?.vendor?.length).toBeGreaterThan(0);
  });

  it("finds products named in German, French or Spanish in an English catalog", async () => {
    const index = await sampleIndex();
    for (const [query, handle] of [["Schlafsack", "sleeping-bag"], ["canapé", "sofa"], ["tienda de campaña", "tent"]] as const) {
      const [top] = (await index.search(query)).hits;
      expect(top?.product.handle, query).toContain(handle);
    }
  });

  it("names a bad setting", () => {
    expect(() => createCatalogIndex({ currency: "dollars" })).toThrow(InvalidConfigError);
  });
});
