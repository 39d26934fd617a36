import { describe, expect, it } from "vitest";
import { createSampleStoreAisle } from "../client/create-sample-store-aisle";
import { createOfflineEmbeddingModel } from "../providers/offline/offline-embedding-model";
import { createOfflineLanguageModel } from "../providers/offline/offline-language-model";
import { renderEvaluationReport } from "./render-report";
import { runEvaluation } from "./run-evaluation";

describe("runEvaluation", () => {
  it("passes every scenario of every feature offline and renders a self-contained report", async () => {
    const aisle = createSampleStoreAisle({ model: createOfflineLanguageModel(), embeddings: createOfflineEmbeddingModel() });
    const report = await runEvaluation({ aisle });
    expect(report.scenarios.filter((outcome) => !outcome.passed).map((outcome) => `${outcome.id}: ${outcome.failures.join("; ")}`)).toEqual([]);
    expect(new Set(report.scenarios.map((outcome) => outcome.section))).toEqual(new Set(["support", "recommend", "reviews", "copy"]));
    // Retrieval is measured per class; the classes the engine is built for do well.
    const byClass = new Map(report.retrieval.map((entry) => [entry.class, entry]));
    expect(byClass.get("category")?.ndcg10).toBeGreaterThan(0.8);
    expect(byClass.get("typo")?.recall10).toBeGreaterThan(0.6);
    expect(report.pii.every((entry) => entry.gold > 0)).toBe(true);

    const html = renderEvaluationReport(report);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|https?:\/\//);
    for (const id of ["scenario-pass-rates", "retrieval-quality", "pii-quality", "latencies"]) expect(html).toContain(`id="${id}"`);
  }, 60_000);
});
