/**
 * Review intelligence benchmark.
 *
 *   pnpm bench:reviews -- --reviews <clothing csv> --aspects <semeval laptops xml> [--json <file>] [--part held-out|dev|all] [--model-limit 300]
 *
 * 1. Binary sentiment on the Women's E-Commerce Clothing Reviews: Rating 4-5 positive, 1-2 negative, 3 and
 *    empty texts dropped, review text only (no title). Aisle's offline analyser against the npm packages
 *    `sentiment` (AFINN score > 0) and `wink-sentiment` (normalized score > 0), in the same run.
 * 2. Aspect polarity on SemEval-2014 laptop sentences: the aspect term is given; positive/negative/neutral,
 *    "conflict" dropped.
 *
 * Every row falls on one side of a fixed split by product (clothing) or sentence id (SemEval), see
 * bench/reviews/split.ts. Aisle's shipped weights were fitted on the clothing "dev" side only and nothing was
 * tuned on SemEval. The table shows each side; the JSON holds `--part` (default held-out). On a file that no
 * part of Aisle was fitted on (the steering's held-out halves), `--part all` uses every row.
 *
 * With OPENAI_API_KEY set, the default model answers the same questions for the first `--model-limit` rows
 * of the part (structured output), and is reported as engine "model".
 */
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import Sentiment from "sentiment";
import winkSentiment from "wink-sentiment";
import { createReviewAnalyzer } from "../src/features/reviews/review-analyzer";
import { resolveDefaultModels } from "../src/providers/default/default-models";
import { loadBinaryClothingReviews, type BinaryReview } from "./reviews/clothing-reviews";
import { accuracy, classF1, macroF1, percentile, recall } from "./reviews/metrics";
import { createModelEngine } from "./reviews/model-engine";
import { loadAspectRows, type AspectRow } from "./reviews/semeval-laptops";
import { splitPart, type SplitPart } from "./reviews/split";
import { readFlags } from "./shared/flags";

type Part = SplitPart | "all";
type BinaryScores = { accuracy: number; macroF1: number; negativeF1: number; negativeRecall: number; rows: number };
type AspectScores = { accuracy: number; macroF1: number; rows: number };
type EngineResult = { binary: Partial<Record<Part, BinaryScores>>; aspect: Partial<Record<Part, AspectScores>>; p50Ms?: number };

function readArguments(argv: string[]): { reviews: string; aspects: string; json?: string; part: Part; modelLimit: number } {
  const values = readFlags(argv);
  const reviews = values.get("reviews");
  const aspects = values.get("aspects");
  const part = (values.get("part") ?? "held-out") as Part;
  if (!reviews || !aspects || !["held-out", "dev", "all"].includes(part)) {
    console.error("usage: pnpm bench:reviews -- --reviews <csv> --aspects <xml> [--json <file>] [--part held-out|dev|all] [--model-limit 300]");
    process.exit(2);
  }
  return { reviews, aspects, json: values.get("json"), part, modelLimit: Number(values.get("model-limit") ?? 300) };
}

const parts: Part[] = ["dev", "held-out", "all"];
const inPart = (part: Part, side: SplitPart) => part === "all" || part === side;

function binaryScores(rows: BinaryReview[], predicted: string[], part: Part): BinaryScores {
  const gold: string[] = [];
  const guess: string[] = [];
  rows.forEach((row, index) => {
    if (!inPart(part, splitPart(row.productId))) return;
    gold.push(row.label);
    guess.push(predicted[index] as string);
  });
  return {
    accuracy: accuracy(gold, guess),
    macroF1: macroF1(gold, guess),
    negativeF1: classF1(gold, guess, "negative"),
    negativeRecall: recall(gold, guess, "negative"),
    rows: gold.length,
  };
}

function aspectScores(rows: AspectRow[], predicted: string[], part: Part): AspectScores {
  const gold: string[] = [];
  const guess: string[] = [];
  rows.forEach((row, index) => {
    if (!inPart(part, splitPart(row.sentenceId))) return;
    gold.push(row.polarity);
    guess.push(predicted[index] as string);
  });
  return { accuracy: accuracy(gold, guess), macroF1: macroF1(gold, guess), rows: gold.length };
}

function timed<T>(latencies: number[], run: () => T): T {
  const start = performance.now();
  const result = run();
  latencies.push(performance.now() - start);
  return result;
}

const options = readArguments(process.argv.slice(2));
const clothing = loadBinaryClothingReviews(options.reviews);
const laptops = loadAspectRows(options.aspects);
console.log(`clothing: ${clothing.length} binary reviews (${options.reviews}); SemEval laptops: ${laptops.length} aspect terms (${options.aspects})`);

const results = new Map<string, EngineResult>();

// Aisle, offline.
const analyzer = createReviewAnalyzer();
analyzer.sentiment("warm up"); // loads the weight table outside the timed loop
const aisleLatencies: number[] = [];
const aisleBinary = clothing.map((row) => timed(aisleLatencies, () => (analyzer.sentiment(row.text, { language: "en" }).score > 0 ? "positive" : "negative")));
const aisleAspect = laptops.map((row) => analyzer.aspectPolarity(row.text, row.term, { from: row.from, language: "en" }).polarity);
results.set("aisle", {
  binary: Object.fromEntries(parts.map((part) => [part, binaryScores(clothing, aisleBinary, part)])),
  aspect: Object.fromEntries(parts.map((part) => [part, aspectScores(laptops, aisleAspect, part)])),
  p50Ms: percentile(aisleLatencies, 0.5),
});

// Peers, same rows, same rule: a score above 0 is positive.
const afinn = new Sentiment();
const sentimentLatencies: number[] = [];
const sentimentBinary = clothing.map((row) => timed(sentimentLatencies, () => (afinn.analyze(row.text).score > 0 ? "positive" : "negative")));
results.set("sentiment", { binary: Object.fromEntries(parts.map((part) => [part, binaryScores(clothing, sentimentBinary, part)])), aspect: {}, p50Ms: percentile(sentimentLatencies, 0.5) });
const winkLatencies: number[] = [];
const winkBinary = clothing.map((row) => timed(winkLatencies, () => (winkSentiment(row.text).normalizedScore > 0 ? "positive" : "negative")));
results.set("wink-sentiment", { binary: Object.fromEntries(parts.map((part) => [part, binaryScores(clothing, winkBinary, part)])), aspect: {}, p50Ms: percentile(winkLatencies, 0.5) });

// The configured model, when there is one.
const models = resolveDefaultModels({ onNotice: false });
let modelNote = "model: not measured (no OPENAI_API_KEY; the offline analyser needs none)";
if (models.source === "openai") {
  const engine = createModelEngine(models.languageModel);
  const binaryRows = clothing.filter((row) => inPart(options.part, splitPart(row.productId))).slice(0, options.modelLimit);
  const aspectRows = laptops.filter((row) => inPart(options.part, splitPart(row.sentenceId))).slice(0, options.modelLimit);
  const latencies: number[] = [];
  const binary: string[] = [];
  for (const row of binaryRows) {
    const start = performance.now();
    binary.push(await engine.binary(row.text));
    latencies.push(performance.now() - start);
  }
  const aspect: string[] = [];
  for (const row of aspectRows) aspect.push(await engine.aspect(row.text, row.term));
  results.set("model", {
    binary: { [options.part]: binaryScores(binaryRows, binary, "all") },
    aspect: { [options.part]: aspectScores(aspectRows, aspect, "all") },
    p50Ms: percentile(latencies, 0.5),
  });
  modelNote = `model: ${engine.id}, first ${binaryRows.length} reviews and ${aspectRows.length} aspect terms of the ${options.part} part`;
}

const format = (value: number | undefined) => (value === undefined ? "-" : value.toFixed(4));
console.log("\nbinary sentiment, clothing reviews (review text only)");
console.log("engine           part      rows   accuracy  macro-F1  neg-F1   neg-recall  p50 ms");
for (const [name, result] of results) {
  for (const part of parts) {
    const scores = result.binary[part];
    if (scores === undefined) continue;
    console.log(
      `${name.padEnd(15)}  ${part.padEnd(8)}  ${String(scores.rows).padEnd(5)}  ${format(scores.accuracy).padEnd(8)}  ${format(scores.macroF1).padEnd(8)}  ${format(scores.negativeF1).padEnd(7)}  ${format(scores.negativeRecall).padEnd(10)}  ${result.p50Ms?.toFixed(4) ?? "-"}`,
    );
  }
}
console.log("\naspect polarity, SemEval-2014 laptops (term given; pos/neg/neutral)");
console.log("engine           part      rows   accuracy  macro-F1");
for (const [name, result] of results) {
  for (const part of parts) {
    const scores = result.aspect[part];
    if (scores === undefined) continue;
    console.log(`${name.padEnd(15)}  ${part.padEnd(8)}  ${String(scores.rows).padEnd(5)}  ${format(scores.accuracy).padEnd(8)}  ${format(scores.macroF1)}`);
  }
}
console.log(`\n${modelNote}`);

const aisle = results.get("aisle") as EngineResult;
const aisleF1 = aisle.binary[options.part]?.macroF1 ?? 0;
const peerF1 = Math.max(results.get("sentiment")?.binary[options.part]?.macroF1 ?? 0, results.get("wink-sentiment")?.binary[options.part]?.macroF1 ?? 0);
const goals = [
  [`binary macro-F1 ≥ 0.80`, aisleF1 >= 0.8],
  [`≥ 0.10 above both peers`, aisleF1 - peerF1 >= 0.1],
  [`aspect accuracy ≥ 0.72`, (aisle.aspect[options.part]?.accuracy ?? 0) >= 0.72],
] as const;
console.log(`goals on the ${options.part} part: ${goals.map(([goal, met]) => `${goal}: ${met ? "met" : "MISSED"}`).join("; ")}`);

if (options.json) {
  const engines = Object.fromEntries(
    [...results].map(([name, result]) => {
      const binary = result.binary[options.part];
      const aspect = result.aspect[options.part];
      return [
        name,
        {
          binary: binary === undefined ? undefined : { accuracy: binary.accuracy, macroF1: binary.macroF1, negativeF1: binary.negativeF1 },
          ...(aspect === undefined ? {} : { aspect: { accuracy: aspect.accuracy, macroF1: aspect.macroF1 } }),
          ...(name === "aisle" || name === "model" ? { p50Ms: result.p50Ms } : {}),
        },
      ];
    }),
  );
  writeFileSync(options.json, `${JSON.stringify({ engines }, null, 2)}\n`);
  console.log(`\nwrote ${options.json} (${options.part} part)`);
}
