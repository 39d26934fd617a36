export { createOfflineLanguageModel, offlineLanguageModelId } from "./offline-language-model";
export {
  offlineLanguageModelSettingsSchema,
  fallbackMessages as offlineFallbackMessages,
  type OfflineLanguageModelSettings,
} from "./offline-settings";
export { createOffline, type OfflineProvider } from "./offline-provider";
export {
  createOfflineEmbeddingModel,
  type OfflineEmbeddingModel,
  type OfflineEmbeddingModelSettings,
} from "./offline-embedding-model";
