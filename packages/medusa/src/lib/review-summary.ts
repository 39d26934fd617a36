import type { Review } from "@aisle/core";

/** What the core's review features return that the summary keeps (`aisle.reviews.analyze / moderate / summarize`). */
export type ReviewInsights = {
  analyses?: ReadonlyArray<{ id: string; sentiment: { label: "positive" | "negative" | "neutral" } }>;
  moderation?: ReadonlyArray<{ reviewId: string; hold: boolean }>;
  /** "Customers say" sentences, each citing the reviews it rests on. */
  sentences?: ReadonlyArray<{ text: string; polarity: string; reviewIds: readonly string[] }>;
  source?: "model" | "offline";
};

export type ReviewSummary = {
  productId: string;
  count: number;
  /** Mean star rating, two decimals; null without reviews. */
  averageRating: number | null;
  /** Reviews per star rating, 1 to 5. */
  distribution: Record<"1" | "2" | "3" | "4" | "5", number>;
  verifiedShare: number | null;
  /** From the text analyzer when given, else from the star ratings (4-5 positive, 3 neutral, 1-2 negative). */
  sentiment: { positive: number; neutral: number; negative: number; method: "analyzer" | "ratings" };
  /** Reviews to hold for a person (abuse, personal data, blatant spam). */
  held: string[];
  customersSay: Array<{ text: string; polarity: string; reviewIds: string[] }>;
  writtenBy: "model" | "offline" | null;
  analyzedAt: string;
};

/** A product's review summary; the same reviews and insights give the same summary (apart from `analyzedAt`). */
export function summarizeRatings(productId: string, reviews: readonly Review[], insights: ReviewInsights = {}, now: Date = new Date()): ReviewSummary {
  const distribution: ReviewSummary["distribution"] = { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 };
  const labels = new Map((insights.analyses ?? []).map((analysis) => [analysis.id, analysis.sentiment.label]));
  const sentiment: ReviewSummary["sentiment"] = { positive: 0, neutral: 0, negative: 0, method: insights.analyses === undefined ? "ratings" : "analyzer" };
  let total = 0;
  let verified = 0;
  for (const review of reviews) {
    distribution[String(review.rating) as keyof ReviewSummary["distribution"]]++;
    total += review.rating;
    if (review.verifiedBuyer) verified++;
    const byRating = review.rating >= 4 ? "positive" : review.rating === 3 ? "neutral" : "negative";
    sentiment[labels.get(review.id) ?? byRating]++;
  }
  return {
    productId,
    count: reviews.length,
    averageRating: reviews.length === 0 ? null : Math.round((total / reviews.length) * 100) / 100,
    distribution,
    verifiedShare: reviews.length === 0 ? null : Math.round((verified / reviews.length) * 100) / 100,
    sentiment,
    held: (insights.moderation ?? []).filter((entry) => entry.hold).map((entry) => entry.reviewId),
    customersSay: (insights.sentences ?? []).map((sentence) => ({ text: sentence.text, polarity: sentence.polarity, reviewIds: [...sentence.reviewIds] })),
    writtenBy: insights.source ?? null,
    analyzedAt: now.toISOString(),
  };
}
