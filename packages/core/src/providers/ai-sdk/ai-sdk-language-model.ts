import { ApiCallError } from "../../errors/api-call-error";
import type {
  ContextDocument,
  FinishReason,
  LanguageModel,
  LanguageModelCallOptions,
  LanguageModelGenerateResult,
  LanguageModelStreamPart,
  LanguageModelStreamResult,
  ResponseFormat,
  ToolCall,
  ToolChoice,
  Usage,
} from "../../spec";
import { generateId } from "../../util/generate-id";
import { headersToRecord } from "../../util/headers";
import { parseSettings } from "../../util/parse-settings";
import { parseCitations } from "../../util/render-documents";
import {
  aiSdkLanguageModelSettingsSchema,
  type AiSdkLanguageModelSettings,
  type ResolvedAiSdkLanguageModelSettings,
} from "./ai-sdk-settings";
import { supportedSpecificationVersion } from "./ai-sdk-specification-version";
import type {
  AiSdkCallOptions,
  AiSdkContentPart,
  AiSdkGenerateResult,
  AiSdkLanguageModel,
  AiSdkResponseFormat,
  AiSdkStreamPart,
  AiSdkStreamResult,
  AiSdkToolChoice,
} from "./ai-sdk-types";
import { convertToAiSdkPrompt } from "./convert-to-ai-sdk-prompt";
import { mapAiSdkError, mapAiSdkStreamError, type AiSdkErrorContext } from "./map-ai-sdk-error";
import { formatWarnings, isInterrupted, mapFinishReason, mapResponseMetadata, mapUsage } from "./map-ai-sdk-result";

/**
 * Adapts any Vercel AI SDK language model (`@ai-sdk/openai`, `@ai-sdk/anthropic`, `@ai-sdk/google`, Bedrock,
 * Mistral, Ollama community providers, ...) to Aisle's `LanguageModel`, so every feature, guard and middleware
 * works with it. Supports specification versions v4, v3 and v2; anything else fails here with an
 * `InvalidArgumentError` naming the version.
 *
 * @example
 * ```ts
 * import { anthropic } from "@ai-sdk/anthropic";
 * const model = fromAiSdkLanguageModel(anthropic("claude-sonnet-4-5"));
 * ```
 */
export function fromAiSdkLanguageModel(model: AiSdkLanguageModel, settings: AiSdkLanguageModelSettings = {}): LanguageModel {
  // Every supported version takes the same call options and is read by shape, so the version is only checked.
  supportedSpecificationVersion(model, "language model", ["doGenerate", "doStream"]);
  const resolved = parseSettings(`AI SDK language model ${model.provider}/${model.modelId}`, aiSdkLanguageModelSettingsSchema, settings);
  return new AiSdkLanguageModelAdapter(model, resolved);
}

/** Short name for `fromAiSdkLanguageModel`. */
export const fromAiSdk: typeof fromAiSdkLanguageModel = fromAiSdkLanguageModel;

class AiSdkLanguageModelAdapter implements LanguageModel {
  readonly specificationVersion = "aisle.v1" as const;
  readonly provider: string;
  readonly modelId: string;
  readonly supportsStructuredOutputs: boolean;
  private readonly model: AiSdkLanguageModel;
  private readonly settings: ResolvedAiSdkLanguageModelSettings;

  constructor(model: AiSdkLanguageModel, settings: ResolvedAiSdkLanguageModelSettings) {
    this.model = model;
    this.provider = model.provider;
    this.modelId = model.modelId;
    this.settings = settings;
    this.supportsStructuredOutputs = settings.supportsStructuredOutputs;
  }

  async doGenerate(options: LanguageModelCallOptions): Promise<LanguageModelGenerateResult> {
    let result: AiSdkGenerateResult;
    try {
      result = await this.model.doGenerate(this.callOptions(options));
    } catch (error) {
      throw mapAiSdkError(error, this.errorContext(options.abortSignal, undefined));
    }

    let text = "";
    const toolCalls: ToolCall[] = [];
    for (const part of result.content) {
      if (part.type === "text" && typeof part.text === "string") text += part.text;
      else if (part.type === "tool-call" && part.providerExecuted !== true) toolCalls.push(toToolCall(part));
    }
    // v4 names the text to parse when a model wrote drafts before its final JSON answer.
    if (options.responseFormat?.type === "json" && typeof result.structuredOutputText === "string") {
      text = result.structuredOutputText;
    }
    const warnings = formatWarnings(result.warnings);
    if (isInterrupted(result.finishReason)) {
      warnings.push("The provider's response ended without a completion signal; the answer may be incomplete.");
    }
    const response = mapResponseMetadata(result.response);
    return {
      text,
      toolCalls,
      finishReason: mapFinishReason(result.finishReason),
      usage: mapUsage(result.usage),
      ...(hasDocuments(options.documents) ? { sources: parseCitations(text, options.documents) } : {}),
      ...(response === undefined ? {} : { response }),
      ...(warnings.length > 0 ? { warnings } : {}),
    };
  }

  async doStream(options: LanguageModelCallOptions): Promise<LanguageModelStreamResult> {
    let result: AiSdkStreamResult;
    try {
      result = await this.model.doStream(this.callOptions(options));
    } catch (error) {
      throw mapAiSdkError(error, this.errorContext(options.abortSignal, undefined));
    }
    const headers = result.response?.headers;
    return {
      stream: convertStream(result.stream, {
        documents: options.documents,
        errorContext: this.errorContext(options.abortSignal, result.request?.url),
      }),
      ...(headers === undefined ? {} : { response: { headers: headersToRecord(headers) } }),
    };
  }

  private errorContext(abortSignal: AbortSignal | undefined, url: string | undefined): AiSdkErrorContext {
    // Providers rarely say where a stream went; the pseudo-URL still names the model in logs and errors.
    return { provider: this.provider, location: url ?? `ai-sdk:${this.provider}/${this.modelId}`, abortSignal };
  }

  private callOptions(options: LanguageModelCallOptions): AiSdkCallOptions {
    const tools = options.tools ?? [];
    const responseFormat = mapResponseFormat(options.responseFormat);
    const providerOptions = this.settings.providerOptions;
    return {
      prompt: convertToAiSdkPrompt(options.messages, options.documents),
      ...(options.maxOutputTokens === undefined ? {} : { maxOutputTokens: options.maxOutputTokens }),
      ...(options.temperature === undefined ? {} : { temperature: options.temperature }),
      ...(options.topP === undefined ? {} : { topP: options.topP }),
      ...(options.stopSequences === undefined || options.stopSequences.length === 0
        ? {}
        : { stopSequences: options.stopSequences }),
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      ...(responseFormat === undefined ? {} : { responseFormat }),
      ...(tools.length === 0
        ? {}
        : {
            tools: tools.map((tool) => ({
              type: "function" as const,
              name: tool.name,
              ...(tool.description === undefined ? {} : { description: tool.description }),
              inputSchema: tool.inputSchema,
            })),
            ...(options.toolChoice === undefined ? {} : { toolChoice: mapToolChoice(options.toolChoice) }),
          }),
      ...(options.abortSignal === undefined ? {} : { abortSignal: options.abortSignal }),
      ...(options.headers === undefined ? {} : { headers: options.headers }),
      ...(providerOptions === undefined ? {} : { providerOptions }),
    };
  }
}

function hasDocuments(documents: readonly ContextDocument[] | undefined): documents is ContextDocument[] {
  return documents !== undefined && documents.length > 0;
}

function mapToolChoice(choice: ToolChoice): AiSdkToolChoice {
  return typeof choice === "string" ? { type: choice } : { type: "tool", toolName: choice.name };
}

function mapResponseFormat(format: ResponseFormat | undefined): AiSdkResponseFormat | undefined {
  if (format === undefined) return undefined;
  if (format.type === "text") return { type: "text" };
  return {
    type: "json",
    ...(format.schema === undefined ? {} : { schema: format.schema }),
    ...(format.name === undefined ? {} : { name: format.name }),
    ...(format.description === undefined ? {} : { description: format.description }),
  };
}

/** The spec says `input` is JSON text; a provider that hands over a parsed value still gets through. */
function toToolCall(part: Pick<AiSdkContentPart, "toolCallId" | "toolName" | "input">): ToolCall {
  const input = typeof part.input === "string" ? part.input : JSON.stringify(part.input ?? {});
  return {
    toolCallId: part.toolCallId || generateId("call"),
    toolName: part.toolName ?? "",
    input: input.trim() === "" ? "{}" : input,
  };
}

/**
 * Turns AI SDK stream parts into spec stream parts. Text arrives as deltas and tool calls as whole calls (the
 * AI SDK already assembles `tool-input-*` deltas into a `tool-call` part); reasoning, files, provider sources,
 * raw chunks and parts from newer spec versions are skipped. `finish` is held back until the stream ends so the
 * citation sources can precede it. A stream that ends without a finish, or whose finish says `interrupted`, was
 * cut: it ends with a retryable `error` part, never with a `finish` that would pass a truncated answer off as
 * complete.
 */
function convertStream(
  source: ReadableStream<AiSdkStreamPart>,
  { documents, errorContext }: { documents: ContextDocument[] | undefined; errorContext: AiSdkErrorContext },
): ReadableStream<LanguageModelStreamPart> {
  const reader = source.getReader();
  const collectText = hasDocuments(documents);
  let text = "";
  let started = false;
  let errored = false;
  let finish: { finishReason: FinishReason; usage: Usage; interrupted: boolean } | undefined;

  const cutError = () =>
    new ApiCallError({
      message: `${errorContext.provider} stream ended before the model finished its answer.`,
      url: errorContext.location,
      isRetryable: true,
    });

  /** Returns true when it enqueued something, so `pull` can hand control back to the reader. */
  const handlePart = (part: AiSdkStreamPart, controller: ReadableStreamDefaultController<LanguageModelStreamPart>) => {
    let enqueued = false;
    if (!started) {
      started = true;
      enqueued = true;
      if (part.type === "stream-start") {
        const warnings = formatWarnings(part.warnings);
        controller.enqueue(warnings.length > 0 ? { type: "stream-start", warnings } : { type: "stream-start" });
        return enqueued;
      }
      controller.enqueue({ type: "stream-start" });
    }
    switch (part.type) {
      case "text-delta": {
        const delta = part.delta;
        if (typeof delta !== "string" || delta.length === 0) return enqueued;
        if (collectText) text += delta;
        controller.enqueue({ type: "text-delta", delta });
        return true;
      }
      case "tool-call":
        // Tools the provider ran itself (web search, code execution) are not the caller's to execute.
        if (part.providerExecuted === true) return enqueued;
        controller.enqueue({ type: "tool-call", ...toToolCall(part) });
        return true;
      case "response-metadata":
        controller.enqueue({ type: "response-metadata", response: mapResponseMetadata({ id: part.id, modelId: part.modelId }) ?? {} });
        return true;
      case "finish":
        finish = {
          finishReason: mapFinishReason(part.finishReason),
          usage: mapUsage(part.usage),
          interrupted: isInterrupted(part.finishReason),
        };
        return enqueued;
      case "error":
        errored = true;
        controller.enqueue({ type: "error", error: mapAiSdkStreamError(part.error, errorContext) });
        return true;
      default:
        return enqueued;
    }
  };

  const end = (controller: ReadableStreamDefaultController<LanguageModelStreamPart>) => {
    const signal = errorContext.abortSignal;
    if (signal?.aborted && finish === undefined && !errored) {
      // A provider may end its stream quietly on abort; the reader must still see the abort.
      controller.error(signal.reason);
      return;
    }
    if (!started) controller.enqueue({ type: "stream-start" });
    if (finish === undefined || finish.interrupted) {
      if (!errored) controller.enqueue({ type: "error", error: cutError() });
      controller.close();
      return;
    }
    if (collectText) {
      for (const citation of parseCitations(text, documents)) controller.enqueue({ type: "source", source: citation });
    }
    controller.enqueue({ type: "finish", finishReason: finish.finishReason, usage: finish.usage });
    controller.close();
  };

  return new ReadableStream<LanguageModelStreamPart>({
    async pull(controller) {
      for (;;) {
        let next: ReadableStreamReadResult<AiSdkStreamPart>;
        try {
          next = await reader.read();
        } catch (error) {
          const mapped = mapAiSdkError(error, errorContext);
          if (errorContext.abortSignal?.aborted) controller.error(mapped);
          else {
            if (!started) controller.enqueue({ type: "stream-start" });
            controller.enqueue({ type: "error", error: mapped });
            controller.close();
          }
          return;
        }
        if (next.done) {
          end(controller);
          return;
        }
        const signal = errorContext.abortSignal;
        if (next.value.type === "error" && signal?.aborted) {
          // An abort is the caller's decision, not a model failure: the reader gets the signal's own reason.
          controller.error(signal.reason ?? next.value.error);
          await reader.cancel(signal.reason).catch(() => undefined);
          return;
        }
        if (handlePart(next.value, controller)) return;
      }
    },
    async cancel(reason) {
      // Cancelling the provider's stream aborts its HTTP request.
      await reader.cancel(reason);
    },
  });
}
