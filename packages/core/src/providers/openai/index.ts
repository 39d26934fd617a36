export {
  createOpenAI,
  createOpenAICompatible,
  createAzureOpenAI,
  type OpenAIProvider,
  type OpenAIChatModelId,
  type OpenAIEmbeddingModelId,
} from "./openai-provider";
export { OpenAIChatLanguageModel } from "./openai-chat-language-model";
export { OpenAIEmbeddingModel } from "./openai-embedding-model";
export {
  openAISettingsSchema,
  openAICompatibleSettingsSchema,
  azureOpenAISettingsSchema,
  openAIChatModelSettingsSchema,
  openAIEmbeddingModelSettingsSchema,
  type ApiKeySource,
  type OpenAISettings,
  type OpenAICompatibleSettings,
  type AzureOpenAISettings,
  type OpenAIChatModelSettings,
  type OpenAIEmbeddingModelSettings,
} from "./openai-settings";
export { toStrictJsonSchema } from "./strict-json-schema";
