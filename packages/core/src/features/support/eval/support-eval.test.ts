import { describe, expect, it } from "vitest";
import { createSampleStoreAisle } from "../../../client/create-sample-store-aisle";
import { createOfflineEmbeddingModel } from "../../../providers/offline/offline-embedding-model";
import { createOfflineLanguageModel } from "../../../providers/offline/offline-language-model";
import type { LanguageModel } from "../../../spec";
import { runSupportEval } from "./run-support-eval";
import { supportScenarios } from "./support-scenarios";

function sampleSupport(model: LanguageModel) {
  return createSampleStoreAisle({ model, embeddings: createOfflineEmbeddingModel() }).support;
}

describe("support scenario suite", () => {
  it("passes every scenario offline", async () => {
    const report = await runSupportEval({ support: sampleSupport(createOfflineLanguageModel()), scenarios: supportScenarios });
    const failed = report.results.filter((result) => !result.passed).map((result) => `${result.id}: ${result.failures.join("; ")} | ${result.answer?.text}`);
    expect(failed).toEqual([]);
    expect(report.passRate).toBe(1);
  });

  it("fails a scenario whose checks fail, and one that throws, and goes on", async () => {
    const broken: LanguageModel = {
      specificationVersion: "aisle.v1",
      provider: "broken",
      modelId: "broken",
      doGenerate: () => Promise.reject(new Error("model down")),
      doStream: () => Promise.reject(new Error("model down")),
    };
    const report = await runSupportEval({ support: sampleSupport(broken), scenarios: supportScenarios });
    const policy = report.results.find((result) => result.id === "policy-return-window");
    expect(policy?.passed).toBe(false);
    expect(policy?.failures[0]).toMatch(/threw: model down/);
    // Refusals and handoffs are decided in code, so they still pass without a model.
    expect(report.results.find((result) => result.id === "order-status-unverified")?.passed).toBe(true);
    expect(report.results.find((result) => result.id === "handoff-requested")?.passed).toBe(true);
    expect(report.total).toBe(supportScenarios.length);
  });
});
