export { createReviewAnalyzer, type ReviewAnalyzer } from "./review-analyzer";
export {
  reviewAnalyzerSettingsSchema,
  defaultReviewPiiEntities,
  type ReviewAnalyzerSettings,
  type ResolvedReviewAnalyzerSettings,
  type ReviewModerationSettings,
} from "./review-analyzer-settings";
export {
  reviewAspects,
  aspectLabels,
  type ReviewAspect,
  type ReviewPolarity,
  type ReviewInput,
  type ReviewEvidence,
  type AspectMention,
  type ReviewFlag,
  type ReviewFlagType,
  type ReviewSentiment,
  type ReviewAnalysis,
  type AspectPolarityResult,
} from "./review-types";
export { reviewLanguages, type ReviewLanguage } from "./lexicon/languages";
export {
  summarizeReviews,
  renderSummary,
  findSummaryProblems,
  type SummarizeReviewsOptions,
  type ReviewSummary,
  type SummarySentence,
  type SummaryTopic,
  type SummaryPolarity,
  type AspectStatistic,
} from "./summarize-reviews";
export {
  createReviewIntelligence,
  type ReviewIntelligence,
  type ReviewIntelligenceContext,
  type ReviewModeration,
} from "./review-intelligence";
