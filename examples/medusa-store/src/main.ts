/**
 * One command from an empty database to a running store with Aisle:
 *
 *   pnpm --filter @aisle/example-medusa-store start
 *
 * builds the plugin if needed, creates the database on the local PostgreSQL, runs Medusa's migrations (the
 * plugin's module included), seeds the example catalog, and starts `medusa develop` on http://localhost:9000.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const exampleDirectory = join(dirname(fileURLToPath(import.meta.url)), "..");
const repositoryRoot = join(exampleDirectory, "../..");

export type MainOptions = {
  /** Only list the steps (the smoke test); nothing is run. */
  plan?: boolean;
  /** Stop after seeding instead of starting the server. */
  skipServer?: boolean;
  database?: string;
};

export type Step = { name: string; command: string[]; cwd: string };

export function steps(options: MainOptions = {}): Step[] {
  const database = options.database ?? "aisle_medusa_store";
  const medusa = join(exampleDirectory, "node_modules/.bin/medusa");
  const list: Step[] = [];
  if (!existsSync(join(repositoryRoot, "packages/medusa/.medusa/server/src/index.js"))) {
    list.push({ name: "build the plugin", command: ["npx", "-y", "pnpm@10", "--filter", "@aisle/medusa...", "build"], cwd: repositoryRoot });
  }
  list.push(
    { name: "create the database", command: ["createdb-if-missing", database], cwd: exampleDirectory },
    { name: "migrate", command: [medusa, "db:migrate"], cwd: exampleDirectory },
    { name: "seed", command: [medusa, "exec", "./src/scripts/seed.ts"], cwd: exampleDirectory },
  );
  if (!options.skipServer) list.push({ name: "start", command: [medusa, "develop"], cwd: exampleDirectory });
  return list;
}

function createDatabaseIfMissing(database: string): void {
  const exists = execFileSync("psql", ["-h", "localhost", "-U", "postgres", "-d", "postgres", "-tAc", `SELECT 1 FROM pg_database WHERE datname = '${database}'`], { encoding: "utf8" });
  if (exists.trim() !== "1") execFileSync("createdb", ["-h", "localhost", "-U", "postgres", database], { stdio: "inherit" });
}

export async function main(options: MainOptions = {}): Promise<Step[]> {
  const plan = steps(options);
  if (options.plan) return plan;
  const database = options.database ?? "aisle_medusa_store";
  const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? `postgres://postgres@localhost:5432/${database}`, DB_USERNAME: process.env.DB_USERNAME ?? "postgres" };
  for (const step of plan) {
    console.log(`\n▸ ${step.name}`);
    if (step.command[0] === "createdb-if-missing") {
      createDatabaseIfMissing(database);
      continue;
    }
    const [command, ...commandArguments] = step.command as [string, ...string[]];
    const result = spawnSync(command, commandArguments, { cwd: step.cwd, env, stdio: "inherit" });
    if (result.status !== 0) throw new Error(`${step.name} failed (exit ${result.status ?? "signal"})`);
  }
  return plan;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  main({ skipServer: process.argv.includes("--seed-only") }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
