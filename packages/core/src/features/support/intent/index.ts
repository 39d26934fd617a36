export {
  createIntentClassifier,
  loadIntentClassifier,
  recommendedIntentConfidenceThreshold,
  type IntentClassifier,
  type IntentClassification,
  type IntentClassifierJson,
  type IntentScore,
} from "./intent-classifier";
export type { IntentClassifierSettings, IntentExample } from "./intent-classifier-settings";
export { defaultSupportIntents, type SupportIntentDefinition } from "./default-support-intents";
export {
  createDefaultIntentClassifier,
  defaultSupportIntentExamples,
  type DefaultIntentClassifierSettings,
} from "./default-intent-classifier";
export {
  classifyIntentWithModel,
  type ClassifyIntentWithModelSettings,
  type ModelIntentClassification,
  type IntentChoice,
} from "./classify-intent-with-model";
