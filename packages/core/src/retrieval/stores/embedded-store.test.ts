import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { searchStoreBattery } from "../../test/search-store-battery";
import { createEmbeddedStore } from "./embedded-store";

const directory = await mkdtemp(join(tmpdir(), "aisle-embedded-store-"));
afterAll(() => rm(directory, { recursive: true, force: true }));
let files = 0;

searchStoreBattery("embedded store in memory", async (settings) => ({ store: await createEmbeddedStore(settings) }), { vectors: true });
searchStoreBattery(
  "embedded store with a file",
  async (settings) => {
    const path = join(directory, `store-${files++}.aisle`);
    return { store: await createEmbeddedStore({ ...settings, path }), reopen: () => createEmbeddedStore({ ...settings, path }) };
  },
  { vectors: true },
);
