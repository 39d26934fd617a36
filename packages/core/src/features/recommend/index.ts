export { createRecommender } from "./recommender";
export { recommenderSettingsSchema, type RecommenderSettings, type ResolvedRecommenderSettings } from "./recommend-settings";
export type {
  DiversityOptions,
  ForShopperRequest,
  HistoryItem,
  Recommendation,
  RecommendationAttributeName,
  RecommendationFilters,
  RecommendationList,
  RecommendationReason,
  RecommendationReasonKind,
  RecommendationStrategy,
  RecommendOptions,
  Recommender,
  ShopperPreferences,
  ShopperProfile,
  TrendingOptions,
} from "./recommend-types";
export {
  stripProtectedAttributes,
  stripProtectedText,
  type ProtectedAttributeFinding,
  type ProtectedTextResult,
  type StripProtectedAttributesOptions,
  type StrippedProfile,
} from "./protected-attributes";
export { protectedAttributeKinds, type ProtectedAttributeKind } from "./protected-attribute-lexicon";
export { complementRuleSchema, defaultComplementRules, type ComplementRule } from "./complement-rules";
export { checkWhyPhrasing, whyPhrases, type RecommendLanguage, type WhyCheck, type WhyPhrases } from "./why-text";
export { findUngroundedReasons } from "./reason-grounding";
export {
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
  type FairnessRequest,
  type FairnessThresholds,
  type RecommendationComparison,
  type RecommendationFairnessReport,
  type SupportAnswerFunction,
  type SupportComparison,
  type SupportFairnessReport,
  type SupportFairnessRequest,
} from "./fairness-audit";
export { createSampleStoreRecommender, type SampleStoreRecommender } from "./sample-store-recommender";
export {
  recommendationScenarios,
  runRecommendationEval,
  type RecommendationEvalContext,
  type RecommendationEvalReport,
  type RecommendationScenario,
  type RecommendationScenarioResult,
} from "./recommend-scenarios";
