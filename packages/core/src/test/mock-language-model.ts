import type {
  EmbeddingModel,
  EmbeddingModelCallOptions,
  EmbeddingModelResult,
  LanguageModel,
  LanguageModelCallOptions,
  LanguageModelGenerateResult,
  LanguageModelStreamPart,
  LanguageModelStreamResult,
} from "../spec";

type GenerateHandler = (options: LanguageModelCallOptions) => Promise<LanguageModelGenerateResult> | LanguageModelGenerateResult;
type StreamHandler = (options: LanguageModelCallOptions) => Promise<LanguageModelStreamResult> | LanguageModelStreamResult;

/**
 * A language model for feature tests: states its answers, records every call it received. Features are
 * tested against it, never against HTTP.
 */
export class MockLanguageModel implements LanguageModel {
  readonly specificationVersion = "aisle.v1" as const;
  readonly provider: string;
  readonly modelId: string;
  readonly supportsStructuredOutputs: boolean;
  readonly calls: LanguageModelCallOptions[] = [];
  private readonly generate: GenerateHandler | undefined;
  private readonly stream: StreamHandler | undefined;

  constructor({
    provider = "mock",
    modelId = "mock-model",
    supportsStructuredOutputs = false,
    doGenerate,
    doStream,
  }: {
    provider?: string;
    modelId?: string;
    supportsStructuredOutputs?: boolean;
    doGenerate?: GenerateHandler | LanguageModelGenerateResult;
    doStream?: StreamHandler | LanguageModelStreamPart[];
  } = {}) {
    this.provider = provider;
    this.modelId = modelId;
    this.supportsStructuredOutputs = supportsStructuredOutputs;
    this.generate = typeof doGenerate === "function" || doGenerate === undefined ? doGenerate : () => doGenerate;
    this.stream = Array.isArray(doStream) ? () => ({ stream: simulateReadableStream({ chunks: doStream }) }) : doStream;
  }

  async doGenerate(options: LanguageModelCallOptions): Promise<LanguageModelGenerateResult> {
    this.calls.push(options);
    if (this.generate === undefined) return mockGenerateResult("");
    return this.generate(options);
  }

  async doStream(options: LanguageModelCallOptions): Promise<LanguageModelStreamResult> {
    this.calls.push(options);
    if (this.stream === undefined) return { stream: simulateReadableStream({ chunks: mockTextStreamParts("") }) };
    return this.stream(options);
  }
}

export function mockGenerateResult(text: string, overrides: Partial<LanguageModelGenerateResult> = {}): LanguageModelGenerateResult {
  return {
    text,
    toolCalls: [],
    finishReason: "stop",
    usage: { inputTokens: 10, outputTokens: Math.max(1, Math.ceil(text.length / 4)), totalTokens: 10 + Math.max(1, Math.ceil(text.length / 4)) },
    ...overrides,
  };
}

/** Stream parts for `text`, split into word-sized deltas, ending with a finish part. */
export function mockTextStreamParts(text: string, usage = { inputTokens: 10, outputTokens: 5, totalTokens: 15 }): LanguageModelStreamPart[] {
  const deltas = text.match(/\S+\s*|\s+/g) ?? [];
  return [
    { type: "stream-start" },
    ...deltas.map((delta): LanguageModelStreamPart => ({ type: "text-delta", delta })),
    { type: "finish", finishReason: "stop", usage },
  ];
}

/** A ReadableStream of `chunks`, optionally paced, optionally failing after `failAfter` chunks. */
export function simulateReadableStream<T>({
  chunks,
  delayMs = 0,
  failAfter,
  error,
}: {
  chunks: T[];
  delayMs?: number;
  failAfter?: number;
  error?: unknown;
}): ReadableStream<T> {
  let index = 0;
  return new ReadableStream<T>({
    async pull(controller) {
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (failAfter !== undefined && index >= failAfter) {
        controller.error(error);
        return;
      }
      if (index >= chunks.length) {
        controller.close();
        return;
      }
      controller.enqueue(chunks[index++] as T);
    },
  });
}

export class MockEmbeddingModel implements EmbeddingModel {
  readonly specificationVersion = "aisle.v1" as const;
  readonly provider = "mock";
  readonly modelId: string;
  readonly maxEmbeddingsPerCall: number | undefined;
  readonly supportsParallelCalls: boolean;
  readonly calls: EmbeddingModelCallOptions[] = [];
  private readonly embed: (options: EmbeddingModelCallOptions) => Promise<EmbeddingModelResult> | EmbeddingModelResult;

  constructor({
    modelId = "mock-embedding",
    maxEmbeddingsPerCall,
    supportsParallelCalls = true,
    doEmbed,
  }: {
    modelId?: string;
    maxEmbeddingsPerCall?: number;
    supportsParallelCalls?: boolean;
    doEmbed?: (options: EmbeddingModelCallOptions) => Promise<EmbeddingModelResult> | EmbeddingModelResult;
  } = {}) {
    this.modelId = modelId;
    this.maxEmbeddingsPerCall = maxEmbeddingsPerCall;
    this.supportsParallelCalls = supportsParallelCalls;
    this.embed = doEmbed ?? (({ values }) => ({ embeddings: values.map((value) => [value.length, 1]), usage: { tokens: values.length } }));
  }

  async doEmbed(options: EmbeddingModelCallOptions): Promise<EmbeddingModelResult> {
    this.calls.push(options);
    return this.embed(options);
  }
}
