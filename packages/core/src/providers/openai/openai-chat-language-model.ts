import type {
  ChatCompletion,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionToolChoiceOption,
} from "openai/resources/chat/completions";
import { ApiCallError } from "../../errors/api-call-error";
import type {
  LanguageModel,
  LanguageModelCallOptions,
  LanguageModelGenerateResult,
  LanguageModelStreamResult,
  ResponseFormat,
  ToolCall,
  ToolChoice,
} from "../../spec";
import { generateId } from "../../util/generate-id";
import { headersToRecord } from "../../util/headers";
import { parseCitations } from "../../util/render-documents";
import { convertToOpenAIMessages } from "./convert-to-openai-messages";
import { chatCompletionsPath, hasDocuments, mapFinishReason, mapUsage } from "./map-openai-response";
import { mapOpenAIError, type ErrorContext } from "./map-openai-error";
import { chatStream } from "./openai-chat-stream";
import type { OpenAIClientSource } from "./openai-client";
import type { ResolvedOpenAIChatModelSettings } from "./openai-settings";
import { responseFormatName, toStrictJsonSchema } from "./strict-json-schema";

export type OpenAIChatConfig = {
  source: OpenAIClientSource;
  /** OpenAI deprecated `max_tokens` for `max_completion_tokens`; local servers mostly know only the former. */
  maxTokensParameter: "max_completion_tokens" | "max_tokens";
};

type RequestBody = ChatCompletionCreateParamsNonStreaming;

/** A chat-completions model on OpenAI, Azure OpenAI or any OpenAI-compatible server. */
export class OpenAIChatLanguageModel implements LanguageModel {
  readonly specificationVersion = "aisle.v1" as const;
  readonly provider: string;
  readonly modelId: string;
  readonly supportsStructuredOutputs: boolean;
  private readonly config: OpenAIChatConfig;
  private readonly settings: ResolvedOpenAIChatModelSettings;

  constructor(modelId: string, settings: ResolvedOpenAIChatModelSettings, config: OpenAIChatConfig) {
    this.modelId = modelId;
    this.settings = settings;
    this.config = config;
    this.provider = config.source.provider;
    this.supportsStructuredOutputs = settings.structuredOutputs;
  }

  async doGenerate(options: LanguageModelCallOptions): Promise<LanguageModelGenerateResult> {
    const { body, warnings } = this.requestBody(options);
    const errorContext = this.errorContext(options);
    let completion: ChatCompletion;
    let headers: Record<string, string>;
    try {
      const client = await this.config.source.client();
      const { data, response } = await client.chat.completions
        .create(body, { signal: options.abortSignal, headers: options.headers })
        .withResponse();
      completion = data;
      headers = headersToRecord(response.headers);
    } catch (error) {
      throw mapOpenAIError(error, errorContext);
    }

    const choice = completion.choices?.[0];
    const message = choice?.message;
    const text = message?.content ?? "";
    const toolCalls: ToolCall[] = [];
    for (const call of message?.tool_calls ?? []) {
      if (call.type !== "function") continue;
      toolCalls.push({
        toolCallId: call.id || generateId("call"),
        toolName: call.function.name,
        input: call.function.arguments || "{}",
      });
    }
    if (typeof message?.refusal === "string" && message.refusal.length > 0) {
      warnings.push(`The model refused: ${message.refusal}`);
    }
    return {
      text,
      toolCalls,
      finishReason: mapFinishReason(choice?.finish_reason),
      usage: mapUsage(completion.usage),
      ...(hasDocuments(options.documents) ? { sources: parseCitations(text, options.documents) } : {}),
      response: { id: completion.id, modelId: completion.model, headers },
      ...(warnings.length > 0 ? { warnings } : {}),
    };
  }

  async doStream(options: LanguageModelCallOptions): Promise<LanguageModelStreamResult> {
    const { body, warnings } = this.requestBody(options);
    const errorContext = this.errorContext(options);
    let response: Response;
    try {
      const client = await this.config.source.client();
      // The SDK builds, authenticates and sends the request and turns HTTP failures into errors; the event
      // stream itself is decoded here, in one pass per network read instead of the SDK's three nested async
      // generators per event, which is most of the per-chunk cost of streaming.
      response = await client.chat.completions
        .create(
          { ...body, stream: true, stream_options: { include_usage: true } },
          { signal: options.abortSignal, headers: options.headers },
        )
        .asResponse();
    } catch (error) {
      throw mapOpenAIError(error, errorContext);
    }
    if (response.body === null) {
      throw new ApiCallError({
        message: `${this.provider} answered a streaming request without a body.`,
        url: `${this.config.source.baseURL}${chatCompletionsPath}`,
        statusCode: response.status,
        isRetryable: true,
      });
    }
    return {
      stream: chatStream(response.body, { warnings, documents: options.documents, errorContext }),
      response: { headers: headersToRecord(response.headers) },
    };
  }

  private errorContext(options: LanguageModelCallOptions): ErrorContext {
    return { source: this.config.source, path: chatCompletionsPath, abortSignal: options.abortSignal };
  }

  private requestBody(options: LanguageModelCallOptions): { body: RequestBody; warnings: string[] } {
    const warnings: string[] = [];
    const body: RequestBody = {
      model: this.modelId,
      messages: convertToOpenAIMessages(options.messages, options.documents),
    };
    if (options.maxOutputTokens !== undefined) body[this.config.maxTokensParameter] = options.maxOutputTokens;
    if (options.temperature !== undefined) body.temperature = options.temperature;
    if (options.topP !== undefined) body.top_p = options.topP;
    if (options.stopSequences !== undefined && options.stopSequences.length > 0) body.stop = options.stopSequences;
    if (options.seed !== undefined) body.seed = options.seed;
    if (this.settings.user !== undefined) body.user = this.settings.user;

    const responseFormat = this.responseFormat(options.responseFormat, warnings);
    if (responseFormat !== undefined) body.response_format = responseFormat;

    const tools = options.tools ?? [];
    if (tools.length > 0 && options.toolChoice !== "none") {
      body.tools = tools.map((tool) => ({
        type: "function" as const,
        function: {
          name: tool.name,
          ...(tool.description === undefined ? {} : { description: tool.description }),
          parameters: tool.inputSchema,
        },
      }));
      if (options.toolChoice !== undefined) body.tool_choice = mapToolChoice(options.toolChoice);
      if (this.settings.parallelToolCalls !== undefined) body.parallel_tool_calls = this.settings.parallelToolCalls;
    }
    return { body, warnings };
  }

  private responseFormat(format: ResponseFormat | undefined, warnings: string[]): RequestBody["response_format"] {
    if (format === undefined || format.type === "text") return undefined;
    if (format.schema === undefined || !this.settings.structuredOutputs) return { type: "json_object" };
    const strictSchema = toStrictJsonSchema(format.schema);
    if (strictSchema === undefined) {
      warnings.push(
        "The JSON schema cannot be sent as a strict structured output (an object has optional or open properties, " +
          "or the schema uses a keyword strict mode rejects); it was sent with strict: false.",
      );
    }
    return {
      type: "json_schema",
      json_schema: {
        name: responseFormatName(format.name),
        ...(format.description === undefined ? {} : { description: format.description }),
        schema: strictSchema ?? format.schema,
        strict: strictSchema !== undefined,
      },
    };
  }
}

function mapToolChoice(choice: ToolChoice): ChatCompletionToolChoiceOption {
  if (typeof choice === "string") return choice;
  return { type: "function", function: { name: choice.name } };
}
