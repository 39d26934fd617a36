import { InvalidArgumentError } from "../../errors/invalid-argument-error";
import type { ReviewSource } from "../../sources/sources";
import type { LanguageModel } from "../../spec";
import { createReviewAnalyzer, type ReviewAnalyzer } from "./review-analyzer";
import type { ReviewAnalyzerSettings } from "./review-analyzer-settings";
import type { ReviewAnalysis, ReviewFlag, ReviewInput } from "./review-types";
import { summarizeReviews, type ReviewSummary } from "./summarize-reviews";

export type ReviewIntelligenceContext = {
  /** Writes "customers say" summaries (citations validated in code); without one, code writes them. */
  model?: LanguageModel;
  /** Where `summarize(productId)` reads a product's reviews. */
  reviews?: ReviewSource;
  /** Analyser settings (moderation, neutral band), or an analyser to share. */
  analyzer?: ReviewAnalyzerSettings | ReviewAnalyzer;
};

export type ReviewModeration = {
  reviewId: string;
  flags: ReviewFlag[];
  /** Hold for a person when a flag is `high` (abuse aimed at people, personal data, blatant spam). */
  hold: boolean;
};

export type ReviewIntelligence = {
  readonly analyzer: ReviewAnalyzer;
  analyze(reviews: readonly ReviewInput[]): Promise<ReviewAnalysis[]>;
  /** A product's reviews (read from the review source) or the given reviews, summarised with citations. */
  summarize(target: string | readonly ReviewInput[], options?: { maxSentences?: number; abortSignal?: AbortSignal }): Promise<ReviewSummary & { productId?: string }>;
  moderate(reviews: readonly ReviewInput[]): Promise<ReviewModeration[]>;
};

/**
 * Review features over one analyser: `analyze` and `moderate` never call a model; `summarize` lets the model
 * write when there is one (an offline-provider model is not asked: code writes better summaries than it).
 */
export function createReviewIntelligence(context: ReviewIntelligenceContext = {}): ReviewIntelligence {
  const analyzer = isAnalyzer(context.analyzer) ? context.analyzer : createReviewAnalyzer(context.analyzer ?? {});
  const model = context.model?.provider === "offline" ? undefined : context.model;
  const requireArray = (reviews: unknown): void => {
    if (!Array.isArray(reviews)) throw new InvalidArgumentError({ argument: "reviews", message: "must be an array of reviews" });
  };
  return {
    analyzer,
    async analyze(reviews) {
      requireArray(reviews);
      return reviews.map((review) => analyzer.analyzeReview(review));
    },
    async summarize(target, options = {}) {
      if (typeof target === "string") {
        if (context.reviews === undefined) {
          throw new InvalidArgumentError({ argument: "productId", message: "no review source is configured; pass the reviews themselves instead" });
        }
        const reviews = await context.reviews.listReviews({ productId: target, abortSignal: options.abortSignal });
        return { productId: target, ...(await summarizeReviews({ reviews, model, analyzer, ...options })) };
      }
      requireArray(target);
      return summarizeReviews({ reviews: target, model, analyzer, ...options });
    },
    async moderate(reviews) {
      requireArray(reviews);
      return reviews.map((review) => {
        const flags = analyzer.moderate(review);
        return { reviewId: review.id, flags, hold: flags.some((flag) => flag.severity === "high") };
      });
    },
  };
}

function isAnalyzer(value: ReviewIntelligenceContext["analyzer"]): value is ReviewAnalyzer {
  return typeof value === "object" && value !== null && typeof (value as ReviewAnalyzer).analyzeReview === "function";
}
