import type { EmbeddingModel, LanguageModel, LanguageModelCallOptions } from "../spec";
import type { EmbeddingModelMiddleware, LanguageModelMiddleware } from "./language-model-middleware";

/**
 * Applies middleware to a model. The first middleware in the list is the outermost: with
 * `[usage, retry, timeout]` usage sees one call, retry repeats it, and the timeout applies per attempt.
 */
export function wrapLanguageModel({
  model,
  middleware,
  modelId,
  provider,
}: {
  model: LanguageModel;
  middleware: LanguageModelMiddleware | LanguageModelMiddleware[];
  modelId?: string;
  provider?: string;
}): LanguageModel {
  const list = Array.isArray(middleware) ? middleware : [middleware];
  return list.reduceRight<LanguageModel>((inner, layer) => wrapOnce(inner, layer, modelId, provider), model);
}

function wrapOnce(
  model: LanguageModel,
  middleware: LanguageModelMiddleware,
  modelId: string | undefined,
  provider: string | undefined,
): LanguageModel {
  const transform = async (type: "generate" | "stream", params: LanguageModelCallOptions) =>
    middleware.transformParams === undefined ? params : middleware.transformParams({ type, params, model });
  return {
    specificationVersion: "aisle.v1",
    provider: provider ?? model.provider,
    modelId: modelId ?? model.modelId,
    supportsStructuredOutputs: model.supportsStructuredOutputs,
    async doGenerate(options) {
      const params = await transform("generate", options);
      if (middleware.wrapGenerate === undefined) return model.doGenerate(params);
      return middleware.wrapGenerate({
        doGenerate: (override) => model.doGenerate(override ?? params),
        params,
        model,
      });
    },
    async doStream(options) {
      const params = await transform("stream", options);
      if (middleware.wrapStream === undefined) return model.doStream(params);
      return middleware.wrapStream({
        doStream: (override) => model.doStream(override ?? params),
        params,
        model,
      });
    },
  };
}

export function wrapEmbeddingModel({
  model,
  middleware,
}: {
  model: EmbeddingModel;
  middleware: EmbeddingModelMiddleware | EmbeddingModelMiddleware[];
}): EmbeddingModel {
  const list = Array.isArray(middleware) ? middleware : [middleware];
  return list.reduceRight<EmbeddingModel>(
    (inner, layer) => ({
      specificationVersion: "aisle.v1",
      provider: inner.provider,
      modelId: inner.modelId,
      dimensions: inner.dimensions,
      maxEmbeddingsPerCall: inner.maxEmbeddingsPerCall,
      supportsParallelCalls: inner.supportsParallelCalls,
      doEmbed(params) {
        if (layer.wrapEmbed === undefined) return inner.doEmbed(params);
        return layer.wrapEmbed({ doEmbed: (override) => inner.doEmbed(override ?? params), params, model: inner });
      },
    }),
    model,
  );
}
