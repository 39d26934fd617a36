import { afterEach, describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors/invalid-argument-error";
import { SearchStoreClosedError } from "../errors/search-store-closed-error";
import type { FilterFieldKind } from "../retrieval/filter-columns";
import type { SearchDocument, SearchRequest } from "../retrieval/search-types";
import type { EmbeddingModel } from "../spec";
import type { SearchStore } from "../spec/search-store";

/** The settings every store under test is opened with; a factory adds what its store needs (path, client, table). */
export type SearchStoreBatterySettings = {
  fields: Record<string, { weight: number }>;
  filterFields: Record<string, FilterFieldKind>;
  language: "en";
  embedding?: { model: EmbeddingModel };
};

export type SearchStoreBatteryHandle = {
  store: SearchStore;
  /** Opens the same data again after `store` was closed; leave out for stores that keep nothing. */
  reopen?: () => Promise<SearchStore>;
};

/** Opens a new, empty store for one test. */
export type SearchStoreFactory = (settings: SearchStoreBatterySettings) => Promise<SearchStoreBatteryHandle>;

export type SearchStoreBatteryOptions = {
  /** Also run the vector and hybrid tests; the store must accept `embedding`. */
  vectors?: boolean;
};

/** A small furniture catalog written for these tests. */
const catalog: SearchDocument[] = [
  product("p1", "Solid oak dining table", "Seats six. Oiled oak top with tapered legs.", 899, "Northwood", ["dining", "wood"], true),
  product("p2", "Oak bookshelf", "Five shelves in white oak veneer.", 249, "Northwood", ["storage", "wood"], true),
  product("p3", "Glass coffee table", "Tempered glass top on a steel frame.", 199, "Clearline", ["living", "glass"], false),
  product("p4", "Linen sofa", "Three-seat sofa with a washable linen cover.", 1299, "Softhaus", ["living", "seating"], true),
  product("p5", "Leather armchair", "Cognac leather on an oak frame.", 749, "Softhaus", ["living", "seating"], true),
  product("p6", "Walnut desk", "Compact writing desk with one drawer.", 459, "Northwood", ["office", "wood"], false),
  product("p7", "Steel desk lamp", "Adjustable arm and a warm bulb.", 89, "Clearline", ["office", "lighting"], true),
  product("p8", "Wool rug", "Hand-woven wool rug, two by three metres.", 399, "Loomcraft", ["living", "textile"], true),
  product("p9", "Cotton throw blanket", "Soft cotton blanket for the sofa.", 59, "Loomcraft", ["textile"], true),
  product("p10", "Bedside table", "Small table with a drawer, painted pine.", 129, "Northwood", ["bedroom", "wood"], true),
  product("p11", "Kitchen bar stool", "Beech seat on steel legs.", 149, "Softhaus", ["kitchen", "seating"], false),
  product("p12", "Ceramic table lamp", "Stoneware base and a linen shade.", 119, "Clearline", ["lighting", "bedroom"], undefined),
];

function product(id: string, title: string, description: string, price: number, vendor: string, tags: string[], inStock: boolean | undefined): SearchDocument {
  return { id, text: { title, description }, filters: { price, vendor, tags, ...(inStock === undefined ? {} : { inStock }) } };
}

/**
 * A deterministic stand-in for an embedding model: one dimension per group of related words, so "couch" lands
 * near the seating products although no product says "couch".
 */
function createConceptEmbeddingModel(): EmbeddingModel {
  const concepts = [
    ["sofa", "couch", "armchair", "chair", "stool", "seat", "seats", "bench"],
    ["lamp", "light", "bulb", "shade"],
    ["oak", "walnut", "pine", "beech", "wood"],
    ["wool", "cotton", "linen", "rug", "blanket", "throw"],
    ["table", "desk", "dining"],
  ];
  const groupOf = new Map(concepts.flatMap((words, group) => words.map((word) => [word, group] as const)));
  return {
    specificationVersion: "aisle.v1",
    provider: "test",
    modelId: "concepts",
    dimensions: concepts.length + 1,
    async doEmbed({ values }) {
      const embeddings = values.map((text) => {
        const vector = new Array<number>(concepts.length + 1).fill(0);
        vector[concepts.length] = 0.1;
        for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
          const group = groupOf.get(word);
          if (group !== undefined) vector[group] = (vector[group] as number) + 1;
        }
        return vector;
      });
      return { embeddings };
    },
  };
}

const baseSettings: SearchStoreBatterySettings = {
  fields: { title: { weight: 3 }, description: { weight: 1 } },
  filterFields: { price: "number", vendor: "keyword", tags: "keyword", inStock: "boolean" },
  language: "en",
};

const ids = (result: { hits: { id: string }[] }) => result.hits.map((hit) => hit.id);
const sorted = (values: string[]) => [...values].sort();
const isInvalidArgument = (error: unknown) => InvalidArgumentError.isInstance(error);
const isClosed = (error: unknown) => SearchStoreClosedError.isInstance(error);

/**
 * The conformance tests every `SearchStore` passes: upsert and replace, delete, filters of every kind,
 * ranking order on a small catalog, facets, concurrent writes, persistence across a reopen (when the factory
 * offers `reopen`) and, with `vectors`, vector and hybrid search. Call it inside a test file:
 *
 *   searchStoreBattery("embedded store", async (settings) => ({ store: await createEmbeddedStore(settings) }));
 */
export function searchStoreBattery(name: string, factory: SearchStoreFactory, options: SearchStoreBatteryOptions = {}): void {
  describe(`${name} (search store battery)`, () => {
    const opened: SearchStore[] = [];
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((store) => store.close().catch(() => undefined)));
    });

    async function open(settings: SearchStoreBatterySettings = baseSettings, documents: readonly SearchDocument[] = catalog) {
      const handle = await factory(settings);
      opened.push(handle.store);
      await handle.store.upsert(documents);
      return handle;
    }

    const browse = async (store: SearchStore, filter: SearchRequest["filter"]) => sorted(ids(await store.search({ query: "", filter, limit: 100 })));

    it("stores documents and finds them by their words", async () => {
      const { store } = await open();
      expect(await store.count()).toBe(12);
      const result = await store.search({ query: "lamp" });
      expect(sorted(ids(result))).toEqual(["p12", "p7"]);
      expect(result.total).toBe(2);
      expect(result.hits.every((hit) => hit.score > 0)).toBe(true);
    });

    it("ranks title matches above description matches and fuller matches first", async () => {
      const { store } = await open();
      const sofa = ids(await store.search({ query: "sofa" }));
      expect(sofa[0]).toBe("p4");
      expect(sofa).toContain("p9");
      const desk = ids(await store.search({ query: "walnut desk" }));
      expect(desk[0]).toBe("p6");
      expect(desk.indexOf("p7")).toBeGreaterThan(0);
      expect(ids(await store.search({ query: "oak table" }))[0]).toBe("p1");
      const linen = ids(await store.search({ query: "linen" }));
      expect(linen.indexOf("p4")).toBeLessThan(linen.indexOf("p12"));
      expect(linen.indexOf("p12")).toBeGreaterThan(-1);
    });

    it("pages through one ranking with limit and offset", async () => {
      const { store } = await open();
      const full = await store.search({ query: "table", limit: 10 });
      const page = await store.search({ query: "table", limit: 2, offset: 1 });
      expect(ids(page)).toEqual(ids(full).slice(1, 3));
      expect(page.total).toBe(full.total);
      expect((await store.search({ query: "table", limit: 0 })).total).toBe(full.total);
      await expect(store.search({ query: "table", limit: -1 })).rejects.toSatisfy(isInvalidArgument);
    });

    it("replaces the whole document on upsert by id", async () => {
      const { store } = await open();
      await store.upsert([{ id: "p1", text: { title: "Pine bench" }, filters: { price: 50, vendor: "Softhaus" } }]);
      expect(await store.count()).toBe(12);
      expect(ids(await store.search({ query: "dining" }))).toEqual([]);
      expect(ids(await store.search({ query: "bench" }))).toEqual(["p1"]);
      expect(await browse(store, { price: { lte: 60 } })).toEqual(["p1", "p9"]);
      // Filter values the new version leaves out are gone too.
      expect(await browse(store, { tags: "dining" })).toEqual([]);
      expect(await browse(store, { inStock: { exists: false } })).toEqual(["p1", "p12"]);
    });

    it("keeps the last of repeated ids within one upsert", async () => {
      const { store } = await open(baseSettings, []);
      await store.upsert([
        { id: "x", text: { title: "first draft" } },
        { id: "x", text: { title: "final copy" } },
      ]);
      expect(await store.count()).toBe(1);
      expect(ids(await store.search({ query: "draft" }))).toEqual([]);
      expect(ids(await store.search({ query: "final" }))).toEqual(["x"]);
    });

    it("deletes by id and reports how many were stored", async () => {
      const { store } = await open();
      expect(await store.delete(["p1", "p2", "missing", "p1"])).toBe(2);
      expect(await store.count()).toBe(10);
      expect(ids(await store.search({ query: "oak" }))).toEqual(["p5"]);
      expect(await store.delete([])).toBe(0);
      expect(await store.delete(["p1"])).toBe(0);
    });

    it("filters numbers, keywords and booleans, including fields with several values", async () => {
      const { store } = await open();
      expect(await browse(store, { price: { gte: 100, lt: 400 } })).toEqual(["p10", "p11", "p12", "p2", "p3", "p8"]);
      expect(await browse(store, { price: 89 })).toEqual(["p7"]);
      expect(await browse(store, { vendor: "Northwood" })).toEqual(["p1", "p10", "p2", "p6"]);
      expect(await browse(store, { vendor: { in: ["Clearline", "Loomcraft"] } })).toEqual(["p12", "p3", "p7", "p8", "p9"]);
      expect(await browse(store, { vendor: "Nobody" })).toEqual([]);
      expect(await browse(store, { tags: "wood" })).toEqual(["p1", "p10", "p2", "p6"]);
      expect(await browse(store, { tags: { notIn: ["wood", "living"] } })).toEqual(["p11", "p12", "p7", "p9"]);
      expect(await browse(store, { inStock: false })).toEqual(["p11", "p3", "p6"]);
      expect(await browse(store, { inStock: { exists: false } })).toEqual(["p12"]);
      expect(await browse(store, { inStock: true, vendor: "Softhaus" })).toEqual(["p4", "p5"]);
      const all = await store.search({ query: "", limit: 3 });
      expect(all.total).toBe(12);
      expect(all.hits).toHaveLength(3);
    });

    it("combines filters with $and, $or and $not, and filters a text query", async () => {
      const { store } = await open();
      expect(await browse(store, { $or: [{ vendor: "Softhaus" }, { price: { lt: 100 } }] })).toEqual(["p11", "p4", "p5", "p7", "p9"]);
      expect(await browse(store, { inStock: true, $not: { tags: "living" } })).toEqual(["p1", "p10", "p2", "p7", "p9"]);
      expect(await browse(store, { $and: [{ price: { gt: 100 } }, { price: { lte: 250 } }] })).toEqual(["p10", "p11", "p12", "p2", "p3"]);
      expect(await browse(store, { $or: [] })).toEqual([]);
      const tables = await store.search({ query: "table", filter: { price: { lte: 200 } } });
      expect(sorted(ids(tables))).toEqual(["p10", "p12", "p3"]);
      expect(tables.total).toBe(3);
    });

    it("rejects unknown filter fields and values of the wrong kind", async () => {
      const { store } = await open();
      await expect(store.search({ query: "table", filter: { colour: "red" } })).rejects.toSatisfy(isInvalidArgument);
      await expect(store.search({ query: "", filter: { price: "cheap" } })).rejects.toSatisfy(isInvalidArgument);
      await expect(store.search({ query: "", filter: { vendor: { gte: 3 } } })).rejects.toSatisfy(isInvalidArgument);
      await expect(store.search({ query: "", filter: { price: { near: 3 } } as never })).rejects.toSatisfy(isInvalidArgument);
      await expect(store.upsert([{ id: "bad", text: { title: "x" }, filters: { colour: "red" } }])).rejects.toSatisfy(isInvalidArgument);
      await expect(store.upsert([{ id: "bad", text: { title: "x" }, filters: { price: "free" } }])).rejects.toSatisfy(isInvalidArgument);
      expect(await store.count()).toBe(12);
    });

    it("counts facet values among the matching documents", async () => {
      const { store } = await open();
      const all = await store.search({ query: "", facets: ["vendor", "inStock"], limit: 0 });
      expect(all.facets?.vendor).toEqual([
        { value: "Northwood", count: 4 },
        { value: "Clearline", count: 3 },
        { value: "Softhaus", count: 3 },
        { value: "Loomcraft", count: 2 },
      ]);
      expect(all.facets?.inStock).toEqual([
        { value: true, count: 8 },
        { value: false, count: 3 },
      ]);
      const tables = await store.search({ query: "table", facets: [{ field: "vendor", limit: 1 }] });
      expect(tables.facets?.vendor).toEqual([{ value: "Clearline", count: 2 }]);
      await expect(store.search({ query: "", facets: ["price"] })).rejects.toSatisfy(isInvalidArgument);
    });

    it("applies concurrent writes in call order and loses none", async () => {
      const { store } = await open();
      const versions = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima"];
      const writes: Promise<unknown>[] = [];
      for (let index = 0; index < 30; index++) {
        writes.push(store.upsert([{ id: `extra-${index}`, text: { title: "gadget extra" }, filters: { price: index } }]));
        if (index < 5) writes.push(store.delete([`p${index + 1}`]));
        if (index < versions.length) {
          writes.push(store.upsert([{ id: "p6", text: { title: `${versions[index]} desk` }, filters: { price: 1000 + index } }]));
        }
      }
      await Promise.all(writes);
      expect(await store.count()).toBe(12 + 30 - 5);
      expect((await store.search({ query: "gadget", limit: 100 })).total).toBe(30);
      expect(ids(await store.search({ query: "lima" }))).toEqual(["p6"]);
      expect(ids(await store.search({ query: "alpha" }))).toEqual([]);
      expect(await browse(store, { price: { gte: 1000 } })).toEqual(["p6"]);
      expect(await browse(store, { price: 1011 })).toEqual(["p6"]);
      expect(await browse(store, { vendor: "Northwood" })).toEqual(["p10"]);
    });

    it("keeps every write across a close and reopen", async () => {
      const { store, reopen } = await open();
      if (reopen === undefined) {
        // A store that keeps nothing still settles flush() after its writes.
        await store.delete(["p2"]);
        await store.flush();
        expect(await store.count()).toBe(11);
        return;
      }
      await store.upsert([{ id: "p1", text: { title: "Pine bench" }, filters: { price: 50, vendor: "Northwood" } }]);
      await store.delete(["p2"]);
      const before = ids(await store.search({ query: "table" }));
      await store.flush();
      await store.close();
      const again = await reopen();
      opened.push(again);
      expect(await again.count()).toBe(11);
      expect(ids(await again.search({ query: "bench" }))).toEqual(["p1"]);
      expect(ids(await again.search({ query: "bookshelf" }))).toEqual([]);
      expect(await browse(again, { vendor: "Northwood" })).toEqual(["p1", "p10", "p6"]);
      expect(ids(await again.search({ query: "table" }))).toEqual(before);
      await again.upsert([{ id: "p2", text: { title: "Oak bookshelf" } }]);
      expect(await again.count()).toBe(12);
    });

    it("refuses use after close", async () => {
      const { store } = await open(baseSettings, catalog.slice(0, 2));
      await store.close();
      await store.close();
      await expect(store.search({ query: "oak" })).rejects.toSatisfy(isClosed);
      await expect(store.upsert(catalog.slice(2, 3))).rejects.toSatisfy(isClosed);
      await expect(store.delete(["p1"])).rejects.toSatisfy(isClosed);
      await expect(store.count()).rejects.toSatisfy(isClosed);
      await expect(store.flush()).rejects.toSatisfy(isClosed);
    });

    if (options.vectors === true) {
      const vectorSettings = () => ({ ...baseSettings, embedding: { model: createConceptEmbeddingModel() } });

      it("finds documents by meaning in vector mode", async () => {
        const { store } = await open(vectorSettings());
        expect(ids(await store.search({ query: "couch", mode: "lexical" }))).toEqual([]);
        const result = await store.search({ query: "couch", mode: "vector", limit: 3 });
        expect(ids(result)).toEqual(["p11", "p4", "p5"]);
        expect(result.hits[0]?.vectorScore).toBeGreaterThan(0.8);
        expect(ids(await store.search({ query: "couch", mode: "vector", limit: 2, filter: { inStock: true } }))).toEqual(["p4", "p5"]);
      });

      it("fuses the lexical and vector rankings in hybrid mode", async () => {
        const { store } = await open(vectorSettings());
        const couch = await store.search({ query: "couch", limit: 3 });
        expect(ids(couch)).toEqual(["p11", "p4", "p5"]);
        expect(couch.total).toBe(12);
        const sofa = await store.search({ query: "linen sofa", limit: 5 });
        expect(sofa.hits[0]?.id).toBe("p4");
        expect(sofa.hits[0]?.lexicalScore).toBeGreaterThan(0);
        expect(sofa.hits[0]?.vectorScore).toBeGreaterThan(0.8);
        const filtered = await store.search({ query: "couch", limit: 5, filter: { price: { lt: 800 } } });
        expect(ids(filtered).slice(0, 2)).toEqual(["p11", "p5"]);
      });

      it("replaces vectors on upsert and keeps them across a reopen", async () => {
        const { store, reopen } = await open(vectorSettings());
        await store.upsert([{ id: "p8", text: { title: "Oak stool", description: "A seat of solid oak." } }]);
        const result = await store.search({ query: "couch", mode: "vector", limit: 12 });
        expect(ids(result).indexOf("p8")).toBeLessThan(ids(result).indexOf("p9"));
        if (reopen === undefined) return;
        await store.close();
        const again = await reopen();
        opened.push(again);
        expect(ids(await again.search({ query: "couch", mode: "vector", limit: 12 }))).toEqual(ids(result));
      });
    }
  });
}
