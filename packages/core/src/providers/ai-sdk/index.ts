export { fromAiSdk, fromAiSdkLanguageModel } from "./ai-sdk-language-model";
export { fromAiSdkEmbeddingModel } from "./ai-sdk-embedding-model";
export {
  aiSdkLanguageModelSettingsSchema,
  aiSdkEmbeddingModelSettingsSchema,
  type AiSdkLanguageModelSettings,
  type AiSdkEmbeddingModelSettings,
} from "./ai-sdk-settings";
export { isAiSdkApiCallError } from "./map-ai-sdk-error";
export type {
  AiSdkLanguageModel,
  AiSdkEmbeddingModel,
  AiSdkSpecificationVersion,
  AiSdkCallOptions,
  AiSdkCallOptionsShape,
  AiSdkProviderOptions,
  AiSdkJsonValue,
} from "./ai-sdk-types";
