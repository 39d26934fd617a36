import { InvalidArgumentError } from "../errors/invalid-argument-error";
import type { EmbeddingModel } from "../spec";
import { mapConcurrent } from "../util/map-concurrent";

export type EmbedManySettings = {
  model: EmbeddingModel;
  values: string[];
  /** Values per request; defaults to the model's `maxEmbeddingsPerCall` (or 256). */
  batchSize?: number;
  /** Requests in flight at once; 1 for models that do not support parallel calls. */
  concurrency?: number;
  abortSignal?: AbortSignal;
  headers?: Record<string, string>;
  onProgress?: (progress: { embedded: number; total: number }) => void;
};

export type EmbedManyResult = { embeddings: number[][]; usage: { tokens: number } };

/** Embeds many values in batches, a bounded number of requests at a time, keeping input order. */
export async function embedMany(settings: EmbedManySettings): Promise<EmbedManyResult> {
  const { model, values, abortSignal, headers, onProgress } = settings;
  const batchSize = settings.batchSize ?? model.maxEmbeddingsPerCall ?? 256;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new InvalidArgumentError({ argument: "batchSize", message: `must be a positive integer, got ${batchSize}.` });
  }
  const concurrency = model.supportsParallelCalls === false ? 1 : (settings.concurrency ?? 4);
  const batches: string[][] = [];
  for (let start = 0; start < values.length; start += batchSize) batches.push(values.slice(start, start + batchSize));

  let embedded = 0;
  let tokens = 0;
  const results = await mapConcurrent(batches, concurrency, async (batch) => {
    const result = await model.doEmbed({ values: batch, abortSignal, headers });
    if (result.embeddings.length !== batch.length) {
      throw new InvalidArgumentError({
        argument: "model",
        message: `the embedding model returned ${result.embeddings.length} vectors for ${batch.length} values.`,
      });
    }
    embedded += batch.length;
    tokens += result.usage?.tokens ?? 0;
    onProgress?.({ embedded, total: values.length });
    return result.embeddings;
  });
  return { embeddings: results.flat(), usage: { tokens } };
}

export async function embed({
  model,
  value,
  abortSignal,
  headers,
}: {
  model: EmbeddingModel;
  value: string;
  abortSignal?: AbortSignal;
  headers?: Record<string, string>;
}): Promise<{ embedding: number[]; usage: { tokens: number } }> {
  const result = await model.doEmbed({ values: [value], abortSignal, headers });
  const embedding = result.embeddings[0];
  if (embedding === undefined) {
    throw new InvalidArgumentError({ argument: "model", message: "the embedding model returned no vector." });
  }
  return { embedding, usage: { tokens: result.usage?.tokens ?? 0 } };
}
