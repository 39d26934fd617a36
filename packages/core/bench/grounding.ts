/**
 * Grounding benchmark: Aisle's grounding checker against a simple token baseline and the npm package
 * `llmverify` (the only offline npm package found that compares an answer with its context), in one run.
 *
 *   pnpm bench:grounding -- --data <cases.jsonl or its folder> [--json <file>] [--json-half held-out|development|all]
 *       [--errors <development|held-out|all>]
 *
 * The cases are split by brand into a development half (the only half looked at while tuning) and a
 * held-out half (see `grounding/load-cases.ts`); figures are printed for both and for all. `--json` writes
 * Aisle's case-level precision and recall, span-level precision and recall and p50 latency for the held-out
 * half (or `--json-half`). The data is read at run time only; nothing from it is stored.
 */
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { loadCases, splitByBrand, type GroundingCase, type Half } from "./grounding/load-cases";
import { score, type Prediction, type Scores } from "./grounding/metrics";
import { aisleSystem, llmverifySystem, tokenBaseline, type GroundingSystem } from "./grounding/systems";
import { readFlags } from "./shared/flags";

type Arguments = { data: string; json: string | undefined; jsonHalf: Half | "all"; errors: Half | "all" | undefined };

function readArguments(argv: string[]): Arguments {
  const values = readFlags(argv);
  const data = values.get("data");
  const halves = ["development", "held-out", "all"];
  const jsonHalf = values.get("json-half") ?? "held-out";
  const errors = values.get("errors");
  if (!data || !halves.includes(jsonHalf) || (errors !== undefined && !halves.includes(errors))) {
    console.error("usage: pnpm bench:grounding -- --data <cases.jsonl> [--json <file>] [--json-half held-out|development|all] [--errors <half>]");
    process.exit(2);
  }
  return { data, json: values.get("json"), jsonHalf: jsonHalf as Half | "all", errors: errors as Half | "all" | undefined };
}

function run(system: GroundingSystem, cases: readonly GroundingCase[]): Prediction[] {
  // Warm-up: vocabulary building and JIT compilation are not per-case costs.
  for (const entry of cases.slice(0, 100)) system.check(entry.facts, entry.text);
  return cases.map((entry) => {
    const started = performance.now();
    const result = system.check(entry.facts, entry.text);
    return { ...result, ms: performance.now() - started };
  });
}

const format = (value: number | undefined) => (value === undefined ? "  -  " : value.toFixed(3));

function printTable(title: string, rows: Array<{ name: string; scores: Scores }>): void {
  console.log(`\n${title}`);
  console.log(`${"system".padEnd(30)}${"cases".padStart(6)}  P      R      F1     acc    spanP  spanR  p50ms  p95ms`);
  for (const { name, scores } of rows) {
    console.log(
      `${name.padEnd(30)}${String(scores.cases).padStart(6)}  ${[scores.precision, scores.recall, scores.f1, scores.accuracy, scores.spanPrecision, scores.spanRecall].map(format).join("  ")}  ${scores.p50Ms.toFixed(3)}  ${scores.p95Ms.toFixed(3)}`,
    );
  }
}

function main(): void {
  const options = readArguments(process.argv.slice(2));
  const cases = loadCases(options.data);
  const halves = splitByBrand(cases);
  const systems = [aisleSystem(), tokenBaseline(), llmverifySystem()];
  const predictions = new Map(systems.map((system) => [system.name, run(system, cases)]));
  const select = (half: Half | "all", kind?: string) =>
    cases.map((entry, index) => ({ entry, index })).filter(({ entry }) => (half === "all" || halves.get(entry) === half) && (kind === undefined || entry.kind === kind));
  const scoresFor = (system: GroundingSystem, half: Half | "all", kind?: string) => {
    const chosen = select(half, kind);
    const all = predictions.get(system.name) as Prediction[];
    return score(
      chosen.map(({ entry }) => entry),
      chosen.map(({ index }) => all[index] as Prediction),
    );
  };

  console.log(`Grounding benchmark: ${cases.length} cases from ${options.data}`);
  console.log("Split by brand (first word of the facts): tuned on the development half only; held-out was only scored.");
  console.log("P/R/F1/acc at case level (positive = unsupported, flagged = anything reported); spanP/spanR: a reported span");
  console.log("counts when it overlaps a listed unsupported substring. Latency is per case, facts indexing included.");
  const halfNames: Array<Half | "all"> = ["held-out", "development", "all"];
  for (const half of halfNames) {
    const count = select(half).length;
    printTable(
      `== ${half}${half === "development" ? " (tuned on)" : half === "held-out" ? " (not tuned on)" : ""}: ${count} cases ==`,
      systems.map((system) => ({ name: system.name, scores: scoresFor(system, half) })),
    );
    const kinds = [...new Set(cases.map((entry) => entry.kind))].sort();
    const aisle = systems[0] as GroundingSystem;
    printTable(
      `   aisle by kind, ${half}`,
      kinds.map((kind) => ({ name: `  ${kind}`, scores: scoresFor(aisle, half, kind) })),
    );
    const baseline = systems[1] as GroundingSystem;
    printTable(
      `   baseline by kind, ${half}`,
      kinds.map((kind) => ({ name: `  ${kind}`, scores: scoresFor(baseline, half, kind) })),
    );
  }

  if (options.errors !== undefined) printErrors(select(options.errors).map(({ entry, index }) => ({ entry, prediction: (predictions.get("aisle") as Prediction[])[index] as Prediction })));

  if (options.json !== undefined) {
    const scores = scoresFor(systems[0] as GroundingSystem, options.jsonHalf);
    const result = { precision: scores.precision, recall: scores.recall, spanPrecision: scores.spanPrecision ?? 0, spanRecall: scores.spanRecall ?? 0, p50Ms: scores.p50Ms };
    writeFileSync(options.json, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\nwrote ${options.json} (aisle, ${options.jsonHalf} half)`);
  }
}

function printErrors(rows: Array<{ entry: GroundingCase; prediction: Prediction }>): void {
  console.log("\n== aisle errors ==");
  for (const { entry, prediction } of rows) {
    const positive = entry.label === "unsupported";
    if (prediction.flagged === positive) continue;
    const spans = (prediction.spans ?? []).map((span) => JSON.stringify(entry.text.slice(span.start, span.end))).join(", ");
    console.log(`${positive ? "MISS" : "FALSE"} [${entry.kind}] facts: ${entry.facts}\n   text: ${entry.text}\n   gold: ${JSON.stringify(entry.unsupported)}  aisle: ${spans}`);
  }
}

main();
