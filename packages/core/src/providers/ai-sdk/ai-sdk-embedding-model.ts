import type { EmbeddingModel, EmbeddingModelCallOptions, EmbeddingModelResult } from "../../spec";
import { parseSettings } from "../../util/parse-settings";
import {
  aiSdkEmbeddingModelSettingsSchema,
  type AiSdkEmbeddingModelSettings,
  type ResolvedAiSdkEmbeddingModelSettings,
} from "./ai-sdk-settings";
import { supportedSpecificationVersion } from "./ai-sdk-specification-version";
import type {
  AiSdkCapability,
  AiSdkEmbedOptions,
  AiSdkEmbedResult,
  AiSdkEmbeddingModel,
  AiSdkSpecificationVersion,
} from "./ai-sdk-types";
import { mapAiSdkError } from "./map-ai-sdk-error";

/**
 * Adapts any Vercel AI SDK text embedding model (specification v4, v3 or v2) to Aisle's `EmbeddingModel`.
 *
 * @example
 * ```ts
 * import { openai } from "@ai-sdk/openai";
 * const embeddings = fromAiSdkEmbeddingModel(openai.embedding("text-embedding-3-small"));
 * ```
 */
export function fromAiSdkEmbeddingModel(
  model: AiSdkEmbeddingModel,
  settings: AiSdkEmbeddingModelSettings = {},
): EmbeddingModel {
  const version = supportedSpecificationVersion(model, "embedding model", ["doEmbed"]);
  const resolved = parseSettings(`AI SDK embedding model ${model.provider}/${model.modelId}`, aiSdkEmbeddingModelSettingsSchema, settings);
  return new AiSdkEmbeddingModelAdapter(model, version, resolved);
}

type Capabilities = { maxEmbeddingsPerCall: number | undefined; supportsParallelCalls: boolean };

/**
 * The AI SDK lets a model state its per-call limit and parallelism as promises, which Aisle's synchronous fields
 * cannot carry. Plain values are reported as they are; promised ones are resolved on the first call, and
 * `doEmbed` itself splits oversized requests and queues calls, so the limits hold whoever calls it.
 */
class AiSdkEmbeddingModelAdapter implements EmbeddingModel {
  readonly specificationVersion = "aisle.v1" as const;
  readonly provider: string;
  readonly modelId: string;
  readonly dimensions: number | undefined;
  readonly maxEmbeddingsPerCall: number | undefined;
  readonly supportsParallelCalls: boolean | undefined;
  /** The AI SDK specification the wrapped model implements. */
  readonly aiSdkSpecificationVersion: AiSdkSpecificationVersion;
  private readonly model: AiSdkEmbeddingModel;
  private readonly settings: ResolvedAiSdkEmbeddingModelSettings;
  private capabilities: Promise<Capabilities> | undefined;
  /** Calls wait here when the model cannot take parallel calls. */
  private queueTail: Promise<void> = Promise.resolve();

  constructor(model: AiSdkEmbeddingModel, version: AiSdkSpecificationVersion, settings: ResolvedAiSdkEmbeddingModelSettings) {
    this.model = model;
    this.provider = model.provider;
    this.modelId = model.modelId;
    this.aiSdkSpecificationVersion = version;
    this.settings = settings;
    this.dimensions = settings.dimensions;
    const limit = model.maxEmbeddingsPerCall;
    this.maxEmbeddingsPerCall = typeof limit === "number" ? normaliseLimit(limit) : undefined;
    const parallel = model.supportsParallelCalls;
    this.supportsParallelCalls = typeof parallel === "boolean" ? parallel : undefined;
  }

  async doEmbed({ values, abortSignal, headers }: EmbeddingModelCallOptions): Promise<EmbeddingModelResult> {
    if (values.length === 0) return { embeddings: [], usage: { tokens: 0 } };
    const { maxEmbeddingsPerCall, supportsParallelCalls } = await this.resolveCapabilities(abortSignal);
    const size = maxEmbeddingsPerCall ?? values.length;
    const batches: string[][] = [];
    for (let start = 0; start < values.length; start += size) batches.push(values.slice(start, start + size));

    const embedBatch = (batch: string[]) => {
      const call = () => this.embedBatch(batch, abortSignal, headers);
      return supportsParallelCalls ? call() : this.inQueue(call);
    };
    const results = await Promise.all(batches.map(embedBatch));
    return {
      embeddings: results.flatMap((result) => result.embeddings),
      usage: { tokens: results.reduce((total, result) => total + (result.usage?.tokens ?? 0), 0) },
    };
  }

  private async embedBatch(
    values: string[],
    abortSignal: AbortSignal | undefined,
    headers: Record<string, string> | undefined,
  ): Promise<AiSdkEmbedResult> {
    const options: AiSdkEmbedOptions = {
      values,
      ...(abortSignal === undefined ? {} : { abortSignal }),
      ...(headers === undefined ? {} : { headers }),
      // Only v4 has the option; older providers take dimensions through their provider options.
      ...(this.settings.dimensions === undefined || this.aiSdkSpecificationVersion !== "v4"
        ? {}
        : { dimensions: this.settings.dimensions }),
      ...(this.settings.providerOptions === undefined ? {} : { providerOptions: this.settings.providerOptions }),
    };
    try {
      return await this.model.doEmbed(options);
    } catch (error) {
      throw mapAiSdkError(error, {
        provider: this.provider,
        location: `ai-sdk:${this.provider}/${this.modelId}`,
        abortSignal,
      });
    }
  }

  private inQueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queueTail.then(task);
    this.queueTail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private resolveCapabilities(abortSignal: AbortSignal | undefined): Promise<Capabilities> {
    if (this.capabilities === undefined) {
      const modelId = this.modelId;
      const pending = Promise.all([
        resolveCapability(this.model.maxEmbeddingsPerCall, modelId),
        resolveCapability(this.model.supportsParallelCalls, modelId),
      ]).then(([limit, parallel]) => ({
        maxEmbeddingsPerCall: typeof limit === "number" ? normaliseLimit(limit) : undefined,
        // Unknown means the spec's default: the AI SDK itself runs calls in parallel unless told otherwise.
        supportsParallelCalls: parallel !== false,
      }));
      this.capabilities = pending;
      // A failed lookup (a network call in some providers) is tried again on the next call.
      pending.catch(() => {
        if (this.capabilities === pending) this.capabilities = undefined;
      });
    }
    return this.capabilities.catch((error: unknown) => {
      throw mapAiSdkError(error, { provider: this.provider, location: `ai-sdk:${this.provider}/${this.modelId}`, abortSignal });
    });
  }
}

async function resolveCapability<Value>(capability: AiSdkCapability<Value> | undefined, modelId: string) {
  if (typeof capability === "function") {
    return await (capability as (options: { modelId: string }) => Value | PromiseLike<Value>)({ modelId });
  }
  return await capability;
}

/** The AI SDK says `Infinity` for "no limit"; Aisle says that with `undefined`. */
function normaliseLimit(limit: number): number | undefined {
  return Number.isFinite(limit) && limit >= 1 ? Math.floor(limit) : undefined;
}
