import type { Aisle } from "../client/create-aisle";
import { recommendationScenarios, runRecommendationEval } from "../features/recommend/recommend-scenarios";
import { findSummaryProblems } from "../features/reviews/summarize-reviews";
import { runSupportEval } from "../features/support/eval/run-support-eval";
import { supportScenarios } from "../features/support/eval/support-scenarios";
import { createGroundingChecker } from "../guards/grounding/grounding-checker";
import { piiDevelopmentCorpus } from "../guards/pii/development-corpus";
import { createPiiDetector } from "../guards/pii/pii-detector";
import { sampleRetrievalQueries, type RetrievalQuery } from "./retrieval-queries";

export type ScenarioOutcome = { section: "support" | "recommend" | "reviews" | "copy"; id: string; title: string; passed: boolean; failures: string[]; ms: number };

export type EvaluationReport = {
  model: string;
  at: string;
  scenarios: ScenarioOutcome[];
  retrieval: Array<{ class: string; queries: number; ndcg10: number; recall10: number; p50Ms: number }>;
  pii: Array<{ entity: string; gold: number; precision: number; recall: number }>;
  /** Per-call latencies in milliseconds by what was measured, for distributions. */
  latencies: Record<string, number[]>;
};

function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] as number;
}

function ndcgAt10(ranked: readonly string[], relevant: RetrievalQuery["relevant"]): number {
  const gain = (grade: number) => 2 ** grade - 1;
  const dcg = ranked.slice(0, 10).reduce((total, handle, index) => total + gain(relevant[handle] ?? 0) / Math.log2(index + 2), 0);
  const ideal = Object.values(relevant)
    .sort((left, right) => right - left)
    .slice(0, 10)
    .reduce((total, grade, index) => total + gain(grade) / Math.log2(index + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

/**
 * Evaluates a client over the sample store: the support, recommendation, review-summary and copy scenarios,
 * retrieval quality per query class, and PII detection per entity on the development corpus. Everything runs
 * on whatever model the client has (offline included); nothing here needs data outside the package.
 */
export async function runEvaluation({
  aisle,
  onProgress,
}: {
  /** A client over the sample store, e.g. `createSampleStoreAisle()`. */
  aisle: Aisle;
  onProgress?: (outcome: ScenarioOutcome) => void;
}): Promise<EvaluationReport> {
  await aisle.ready();
  const scenarios: ScenarioOutcome[] = [];
  const latencies: Record<string, number[]> = { support: [], search: [], "pii detect": [] };
  const record = (outcome: ScenarioOutcome) => {
    scenarios.push(outcome);
    onProgress?.(outcome);
  };

  const support = await runSupportEval({ support: aisle.support, scenarios: supportScenarios });
  for (const result of support.results) {
    latencies.support?.push(result.ms);
    record({ section: "support", id: result.id, title: result.title, passed: result.passed, failures: result.failures, ms: result.ms });
  }

  const recommend = await runRecommendationEval({ recommender: aisle.recommend, scenarios: recommendationScenarios });
  for (const result of recommend.results) record({ section: "recommend", ...result });

  // Review summaries: every sentence must cite reviews of that product that support it.
  const products = aisle.catalog.all();
  const started = performance.now();
  const summaryProblems: string[] = [];
  let summarised = 0;
  for (const product of products) {
    const summary = await aisle.reviews.summarize(product.id);
    if (summary.sentences.length === 0) continue;
    summarised++;
    const reviews = aisle.sources.reviews === undefined ? [] : await aisle.sources.reviews.listReviews({ productId: product.id });
    for (const problem of findSummaryProblems(summary, reviews)) summaryProblems.push(`${product.handle}: ${problem}`);
    if (summary.sentences.some((sentence) => sentence.reviewIds.length === 0)) summaryProblems.push(`${product.handle}: a sentence cites no review`);
  }
  record({
    section: "reviews",
    id: "summaries-cite-reviews",
    title: `Every summary sentence cites supporting reviews (${summarised} products)`,
    passed: summarised > 0 && summaryProblems.length === 0,
    failures: summarised === 0 ? ["no product had a summary"] : summaryProblems.slice(0, 10),
    ms: performance.now() - started,
  });

  // Copy: a draft that states an attribute the product does not have must be flagged.
  const checker = createGroundingChecker();
  const copyStarted = performance.now();
  const copyFailures: string[] = [];
  for (const handle of ["harbor-3-seat-sofa", "basecamp-4-person-tent", "merino-wool-throw"]) {
    const product = products.find((candidate) => candidate.handle === handle);
    if (product === undefined) continue;
    const draft = await aisle.copy.productDescription(product.id);
    const honest = checker.check({ text: draft.content.body, facts: product });
    if (!honest.grounded) copyFailures.push(`${handle}: the draft itself has unsupported claims: ${honest.unsupported.map((claim) => claim.text).join(", ")}`);
    const invented = checker.check({ text: `${draft.content.body} The frame is solid teak and it weighs 3 kg.`, facts: product });
    const flagged = invented.unsupported.map((claim) => claim.text.toLowerCase());
    if (!flagged.some((text) => text.includes("teak"))) copyFailures.push(`${handle}: an invented material was not flagged`);
    if (!flagged.some((text) => text.includes("3 kg"))) copyFailures.push(`${handle}: an invented weight was not flagged`);
  }
  record({
    section: "copy",
    id: "copy-invented-attribute-flagged",
    title: "A copy draft with an invented attribute is flagged",
    passed: copyFailures.length === 0,
    failures: copyFailures,
    ms: performance.now() - copyStarted,
  });

  // Retrieval per query class.
  const byHandle = new Map(products.map((product) => [product.id, product.handle]));
  const classes = new Map<string, { ndcg: number[]; recall: number[]; ms: number[] }>();
  for (const query of sampleRetrievalQueries) {
    const searchStarted = performance.now();
    const result = await aisle.catalog.search(query.query, { limit: 10 });
    const ms = performance.now() - searchStarted;
    latencies.search?.push(ms);
    const ranked = result.hits.map((hit) => byHandle.get(hit.product.id) ?? hit.product.id);
    const relevantHandles = Object.keys(query.relevant);
    const entry = classes.get(query.class) ?? { ndcg: [], recall: [], ms: [] };
    entry.ndcg.push(ndcgAt10(ranked, query.relevant));
    entry.recall.push(relevantHandles.filter((handle) => ranked.includes(handle)).length / relevantHandles.length);
    entry.ms.push(ms);
    classes.set(query.class, entry);
  }
  const mean = (values: number[]) => values.reduce((total, value) => total + value, 0) / Math.max(1, values.length);
  const retrieval = [...classes].map(([name, entry]) => ({
    class: name,
    queries: entry.ndcg.length,
    ndcg10: mean(entry.ndcg),
    recall10: mean(entry.recall),
    p50Ms: percentile(entry.ms, 0.5),
  }));

  // PII per entity on the development corpus: a planted value is found when a span of its type covers it.
  const detector = createPiiDetector();
  const counts = new Map<string, { gold: number; found: number; predicted: number; correct: number }>();
  for (const entry of piiDevelopmentCorpus) {
    const detectStarted = performance.now();
    const spans = detector.detect(entry.text);
    latencies["pii detect"]?.push(performance.now() - detectStarted);
    for (const value of entry.values) {
      const start = entry.text.indexOf(value.text);
      const count = counts.get(value.type) ?? { gold: 0, found: 0, predicted: 0, correct: 0 };
      count.gold++;
      if (spans.some((span) => span.type === value.type && span.start <= start && span.end >= start + value.text.length)) count.found++;
      counts.set(value.type, count);
    }
    for (const span of spans) {
      const count = counts.get(span.type);
      if (count === undefined) continue;
      count.predicted++;
      if (entry.values.some((value) => value.type === span.type && span.text.includes(value.text))) count.correct++;
    }
  }
  const pii = [...counts].map(([entity, count]) => ({
    entity,
    gold: count.gold,
    precision: count.predicted === 0 ? 0 : count.correct / count.predicted,
    recall: count.gold === 0 ? 0 : count.found / count.gold,
  }));

  const model = aisle.models.language;
  return { model: `${model.provider}:${model.modelId}`, at: new Date().toISOString(), scenarios, retrieval, pii, latencies };
}
