/**
 * Catalog sync benchmark: a real Medusa application on the local PostgreSQL, N products seeded through Medusa's
 * workflows (2 variants each with USD and EUR prices, a category, inventory levels), then one full re-index
 * through Query into Aisle's index in the same database. Reports products per second indexed and the peak RSS
 * of the application process during the re-index.
 *
 *   pnpm bench:medusa-sync [-- --products 10000] [--json <file>] [--keep-db]
 *
 * Needs PostgreSQL on localhost:5432 (user postgres, trust auth) and the core built (`pnpm build`). Creates the
 * database `aisle_bench_medusa_sync`, runs Medusa's migrations, and drops it at the end unless `--keep-db`.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const appDirectory = join(here, "app");
const repositoryRoot = join(here, "../../..");
const database = "aisle_bench_medusa_sync";

function readArguments(argv: string[]) {
  const values = new Map<string, string | true>();
  const parts = argv.filter((part) => part !== "--");
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as string;
    if (!part.startsWith("--")) continue;
    const [key, inline] = part.slice(2).split("=", 2) as [string, string | undefined];
    const next = parts[index + 1];
    values.set(key, inline ?? (next !== undefined && !next.startsWith("--") ? (index++, next) : true));
  }
  const products = Number(values.get("products") ?? 10_000);
  if (!Number.isInteger(products) || products < 1) {
    console.error("usage: pnpm bench:medusa-sync [-- --products 10000] [--json <file>] [--keep-db]");
    process.exit(2);
  }
  const json = values.get("json");
  return { products, json: typeof json === "string" ? json : undefined, keepDatabase: values.get("keep-db") === true };
}

const options = readArguments(process.argv.slice(2));
const environment = {
  ...process.env,
  DATABASE_URL: `postgres://postgres@localhost:5432/${database}`,
  DB_USERNAME: process.env.DB_USERNAME ?? "postgres",
  NODE_ENV: "production",
  MEDUSA_DISABLE_TELEMETRY: "true",
  LOG_LEVEL: "info",
};
const medusa = join(here, "../node_modules/.bin/medusa");
const psql = (sql: string) => execFileSync("psql", ["-h", "localhost", "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-qc", sql], { stdio: "pipe" });

if (!existsSync(join(repositoryRoot, "packages/core/dist/index.cjs"))) {
  console.log("Building @aisle/core (the bench's Medusa app loads its CommonJS build) …");
  execFileSync("npx", ["-y", "pnpm@10", "--filter", "@aisle/core", "build"], { cwd: repositoryRoot, stdio: "inherit" });
}

psql(`DROP DATABASE IF EXISTS ${database}`);
psql(`CREATE DATABASE ${database}`);
const run = (label: string, commandArguments: string[]) => {
  const started = performance.now();
  const result = spawnSync(medusa, commandArguments, { cwd: appDirectory, env: environment, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status})`);
  return performance.now() - started;
};

try {
  console.log(`Migrating ${database} …`);
  run("migrations", ["db:migrate"]);
  const output = join(mkdtempSync(join(tmpdir(), "aisle-bench-")), "result.json");
  console.log(`Seeding ${options.products} products and re-indexing …`);
  run("bench", ["exec", "../sync-run.ts", String(options.products), output]);
  const result = JSON.parse(readFileSync(output, "utf8")) as {
    products: number;
    indexed: number;
    ms: number;
    productsPerS: number;
    rssMb: number;
    seedMs: number;
    store: string;
    vectors: boolean;
  };
  const goal = 1000;
  console.log("");
  console.log("| step | products | time | products/s | peak RSS |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  console.log(`| seed (Medusa workflows) | ${options.products} | ${(result.seedMs / 1000).toFixed(1)} s | ${Math.round((options.products / result.seedMs) * 1000)} | |`);
  console.log(
    `| re-index through Query → ${result.store}${result.vectors ? " (pgvector)" : " (full-text)"} | ${result.products} | ${(result.ms / 1000).toFixed(2)} s | ${result.productsPerS} | ${result.rssMb} MB |`,
  );
  console.log("");
  console.log(`Goal ≥ ${goal} products/s: ${result.productsPerS >= goal ? "met" : "NOT met"}`);
  if (options.json !== undefined) writeFileSync(options.json, `${JSON.stringify({ productsPerS: result.productsPerS, rssMb: result.rssMb }, null, 2)}\n`);
} finally {
  if (!options.keepDatabase) psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
}
