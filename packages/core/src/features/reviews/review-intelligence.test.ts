import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../errors/invalid-argument-error";
import { loadSampleStore, sampleReviewScenarios } from "../../sample-store";
import { createInMemoryReviews } from "../../sources/in-memory-sources";
import { MockLanguageModel } from "../../test/mock-language-model";
import { createReviewAnalyzer } from "./review-analyzer";
import { createReviewIntelligence } from "./review-intelligence";

const store = loadSampleStore();
const analyzer = createReviewAnalyzer();

describe("createReviewIntelligence", () => {
  it("summarises a product's reviews read from the review source", async () => {
    const intelligence = createReviewIntelligence({ reviews: createInMemoryReviews(store.reviews), analyzer });
    const productId = (store.reviews.find((review) => review.id === "rev-harbor-3-seat-sofa-01") as (typeof store.reviews)[number]).productId;
    const summary = await intelligence.summarize(productId);
    const productReviewIds = store.reviews.filter((review) => review.productId === productId).map((review) => review.id);
    expect(summary.productId).toBe(productId);
    expect(summary.reviewCount).toBe(productReviewIds.length - 1); // the spam post is left out
    for (const sentence of summary.sentences) for (const id of sentence.reviewIds) expect(productReviewIds).toContain(id);
  });

  it("needs a review source to summarise by product id", async () => {
    await expect(createReviewIntelligence({ analyzer }).summarize("prod-1")).rejects.toSatisfy((error) => InvalidArgumentError.isInstance(error));
  });

  it("holds spam, abuse and personal data for moderation and passes the rest", async () => {
    const moderation = await createReviewIntelligence({ analyzer }).moderate(store.reviews);
    const held = moderation.filter((entry) => entry.hold).map((entry) => entry.reviewId).sort();
    expect(held).toEqual([...sampleReviewScenarios.spam, ...sampleReviewScenarios.containsContactDetails, ...sampleReviewScenarios.abusive].sort());
  });

  it("analyses reviews in order", async () => {
    const analyses = await createReviewIntelligence({ analyzer }).analyze(store.reviews.slice(0, 3));
    expect(analyses.map((analysis) => analysis.id)).toEqual(store.reviews.slice(0, 3).map((review) => review.id));
  });

  it("does not ask an offline-provider model to write summaries", async () => {
    const offline = new MockLanguageModel({ provider: "offline" });
    const summary = await createReviewIntelligence({ model: offline, analyzer }).summarize(store.reviews.slice(0, 6));
    expect(offline.calls).toHaveLength(0);
    expect(summary.source).toBe("offline");
  });

  it("builds its own analyser from settings", () => {
    const intelligence = createReviewIntelligence({ analyzer: { neutralBand: 0.5 } });
    expect(intelligence.analyzer.settings.neutralBand).toBe(0.5);
  });
});
