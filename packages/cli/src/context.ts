import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import {
  createAisle,
  createOfflineEmbeddingModel,
  createSampleStoreSources,
  importProductsFromCsv,
  importProductsFromJsonl,
  resolveDefaultModels,
  sampleStoreFacts,
  sampleStoreToday,
  type Aisle,
  type CatalogRowError,
  type ImportProgress,
  type KnowledgeDocument,
  type Product,
} from "@aisle/core";
import { CliError } from "./errors";
import type { Output } from "./output";

export type StoreFlags = { catalog?: string; knowledge?: string; store?: string; currency?: string };

export type LoadedStore = {
  aisle: Aisle;
  /** "sample" when no catalog was given. */
  source: string;
  products: number;
  rowErrors: CatalogRowError[];
  modelSource: string;
};

/** Reads products from a JSONL or CSV file (Shopify's product export by default), reporting progress. */
export async function importCatalog(path: string, output: Output, currency = "USD"): Promise<{ products: Product[]; errors: CatalogRowError[]; rows: number }> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined || !info.isFile()) throw new CliError(`No catalog file at ${path}.`, "Pass a .jsonl or .csv file, e.g. aisle index products.jsonl");
  const extension = extname(path).toLowerCase();
  const progress = output.progress(`Reading ${basename(path)}`, info.size);
  let bytes = 0;
  const stream = createReadStream(path);
  stream.on("data", (chunk) => {
    bytes += chunk.length;
    progress.update(bytes);
  });
  const onProgress = (update: ImportProgress) => progress.note(`${update.imported} products, ${update.failed} bad rows`);
  try {
    const result =
      extension === ".jsonl" || extension === ".ndjson"
        ? await importProductsFromJsonl(stream, { onProgress })
        : extension === ".csv"
          ? await importProductsFromCsv(stream, { onProgress, currencyCode: currency })
          : undefined;
    if (result === undefined) throw new CliError(`Cannot read ${basename(path)}: the catalog must be .jsonl or .csv.`, "Export your products as JSON Lines or as Shopify's product CSV.");
    progress.done(`${result.summary.imported} products from ${result.summary.rows} rows, ${result.summary.failed} bad rows`);
    return { products: result.products, errors: result.errors, rows: result.summary.rows };
  } catch (error) {
    progress.fail();
    throw error;
  }
}

async function readKnowledge(path: string): Promise<KnowledgeDocument[]> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) throw new CliError(`No knowledge file or folder at ${path}.`, "Pass a folder of .md/.html files or one file.");
  const files = info.isDirectory()
    ? (await readdir(path)).filter((name) => /\.(md|markdown|html?|txt)$/i.test(name)).sort().map((name) => join(path, name))
    : [path];
  return Promise.all(
    files.map(async (file) => {
      const extension = extname(file).toLowerCase();
      return {
        id: `doc:${basename(file, extension).toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
        content: await readFile(file, "utf8"),
        format: extension.startsWith(".htm") ? ("html" as const) : extension === ".txt" ? ("text" as const) : ("markdown" as const),
      };
    }),
  );
}

/** The client the commands use: the given catalog and knowledge, or the bundled sample store. */
export async function loadStore(flags: StoreFlags, output: Output): Promise<LoadedStore> {
  const defaults = resolveDefaultModels({ onNotice: (message) => output.notice(message) });
  const embeddings = defaults.source === "offline" ? defaults.embeddingModel : createOfflineEmbeddingModel();
  if (flags.catalog === undefined) {
    const { catalog, knowledge, orders, reviews, store } = createSampleStoreSources();
    const aisle = createAisle({
      model: defaults.languageModel,
      embeddings,
      store: { name: sampleStoreFacts.storeName, currency: sampleStoreFacts.currencyCode },
      catalog,
      knowledge,
      orders,
      reviews,
      returns: { windowDays: sampleStoreFacts.returnWindowDays, trialMinimumNights: sampleStoreFacts.mattressMinimumNights },
      now: () => new Date(sampleStoreToday),
    });
    return { aisle, source: "sample", products: store.products.length, rowErrors: [], modelSource: defaults.source };
  }
  const imported = await importCatalog(flags.catalog, output, flags.currency);
  const knowledge = flags.knowledge === undefined ? undefined : await readKnowledge(flags.knowledge);
  const aisle = createAisle({
    model: defaults.languageModel,
    embeddings,
    store: { name: flags.store ?? basename(flags.catalog, extname(flags.catalog)), currency: flags.currency ?? "USD" },
    catalog: imported.products,
    ...(knowledge === undefined ? {} : { knowledge }),
  });
  return { aisle, source: flags.catalog, products: imported.products.length, rowErrors: imported.errors, modelSource: defaults.source };
}
