export { builtInEntityTypes, placeholderLabel, type BuiltInEntityType, type PiiEntityType, type PiiSpan } from "./pii-types";
export { piiSettingsSchema, resolvePiiSettings, type PiiSettings, type ResolvedPiiSettings } from "./pii-settings";
export { createPiiDetector, builtInRecognizers, type PiiDetector } from "./pii-detector";
export { resolveOverlaps } from "./resolve-overlaps";
export type { Recognizer, RecognizerContext } from "./recognizers/recognizer";
export { anonymizeText, applyOperator, type PiiOperator, type PiiOperators } from "./operators";
export { createPiiVault, normaliseValue, placeholderPattern, type PiiVault } from "./pii-vault";
export { createStreamingRestorer, createRestoreTransform, restoreTextStream, type StreamingRestorer } from "./streaming-restore";
export { piiMiddleware, type PiiMiddlewareSettings } from "./pii-middleware";
export { warmUpLexicons as warmUpPiiLexicons } from "./recognizers/proper-nouns";
export {
  isLuhnValid,
  isIbanValid,
  isUpsTrackingValid,
  isFedexExpressValid,
  isS10Valid,
  isDhlExpressValid,
  isWeightedMod10Valid,
} from "./check-digits";
export { piiDevelopmentCorpus, type PiiCorpusEntry } from "./development-corpus";
