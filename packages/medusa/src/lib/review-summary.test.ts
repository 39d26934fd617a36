import type { Review } from "@aisle/core";
import { describe, expect, it } from "vitest";
import { summarizeRatings } from "./review-summary";

const review = (id: string, rating: number, verifiedBuyer = false): Review => ({
  id,
  productId: "prod_1",
  rating,
  title: `Review ${id}`,
  body: "Text",
  author: "A.",
  createdAt: "2026-09-01T00:00:00.000Z",
  verifiedBuyer,
  locale: "en",
});

describe("summarizeRatings", () => {
  const now = new Date("2026-10-01T00:00:00.000Z");

  it("counts ratings and reads sentiment from stars without an analyzer", () => {
    const summary = summarizeRatings("prod_1", [review("a", 5, true), review("b", 4), review("c", 3), review("d", 1)], {}, now);
    expect(summary).toEqual({
      productId: "prod_1",
      count: 4,
      averageRating: 3.25,
      distribution: { "1": 1, "2": 0, "3": 1, "4": 1, "5": 1 },
      verifiedShare: 0.25,
      sentiment: { positive: 2, neutral: 1, negative: 1, method: "ratings" },
      held: [],
      customersSay: [],
      writtenBy: null,
      analyzedAt: "2026-10-01T00:00:00.000Z",
    });
  });

  it("takes the analyzer's labels, held reviews and cited sentences when given", () => {
    const summary = summarizeRatings(
      "prod_1",
      [review("a", 5), review("b", 4)],
      {
        analyses: [{ id: "a", sentiment: { label: "positive" } }, { id: "b", sentiment: { label: "negative" } }],
        moderation: [{ reviewId: "b", hold: true }, { reviewId: "a", hold: false }],
        sentences: [{ text: "Comfortable.", polarity: "positive", reviewIds: ["a"] }],
        source: "offline",
      },
      now,
    );
    expect(summary).toMatchObject({ sentiment: { positive: 1, negative: 1, method: "analyzer" }, held: ["b"], customersSay: [{ text: "Comfortable.", reviewIds: ["a"] }], writtenBy: "offline" });
  });

  it("has no average without reviews", () => {
    expect(summarizeRatings("prod_1", [], {}, now)).toMatchObject({ count: 0, averageRating: null, verifiedShare: null });
  });
});
