import type { JsonSchema } from "../../spec";

/*
 * Structural shapes of the Vercel AI SDK provider specification (`@ai-sdk/provider`, spec versions v2, v3 and
 * v4), reduced to what the adapter writes and reads. They are declared here rather than imported so that
 * `@aisle/core` depends on the AI SDK neither at run time nor in its published types, and so that one signature
 * accepts models built against any of those majors (a type import would pin one: `LanguageModelV4` does not
 * exist for a user on `ai@5`). The tests assign the SDK's own model types to these, so drift fails the build.
 *
 * Call options are the strict subset the adapter builds, which every version accepts. Results are typed wide
 * (optional fields, `type: string`) because they are read defensively: a provider may send parts this adapter
 * does not know, and those must be skipped, not crash the call.
 */

/** The specification versions the adapter understands; anything else is rejected when the model is adapted. */
export type AiSdkSpecificationVersion = "v2" | "v3" | "v4";

export type AiSdkJsonValue =
  | null
  | string
  | number
  | boolean
  | AiSdkJsonValue[]
  | { [key: string]: AiSdkJsonValue };

/** Options passed through to the provider, keyed by provider name, e.g. `{ anthropic: { cacheControl: ... } }`. */
export type AiSdkProviderOptions = Record<string, Record<string, AiSdkJsonValue>>;

export type AiSdkTextPart = { type: "text"; text: string };
export type AiSdkToolCallPart = { type: "tool-call"; toolCallId: string; toolName: string; input: unknown };
export type AiSdkToolResultPart = {
  type: "tool-result";
  toolCallId: string;
  toolName: string;
  output: { type: "text"; value: string };
};

export type AiSdkPromptMessage =
  | { role: "system"; content: string }
  | { role: "user"; content: AiSdkTextPart[] }
  | { role: "assistant"; content: Array<AiSdkTextPart | AiSdkToolCallPart> }
  | { role: "tool"; content: AiSdkToolResultPart[] };

export type AiSdkFunctionTool = { type: "function"; name: string; description?: string; inputSchema: JsonSchema };

export type AiSdkToolChoice = { type: "auto" } | { type: "none" } | { type: "required" } | { type: "tool"; toolName: string };

export type AiSdkResponseFormat =
  | { type: "text" }
  | { type: "json"; schema?: JsonSchema; name?: string; description?: string };

export type AiSdkCallOptions = {
  prompt: AiSdkPromptMessage[];
  maxOutputTokens?: number;
  temperature?: number;
  topP?: number;
  stopSequences?: string[];
  seed?: number;
  responseFormat?: AiSdkResponseFormat;
  tools?: AiSdkFunctionTool[];
  toolChoice?: AiSdkToolChoice;
  abortSignal?: AbortSignal;
  headers?: Record<string, string>;
  providerOptions?: AiSdkProviderOptions;
};

/** v3 and v4 report `{ unified, raw }`; v2 reported the unified reason as a plain string. */
export type AiSdkFinishReason = string | { unified: string; raw?: string | undefined };

/** v3 and v4 nest token counts (`{ total, noCache, ... }`); v2 reported plain numbers. */
export type AiSdkTokenCount = number | undefined | { total?: number | undefined };

export type AiSdkUsage = {
  inputTokens?: AiSdkTokenCount;
  outputTokens?: AiSdkTokenCount;
  /** v2 only. */
  totalTokens?: number | undefined;
};

/** The union of every version's warning shape; see `formatWarning`. */
export type AiSdkWarning = {
  type: string;
  feature?: string;
  setting?: unknown;
  tool?: { name?: string };
  details?: string | undefined;
  message?: string;
};

export type AiSdkContentPart = {
  type: string;
  text?: string;
  toolCallId?: string;
  toolName?: string;
  input?: unknown;
  providerExecuted?: boolean | undefined;
};

export type AiSdkResponseMetadata = {
  id?: string | undefined;
  modelId?: string | undefined;
  headers?: Record<string, string> | undefined;
};

export type AiSdkRequestMetadata = { url?: string | undefined; body?: unknown };

export type AiSdkGenerateResult = {
  content: readonly AiSdkContentPart[];
  /** v4: the text to parse as structured output when it differs from the joined text parts. */
  structuredOutputText?: string | undefined;
  finishReason: AiSdkFinishReason;
  usage: AiSdkUsage;
  request?: AiSdkRequestMetadata | undefined;
  response?: AiSdkResponseMetadata | undefined;
  warnings?: readonly AiSdkWarning[] | undefined;
};

export type AiSdkStreamPart = {
  type: string;
  id?: string | undefined;
  delta?: string;
  toolCallId?: string;
  toolName?: string;
  input?: unknown;
  providerExecuted?: boolean | undefined;
  modelId?: string | undefined;
  warnings?: readonly AiSdkWarning[];
  finishReason?: AiSdkFinishReason;
  usage?: AiSdkUsage;
  error?: unknown;
};

export type AiSdkStreamResult = {
  stream: ReadableStream<AiSdkStreamPart>;
  request?: AiSdkRequestMetadata | undefined;
  response?: { headers?: Record<string, string> | undefined } | undefined;
};

/**
 * What a model's `do*` methods must accept: a shape every version's call options fit into, and that the
 * adapter's `AiSdkCallOptions` fit into as well. It is deliberately wide because the SDK types JSON Schema as
 * `JSONSchema7` from `@types/json-schema` (when the user has it installed), which Aisle's own `JsonSchema`
 * is not assignable to; method parameters are compared both ways, so the SDK's options fitting in is enough.
 */
export type AiSdkCallOptionsShape = {
  prompt: ReadonlyArray<{ role: string; content: unknown }>;
  tools?: ReadonlyArray<{ type: string; name: string }>;
  toolChoice?: { type: string };
  responseFormat?: { type: string };
  headers?: Record<string, string | undefined>;
  providerOptions?: Record<string, object>;
  abortSignal?: AbortSignal;
};

/** Any AI SDK language model (`LanguageModelV4`, `LanguageModelV3`, `LanguageModelV2`). */
export type AiSdkLanguageModel = {
  readonly specificationVersion: string;
  readonly provider: string;
  readonly modelId: string;
  doGenerate(options: AiSdkCallOptionsShape): PromiseLike<AiSdkGenerateResult>;
  doStream(options: AiSdkCallOptionsShape): PromiseLike<AiSdkStreamResult>;
};

/** A capability the AI SDK lets a model state as a value, a promise, or (in some providers) a function. */
export type AiSdkCapability<Value> =
  | Value
  | PromiseLike<Value>
  | ((options: { modelId: string }) => Value | PromiseLike<Value>);

export type AiSdkEmbedOptions = {
  values: string[];
  abortSignal?: AbortSignal;
  headers?: Record<string, string>;
  /** v4 only. */
  dimensions?: number;
  providerOptions?: AiSdkProviderOptions;
};

export type AiSdkEmbedResult = {
  embeddings: number[][];
  usage?: { tokens: number } | undefined;
  response?: { headers?: Record<string, string> | undefined; body?: unknown } | undefined;
};

/** Any AI SDK text embedding model (`EmbeddingModelV4`, `EmbeddingModelV3`, `EmbeddingModelV2<string>`). */
export type AiSdkEmbeddingModel = {
  readonly specificationVersion: string;
  readonly provider: string;
  readonly modelId: string;
  readonly maxEmbeddingsPerCall?: AiSdkCapability<number | undefined>;
  readonly supportsParallelCalls?: AiSdkCapability<boolean>;
  doEmbed(options: AiSdkEmbedOptions): PromiseLike<AiSdkEmbedResult>;
};
