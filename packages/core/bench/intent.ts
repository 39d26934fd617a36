/**
 * Intent routing benchmark: trains Aisle's offline intent classifier and the peer `natural` BayesClassifier
 * on the same `--train` rows and scores both on the `--data` rows.
 *
 *   pnpm bench:intent -- --data <csv> --train <csv> [--json <file>]
 *
 * CSVs have `instruction` and `intent` columns (the Bitext customer-support layout). Data is read at run
 * time only; nothing from it is stored in the project.
 */
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { createIntentClassifier } from "../src/features/support/intent";
import { loadLabelledUtterances, type LabelledUtterance } from "./intent/load-rows";
import { accuracy, macroF1, percentile, type Scores } from "./intent/metrics";
import { readFlags } from "./shared/flags";

type Engine = {
  name: string;
  train(rows: LabelledUtterance[]): void;
  classify(text: string): { intent: string; confidence?: number };
};

function readArguments(argv: string[]): { data: string; train: string; json: string | undefined } {
  const values = readFlags(argv);
  const data = values.get("data");
  const train = values.get("train");
  if (!data || !train) {
    console.error("usage: pnpm bench:intent -- --data <csv> --train <csv> [--json <file>]");
    process.exit(2);
  }
  return { data, train, json: values.get("json") };
}

function aisleEngine(): Engine {
  let classifier: ReturnType<typeof createIntentClassifier> | undefined;
  return {
    name: "aisle",
    train(rows) {
      classifier = createIntentClassifier({ examples: rows });
    },
    classify(text) {
      const result = (classifier as NonNullable<typeof classifier>).classify(text);
      return { intent: result.intent, confidence: result.confidence };
    },
  };
}

// `natural` loads dotenv on import, which otherwise prints a banner into the results.
process.env.DOTENV_CONFIG_QUIET ??= "true";
const natural = (await import("natural")).default;

function naturalBayesEngine(): Engine {
  const classifier = new natural.BayesClassifier();
  return {
    name: "natural-bayes",
    train(rows) {
      for (const row of rows) classifier.addDocument(row.text, row.intent);
      classifier.train();
    },
    classify(text) {
      return { intent: classifier.classify(text) };
    },
  };
}

type Run = Scores & { trainMs: number; predictions: { intent: string; confidence?: number }[] };

function run(engine: Engine, trainRows: LabelledUtterance[], dataRows: LabelledUtterance[]): Run {
  const trainStart = performance.now();
  engine.train(trainRows);
  const trainMs = performance.now() - trainStart;
  const latencies: number[] = [];
  const predictions = dataRows.map((row) => {
    const start = performance.now();
    const prediction = engine.classify(row.text);
    latencies.push(performance.now() - start);
    return prediction;
  });
  const gold = dataRows.map((row) => row.intent);
  const predicted = predictions.map((prediction) => prediction.intent);
  return { accuracy: accuracy(gold, predicted), macroF1: macroF1(gold, predicted), p50Ms: percentile(latencies, 0.5), trainMs, predictions };
}

/** How accuracy and coverage trade off if predictions under a confidence threshold are handed off. */
function printCalibration(dataRows: LabelledUtterance[], predictions: Run["predictions"]): void {
  console.log("\naisle confidence threshold → share of rows kept (answered) and accuracy on them:");
  console.log("threshold  kept    accuracy-kept");
  for (const threshold of [0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    let kept = 0;
    let correct = 0;
    predictions.forEach((prediction, index) => {
      if ((prediction.confidence ?? 0) < threshold) return;
      kept++;
      if (prediction.intent === dataRows[index]?.intent) correct++;
    });
    console.log(`${threshold.toFixed(1).padEnd(9)}  ${(kept / dataRows.length).toFixed(3).padEnd(6)}  ${kept === 0 ? "-" : (correct / kept).toFixed(4)}`);
  }
}

const options = readArguments(process.argv.slice(2));
const trainRows = loadLabelledUtterances(options.train);
const dataRows = loadLabelledUtterances(options.data);
console.log(`train: ${trainRows.length} rows (${options.train}); evaluate: ${dataRows.length} rows (${options.data})`);

const runs = new Map<string, Run>();
for (const engine of [aisleEngine(), naturalBayesEngine()]) runs.set(engine.name, run(engine, trainRows, dataRows));

console.log("\nengine         accuracy  macro-F1  p50 ms   train ms");
for (const [name, result] of runs) {
  console.log(
    `${name.padEnd(13)}  ${result.accuracy.toFixed(4).padEnd(8)}  ${result.macroF1.toFixed(4).padEnd(8)}  ${result.p50Ms.toFixed(4).padEnd(7)}  ${result.trainMs.toFixed(0)}`,
  );
}
const aisle = runs.get("aisle") as Run;
const peer = runs.get("natural-bayes") as Run;
const goals = [
  [`accuracy ≥ 0.97`, aisle.accuracy >= 0.97],
  [`accuracy above natural-bayes`, aisle.accuracy > peer.accuracy],
  [`p50 ≤ 0.1 ms`, aisle.p50Ms <= 0.1],
] as const;
console.log(`\ngoals: ${goals.map(([goal, met]) => `${goal}: ${met ? "met" : "MISSED"}`).join("; ")}`);
printCalibration(dataRows, aisle.predictions);

if (options.json) {
  const engines = Object.fromEntries(
    [...runs].map(([name, result]) => [name, { accuracy: result.accuracy, macroF1: result.macroF1, p50Ms: result.p50Ms }]),
  );
  writeFileSync(options.json, `${JSON.stringify({ engines }, null, 2)}\n`);
  console.log(`\nwrote ${options.json}`);
}
