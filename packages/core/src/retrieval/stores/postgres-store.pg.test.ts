import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { InvalidConfigError } from "../../errors/invalid-config-error";
import { searchStoreBattery } from "../../test/search-store-battery";
import { createPostgresStore } from "./postgres-store";

// The local PostgreSQL 15 has no pgvector: the lexical and filter SQL runs here, the vector SQL on PGlite.
const pool = new pg.Pool({ connectionString: process.env.AISLE_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test", max: 4 });
const schema = `aisle_test_${process.pid}_${randomBytes(4).toString("hex")}`;
afterAll(async () => {
  await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await pool.end();
});
let tables = 0;

searchStoreBattery("PostgreSQL store on a PostgreSQL server through pg", async (settings) => {
  const open = ((table) => () => createPostgresStore({ ...settings, client: pool, schema, table }))(`documents_${tables++}`);
  return { store: await open(), reopen: open };
});

describe("PostgreSQL store on a server without pgvector", () => {
  it("says that vectors need the pgvector extension", async () => {
    const error = await createPostgresStore({ client: pool, schema, table: "vectors", fields: { title: { weight: 1 } }, dimensions: 3 }).catch((caught: unknown) => caught);
    expect(InvalidConfigError.isInstance(error)).toBe(true);
    expect((error as InvalidConfigError).issues[0]?.path).toBe("dimensions");
    expect((error as Error).message).toContain("pgvector");
  });
});
