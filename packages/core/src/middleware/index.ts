export type { LanguageModelMiddleware, EmbeddingModelMiddleware } from "./language-model-middleware";
export { wrapLanguageModel, wrapEmbeddingModel } from "./wrap-language-model";
export { retryMiddleware, createRetryPolicy, isRetryableError, type RetrySettings, type RetryEvent } from "./retry-middleware";
export { timeoutMiddleware, type TimeoutSettings } from "./timeout-middleware";
export { createFallbackModel, type FallbackSettings } from "./fallback-model";
export { recoverableStream } from "./recoverable-stream";
export { defaultPrices, type ModelPrice } from "./prices";
export {
  createUsageTracker,
  type UsageTracker,
  type UsageTrackerSettings,
  type UsageScope,
  type UsageRecord,
  type UsageTotals,
} from "./usage-tracker";
export { usageMiddleware } from "./usage-middleware";
