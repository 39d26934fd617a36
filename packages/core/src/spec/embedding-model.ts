import type { LanguageModelSpecificationVersion } from "./language-model";

export type EmbeddingModelCallOptions = {
  values: string[];
  abortSignal?: AbortSignal;
  headers?: Record<string, string>;
};

export type EmbeddingModelResult = {
  embeddings: number[][];
  usage?: { tokens: number };
};

export type EmbeddingModel = {
  readonly specificationVersion: LanguageModelSpecificationVersion;
  readonly provider: string;
  readonly modelId: string;
  /** Vector length, where known before the first call. */
  readonly dimensions?: number;
  /** Most values one `doEmbed` call accepts; `embedMany` batches above it. */
  readonly maxEmbeddingsPerCall?: number;
  readonly supportsParallelCalls?: boolean;
  doEmbed(options: EmbeddingModelCallOptions): Promise<EmbeddingModelResult>;
};
