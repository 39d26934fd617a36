import { describe, expect, it } from "vitest";
import { recommendationScenarios, runRecommendationEval } from "./recommend-scenarios";
import { createSampleStoreRecommender } from "./sample-store-recommender";

describe("recommendation scenarios", () => {
  it("all pass over the sample store", async () => {
    const seen: string[] = [];
    const report = await runRecommendationEval({ onResult: (result) => seen.push(result.id) });
    expect(report.results.filter((result) => !result.passed)).toEqual([]);
    expect(report.passRate).toBe(1);
    expect(seen).toEqual(recommendationScenarios.map((scenario) => scenario.id));
  });

  it("fail when the recommender ignores the in-stock filter", async () => {
    const { recommender } = await createSampleStoreRecommender();
    const careless = {
      ...recommender,
      similar: (productId: string, options = {}) => recommender.similar(productId, { ...options, filters: { inStockOnly: false } }),
    };
    const report = await runRecommendationEval({ recommender: careless, scenarios: recommendationScenarios.filter((scenario) => scenario.id === "in-stock-only") });
    expect(report.results[0]?.passed).toBe(false);
    expect(report.results[0]?.failures.join("\n")).toMatch(/shows sold-out/);
  });
});
