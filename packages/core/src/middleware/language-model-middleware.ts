import type {
  EmbeddingModel,
  EmbeddingModelCallOptions,
  EmbeddingModelResult,
  LanguageModel,
  LanguageModelCallOptions,
  LanguageModelGenerateResult,
  LanguageModelStreamResult,
} from "../spec";

/**
 * Wraps a language model without knowing its provider. Guards (PII, grounding), retries, timeouts and usage
 * accounting are all middleware, so they compose with any model.
 */
export type LanguageModelMiddleware = {
  /** Rewrites the call before it reaches the model (redaction, prompt hardening). */
  transformParams?: (args: {
    type: "generate" | "stream";
    params: LanguageModelCallOptions;
    model: LanguageModel;
  }) => LanguageModelCallOptions | Promise<LanguageModelCallOptions>;
  wrapGenerate?: (args: {
    doGenerate: (params?: LanguageModelCallOptions) => Promise<LanguageModelGenerateResult>;
    params: LanguageModelCallOptions;
    model: LanguageModel;
  }) => Promise<LanguageModelGenerateResult>;
  wrapStream?: (args: {
    doStream: (params?: LanguageModelCallOptions) => Promise<LanguageModelStreamResult>;
    params: LanguageModelCallOptions;
    model: LanguageModel;
  }) => Promise<LanguageModelStreamResult>;
};

export type EmbeddingModelMiddleware = {
  wrapEmbed?: (args: {
    doEmbed: (params?: EmbeddingModelCallOptions) => Promise<EmbeddingModelResult>;
    params: EmbeddingModelCallOptions;
    model: EmbeddingModel;
  }) => Promise<EmbeddingModelResult>;
};
