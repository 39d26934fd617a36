import type { EmbeddingModel, LanguageModel } from "../../spec";
import { parseSettings } from "../../util/parse-settings";
import { createOffline } from "../offline/offline-provider";
import { createOpenAI } from "../openai/openai-provider";
import { defaultModelsSettingsSchema, type DefaultModelsSettings } from "./default-models-settings";

export type DefaultModels = {
  languageModel: LanguageModel;
  embeddingModel: EmbeddingModel;
  /** Which provider was chosen, so an app can show it (e.g. "offline mode" in an admin page). */
  source: "openai" | "offline";
};

export const offlineNotice =
  "[aisle] OPENAI_API_KEY is not set, so Aisle is running on its offline models: answers are quoted from your " +
  "store's own data and no request leaves this process. Set OPENAI_API_KEY, or pass `model` and `embeddings`, " +
  "for generated answers.";

// Once per process, even when two copies of @aisle/core are loaded (a plugin's and the app's).
const noticeShown = Symbol.for("aisle.offline-notice-shown");
type NoticeRegistry = { [noticeShown]?: boolean };

/**
 * The models Aisle uses when the app names none: OpenAI when `OPENAI_API_KEY` is set, otherwise the offline
 * provider, which needs no key and no network. Choosing offline is announced once per process, so nobody
 * mistakes quoted answers for a model's.
 */
export function resolveDefaultModels(settings: DefaultModelsSettings = {}): DefaultModels {
  const resolved = parseSettings("default models", defaultModelsSettingsSchema, settings);
  const env = resolved.env ?? process.env;
  const apiKey = env.OPENAI_API_KEY?.trim();
  if (apiKey !== undefined && apiKey.length > 0) {
    const openai = createOpenAI({ apiKey });
    return {
      languageModel: openai.languageModel(resolved.languageModelId),
      embeddingModel: openai.embeddingModel(resolved.embeddingModelId),
      source: "openai",
    };
  }
  const registry = globalThis as NoticeRegistry;
  if (resolved.onNotice !== false && registry[noticeShown] !== true) {
    registry[noticeShown] = true;
    (resolved.onNotice ?? console.warn)(offlineNotice);
  }
  const offline = createOffline();
  return { languageModel: offline.languageModel(), embeddingModel: offline.embeddingModel(), source: "offline" };
}
