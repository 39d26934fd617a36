import { spawnSync } from "node:child_process";
import * as fs from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { InvalidConfigError } from "../../errors/invalid-config-error";
import { SearchStoreFileError } from "../../errors/search-store-file-error";
import type { SearchDocument } from "../search-types";
import { createEmbeddedStore } from "./embedded-store";

// Lets a test make one file operation fail the way a full disk or a failing device would.
vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  return { ...actual, open: vi.fn(actual.open), rename: vi.fn(actual.rename) };
});
const actualFs = await vi.importActual<typeof import("node:fs/promises")>("node:fs/promises");

const directory = await actualFs.mkdtemp(join(tmpdir(), "aisle-store-file-"));
afterAll(() => actualFs.rm(directory, { recursive: true, force: true }));
let files = 0;
let path = "";
beforeEach(() => {
  path = join(directory, `catalog-${files++}.aisle`);
  vi.mocked(fs.open).mockClear();
  vi.mocked(fs.rename).mockClear();
});

const settings = { fields: { title: { weight: 2 }, body: { weight: 1 } }, filterFields: { price: "number" as const } };
const documents = (prefix: string, count: number): SearchDocument[] =>
  Array.from({ length: count }, (_, index) => ({ id: `${prefix}-${index}`, text: { title: `${prefix} lantern ${index}` }, filters: { price: index } }));

async function savedStore(count = 20) {
  const store = await createEmbeddedStore({ ...settings, path });
  await store.upsert(documents("first", count));
  await store.flush();
  return store;
}

const leftovers = async () => (await actualFs.readdir(directory)).filter((name) => name.endsWith(".tmp"));

async function expectFileError(promise: Promise<unknown>, reason: SearchStoreFileError["reason"]) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(SearchStoreFileError.isInstance(error)).toBe(true);
  expect((error as SearchStoreFileError).reason).toBe(reason);
  expect((error as SearchStoreFileError).path).toBe(path);
  expect((error as Error).message).toContain(path);
}

describe("embedded store file", () => {
  it("writes a versioned, checksummed file and loads it back", async () => {
    const store = await savedStore();
    expect(store.hasUnsavedChanges).toBe(false);
    await store.close();
    const bytes = await actualFs.readFile(path);
    expect(bytes.subarray(0, 8).toString("ascii")).toBe("AISLESTR");
    expect(bytes.readUInt32LE(8)).toBe(1);
    expect(Number(bytes.readBigUInt64LE(16))).toBe(bytes.length - 56);
    const again = await createEmbeddedStore({ ...settings, path });
    expect(await again.count()).toBe(20);
    expect((await again.search({ query: "lantern", filter: { price: { lt: 5 } } })).total).toBe(5);
    expect(await leftovers()).toEqual([]);
  });

  it("opens empty when the file does not exist yet, and writes nothing until there is a change", async () => {
    const store = await createEmbeddedStore({ ...settings, path });
    expect(await store.count()).toBe(0);
    await store.flush();
    await expect(actualFs.stat(path)).rejects.toThrow();
    await store.upsert(documents("a", 1));
    expect(store.hasUnsavedChanges).toBe(true);
    await store.close();
    expect((await actualFs.stat(path)).size).toBeGreaterThan(56);
  });

  it("refuses a file of another format version, naming the file", async () => {
    await (await savedStore()).close();
    const bytes = await actualFs.readFile(path);
    bytes.writeUInt32LE(2, 8);
    await actualFs.writeFile(path, bytes);
    await expectFileError(createEmbeddedStore({ ...settings, path }), "unsupported-version");
  });

  it("refuses a damaged, truncated or foreign file instead of loading part of it", async () => {
    await (await savedStore()).close();
    const good = await actualFs.readFile(path);
    const flipped = Buffer.from(good);
    flipped[good.length - 3] = (flipped[good.length - 3] as number) ^ 0xff;
    await actualFs.writeFile(path, flipped);
    await expectFileError(createEmbeddedStore({ ...settings, path }), "corrupt");
    await actualFs.writeFile(path, good.subarray(0, good.length - 100));
    await expectFileError(createEmbeddedStore({ ...settings, path }), "corrupt");
    await actualFs.writeFile(path, good.subarray(0, 30));
    await expectFileError(createEmbeddedStore({ ...settings, path }), "corrupt");
    await actualFs.writeFile(path, "id,title\n1,lantern\n");
    await expectFileError(createEmbeddedStore({ ...settings, path }), "corrupt");
  });

  it("refuses a file written with other fields", async () => {
    await (await savedStore()).close();
    await expectFileError(createEmbeddedStore({ fields: { title: { weight: 1 } }, path }), "incompatible");
  });

  it("keeps the previous file and leaves no temporary file when the rename fails", async () => {
    const store = await savedStore();
    const before = await actualFs.readFile(path);
    vi.mocked(fs.rename).mockRejectedValueOnce(Object.assign(new Error("EIO: i/o error, rename"), { code: "EIO" }));
    await store.upsert(documents("second", 5));
    await expectFileError(store.flush(), "write-failed");
    expect(await actualFs.readFile(path)).toEqual(before);
    expect(await leftovers()).toEqual([]);
    expect(store.hasUnsavedChanges).toBe(true);
    // The store is still usable and the next flush writes everything.
    await store.close();
    const again = await createEmbeddedStore({ ...settings, path });
    expect(await again.count()).toBe(25);
  });

  it("keeps the previous file when the disk fills up part way through the write", async () => {
    const store = await savedStore();
    const before = await actualFs.readFile(path);
    vi.mocked(fs.open).mockImplementationOnce(async (...args: Parameters<typeof actualFs.open>) => {
      const handle = await actualFs.open(...args);
      const write = handle.write.bind(handle) as (...values: unknown[]) => Promise<unknown>;
      let calls = 0;
      // The header goes through; the payload write fails after half of it reached the file.
      (handle as { write: unknown }).write = async (bytes: Uint8Array, offset: number, length: number) => {
        if (++calls < 2) return write(bytes, offset, length);
        await write(bytes, offset, Math.floor(length / 2));
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      };
      return handle;
    });
    await store.upsert(documents("second", 5));
    await expectFileError(store.flush(), "write-failed");
    expect(await actualFs.readFile(path)).toEqual(before);
    expect(await leftovers()).toEqual([]);
    const reopened = await createEmbeddedStore({ ...settings, path });
    expect(await reopened.count()).toBe(20);
  });

  it("loads the last complete file after a crash left a partial temporary file, and removes it", async () => {
    await (await savedStore()).close();
    // What a process killed mid-write leaves: a temporary file named with its (now unused) pid.
    const deadPid = spawnSync(process.execPath, ["-e", ""]).pid as number;
    const partial = `${path}.${deadPid}.0a1b2c.tmp`;
    await actualFs.writeFile(partial, Buffer.from("AISLESTR half a snapshot"));
    const store = await createEmbeddedStore({ ...settings, path });
    expect(await store.count()).toBe(20);
    await expect(actualFs.stat(partial)).rejects.toThrow();
  });

  it("queues concurrent upserts, deletes and flushes so the file holds every completed write", async () => {
    const store = await createEmbeddedStore({ ...settings, path });
    const work: Promise<unknown>[] = [];
    for (let round = 0; round < 10; round++) {
      work.push(store.upsert(documents(`round${round}`, 10)));
      work.push(store.flush());
      if (round % 3 === 0) work.push(store.delete([`round${round}-0`]));
    }
    work.push(store.close());
    await Promise.all(work);
    const again = await createEmbeddedStore({ ...settings, path });
    expect(await again.count()).toBe(100 - 4);
    expect(await leftovers()).toEqual([]);
  });

  it("names every bad setting, the engine's and the path", async () => {
    const error = await createEmbeddedStore({ fields: {}, path: "" }).catch((caught: unknown) => caught);
    expect(InvalidConfigError.isInstance(error)).toBe(true);
    expect((error as InvalidConfigError).issues.map((issue) => issue.path)).toEqual(["fields", "path"]);
  });
});
