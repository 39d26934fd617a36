/**
 * Prompt-injection screening benchmark: Aisle's offline detector (hand-set rules, and the same rules plus a
 * classifier fitted in the run on the development half) against a keyword baseline and the npm detectors
 * `@andersmyrmel/vard` (patterns) and `llm_guardrail` (TF-IDF + logistic regression), in one run.
 *
 *   pnpm bench:injection -- --deepset <dir> --jailbreak <dir> --benign <csv> [--json <file>]
 *
 * Every file is split by row position: even rows are the development half (the only rows looked at while
 * Aisle's weights were set), odd rows the held-out half. Figures are printed for the held-out half, the
 * development half and all rows; the JSON `engines` block holds the held-out figures. A text counts as
 * detected when an engine would flag or block it. Data is read at run time only; nothing from it is stored.
 */
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { aisleEngine, aisleTrainedEngine, keywordEngine, llmGuardrailEngine, vardEngine, type Engine } from "./injection/engines";
import { languageOf, loadBenign, loadDeepset, loadJailbreak, type LabelledText, type Split } from "./injection/load-data";
import { falsePositiveRate, percentile, scores, type Scores } from "./injection/metrics";
import { readFlags } from "./shared/flags";

type Arguments = { deepset: string; jailbreak: string; benign: string; json: string | undefined };

function readArguments(argv: string[]): Arguments {
  const values = readFlags(argv);
  const deepset = values.get("deepset");
  const jailbreak = values.get("jailbreak");
  const benign = values.get("benign");
  if (!deepset || !jailbreak || !benign) {
    console.error("usage: pnpm bench:injection -- --deepset <dir> --jailbreak <dir> --benign <csv> [--json <file>]");
    process.exit(2);
  }
  return { deepset, jailbreak, benign, json: values.get("json") };
}

type Row = LabelledText & { set: "deepset" | "jailbreak" | "benign"; language: "en" | "de" };
type Figures = {
  deepset: Scores & { byLanguage: { en: Scores; de: Scores } };
  jailbreak: Scores;
  benignFpr: number;
  p50Ms: number;
};
type Run = { engine: Engine; predictions: boolean[]; latencies: number[] };

async function run(engine: Engine, rows: readonly Row[]): Promise<Run> {
  // Warm-up: model loading and JIT compilation are not per-message costs.
  for (const row of rows.slice(0, 200)) await engine.detect(row.text);
  const predictions: boolean[] = [];
  const latencies: number[] = [];
  for (const row of rows) {
    const started = performance.now();
    const detected = await engine.detect(row.text);
    latencies.push(performance.now() - started);
    predictions.push(detected);
  }
  return { engine, predictions, latencies };
}

function figures(run: Run, rows: readonly Row[], keep: (row: Row) => boolean): Figures {
  const pick = (set: Row["set"], language?: Row["language"]) => {
    const gold: boolean[] = [];
    const predicted: boolean[] = [];
    rows.forEach((row, index) => {
      if (row.set !== set || !keep(row) || (language !== undefined && row.language !== language)) return;
      gold.push(row.positive);
      predicted.push(run.predictions[index] === true);
    });
    return { gold, predicted };
  };
  const deepset = pick("deepset");
  const english = pick("deepset", "en");
  const german = pick("deepset", "de");
  const jailbreak = pick("jailbreak");
  const benign = pick("benign");
  return {
    deepset: { ...scores(deepset.gold, deepset.predicted), byLanguage: { en: scores(english.gold, english.predicted), de: scores(german.gold, german.predicted) } },
    jailbreak: scores(jailbreak.gold, jailbreak.predicted),
    benignFpr: falsePositiveRate(benign.predicted),
    p50Ms: percentile(run.latencies, 0.5),
  };
}

const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;
const roundFigures = (value: Figures): Figures => ({
  deepset: {
    precision: round(value.deepset.precision),
    recall: round(value.deepset.recall),
    f1: round(value.deepset.f1),
    byLanguage: {
      en: { precision: round(value.deepset.byLanguage.en.precision), recall: round(value.deepset.byLanguage.en.recall), f1: round(value.deepset.byLanguage.en.f1) },
      de: { precision: round(value.deepset.byLanguage.de.precision), recall: round(value.deepset.byLanguage.de.recall), f1: round(value.deepset.byLanguage.de.f1) },
    },
  },
  jailbreak: { precision: round(value.jailbreak.precision), recall: round(value.jailbreak.recall), f1: round(value.jailbreak.f1) },
  benignFpr: round(value.benignFpr, 5),
  p50Ms: round(value.p50Ms, 4),
});

function printTable(title: string, byEngine: Map<string, Figures>) {
  const fixed = (value: number, digits = 3) => value.toFixed(digits);
  const header = ["engine", "deepset P", "R", "F1", "F1 en", "F1 de", "jailbreak P", "R", "F1", "benign FPR", "p50 ms"];
  const lines = [...byEngine].map(([name, value]) => [
    name,
    fixed(value.deepset.precision),
    fixed(value.deepset.recall),
    fixed(value.deepset.f1),
    fixed(value.deepset.byLanguage.en.f1),
    fixed(value.deepset.byLanguage.de.f1),
    fixed(value.jailbreak.precision),
    fixed(value.jailbreak.recall),
    fixed(value.jailbreak.f1),
    `${(value.benignFpr * 100).toFixed(2)} %`,
    fixed(value.p50Ms, 4),
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...lines.map((line) => (line[column] as string).length)));
  const format = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] as number) : cell.padStart(widths[column] as number))).join("  ");
  console.log(`\n${title}`);
  console.log(format(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const line of lines) console.log(format(line));
}

async function main() {
  const options = readArguments(process.argv.slice(2));
  const rows: Row[] = [
    ...loadDeepset(options.deepset).map((row) => ({ ...row, set: "deepset" as const, language: languageOf(row.text) })),
    ...loadJailbreak(options.jailbreak).map((row) => ({ ...row, set: "jailbreak" as const, language: "en" as const })),
    ...loadBenign(options.benign).map((row) => ({ ...row, set: "benign" as const, language: "en" as const })),
  ];
  const count = (set: Row["set"], split?: Split) => rows.filter((row) => row.set === set && (split === undefined || row.split === split));
  const describeSet = (set: Row["set"]) => {
    const all = count(set);
    const positives = all.filter((row) => row.positive).length;
    const german = set === "deepset" ? `, ${all.filter((row) => row.language === "de").length} German` : "";
    return `${set}: ${all.length} rows (${positives} positive${german}); dev ${count(set, "dev").length}, held-out ${count(set, "held-out").length}`;
  };
  console.log("Prompt-injection screening benchmark");
  for (const set of ["deepset", "jailbreak", "benign"] as const) console.log(`  ${describeSet(set)}`);

  const training = rows.filter((row) => row.split === "dev").map((row) => ({ text: row.text, injection: row.positive }));
  const engines = [aisleEngine(), aisleTrainedEngine(training), keywordEngine(), vardEngine(), llmGuardrailEngine()];
  const runs: Run[] = [];
  for (const engine of engines) runs.push(await run(engine, rows));

  const tables = {
    "held-out": new Map<string, Figures>(),
    dev: new Map<string, Figures>(),
    all: new Map<string, Figures>(),
  };
  for (const result of runs) {
    tables["held-out"].set(result.engine.name, figures(result, rows, (row) => row.split === "held-out"));
    tables.dev.set(result.engine.name, figures(result, rows, (row) => row.split === "dev"));
    tables.all.set(result.engine.name, figures(result, rows, () => true));
  }
  printTable("HELD-OUT half (odd rows of every file; never looked at while setting weights)", tables["held-out"]);
  printTable("DEVELOPMENT half (even rows; used to check the hand-set weights)", tables.dev);
  printTable("ALL rows", tables.all);
  console.log("\nDetected = the engine would flag or block the text. p50 = median time per text over every row of the three sets.");
  for (const engine of engines) console.log(`  ${engine.name}: ${engine.description}`);

  if (options.json !== undefined) {
    const block = (table: Map<string, Figures>) => Object.fromEntries([...table].map(([name, value]) => [name, roundFigures(value)]));
    const output = {
      engines: block(tables["held-out"]),
      split: "held-out",
      splits: { dev: { engines: block(tables.dev) }, all: { engines: block(tables.all) } },
      rows: {
        deepset: { dev: count("deepset", "dev").length, heldOut: count("deepset", "held-out").length },
        jailbreak: { dev: count("jailbreak", "dev").length, heldOut: count("jailbreak", "held-out").length },
        benign: { dev: count("benign", "dev").length, heldOut: count("benign", "held-out").length },
      },
    };
    writeFileSync(options.json, `${JSON.stringify(output, null, 2)}\n`);
    console.log(`\nWrote ${options.json}`);
  }
}

await main();
