/**
 * Catalog sync benchmark: both paths of `createShopifyCatalogSync` against a local Admin API stand-in
 * (`admin-api-server.ts`, on 127.0.0.1 in its own process) with Shopify's leaky-bucket cost limits, cursor
 * pagination and bulk JSONL.
 *
 *   pnpm bench:shopify-sync -- [--products 100000] [--paginated-products 2000] [--bucket 20000]
 *                              [--restore-rate 1000] [--json <file>]
 *
 * Each path runs in a fresh child process, so one path's heap does not count against the other. Products are
 * fetched, joined, mapped and validated, then handed to an indexing step that extracts each product's search
 * text (`productToText`) and keeps nothing, so the RSS shows what the sync itself holds. Peak RSS is sampled
 * every 20 ms and reported when 10,000 and 100,000 products have been indexed.
 *
 * The default bucket is a Shopify Plus shop's (20,000 points, 1,000 a second). At that rate the paginated path
 * is bound by the bucket, not by the client: it runs on `--paginated-products` (the default bulk threshold),
 * because 100,000 products would take about half an hour, which is why larger runs use bulk operations.
 */
import { fork } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { productToText } from "@aisle/core";
import { createShopifyAdminClient } from "../src/admin/admin-client";
import { createShopifyCatalogSync, type CatalogSyncPath } from "../src/catalog/catalog-sync";
import { createInMemoryShopifyStore } from "../src/store/shopify-store";

type PathResult = {
  path: CatalogSyncPath;
  products: number;
  seconds: number;
  productsPerS: number;
  rssMbStart: number;
  rssMb10k: number | null;
  rssMb100k: number | null;
  rssMbPeak: number;
  throttledWaitS: number;
};

function readArguments(argv: string[]): Map<string, string> {
  const values = new Map<string, string>();
  const parts = argv.filter((part) => part !== "--");
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as string;
    if (!part.startsWith("--")) continue;
    const next = parts[index + 1];
    if (next !== undefined && !next.startsWith("--")) values.set(part.slice(2), (index++, next));
    else values.set(part.slice(2), "true");
  }
  return values;
}

const values = readArguments(process.argv.slice(2));
const number = (name: string, fallback: number) => {
  const raw = values.get(name);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a positive integer, got "${raw}".`);
    process.exit(2);
  }
  return value;
};

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Starts the Admin API stand-in and resolves with its port. */
function startServer(products: number): Promise<{ port: number; stop: () => void }> {
  const server = fork(fileURLToPath(new URL("./admin-api-server.ts", import.meta.url)), [
    "--products",
    String(products),
    "--bucket",
    String(number("bucket", 20_000)),
    "--restore-rate",
    String(number("restore-rate", 1_000)),
  ]);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.once("message", (message) => resolve({ port: (message as { port: number }).port, stop: () => server.disconnect() }));
  });
}

/** One path in this process: sync the whole catalog and measure. */
async function runPath(path: CatalogSyncPath, products: number): Promise<PathResult> {
  const server = await startServer(products);
  let throttledWaitMs = 0;
  const admin = createShopifyAdminClient({
    shop: "bench.myshopify.com",
    accessToken: "shpat_bench",
    baseUrl: `http://127.0.0.1:${server.port}`,
    sleep: async (ms) => {
      throttledWaitMs += ms;
      await new Promise((resolve) => setTimeout(resolve, ms));
    },
  });
  const sync = createShopifyCatalogSync({ admin, store: createInMemoryShopifyStore(), pollIntervalMs: 100 });
  const rssMbStart = megabytes(process.memoryUsage().rss);
  let peak = process.memoryUsage().rss;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, 20);
  let indexed = 0;
  let textLength = 0;
  let rss10k: number | null = null;
  let rss100k: number | null = null;
  const started = performance.now();
  await sync.run({
    path,
    onProducts: (batch) => {
      for (const product of batch) textLength += productToText(product).description.length;
      indexed += batch.length;
      sample();
      if (rss10k === null && indexed >= 10_000) rss10k = megabytes(peak);
      if (rss100k === null && indexed >= 100_000) rss100k = megabytes(peak);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  sample();
  server.stop();
  if (textLength === 0) throw new Error("nothing was indexed");
  return {
    path,
    products: indexed,
    seconds: Math.round(seconds * 100) / 100,
    productsPerS: Math.round(indexed / seconds),
    rssMbStart,
    rssMb10k: rss10k,
    rssMb100k: rss100k,
    rssMbPeak: megabytes(peak),
    throttledWaitS: Math.round(throttledWaitMs / 100) / 10,
  };
}

/** Runs a path in a fresh child process (this file with `--run <path>`). */
function runChild(path: CatalogSyncPath, products: number): Promise<PathResult> {
  const child = fork(fileURLToPath(import.meta.url), ["--run", path, "--products", String(products), ...["bucket", "restore-rate"].flatMap((name) => (values.has(name) ? [`--${name}`, values.get(name) as string] : []))]);
  return new Promise((resolve, reject) => {
    child.once("message", (message) => resolve(message as PathResult));
    child.once("exit", (code) => (code === 0 ? undefined : reject(new Error(`${path} run exited with ${code}`))));
  });
}

async function main() {
  const child = values.get("run") as CatalogSyncPath | undefined;
  if (child !== undefined) {
    const result = await runPath(child, number("products", 100_000));
    process.send?.(result);
    process.disconnect?.();
    return;
  }
  const products = number("products", 100_000);
  const paginatedProducts = number("paginated-products", 2_000);
  console.log(`Syncing ${products.toLocaleString("en")} products (bulk) and ${paginatedProducts.toLocaleString("en")} (paginated) from a local Admin API stand-in...`);
  const bulk = await runChild("bulk", products);
  const paginated = await runChild("paginated", paginatedProducts);
  const cell = (value: number | null) => (value === null ? "—" : String(value));
  console.table(
    [bulk, paginated].map((result) => ({
      path: result.path,
      products: result.products,
      seconds: result.seconds,
      "products/s": result.productsPerS,
      "RSS start MB": result.rssMbStart,
      "RSS @10k MB": cell(result.rssMb10k),
      "RSS @100k MB": cell(result.rssMb100k),
      "RSS peak MB": result.rssMbPeak,
      "waited for bucket s": result.throttledWaitS,
    })),
  );
  const json = values.get("json");
  if (json !== undefined) {
    const shape = (result: PathResult) => ({
      productsPerS: result.productsPerS,
      rssMb10k: result.rssMb10k,
      rssMb100k: result.rssMb100k,
      products: result.products,
      seconds: result.seconds,
      rssMbPeak: result.rssMbPeak,
      throttledWaitS: result.throttledWaitS,
    });
    writeFileSync(json, `${JSON.stringify({ bulk: shape(bulk), paginated: shape(paginated) }, null, 2)}\n`);
    console.log(`Wrote ${json}`);
  }
}

await main();
