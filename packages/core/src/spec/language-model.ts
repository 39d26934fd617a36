import type { JsonSchema } from "./json-schema";

/**
 * Version 1 of Aisle's language-model specification. Providers implement it; features and users call the
 * friendly functions (`generateText`, `streamText`, `generateObject`) instead of the `do*` methods.
 */
export type LanguageModelSpecificationVersion = "aisle.v1";

export type SystemMessage = { role: "system"; content: string };
export type UserMessage = { role: "user"; content: string };
export type AssistantMessage = { role: "assistant"; content: string; toolCalls?: ToolCall[] };
export type ToolMessage = { role: "tool"; toolCallId: string; toolName: string; content: string };
export type Message = SystemMessage | UserMessage | AssistantMessage | ToolMessage;

/**
 * A piece of trusted or untrusted context the answer may rely on (a product, a policy section, a review).
 * Remote providers render documents into the prompt inside clear delimiters; the offline provider answers
 * from them directly and cites the ones it used.
 */
export type ContextDocument = {
  id: string;
  title?: string;
  /** Where the document sits, e.g. `["Returns policy", "Refund window"]`. */
  path?: string[];
  text: string;
  /** Untrusted text (shopper content, reviews, third-party descriptions) is delimited and never obeyed. */
  trusted?: boolean;
};

export type ToolDefinition = {
  name: string;
  description?: string;
  /** JSON Schema (draft 2020-12 subset) of the tool's arguments. */
  inputSchema: JsonSchema;
};

export type ToolChoice = "auto" | "none" | "required" | { name: string };

export type ResponseFormat =
  | { type: "text" }
  | { type: "json"; schema?: JsonSchema; name?: string; description?: string };

export type LanguageModelCallOptions = {
  messages: Message[];
  documents?: ContextDocument[];
  maxOutputTokens?: number;
  temperature?: number;
  topP?: number;
  stopSequences?: string[];
  seed?: number;
  responseFormat?: ResponseFormat;
  tools?: ToolDefinition[];
  toolChoice?: ToolChoice;
  abortSignal?: AbortSignal;
  headers?: Record<string, string>;
};

export type ToolCall = {
  toolCallId: string;
  toolName: string;
  /** Arguments as the model produced them: JSON text, validated by the caller. */
  input: string;
};

export type Source = { id: string; title?: string; path?: string[] };

export type FinishReason = "stop" | "length" | "tool-calls" | "content-filter" | "error" | "other";

export type Usage = {
  inputTokens: number;
  outputTokens: number;
  totalTokens: number;
};

export type ResponseMetadata = {
  id?: string;
  modelId?: string;
  headers?: Record<string, string>;
};

export type LanguageModelGenerateResult = {
  text: string;
  toolCalls: ToolCall[];
  finishReason: FinishReason;
  usage: Usage;
  /** Documents the answer was built from, where the provider knows them. */
  sources?: Source[];
  response?: ResponseMetadata;
  warnings?: string[];
};

export type LanguageModelStreamPart =
  | { type: "stream-start"; warnings?: string[] }
  | { type: "text-delta"; delta: string }
  | { type: "tool-call"; toolCallId: string; toolName: string; input: string }
  | { type: "source"; source: Source }
  | { type: "response-metadata"; response: ResponseMetadata }
  | { type: "finish"; finishReason: FinishReason; usage: Usage }
  | { type: "error"; error: unknown };

export type LanguageModelStreamResult = {
  stream: ReadableStream<LanguageModelStreamPart>;
  response?: ResponseMetadata;
};

export type LanguageModel = {
  readonly specificationVersion: LanguageModelSpecificationVersion;
  /** Provider name, e.g. `openai`, `offline`; used in usage accounting and errors. */
  readonly provider: string;
  readonly modelId: string;
  /** True when the provider enforces a JSON schema on output (OpenAI strict structured outputs). */
  readonly supportsStructuredOutputs?: boolean;
  doGenerate(options: LanguageModelCallOptions): Promise<LanguageModelGenerateResult>;
  doStream(options: LanguageModelCallOptions): Promise<LanguageModelStreamResult>;
};
