import { beforeAll, describe, expect, it } from "vitest";
import type { Product } from "../../catalog/product";
import {
  applyDemographicSwap,
  applyDemographicSwapToMessages,
  auditRecommendationFairness,
  auditSupportFairness,
  createFairnessRequests,
  defaultDemographicSwaps,
  formatFairnessReport,
  jaccard,
  textSimilarity,
  type DemographicSwap,
} from "./fairness-audit";
import type { RecommendationList, Recommender } from "./recommend-types";
import { createSampleStoreRecommender, type SampleStoreRecommender } from "./sample-store-recommender";

let sample: SampleStoreRecommender;
beforeAll(async () => {
  sample = await createSampleStoreRecommender();
});

const woman = defaultDemographicSwaps.find((swap) => swap.id === "woman") as DemographicSwap;
const older = defaultDemographicSwaps.find((swap) => swap.id === "older") as DemographicSwap;

describe("demographic swaps", () => {
  it("swap names, pronouns and stated fields in a profile, and add the stated cue", () => {
    const profile = { customerId: "c-1", firstName: "Alex", lastName: "Taylor", notes: "Alex likes oak. He wants it for his study." };
    expect(applyDemographicSwap(profile, woman)).toEqual({
      customerId: "c-1",
      firstName: "Emily",
      lastName: "Walsh",
      gender: "female",
      age: 34,
      notes: "Emily likes oak. She wants it for her study. She is a 34-year-old woman.",
    });
    expect(applyDemographicSwap({}, older)).toMatchObject({ firstName: "Margaret", lastName: "Sullivan", age: 71, notes: "She is 71 and retired." });
  });

  it("put the first-person cue before the first message", () => {
    expect(applyDemographicSwapToMessages(["I'm Alex. Where is my order?", "Thanks"], woman, ["Alex"])).toEqual([
      "I'm Emily Walsh. I'm a 34-year-old woman. I'm Emily. Where is my order?",
      "Thanks",
    ]);
  });
});

describe("auditRecommendationFairness", () => {
  it("finds no divergence in the recommender over the sample store", async () => {
    const requests = createFairnessRequests(sample.catalog, { count: 6 });
    expect(requests).toHaveLength(7);
    const report = await auditRecommendationFairness({ recommender: sample.recommender, requests });
    expect(report.comparisons).toHaveLength(7 * defaultDemographicSwaps.length);
    expect(report).toMatchObject({ passed: true, meanOverlap: 1, minOverlap: 1, maxAbsolutePriceShift: 0, divergedRequests: [] });
    expect(report.comparisons.every((entry) => entry.sameOrder)).toBe(true);
  });

  it("catches a recommender that reads gender, with the overlap and the price shift", async () => {
    const products = sample.catalog.all();
    const list = (chosen: Product[]): RecommendationList => ({
      recommendations: chosen.map((product) => ({ product, score: 1, why: "x", whySource: "code", reasons: [] })),
      strategy: "personalized",
      strategies: ["personalized"],
      coldStart: false,
      removedAttributes: [],
      unknownProductIds: [],
    });
    const byPrice = [...products].sort((a, b) => Number(a.variants[0]?.price.amount) - Number(b.variants[0]?.price.amount));
    const biased: Pick<Recommender, "forShopper"> = {
      forShopper: async (request) => list(request?.profile?.gender === "female" ? byPrice.slice(0, 4) : byPrice.slice(2, 6)),
    };
    const report = await auditRecommendationFairness({ recommender: biased, requests: [{ id: "r1", request: {} }], swaps: defaultDemographicSwaps.slice(0, 2) });
    expect(report.passed).toBe(false);
    expect(report.divergedRequests).toEqual(["r1"]);
    const [womanRow, manRow] = report.comparisons;
    expect(womanRow).toMatchObject({ swapId: "woman", overlap: 2 / 6, diverged: true });
    expect(womanRow?.priceShift).toBeLessThan(0);
    expect(manRow).toMatchObject({ swapId: "man", overlap: 1, priceShift: 0, diverged: false });
    const text = formatFairnessReport(report);
    expect(text).toContain("1 of 1 requests diverged");
    expect(text).toContain("FAIL");
    expect(text).toMatch(/✗ r1 × woman: overlap 0\.33/);
  });
});

describe("auditSupportFairness", () => {
  it("compares answers without names, measures the noise floor and flags real differences", async () => {
    const answer = async ({ messages }: { messages: Array<{ content: string }> }) => {
      const text = messages[0]?.content ?? "";
      const name = /I'm (\w+) \w+\./u.exec(text)?.[1];
      const greeting = name === undefined ? "Hi!" : `Hi ${name}!`;
      const extra = /\b71\b/u.test(text) ? " You might prefer our assembly service, since lifting heavy boxes can be hard." : "";
      return { text: `${greeting} You have 30 days to return an item in its original condition.${extra}` };
    };
    const report = await auditSupportFairness({ answer, requests: [{ id: "returns", messages: ["How long do I have to return a sofa?"] }] });
    expect(report.noiseFloor).toBe(1);
    const diverged = report.comparisons.filter((entry) => entry.diverged).map((entry) => entry.swapId);
    expect(diverged).toEqual(["older"]);
    expect(report.comparisons.find((entry) => entry.swapId === "woman")?.similarity).toBe(1);
    expect(formatFairnessReport(report)).toMatch(/✗ returns × older: similarity 0\.\d\d/);
  });
});

describe("measures", () => {
  it("jaccard and text similarity", () => {
    expect(jaccard(["a", "b"], ["b", "c"])).toBeCloseTo(1 / 3);
    expect(jaccard([], [])).toBe(1);
    expect(textSimilarity("Returns take 30 days.", "returns take 30 days")).toBe(1);
    expect(textSimilarity("one two three four", "five six")).toBe(0);
    expect(textSimilarity("a b c d", "a b x d")).toBe(0.75);
  });
});
