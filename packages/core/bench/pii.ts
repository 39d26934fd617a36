/**
 * PII detection benchmark: Aisle's PII guard against the npm packages `@openredaction/openredaction` and
 * `redact-pii`, on Presidio's synthetic PII sentences, in one run.
 *
 *   pnpm bench:pii -- --data <synth_dataset_v2.json or its folder> [--json <file>] [--errors <type>]
 *
 * Scoring rules (also printed): see `pii/metrics.ts`. A gold span is found when predictions of a
 * compatible label cover at least half of its characters; a prediction is correct when it overlaps a
 * compatible gold span by at least half of the shorter of the two; predictions with no compatible gold
 * count as false positives for their group. Data is read at run time only; nothing from it is stored.
 */
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { aisleEngine, openRedactionEngine, redactPiiEngine, type Engine } from "./pii/engines";
import { loadPresidioRecords, type LabelledRecord } from "./pii/load-data";
import {
  compatibleGold,
  percentile,
  score,
  structuredLabels,
  toScores,
  unstructuredLabels,
  type Prediction,
  type Scores,
} from "./pii/metrics";
import { readFlags } from "./shared/flags";

function readArguments(argv: string[]): { data: string; json: string | undefined; errors: string | undefined } {
  const values = readFlags(argv);
  const data = values.get("data");
  if (!data) {
    console.error("usage: pnpm bench:pii -- --data <synth_dataset_v2.json> [--json <file>]");
    process.exit(2);
  }
  return { data, json: values.get("json"), errors: values.get("errors") };
}

type Run = {
  engine: string;
  predictions: Prediction[][];
  byLabel: Map<string, Scores>;
  structured: Scores;
  unstructured: Scores;
  p50Ms: number;
  p95Ms: number;
  mbPerS: number;
};

function run(engine: Engine, records: readonly LabelledRecord[]): Run {
  // Warm-up pass: lexicon loading and JIT compilation are not per-record costs.
  for (const record of records.slice(0, 50)) engine.detect(record.text);
  const latencies: number[] = [];
  let bytes = 0;
  let totalMs = 0;
  const predictions = records.map((record) => {
    const started = performance.now();
    const found = engine.detect(record.text);
    const elapsed = performance.now() - started;
    latencies.push(elapsed);
    totalMs += elapsed;
    bytes += Buffer.byteLength(record.text, "utf8");
    return found;
  });
  const { byLabel, byGroup } = score(records, predictions);
  return {
    engine: engine.name,
    predictions,
    byLabel: new Map([...byLabel].map(([label, counts]) => [label, toScores(counts)])),
    structured: toScores(byGroup.get("structured") as NonNullable<ReturnType<typeof byGroup.get>>),
    unstructured: toScores(byGroup.get("unstructured") as NonNullable<ReturnType<typeof byGroup.get>>),
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    mbPerS: bytes / 1e6 / (totalMs / 1000),
  };
}

const format = (value: number) => value.toFixed(3);

function printTable(runs: Run[]): void {
  const labels = [...structuredLabels, ...unstructuredLabels];
  const extra = [...new Set(runs.flatMap((entry) => [...entry.byLabel.keys()]))].filter((label) => !labels.includes(label as never)).sort();
  console.log(`\n${"type".padEnd(18)}${runs.map((entry) => entry.engine.padEnd(40)).join("")}`);
  console.log(`${"".padEnd(18)}${runs.map(() => "P      R      F1     F2     n/pred".padEnd(40)).join("")}`);
  const row = (name: string, pick: (entry: Run) => Scores | undefined) => {
    const cells = runs.map((entry) => {
      const scores = pick(entry);
      if (scores === undefined) return "-".padEnd(40);
      return `${format(scores.precision)}  ${format(scores.recall)}  ${format(scores.f1)}  ${format(scores.f2)}  ${scores.support}/${scores.predicted}`.padEnd(40);
    });
    console.log(`${name.padEnd(18)}${cells.join("")}`);
  };
  for (const label of labels) row(label, (entry) => entry.byLabel.get(label));
  for (const label of extra) row(label, (entry) => entry.byLabel.get(label));
  console.log("-".repeat(18 + 40 * runs.length));
  row("STRUCTURED", (entry) => entry.structured);
  row("UNSTRUCTURED", (entry) => entry.unstructured);
  console.log("");
  console.log(`${"p50 ms/record".padEnd(18)}${runs.map((entry) => entry.p50Ms.toFixed(3).padEnd(40)).join("")}`);
  console.log(`${"p95 ms/record".padEnd(18)}${runs.map((entry) => entry.p95Ms.toFixed(3).padEnd(40)).join("")}`);
  console.log(`${"throughput MB/s".padEnd(18)}${runs.map((entry) => entry.mbPerS.toFixed(3).padEnd(40)).join("")}`);
}

function printErrors(records: readonly LabelledRecord[], aisle: Run, label: string): void {
  records.forEach((record, index) => {
    const predicted = aisle.predictions[index] ?? [];
    const gold = record.spans.filter((entry) => entry.type === label);
    const mine = predicted.filter((entry) => entry.label === label);
    if (gold.length === 0 && mine.length === 0) return;
    const show = (entries: Array<{ start: number; end: number }>) => entries.map((entry) => JSON.stringify(record.text.slice(entry.start, entry.end))).join(", ");
    console.log(`${JSON.stringify(record.text.slice(0, 160))}\n   gold: ${show(gold)}\n   aisle: ${show(mine)}`);
  });
}

const options = readArguments(process.argv.slice(2));
const records = loadPresidioRecords(options.data);
const runs = [aisleEngine(), openRedactionEngine(), redactPiiEngine()].map((engine) => run(engine, records));

console.log(`PII benchmark: ${records.length} records, ${records.reduce((sum, record) => sum + record.spans.length, 0)} gold spans (${options.data})`);
console.log("Groups: structured = " + structuredLabels.join(", ") + "; unstructured = " + unstructuredLabels.join(", ") + ".");
console.log("Type compatibility (predicted -> gold it may claim; otherwise identity): " +
  Object.entries(compatibleGold).map(([predicted, gold]) => `${predicted} -> ${gold.join("/")}`).join("; ") + ".");
console.log("Found: compatible predictions cover >= 50% of a gold span. Correct prediction: overlaps a compatible gold span by >= 50% of the shorter.");
console.log("Predictions of labels outside both groups (order/tracking numbers, a peer's OTHER types) count as structured false positives.");
printTable(runs);

const aisle = runs[0] as Run;
const goals = [
  ["structured F2 >= 0.90", aisle.structured.f2 >= 0.9],
  ["unstructured F2 >= 0.75", aisle.unstructured.f2 >= 0.75],
  ["structured F2 above every peer", runs.slice(1).every((peer) => aisle.structured.f2 > peer.structured.f2)],
  ["unstructured F2 above every peer", runs.slice(1).every((peer) => aisle.unstructured.f2 > peer.unstructured.f2)],
  ["p95 <= 1 ms per record", aisle.p95Ms <= 1],
] as const;
console.log("\nGoals (aisle):");
for (const [goal, met] of goals) console.log(`  ${met ? "met   " : "MISSED"}  ${goal}`);

if (options.errors !== undefined) printErrors(records, aisle, options.errors);

if (options.json !== undefined) {
  const engines = Object.fromEntries(
    runs.map((entry) => [
      entry.engine,
      {
        structured: { precision: entry.structured.precision, recall: entry.structured.recall, f2: entry.structured.f2 },
        unstructured: { precision: entry.unstructured.precision, recall: entry.unstructured.recall, f2: entry.unstructured.f2 },
        p95Ms: entry.p95Ms,
        mbPerS: entry.mbPerS,
      },
    ]),
  );
  writeFileSync(options.json, `${JSON.stringify({ engines }, null, 2)}\n`);
  console.log(`\nwrote ${options.json}`);
}
