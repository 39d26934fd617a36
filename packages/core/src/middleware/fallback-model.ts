import { AllModelsFailedError } from "../errors/all-models-failed-error";
import { InvalidArgumentError } from "../errors/invalid-argument-error";
import type { LanguageModel } from "../spec";
import { isAbortError } from "../util/is-abort-error";
import { recoverableStream } from "./recoverable-stream";

export type FallbackSettings = {
  /** Tried in order; the first is the primary. */
  models: LanguageModel[];
  /**
   * Whether an error moves on to the next model. Default: everything except the caller's own abort, since
   * a provider that rejects a request (a 400 for an unsupported option) may still be served by another.
   */
  shouldFallback?: (error: unknown, model: LanguageModel) => boolean;
  onFallback?: (event: { from: LanguageModel; to: LanguageModel; error: unknown }) => void;
};

/**
 * A model that tries a chain of models in order. Streams fall back only while nothing has been delivered;
 * when every model fails the error lists what each one threw.
 */
export function createFallbackModel({ models, shouldFallback = (error) => !isAbortError(error), onFallback }: FallbackSettings): LanguageModel {
  const primary = models[0];
  if (primary === undefined) {
    throw new InvalidArgumentError({ argument: "models", message: "a fallback chain needs at least one model." });
  }
  const label = (model: LanguageModel) => `${model.provider}:${model.modelId}`;

  const next = (errors: Array<{ model: string; error: unknown }>, error: unknown, index: number): boolean => {
    const model = models[index] as LanguageModel;
    errors.push({ model: label(model), error });
    const following = models[index + 1];
    if (following === undefined || !shouldFallback(error, model)) return false;
    onFallback?.({ from: model, to: following, error });
    return true;
  };

  return {
    specificationVersion: "aisle.v1",
    provider: "fallback",
    modelId: models.map(label).join(" > "),
    supportsStructuredOutputs: models.every((model) => model.supportsStructuredOutputs === true),
    async doGenerate(options) {
      const errors: Array<{ model: string; error: unknown }> = [];
      for (let index = 0; ; index++) {
        try {
          return await (models[index] as LanguageModel).doGenerate(options);
        } catch (error) {
          if (next(errors, error, index)) continue;
          if (isAbortError(error) || errors.length === 1) throw error;
          throw new AllModelsFailedError({ errors });
        }
      }
    },
    async doStream(options) {
      const errors: Array<{ model: string; error: unknown }> = [];
      return recoverableStream({
        start: (attempt) => (models[attempt] as LanguageModel).doStream(options),
        recover: async (error, attempt) => next(errors, error, attempt),
        finalError: (error) => (isAbortError(error) || errors.length <= 1 ? error : new AllModelsFailedError({ errors })),
      });
    },
  };
}
