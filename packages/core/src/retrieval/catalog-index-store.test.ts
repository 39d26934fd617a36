import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { createSampleStoreAisle } from "../client/create-sample-store-aisle";
import { createOfflineEmbeddingModel } from "../providers/offline/offline-embedding-model";
import { createOfflineLanguageModel } from "../providers/offline/offline-language-model";
import { loadSampleStore } from "../sample-store/load-sample-store";
import { catalogSearchSchema, createCatalogIndex } from "./catalog-index";
import { createEmbeddedStore } from "./stores/embedded-store";
import { createPostgresStore } from "./stores/postgres-store";

const products = loadSampleStore().products.filter((product) => product.status === "active");
const database = await PGlite.create();
afterAll(() => database.close());

describe("a catalog index backed by a search store", () => {
  it("serves plain-language search from PostgreSQL (PGlite), seeing every write made before the search", async () => {
    const store = await createPostgresStore({ client: database, table: "catalog_products", ...catalogSearchSchema });
    const index = createCatalogIndex({ store });
    await index.upsert(products);
    const sofas = await index.search("charcoal sofa under $3000 in stock");
    expect(sofas.hits.map((hit) => hit.product.handle)).toContain("linden-modular-sectional");
    expect(sofas.hits.every((hit) => hit.product.variants.some((variant) => Number(variant.price.amount) <= 3000))).toBe(true);

    // A removal is not awaited by the caller, yet the next search already reflects it.
    expect(index.remove(["prod-linden-modular-sectional"])).toBe(1);
    const after = await index.search("linden modular sectional");
    expect(after.hits.map((hit) => hit.product.id)).not.toContain("prod-linden-modular-sectional");
    expect(await store.count()).toBe(products.length - 1);
  });

  it("runs the support assistant on an embedded store, and a refresh drops products no longer listed", async () => {
    const store = await createEmbeddedStore({ ...catalogSearchSchema, language: "en" });
    const aisle = createSampleStoreAisle({ model: createOfflineLanguageModel(), embeddings: createOfflineEmbeddingModel(), catalogStore: store });
    const answer = await aisle.support.answer({ messages: [{ role: "user", content: "Is the Otis Swivel Chair in stock?" }] });
    expect(answer.citations.map((citation) => citation.id)).toContain("product:prod-otis-swivel-chair");
    expect(await store.count()).toBe(products.length);

    await aisle.catalog.upsert([{ ...(products[0] as (typeof products)[number]), id: "prod-extra", handle: "extra", title: "Aster Daybed" }]);
    expect((await aisle.catalog.search("daybed")).hits[0]?.product.id).toBe("prod-extra");
    await aisle.refresh();
    expect(await store.count()).toBe(products.length);
    expect((await aisle.catalog.search("daybed")).hits.map((hit) => hit.product.id)).not.toContain("prod-extra");
  });
});
