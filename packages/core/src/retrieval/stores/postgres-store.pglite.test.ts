import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { afterAll, describe, expect, it, vi } from "vitest";
import { InvalidArgumentError } from "../../errors/invalid-argument-error";
import { InvalidConfigError } from "../../errors/invalid-config-error";
import type { EmbeddingModel } from "../../spec";
import { searchStoreBattery } from "../../test/search-store-battery";
import { createPostgresStore } from "./postgres-store";

const database = await PGlite.create({ extensions: { vector } });
afterAll(() => database.close());
let tables = 0;

searchStoreBattery(
  "PostgreSQL store on PGlite with pgvector",
  async (settings) => {
    const open = ((table) => () => createPostgresStore({ ...settings, client: database, table }))(`documents_${tables++}`);
    return { store: await open(), reopen: open };
  },
  { vectors: true },
);

describe("PostgreSQL store specifics (PGlite)", () => {
  const fields = { title: { weight: 2 }, body: { weight: 1 } };
  const lengthModel = (dimensions: number | undefined): EmbeddingModel => ({
    specificationVersion: "aisle.v1",
    provider: "test",
    modelId: "length",
    dimensions,
    doEmbed: vi.fn(async ({ values }: { values: string[] }) => ({ embeddings: values.map((value) => [value.length, 1, 0]) })),
  });
  const expectConfigError = async (promise: Promise<unknown>, path: string) => {
    const error = await promise.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(InvalidConfigError.isInstance(error)).toBe(true);
    expect((error as InvalidConfigError).issues.map((issue) => issue.path)).toContain(path);
  };

  it("migrates idempotently and refuses a table made for other settings", async () => {
    const table = "specifics_layout";
    await (await createPostgresStore({ client: database, table, fields })).close();
    await (await createPostgresStore({ client: database, table, fields })).close();
    await (await createPostgresStore({ client: database, table, fields, migrate: false })).close();
    await expectConfigError(createPostgresStore({ client: database, table, fields: { title: { weight: 1 } } }), "table");
    await expectConfigError(createPostgresStore({ client: database, table, fields, language: "de" }), "table");
    await database.query("CREATE TABLE specifics_foreign (id text PRIMARY KEY)");
    await expectConfigError(createPostgresStore({ client: database, table: "specifics_foreign", fields }), "table");
    await expectConfigError(createPostgresStore({ client: database, table: "specifics_missing", fields, migrate: false }), "migrate");
  });

  it("names every bad setting", async () => {
    const error = await createPostgresStore({
      client: {} as never,
      table: "Bad-Name",
      fields: { id: { weight: 1 } },
    }).catch((caught: unknown) => caught);
    expect(InvalidConfigError.isInstance(error)).toBe(true);
    expect((error as InvalidConfigError).issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(["client", "table", "fields.id"]));
    await expectConfigError(createPostgresStore({ client: database, table: "t", fields, embedding: { model: lengthModel(undefined) } }), "dimensions");
    await expectConfigError(createPostgresStore({ client: database, table: "t", fields, embedding: { model: lengthModel(3) }, dimensions: 4 }), "dimensions");
  });

  it("stores and filters values holding SQL as plain data", async () => {
    const hostile = "x'); DROP TABLE specifics_values; --";
    const store = await createPostgresStore({ client: database, table: "specifics_values", fields, filterFields: { vendor: "keyword" } });
    await store.upsert([{ id: hostile, text: { title: `lantern ${hostile}`, body: "\u0000nul" }, filters: { vendor: hostile } }]);
    expect((await store.search({ query: "lantern", filter: { vendor: hostile } })).hits.map((hit) => hit.id)).toEqual([hostile]);
    expect((await store.search({ query: "drop table", filter: { vendor: { in: [hostile, "o'brien"] } } })).total).toBe(1);
    await expect(store.search({ query: "", filter: { 'vendor" = 1 OR "': "x" } })).rejects.toSatisfy(InvalidArgumentError.isInstance);
    expect(await store.delete([hostile])).toBe(1);
  });

  it("ranks up to eight fields with four weight classes, in another language", async () => {
    const store = await createPostgresStore({
      client: database,
      table: "specifics_weights",
      language: "de",
      fields: { a: { weight: 5 }, b: { weight: 4 }, c: { weight: 3 }, d: { weight: 2 }, e: { weight: 1 } },
    });
    await store.upsert([
      { id: "in-e", text: { e: "Tische" } },
      { id: "in-a", text: { a: "Tisch" } },
      { id: "in-c", text: { c: "Tische" } },
    ]);
    expect((await store.search({ query: "tisch" })).hits.map((hit) => hit.id)).toEqual(["in-a", "in-c", "in-e"]);
  });

  it("stores vectors that documents bring without calling the model, and indexes them with HNSW", async () => {
    const model = lengthModel(3);
    const store = await createPostgresStore({ client: database, table: "specifics_vectors", fields, embedding: { model } });
    await store.upsert([{ id: "given", text: { title: "lantern" }, vector: [0, 0, 1] }]);
    expect(model.doEmbed).not.toHaveBeenCalled();
    await store.upsert([{ id: "embedded", text: { title: "lantern" } }]);
    expect(model.doEmbed).toHaveBeenCalledTimes(1);
    await expect(store.upsert([{ id: "short", text: { title: "x" }, vector: [1, 2] }])).rejects.toSatisfy(InvalidArgumentError.isInstance);
    await expect(store.search({ query: "lantern", diversity: { lambda: 0.5 } })).rejects.toSatisfy(InvalidArgumentError.isInstance);
    const indexes = await database.query<{ indexdef: string }>("SELECT indexdef FROM pg_indexes WHERE tablename = 'specifics_vectors'");
    expect(indexes.rows.some((row) => row.indexdef.includes("USING hnsw (embedding vector_cosine_ops)"))).toBe(true);
    const lexicalOnly = await createPostgresStore({ client: database, table: "specifics_lexical", fields });
    await expect(lexicalOnly.upsert([{ id: "v", text: { title: "x" }, vector: [1, 2, 3] }])).rejects.toSatisfy(InvalidArgumentError.isInstance);
    await expect(lexicalOnly.search({ query: "x", mode: "hybrid" })).rejects.toSatisfy(InvalidArgumentError.isInstance);
  });
});

describe("PostgreSQL store vector index (PGlite)", () => {
  it("gets every candidate through the HNSW index, also under a filter", async () => {
    const model: EmbeddingModel = {
      specificationVersion: "aisle.v1",
      provider: "test",
      modelId: "angle",
      dimensions: 2,
      doEmbed: async ({ values }) => ({ embeddings: values.map((value) => [Math.cos(Number(value) / 100), Math.sin(Number(value) / 100)]) }),
    };
    const store = await createPostgresStore({ client: database, table: "specifics_hnsw", fields: { title: { weight: 1 } }, filterFields: { group: "number" }, embedding: { model } });
    await store.upsert(Array.from({ length: 150 }, (_, index) => ({ id: `d${index}`, text: { title: String(index) }, filters: { group: index % 3 } })));
    // Make the planner use the index, as it would on a large table; without the store's per-statement
    // settings an HNSW scan stops at hnsw.ef_search (40) rows.
    await database.query("SET enable_seqscan = off");
    try {
      const all = await store.search({ query: "0", mode: "vector", limit: 100 });
      expect(all.hits).toHaveLength(100);
      expect(all.hits[0]?.id).toBe("d0");
      const filtered = await store.search({ query: "0", mode: "vector", limit: 100, filter: { group: 1 } });
      expect(filtered.hits).toHaveLength(50);
      expect((await database.query<{ value: string }>("SELECT current_setting('hnsw.ef_search') AS value")).rows[0]?.value).toBe("40");
    } finally {
      await database.query("RESET enable_seqscan");
    }
  });
});
