import type { EmbeddingModel, LanguageModel } from "../../spec";
import { createOfflineEmbeddingModel, type OfflineEmbeddingModelSettings } from "./offline-embedding-model";
import { createOfflineLanguageModel } from "./offline-language-model";
import type { OfflineLanguageModelSettings } from "./offline-settings";

export type OfflineProvider = {
  /** The extractive language model; `settings` override the provider's for this model. */
  languageModel(settings?: OfflineLanguageModelSettings): LanguageModel;
  embeddingModel(settings?: OfflineEmbeddingModelSettings): EmbeddingModel;
};

/** The offline provider: models that need no network, no key and no weights, for demos, tests and fallback. */
export function createOffline(
  settings: { languageModel?: OfflineLanguageModelSettings; embeddingModel?: OfflineEmbeddingModelSettings } = {},
): OfflineProvider {
  // Parsed once here so a bad setting fails when the provider is built, not on first use.
  createOfflineLanguageModel(settings.languageModel);
  createOfflineEmbeddingModel(settings.embeddingModel);
  return {
    languageModel: (overrides) => createOfflineLanguageModel({ ...settings.languageModel, ...overrides }),
    embeddingModel: (overrides) => createOfflineEmbeddingModel({ ...settings.embeddingModel, ...overrides }),
  };
}
