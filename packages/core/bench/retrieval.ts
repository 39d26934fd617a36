/**
 * Product-search benchmark: Aisle's lexical and hybrid engines against MiniSearch and Orama on the same
 * catalog, queries and graded judgments.
 *
 *   pnpm bench:retrieval -- --data <folder> [--json <file>] [--engines a,b]
 *     [--scale [--scale-size N] [--scale-stores embedded,pglite,pglite-vectors] [--pglite-size N]
 *      [--pglite-vector-size N] [--pglite-queries N]]
 *
 * `<folder>` holds `products.jsonl`, `queries.tsv` and `qrels.tsv` (see the data README). Every engine runs in
 * its own child process, so peak RSS, build time and query latency are that engine's alone; each child loads
 * the same data first, so RSS includes the same loaded catalog for every engine. Data is read at run time
 * only; nothing from it is stored in the project.
 *
 * `--scale` builds synthetic catalogs (titles sampled from the catalog's word distribution) in the search
 * stores, each in its own child: the embedded store (default 1,000,000 products, with offline embeddings),
 * the PostgreSQL store on PGlite with full-text search only (default the same size), and the PostgreSQL
 * store on PGlite with pgvector and an HNSW index (default 100,000: building HNSW over 256-dimensional vectors
 * in single-threaded WASM took about 160 s for 100,000 rows here, and grows faster than linearly).
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { safeParseJson } from "../src/util/parse-json";
import { benchEngineNames, createBenchEngine } from "./retrieval/engines";
import { loadProductSearchData } from "./retrieval/load-data";
import { mean, ndcgAt, percentile, recallAt } from "./retrieval/metrics";
import { runScale, type ScaleResult } from "./retrieval/scale";
import { runPgliteScale, type PgliteScaleResult } from "./retrieval/scale-pglite";
import { readFlags } from "./shared/flags";

type EngineResult = {
  ndcg10: number;
  recall100: number;
  buildMs: number;
  p50Ms: number;
  p95Ms: number;
  rssMb: number;
  note: string;
  queries: number;
  scoredQueries: number;
};

const engineResultSchema = z.object({
  ndcg10: z.number(),
  recall100: z.number(),
  buildMs: z.number(),
  p50Ms: z.number(),
  p95Ms: z.number(),
  rssMb: z.number(),
  note: z.string(),
  queries: z.number(),
  scoredQueries: z.number(),
});

const pgliteScaleResultSchema = z.object({
  documents: z.number(),
  vectors: z.boolean(),
  buildMs: z.number(),
  indexMs: z.number().nullable(),
  rssMb: z.number(),
  p50Ms: z.number(),
  p95Ms: z.number(),
  hybridP50Ms: z.number().nullable(),
  hybridP95Ms: z.number().nullable(),
  vectorP50Ms: z.number().nullable(),
  vectorP95Ms: z.number().nullable(),
  queries: z.number(),
});

const scaleResultSchema = pgliteScaleResultSchema.omit({ indexMs: true }).extend({ flushMs: z.number(), fileMb: z.number(), loadMs: z.number() });

const scaleStoreNames = ["embedded", "pglite", "pglite-vectors"] as const;
type ScaleStoreName = (typeof scaleStoreNames)[number];
type ScaleRow = { store: ScaleStoreName; result: ScaleResult | PgliteScaleResult };

const readArguments = readFlags;

const resultPrefix = "RESULT ";

async function runChild(engineName: string, data: string, aisleOverrides: string | undefined): Promise<void> {
  const { products, queries, judgments } = loadProductSearchData(data);
  let overrides: Record<string, unknown> = {};
  if (aisleOverrides !== undefined) {
    const parsed = safeParseJson(aisleOverrides, z.record(z.string(), z.unknown()));
    if (!parsed.success) throw parsed.error;
    overrides = parsed.value;
  }
  const engine = createBenchEngine(engineName, overrides);
  const buildStart = performance.now();
  await engine.build(products);
  const buildMs = performance.now() - buildStart;

  const latencies: number[] = [];
  const ndcgs: number[] = [];
  const recalls: number[] = [];
  for (const query of queries) {
    const start = performance.now();
    const ranked = await engine.search(query.text, 100);
    latencies.push(performance.now() - start);
    const judged = judgments.get(query.id) ?? new Map<string, number>();
    const ndcg = ndcgAt(10, ranked, judged);
    const recall = recallAt(100, ranked, judged);
    if (ndcg !== undefined) ndcgs.push(ndcg);
    if (recall !== undefined) recalls.push(recall);
  }
  latencies.sort((a, b) => a - b);
  const result: EngineResult = {
    ndcg10: mean(ndcgs),
    recall100: mean(recalls),
    buildMs,
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    rssMb: process.resourceUsage().maxRSS / 1024,
    note: engine.note,
    queries: queries.length,
    scoredQueries: ndcgs.length,
  };
  process.stdout.write(`${resultPrefix}${JSON.stringify(result)}\n`);
}

/** Runs this script again in a child process and reads the one result line it prints. */
function spawnChild(arguments_: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const script = fileURLToPath(import.meta.url);
    const child = spawn(process.execPath, [...process.execArgv, script, ...arguments_], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const line = output.split("\n").find((candidate) => candidate.startsWith(resultPrefix));
      if (code !== 0 || line === undefined) reject(new Error(`child ${arguments_.join(" ")} exited with ${code}:\n${output}`));
      else resolve(line.slice(resultPrefix.length));
    });
  });
}

function format(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : "n/a";
}

function printTable(results: Record<string, EngineResult>): void {
  const header = ["engine", "nDCG@10", "recall@100", "build ms", "p50 ms", "p95 ms", "peak RSS MB"];
  const rows = Object.entries(results).map(([name, result]) => [
    name,
    format(result.ndcg10, 4),
    format(result.recall100, 4),
    format(result.buildMs, 0),
    format(result.p50Ms, 3),
    format(result.p95Ms, 3),
    format(result.rssMb, 0),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] as string).length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] as number) : cell.padStart(widths[column] as number))).join("  ");
  console.log(line(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of rows) console.log(line(row));
  console.log("");
  for (const [name, result] of Object.entries(results)) console.log(`  ${name}: ${result.note}`);
  const first = Object.values(results)[0];
  if (first !== undefined) {
    console.log(
      `  nDCG@10: gain = relevance - 1, log2 discount, unjudged products gain 0; the mean is over the ${first.scoredQueries} of ${first.queries} queries with a judged product above 1.0 (the others have no ideal ranking and are left out). recall@100 counts products judged above 1.0.`,
    );
    console.log("  peak RSS is each child process's maxRSS, including the loaded catalog, queries and judgments.");
  }
}

function printGoals(results: Record<string, EngineResult>): void {
  const peers = Object.entries(results).filter(([name]) => !name.startsWith("aisle"));
  if (peers.length === 0) return;
  const bestNdcg = Math.max(...peers.map(([, result]) => result.ndcg10));
  const bestP50 = Math.min(...peers.map(([, result]) => result.p50Ms));
  const bestBuild = Math.min(...peers.map(([, result]) => result.buildMs));
  const bestRss = Math.min(...peers.map(([, result]) => result.rssMb));
  console.log("");
  console.log(`goals against the best peer (nDCG ${format(bestNdcg, 4)}, p50 ${format(bestP50, 3)} ms, build ${format(bestBuild, 0)} ms, RSS ${format(bestRss, 0)} MB):`);
  for (const [name, result] of Object.entries(results)) {
    if (!name.startsWith("aisle")) continue;
    const verdict = (met: boolean) => (met ? "met" : "MISSED");
    console.log(
      `  ${name}: nDCG ${format(result.ndcg10 / bestNdcg, 3)}x (goal >= 1.15: ${verdict(result.ndcg10 >= 1.15 * bestNdcg)}), ` +
        `p50 ${format(result.p50Ms / bestP50, 3)}x (goal <= 0.5: ${verdict(result.p50Ms <= 0.5 * bestP50)}), ` +
        `build ${format(result.buildMs / bestBuild, 3)}x (goal <= 1: ${verdict(result.buildMs <= bestBuild)}), ` +
        `RSS ${format(result.rssMb / bestRss, 3)}x (goal <= 1.5: ${verdict(result.rssMb <= 1.5 * bestRss)})`,
    );
  }
}

function printScale(rows: readonly ScaleRow[]): void {
  console.log("");
  console.log("scale: synthetic products (titles sampled from the catalog's word distribution), top 100 per query:");
  const header = ["store", "products", "build s", "peak RSS MB", "lexical p50/p95 ms", "hybrid p50/p95 ms", "vector p50/p95 ms", "queries"];
  const pair = (p50: number | null, p95: number | null) => (p50 === null || p95 === null ? "-" : `${format(p50, 1)} / ${format(p95, 1)}`);
  const table = rows.map(({ store, result }) => [
    store,
    result.documents.toLocaleString("en"),
    format(result.buildMs / 1000, 1),
    format(result.rssMb, 0),
    pair(result.p50Ms, result.p95Ms),
    pair(result.hybridP50Ms, result.hybridP95Ms),
    pair(result.vectorP50Ms, result.vectorP95Ms),
    String(result.queries),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...table.map((row) => (row[column] as string).length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] as number) : cell.padStart(widths[column] as number))).join("  ");
  console.log(line(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of table) console.log(line(row));
  console.log("");
  for (const { store, result } of rows) {
    if (store === "embedded") {
      const embedded = result as ScaleResult;
      console.log(
        `  embedded: createEmbeddedStore, ${embedded.vectors ? "BM25F + offline embeddings (256 dims) in an int8 flat index; hybrid = default weighted fusion with vector rescoring (full scan when few lexical matches); vector = exact scan of every vector (200 queries)" : "BM25F only"}.`,
      );
      console.log(
        `    store file: flush (snapshot, SHA-256, fsync, rename) ${format(embedded.flushMs / 1000, 1)} s, ${format(embedded.fileMb, 0)} MB; reopening it ${format(embedded.loadMs / 1000, 1)} s. Peak RSS is before the flush.`,
      );
    } else if (store === "pglite") {
      console.log("  pglite: createPostgresStore on an in-memory PGlite (PostgreSQL 18 in WASM, one thread): weighted tsvector + GIN, ts_rank_cd over every match (no vectors).");
    } else {
      const indexMs = (result as PgliteScaleResult).indexMs;
      console.log(
        `  pglite-vectors: the same with pgvector: offline embeddings (256 dims) in a vector column; rows loaded without the HNSW index (cosine), which was then built over all of them in ${format((indexMs ?? Number.NaN) / 1000, 1)} s (part of the build time); hybrid = RRF of the full-text and vector top 100.`,
      );
    }
  }
  const first = rows[0]?.result;
  const smaller = rows.filter(({ result }) => first !== undefined && result.documents < first.documents);
  for (const { store, result } of smaller) {
    console.log(`  ${store} ran at ${result.documents.toLocaleString("en")} products, fewer than the ${first?.documents.toLocaleString("en")} above, to finish in minutes on this machine.`);
  }
  const fewerQueries = rows.filter(({ result }) => first !== undefined && result.queries < first.queries);
  for (const { store, result } of fewerQueries) console.log(`  ${store} timed ${result.queries} queries (the first ${result.queries} dev queries) to bound its run time.`);
  console.log("  peak RSS is each child process's maxRSS; for PGlite it includes the whole database, which lives in the process.");
}

async function main(): Promise<void> {
  const options = readArguments(process.argv.slice(2));
  const data = options.get("data");
  if (data === undefined || data === "true") {
    console.error("usage: pnpm bench:retrieval -- --data <folder> [--json <file>] [--engines a,b] [--scale [--scale-size N] [--scale-stores embedded,pglite,pglite-vectors] [--pglite-size N] [--pglite-vector-size N] [--pglite-queries N]]");
    process.exit(2);
  }
  const child = options.get("child");
  if (child !== undefined) {
    await runChild(child, data, options.get("aisle-settings"));
    return;
  }
  const scaleChild = options.get("scale-child");
  if (scaleChild !== undefined) {
    const size = Number(options.get("scale-size") ?? 1_000_000);
    const queries = Number(options.get("pglite-queries") ?? 200);
    const result =
      scaleChild === "pglite"
        ? await runPgliteScale(data, size, false, queries)
        : scaleChild === "pglite-vectors"
          ? await runPgliteScale(data, size, true, queries)
          : await runScale(data, size, options.get("scale-vectors") !== "false");
    process.stdout.write(`${resultPrefix}${JSON.stringify(result)}\n`);
    return;
  }

  const engines = (options.get("engines") ?? benchEngineNames.join(",")).split(",").filter((name) => name !== "");
  const results: Record<string, EngineResult> = {};
  const aisleSettings = options.get("aisle-settings");
  for (const name of engines) {
    process.stderr.write(`running ${name}...\n`);
    const line = await spawnChild(["--child", name, "--data", data, ...(aisleSettings === undefined ? [] : ["--aisle-settings", aisleSettings])]);
    const parsed = safeParseJson(line, engineResultSchema);
    if (!parsed.success) throw parsed.error;
    results[name] = parsed.value;
  }
  printTable(results);
  printGoals(results);

  const scaleRows: ScaleRow[] = [];
  if (options.get("scale") !== undefined) {
    const size = options.get("scale-size") ?? "1000000";
    const sizes: Record<ScaleStoreName, string> = {
      embedded: size,
      pglite: options.get("pglite-size") ?? size,
      "pglite-vectors": options.get("pglite-vector-size") ?? String(Math.min(Number(size), 100_000)),
    };
    const stores = (options.get("scale-stores") ?? scaleStoreNames.join(",")).split(",").filter((name): name is ScaleStoreName => (scaleStoreNames as readonly string[]).includes(name));
    for (const store of stores) {
      process.stderr.write(`running scale: ${store} (${Number(sizes[store]).toLocaleString("en")} products)...\n`);
      const line = await spawnChild([
        "--scale-child",
        store,
        "--data",
        data,
        "--scale-size",
        sizes[store],
        "--scale-vectors",
        options.get("scale-vectors") ?? "true",
        "--pglite-queries",
        options.get("pglite-queries") ?? "200",
      ]);
      const parsed = safeParseJson(line, store === "embedded" ? scaleResultSchema : pgliteScaleResultSchema);
      if (!parsed.success) throw parsed.error;
      scaleRows.push({ store, result: parsed.value });
    }
    printScale(scaleRows);
  }

  const json = options.get("json");
  if (json !== undefined && json !== "true") {
    const engines: Record<string, Omit<EngineResult, "note" | "queries" | "scoredQueries">> = {};
    for (const [name, { ndcg10, recall100, buildMs, p50Ms, p95Ms, rssMb }] of Object.entries(results)) {
      engines[name] = { ndcg10, recall100, buildMs, p50Ms, p95Ms, rssMb };
    }
    // Scale figures go under their own key only; `engines` keeps the shape the issue gives.
    const scale = scaleRows.length === 0 ? undefined : Object.fromEntries(scaleRows.map(({ store, result }) => [store, result]));
    writeFileSync(json, `${JSON.stringify(scale === undefined ? { engines } : { engines, scale }, null, 2)}\n`);
  }
}

await main();
