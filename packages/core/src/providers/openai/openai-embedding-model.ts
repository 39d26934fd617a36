import type { CreateEmbeddingResponse } from "openai/resources/embeddings";
import { InvalidArgumentError } from "../../errors/invalid-argument-error";
import type { EmbeddingModel, EmbeddingModelCallOptions, EmbeddingModelResult } from "../../spec";
import { mapOpenAIError } from "./map-openai-error";
import type { OpenAIClientSource } from "./openai-client";
import type { ResolvedOpenAIEmbeddingModelSettings } from "./openai-settings";

/** OpenAI accepts at most 2048 inputs per embeddings request. */
const maxEmbeddingsPerCall = 2048;

/** Default vector lengths of OpenAI's embedding models, so an index can be sized before the first call. */
const knownDimensions: Record<string, number> = {
  "text-embedding-3-small": 1536,
  "text-embedding-3-large": 3072,
  "text-embedding-ada-002": 1536,
};

export class OpenAIEmbeddingModel implements EmbeddingModel {
  readonly specificationVersion = "aisle.v1" as const;
  readonly provider: string;
  readonly modelId: string;
  readonly dimensions: number | undefined;
  readonly maxEmbeddingsPerCall = maxEmbeddingsPerCall;
  readonly supportsParallelCalls = true;
  private readonly source: OpenAIClientSource;
  private readonly settings: ResolvedOpenAIEmbeddingModelSettings;

  constructor(modelId: string, settings: ResolvedOpenAIEmbeddingModelSettings, source: OpenAIClientSource) {
    this.modelId = modelId;
    this.settings = settings;
    this.source = source;
    this.provider = source.provider;
    this.dimensions = settings.dimensions ?? knownDimensions[modelId];
  }

  async doEmbed({ values, abortSignal, headers }: EmbeddingModelCallOptions): Promise<EmbeddingModelResult> {
    if (values.length > maxEmbeddingsPerCall) {
      throw new InvalidArgumentError({
        argument: "values",
        message: `${this.provider} embeds at most ${maxEmbeddingsPerCall} values per call, got ${values.length}; use embedMany.`,
      });
    }
    if (values.length === 0) return { embeddings: [], usage: { tokens: 0 } };
    let response: CreateEmbeddingResponse;
    try {
      const client = await this.source.client();
      response = await client.embeddings.create(
        {
          model: this.modelId,
          input: values,
          encoding_format: "float",
          ...(this.settings.dimensions === undefined ? {} : { dimensions: this.settings.dimensions }),
          ...(this.settings.user === undefined ? {} : { user: this.settings.user }),
        },
        { signal: abortSignal, headers },
      );
    } catch (error) {
      throw mapOpenAIError(error, { source: this.source, path: "/embeddings", abortSignal });
    }
    // The API documents `index`; ordering by it keeps vectors aligned with inputs whatever order they arrive in.
    const embeddings = [...response.data].sort((left, right) => left.index - right.index).map((item) => item.embedding);
    return { embeddings, usage: { tokens: response.usage?.prompt_tokens ?? 0 } };
  }
}
