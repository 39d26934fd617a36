import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors/invalid-argument-error";
import { InvalidConfigError } from "../errors/invalid-config-error";
import { createOfflineEmbeddingModel } from "../providers/offline/offline-embedding-model";
import type { EmbeddingModel } from "../spec";
import { createSearchEngine } from "./search-engine";
import type { SearchEngineSettings } from "./search-engine-settings";
import type { SearchDocument } from "./search-types";

/** A small hardware-store catalog written for these tests. */
const catalog: SearchDocument[] = [
  product("drill-1", "Cordless Drill Driver 20V", "Power Tools", ["drill", "cordless"], "Voltix", 129, true),
  product("drill-2", "Hammer Drill 1/2 in. Corded", "Power Tools", ["drill"], "Voltix", 89, true),
  product("bits-1", "Drill Bit Set (21-Piece)", "Accessories", ["drill", "bits"], "Bitwise", 19, true),
  product("saw-1", "Circular Saw 7-1/4 in. Blade", "Power Tools", ["saw"], "Sawtooth", 99, false),
  product("hose-1", "Garden Hose 5/8 in. x 50 ft.", "Garden", ["hose", "watering"], "Greenway", 35, true),
  product("hose-2", "Expandable Garden Hose 100 ft", "Garden", ["hose"], "Greenway", 49, true),
  product("fridge-1", "Frigidaire Refrigerator 18 cu. ft. Top Freezer", "Appliances", ["refrigerator"], "Frigidaire", 799, true),
  product("sofa-1", "Three-Seat Couch in Grey Linen", "Furniture", ["living room"], "Restwell", 650, true),
  product("stud-1", "2 in. x 4 in. x 8 ft. Pine Stud", "Lumber", ["framing"], "Northwood", 4, true),
  product("tv-1", "55 in. Television 4K UHD", "Electronics", ["tv"], "Vista", 399, false),
];

function product(
  id: string,
  title: string,
  type: string,
  tags: string[],
  vendor: string,
  price: number,
  available: boolean,
): SearchDocument {
  return { id, text: { title, type, tags }, filters: { vendor, price, available, tags } };
}

const baseSettings: SearchEngineSettings = {
  fields: { title: { weight: 3 }, type: { weight: 1 }, tags: { weight: 1 } },
  filterFields: { vendor: "keyword", price: "number", available: "boolean", tags: "keyword" },
};

async function engineWith(settings: Partial<SearchEngineSettings> = {}, documents = catalog) {
  const engine = createSearchEngine({ ...baseSettings, ...settings });
  await engine.add(documents);
  return engine;
}

const ids = (result: { hits: { id: string }[] }) => result.hits.map((hit) => hit.id);

describe("createSearchEngine", () => {
  it("names every bad setting", () => {
    try {
      createSearchEngine({ fields: {}, k1: -1, fusion: { vectorWeight: 2 } } as unknown as SearchEngineSettings);
      expect.unreachable();
    } catch (error) {
      expect(InvalidConfigError.isInstance(error)).toBe(true);
      const paths = (error as InvalidConfigError).issues.map((issue) => issue.path);
      expect(paths).toEqual(expect.arrayContaining(["fields", "k1", "fusion.vectorWeight"]));
    }
  });

  it("rejects an embedding field that is not a text field", () => {
    expect(() =>
      createSearchEngine({ ...baseSettings, embedding: { model: createOfflineEmbeddingModel(), fields: ["body"] } }),
    ).toThrow(/embedding\.fields\.0/);
  });
});

describe("lexical search", () => {
  it("ranks by BM25F, stemming plurals and ignoring case", async () => {
    const engine = await engineWith();
    const result = await engine.search({ query: "DRILLS" });
    expect(ids(result).slice(0, 3).sort()).toEqual(["bits-1", "drill-1", "drill-2"]);
    expect(result.total).toBe(3);
    expect(result.hits[0]?.lexicalScore).toBeGreaterThan(0);
  });

  it("weights fields: a title match outranks the same word in a lower-weighted field", async () => {
    const documents: SearchDocument[] = [
      { id: "in-tags", text: { title: "Ladder", type: "Tools", tags: ["aluminum"] } },
      { id: "in-title", text: { title: "Aluminum Ladder", type: "Tools", tags: [] } },
    ];
    const titleHeavy = await engineWith({}, documents);
    expect(ids(await titleHeavy.search({ query: "aluminum" }))).toEqual(["in-title", "in-tags"]);
    const tagsHeavy = await engineWith(
      { fields: { title: { weight: 1 }, type: { weight: 1 }, tags: { weight: 5 } }, filterFields: {} },
      documents,
    );
    expect(ids(await tagsHeavy.search({ query: "aluminum" }))).toEqual(["in-tags", "in-title"]);
  });

  it("matches sizes written differently in query and title", async () => {
    const engine = await engineWith();
    expect(ids(await engine.search({ query: "2x4 stud" }))[0]).toBe("stud-1");
    expect(ids(await engine.search({ query: '5/8" hose' }))[0]).toBe("hose-1");
    expect(ids(await engine.search({ query: "100 feet hose" }))[0]).toBe("hose-2");
  });

  it("tolerates a one-letter typo in a longer word, below exact matches", async () => {
    const engine = await engineWith();
    expect(ids(await engine.search({ query: "frigidare" }))).toEqual(["fridge-1"]);
    expect(ids(await engine.search({ query: "refrigerater" }))).toEqual(["fridge-1"]);
    const strict = await engineWith({ typoTolerance: { enabled: false, minLength: 5, rareDocumentFrequency: 2, rareFrequencyRatio: 20, weight: 0.6, maxAlternatives: 3 } });
    expect(ids(await strict.search({ query: "frigidare" }))).toEqual([]);
    // Short words are left alone: "saw" must not match "sew" or "say".
    expect(ids(await engine.search({ query: "sew" }))).toEqual([]);
  });

  it("expands configured synonyms, one-word and multi-word, at a lower weight", async () => {
    const engine = await engineWith({ synonyms: [["sofa", "couch"], ["tv", "flat screen"], ["fridge", "refrigerator"]] });
    expect(ids(await engine.search({ query: "sofa" }))).toEqual(["sofa-1"]);
    expect(ids(await engine.search({ query: "fridge" }))).toEqual(["fridge-1"]);
    expect(ids(await engine.search({ query: "flat screen" }))).toEqual(["tv-1"]);
    const plain = await engineWith();
    expect(ids(await plain.search({ query: "sofa" }))).toEqual([]);
  });

  it("joins two query words when the catalog spells them as one", async () => {
    const engine = await engineWith({}, [{ id: "grill", text: { title: "Char-Broil Gas Grill" } }, { id: "other", text: { title: "Gas Can" } }]);
    expect(ids(await engine.search({ query: "charbroil grill" }))[0]).toBe("grill");
    expect(ids(await engine.search({ query: "char broil" }))[0]).toBe("grill");
  });

  it("pages with limit and offset", async () => {
    const engine = await engineWith();
    const all = ids(await engine.search({ query: "drill", limit: 10 }));
    expect(ids(await engine.search({ query: "drill", limit: 1, offset: 1 }))).toEqual([all[1]]);
  });
});

describe("filters and facets", () => {
  it("applies numeric ranges, keyword lists, booleans and combinations during search", async () => {
    const engine = await engineWith();
    expect(ids(await engine.search({ query: "drill", filter: { price: { lte: 100 } } })).sort()).toEqual(["bits-1", "drill-2"]);
    expect(ids(await engine.search({ query: "hose", filter: { price: { gt: 35, lt: 50 } } }))).toEqual(["hose-2"]);
    expect(ids(await engine.search({ query: "saw", filter: { available: true } }))).toEqual([]);
    expect(ids(await engine.search({ query: "drill", filter: { vendor: { in: ["Bitwise"] } } }))).toEqual(["bits-1"]);
    expect(ids(await engine.search({ query: "drill", filter: { vendor: { notIn: ["Voltix"] } } }))).toEqual(["bits-1"]);
    expect(ids(await engine.search({ query: "drill", filter: { tags: "cordless" } }))).toEqual(["drill-1"]);
    expect(
      ids(await engine.search({ query: "drill hose", filter: { $or: [{ vendor: "Greenway" }, { price: { lt: 20 } }], $not: { tags: "watering" } } })),
    ).toEqual(expect.arrayContaining(["bits-1", "hose-2"]));
    expect(ids(await engine.search({ query: "drill", filter: { vendor: "Unknown brand" } }))).toEqual([]);
  });

  it("rejects unknown filter fields and conditions that do not fit the field", async () => {
    const engine = await engineWith();
    await expect(engine.search({ query: "drill", filter: { colour: "red" } })).rejects.toSatisfy(InvalidArgumentError.isInstance);
    await expect(engine.search({ query: "drill", filter: { vendor: { gte: 3 } } })).rejects.toThrow(/number field/);
    await expect(engine.search({ query: "drill", filter: { price: "cheap" } })).rejects.toThrow(/number values/);
  });

  it("counts facet values over every matching document, not only the returned page", async () => {
    const engine = await engineWith();
    const result = await engine.search({ query: "drill", limit: 1, facets: ["vendor", { field: "available", limit: 5 }] });
    expect(result.hits).toHaveLength(1);
    expect(result.facets?.vendor).toEqual([
      { value: "Voltix", count: 2 },
      { value: "Bitwise", count: 1 },
    ]);
    expect(result.facets?.available).toEqual([{ value: true, count: 3 }]);
    const browse = await engine.search({ query: "", filter: { available: false }, facets: ["vendor"] });
    expect(browse.total).toBe(2);
    expect(browse.facets?.vendor?.map((facet) => facet.value).sort()).toEqual(["Sawtooth", "Vista"]);
    await expect(engine.search({ query: "drill", facets: ["price"] })).rejects.toThrow(/keyword or boolean/);
  });
});

describe("updates", () => {
  it("replaces a document added again under the same id and forgets removed ones", async () => {
    const engine = await engineWith();
    await engine.add([product("drill-2", "Impact Wrench 1/2 in.", "Power Tools", ["wrench"], "Voltix", 149, true)]);
    expect(engine.size).toBe(catalog.length);
    expect(ids(await engine.search({ query: "hammer drill" }))).not.toContain("drill-2");
    expect(ids(await engine.search({ query: "impact wrench" }))).toEqual(["drill-2"]);
    expect(ids(await engine.search({ query: "wrench", filter: { price: { gt: 100 } } }))).toEqual(["drill-2"]);
    expect(engine.remove(["drill-1", "missing"])).toBe(1);
    expect(engine.has("drill-1")).toBe(false);
    expect(ids(await engine.search({ query: "cordless drill" }))).not.toContain("drill-1");
    expect(engine.size).toBe(catalog.length - 1);
  });

  it("ranks the same after compaction as before it", async () => {
    const engine = await engineWith();
    engine.remove(["hose-2"]);
    await engine.add([product("hose-3", "Soaker Hose 25 ft", "Garden", ["hose"], "Greenway", 15, true)]);
    const before = await engine.search({ query: "garden hose drill", limit: 10 });
    engine.optimize();
    const after = await engine.search({ query: "garden hose drill", limit: 10 });
    expect(ids(after)).toEqual(ids(before));
    after.hits.forEach((hit, index) => expect(hit.score).toBeCloseTo(before.hits[index]?.score ?? 0, 5));
  });
});

describe("hybrid search", () => {
  const model = createOfflineEmbeddingModel({ dimensions: 128 });

  it("fuses lexical and vector rankings and finds misspellings the lexical side misses", async () => {
    const engine = await engineWith({ embedding: { model } });
    // Two edits away from every catalog word: beyond typo tolerance, within reach of character n-grams.
    const lexical = await engine.search({ query: "ekspandable hoaze", mode: "lexical" });
    expect(ids(lexical)).toEqual([]);
    const hybrid = await engine.search({ query: "ekspandable hoaze", limit: 2 });
    expect(ids(hybrid)[0]).toBe("hose-2");
    expect(hybrid.hits[0]?.vectorScore).toBeGreaterThan(0);
    const rrf = await engine.search({ query: "garden hose", limit: 2, fusion: { method: "rrf" } });
    expect(ids(rrf).sort()).toEqual(["hose-1", "hose-2"]);
  });

  it("applies filters to the vector side as well", async () => {
    const engine = await engineWith({ embedding: { model } });
    const result = await engine.search({ query: "garden hoses", mode: "vector", limit: 3, filter: { price: { gte: 40 } } });
    expect(ids(result)[0]).toBe("hose-2");
    expect(ids(result)).not.toContain("hose-1");
  });

  it("embeds documents in batches through any EmbeddingModel and uses precomputed vectors as given", async () => {
    const calls: number[] = [];
    const counting: EmbeddingModel = {
      ...model,
      maxEmbeddingsPerCall: 4,
      async doEmbed(options) {
        calls.push(options.values.length);
        return model.doEmbed(options);
      },
    };
    const engine = createSearchEngine({ ...baseSettings, embedding: { model: counting, batchSize: 4 } });
    const precomputed = { ...(catalog[0] as SearchDocument), vector: model.embedText("Cordless Drill Driver 20V\nPower Tools\ndrill cordless") };
    await engine.add([precomputed, ...catalog.slice(1)]);
    // Batches of four; the first batch's precomputed vector is not sent to the model.
    expect(calls).toEqual([3, 4, 2]);
    expect(engine.stats().vectors).toBe(catalog.length);
  });

  it("refuses a batch whose precomputed vectors have the wrong length, leaving the index unchanged", async () => {
    const engine = await engineWith({ embedding: { model } });
    const bad = { ...(catalog[0] as SearchDocument), id: "bad", vector: [1, 2, 3] };
    await expect(engine.add([bad])).rejects.toThrow(/128 dimensions/);
    expect(engine.has("bad")).toBe(false);
  });

  it("refuses vector search without an embedding model", async () => {
    const engine = await engineWith();
    await expect(engine.search({ query: "drill", mode: "vector" })).rejects.toThrow(/embedding model/);
  });
});

describe("diversity and reranking", () => {
  const variants: SearchDocument[] = [
    { id: "red", text: { title: "Patio Umbrella 9 ft in Red" } },
    { id: "blue", text: { title: "Patio Umbrella 9 ft in Blue" } },
    { id: "green", text: { title: "Patio Umbrella 9 ft in Green" } },
    { id: "base", text: { title: "Patio Umbrella Base Weight" } },
  ];

  it("spreads near-duplicates apart with MMR, by vectors or by shared terms", async () => {
    for (const settings of [{}, { embedding: { model: createOfflineEmbeddingModel() } }]) {
      const engine = await engineWith(settings, variants);
      const plain = ids(await engine.search({ query: "patio umbrella 9 ft", limit: 2 }));
      expect(plain).not.toContain("base");
      const diverse = ids(await engine.search({ query: "patio umbrella 9 ft", limit: 2, diversity: { lambda: 0.1 } }));
      expect(diverse).toContain("base");
      expect(diverse[0]).toBe(plain[0]);
    }
  });

  it("lets a reranker reorder and drop the top candidates", async () => {
    const engine = await engineWith({ rerank: async (_query, candidates) => [...candidates].reverse() });
    const plain = ids(await engine.search({ query: "drill", rerank: null }));
    expect(ids(await engine.search({ query: "drill" }))).toEqual([...plain].reverse());
    expect(Object.keys((await engine.search({ query: "drill" })).hits[0] ?? {}).sort()).toEqual(["id", "lexicalScore", "score"]);
    const seen: string[][] = [];
    const dropped = await engine.search({
      query: "drill",
      rerankDepth: 2,
      rerank: async (query, candidates) => {
        seen.push([query, ...candidates.map((candidate) => candidate.id)]);
        return candidates.filter((candidate) => candidate.id !== plain[0]);
      },
    });
    expect(seen).toEqual([["drill", ...plain.slice(0, 2)]]);
    expect(ids(dropped)).toEqual(plain.slice(1));
  });
});

describe("state export and import", () => {
  it("round-trips the whole index through the binary snapshot", async () => {
    const model = createOfflineEmbeddingModel({ dimensions: 64 });
    const settings = { embedding: { model }, synonyms: [["sofa", "couch"]] };
    const original = await engineWith(settings);
    original.remove(["saw-1"]);
    const state = original.exportState();
    expect(state).toBeInstanceOf(Uint8Array);

    const restored = createSearchEngine({ ...baseSettings, ...settings });
    restored.importState(state);
    expect(restored.size).toBe(original.size);
    for (const request of [
      { query: "drill", facets: ["vendor"] },
      { query: "sofa" },
      { query: "garden hoses", mode: "vector" as const },
      { query: "hose", filter: { price: { lt: 40 } } },
      { query: "saw" },
    ]) {
      expect(await restored.search(request)).toEqual(await original.search(request));
    }
    await restored.add([product("saw-2", "Jig Saw", "Power Tools", ["saw"], "Sawtooth", 59, true)]);
    expect(ids(await restored.search({ query: "jig saw" }))[0]).toBe("saw-2");
  });

  it("refuses a snapshot from an engine with different fields or a corrupted one", async () => {
    const state = (await engineWith()).exportState();
    const other = createSearchEngine({ fields: { title: {} } });
    expect(() => other.importState(state)).toThrow(/other fields/);
    const truncated = state.slice(0, state.length - 64);
    expect(() => createSearchEngine(baseSettings).importState(truncated)).toThrow(InvalidArgumentError);
    expect(() => createSearchEngine(baseSettings).importState(new TextEncoder().encode("not an index"))).toThrow(/magic/);
  });
});
