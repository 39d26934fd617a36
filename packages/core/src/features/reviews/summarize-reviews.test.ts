import { describe, expect, it } from "vitest";
import { loadSampleStore } from "../../sample-store";
import { MockLanguageModel, mockGenerateResult } from "../../test/mock-language-model";
import { createReviewAnalyzer } from "./review-analyzer";
import type { ReviewInput } from "./review-types";
import { findSummaryProblems, renderSummary, summarizeReviews, type ReviewSummary, type SummarySentence } from "./summarize-reviews";

const analyzer = createReviewAnalyzer();

const chairReviews: ReviewInput[] = [
  { id: "r1", rating: 5, body: "So comfortable, I read in it every evening." },
  { id: "r2", rating: 5, body: "Very comfortable and the colour is beautiful." },
  { id: "r3", rating: 4, body: "Comfy seat. Delivery took forever though." },
  { id: "r4", rating: 5, body: "Really comfortable chair, and the delivery was late." },
  { id: "r5", rating: 2, body: "Arrived late and the box was damaged." },
];

/** Every cited review exists and shows the sentence's opinion on its topic, as the summary's own statistics say. */
function expectSupported(summary: ReviewSummary, reviews: readonly ReviewInput[]): void {
  const ids = new Set(reviews.map((review) => review.id));
  for (const sentence of summary.sentences) {
    expect(sentence.reviewIds.length, sentence.text).toBeGreaterThan(0);
    for (const id of sentence.reviewIds) {
      expect(ids.has(id), `${sentence.text} cites ${id}`).toBe(true);
      expect(summary.excludedReviewIds).not.toContain(id);
    }
    if (sentence.topic === "overall") continue;
    const statistic = summary.aspects.find((entry) => entry.aspect === sentence.topic);
    const supporting =
      sentence.polarity === "positive" ? statistic?.positive : sentence.polarity === "negative" ? statistic?.negative : [...(statistic?.positive ?? []), ...(statistic?.negative ?? [])];
    for (const id of sentence.reviewIds) expect(supporting, `${sentence.text} cites ${id}`).toContain(id);
  }
  expect(findSummaryProblems(summary, reviews)).toEqual([]);
}

describe("summarizeReviews offline", () => {
  it("writes aspect sentences from the statistics, each citing its reviews", async () => {
    const summary = await summarizeReviews({ reviews: chairReviews, analyzer });
    expect(summary.source).toBe("offline");
    expect(summary.reviewCount).toBe(5);
    expect(summary.averageRating).toBe(4.2);
    const comfort = summary.sentences.find((sentence) => sentence.topic === "comfort");
    expect(comfort).toMatchObject({ polarity: "positive", text: "All 4 reviewers who mention the comfort praise it." });
    expect([...(comfort?.reviewIds ?? [])].sort()).toEqual(["r1", "r2", "r3", "r4"]);
    const shipping = summary.sentences.find((sentence) => sentence.topic === "shipping");
    expect(shipping?.polarity).toBe("negative");
    expect([...(shipping?.reviewIds ?? [])].sort()).toEqual(["r3", "r4", "r5"]);
    expect(summary.sentences[0]).toMatchObject({ topic: "overall", polarity: "positive", text: "Most reviewers (4 of 5) are happy with it overall." });
    expectSupported(summary, chairReviews);
    expect(renderSummary(summary)).toContain("[r1, r2, r3, r4]");
  });

  it("summarises each sample store product without citing spam or unknown reviews", async () => {
    const { reviews } = loadSampleStore();
    const productIds = [...new Set(reviews.map((review) => review.productId))];
    for (const productId of productIds) {
      const productReviews = reviews.filter((review) => review.productId === productId);
      const summary = await summarizeReviews({ reviews: productReviews, analyzer });
      expect(summary.sentences.length, productId).toBeGreaterThan(0);
      expectSupported(summary, productReviews);
    }
    const sofa = reviews.filter((review) => review.productId === reviews.find((entry) => entry.id === "rev-harbor-3-seat-sofa-09")?.productId);
    const sofaSummary = await summarizeReviews({ reviews: sofa, analyzer });
    expect(sofaSummary.excludedReviewIds).toEqual(["rev-harbor-3-seat-sofa-09"]);
  });

  it("says nothing about no reviews", async () => {
    const summary = await summarizeReviews({ reviews: [] });
    expect(summary).toMatchObject({ reviewCount: 0, sentences: [], averageRating: undefined });
  });

  it("refuses duplicate review ids", async () => {
    await expect(summarizeReviews({ reviews: [chairReviews[0] as ReviewInput, chairReviews[0] as ReviewInput] })).rejects.toThrow(/occurs twice/);
  });

  it("reports citations that do not hold up", () => {
    const summary = {
      sentences: [
        { text: "Comfy.", topic: "comfort", polarity: "positive", reviewIds: ["r1", "r9"] },
        { text: "Late.", topic: "shipping", polarity: "negative", reviewIds: ["r1"] },
      ] satisfies SummarySentence[],
      aspects: [{ aspect: "comfort" as const, positive: ["r1"], negative: [], neutral: [] }],
      excludedReviewIds: [],
    };
    expect(findSummaryProblems(summary, chairReviews)).toEqual([
      '"Comfy." cites r9, which is not one of the reviews',
      '"Comfy." cites r9, which is not positive about comfort',
      '"Late." cites r1, which is not negative about shipping',
    ]);
  });

  it("makes an uncited sentence a type error", () => {
    // @ts-expect-error a summary sentence must cite at least one review
    const uncited: SummarySentence = { text: "Everyone loves it.", topic: "overall", polarity: "positive", reviewIds: [] };
    expect(uncited.reviewIds).toHaveLength(0);
  });
});

describe("summarizeReviews with a model", () => {
  const modelAnswering = (sentences: unknown[]) => new MockLanguageModel({ doGenerate: mockGenerateResult(JSON.stringify({ sentences })) });

  it("keeps sentences whose citations hold up and drops the rest, saying why", async () => {
    const model = modelAnswering([
      { text: "Shoppers find the chair very comfortable.", topic: "comfort", polarity: "positive", reviewIds: ["r1", "r2"] },
      { text: "Delivery was quick.", topic: "shipping", polarity: "positive", reviewIds: ["r5"] },
      { text: "One reviewer loved the fabric.", topic: "quality", polarity: "positive", reviewIds: ["r99"] },
      { text: "Opinions on delivery differ.", topic: "shipping", polarity: "mixed", reviewIds: ["r4", "r5"] },
    ]);
    const summary = await summarizeReviews({ reviews: chairReviews, analyzer, model });
    expect(summary.source).toBe("model");
    expect(summary.sentences).toEqual([{ text: "Shoppers find the chair very comfortable.", topic: "comfort", polarity: "positive", reviewIds: ["r1", "r2"] }]);
    expect(summary.dropped.map((entry) => entry.reason)).toEqual([
      "review r5 is not positive about shipping",
      "cites reviews that were not given: r99",
      '"mixed" needs both positive and negative reviews on shipping among its citations',
    ]);
    expectSupported(summary, chairReviews);

    const call = model.calls[0];
    expect(call?.documents?.map((document) => document.id).sort()).toEqual(["r1", "r2", "r3", "r4", "r5"]);
    expect(call?.documents?.every((document) => document.trusted === false)).toBe(true);
    expect(JSON.stringify(call?.messages)).toContain("comfort: 4 positive");
  });

  it("falls back to the offline summary when no model sentence holds up", async () => {
    const model = modelAnswering([{ text: "Everyone hates the comfort.", topic: "comfort", polarity: "negative", reviewIds: ["r1"] }]);
    const summary = await summarizeReviews({ reviews: chairReviews, analyzer, model });
    expect(summary.source).toBe("offline");
    expect(summary.dropped).toHaveLength(1);
    expect(summary.sentences.length).toBeGreaterThan(0);
    expectSupported(summary, chairReviews);
  });

  it("never accepts a sentence without citations from the model", async () => {
    const model = modelAnswering([{ text: "Great chair.", topic: "overall", polarity: "positive", reviewIds: [] }]);
    const summary = await summarizeReviews({ reviews: chairReviews, analyzer, model });
    expect(model.calls).toHaveLength(2); // the schema rejects it, the repair attempt too
    expect(summary.source).toBe("offline");
    expect(summary.sentences.every((sentence) => sentence.reviewIds.length > 0)).toBe(true);
  });
});
