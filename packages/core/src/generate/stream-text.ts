import type { FinishReason, Message, ResponseMetadata, Source, ToolChoice, Usage } from "../spec";
import { addUsage, callOptions, emptyUsage, type CallSettings } from "./call-settings";
import { standardizePrompt } from "./prompt";
import { ReplayBuffer } from "./replay-buffer";
import {
  executeToolCall,
  parseToolCall,
  toolDefinitions,
  toolOutputText,
  type ToolSet,
  type TypedToolCall,
  type TypedToolResult,
} from "./tool";

export type StreamTextPart<Tools extends ToolSet> =
  | { type: "text-delta"; delta: string }
  | { type: "source"; source: Source }
  | ({ type: "tool-call" } & TypedToolCall<Tools>)
  | ({ type: "tool-result" } & TypedToolResult<Tools>)
  | { type: "step-finish"; finishReason: FinishReason; usage: Usage }
  | { type: "finish"; finishReason: FinishReason; usage: Usage; totalUsage: Usage }
  | { type: "error"; error: unknown };

export type StreamTextSettings<Tools extends ToolSet> = CallSettings & {
  tools?: Tools;
  toolChoice?: ToolChoice;
  maxSteps?: number;
  /** Called for errors in the stream, which otherwise surface only to whoever reads it. */
  onError?: (error: unknown) => void;
};

export type StreamTextResult<Tools extends ToolSet> = {
  /** Every part: text, sources, tool calls and results, step ends, errors. */
  fullStream: AsyncIterable<StreamTextPart<Tools>>;
  /** Just the text; throws the stream's error if it fails. */
  textStream: AsyncIterable<string>;
  text: Promise<string>;
  usage: Promise<Usage>;
  finishReason: Promise<FinishReason>;
  sources: Promise<Source[]>;
  toolCalls: Promise<Array<TypedToolCall<Tools>>>;
  toolResults: Promise<Array<TypedToolResult<Tools>>>;
  response: Promise<ResponseMetadata | undefined>;
  /** A `text/plain` streaming response, for route handlers. */
  toTextStreamResponse(init?: ResponseInit): Response;
};

/**
 * Streams a model's answer. The model call starts at once; every view of the result (streams and promises)
 * reads the same parts, so consuming one never starves another.
 */
export function streamText<Tools extends ToolSet = {}>(settings: StreamTextSettings<Tools>): StreamTextResult<Tools> {
  const { model, tools, toolChoice, maxSteps = 1 } = settings;
  const messages: Message[] = standardizePrompt(settings);
  const buffer = new ReplayBuffer<StreamTextPart<Tools>>();

  const done = deferred<{
    text: string;
    usage: Usage;
    finishReason: FinishReason;
    sources: Source[];
    toolCalls: Array<TypedToolCall<Tools>>;
    toolResults: Array<TypedToolResult<Tools>>;
    response: ResponseMetadata | undefined;
  }>();

  const run = async () => {
    let totalUsage = emptyUsage();
    const sources = new Map<string, Source>();
    let response: ResponseMetadata | undefined;
    let text = "";
    let finishReason: FinishReason = "other";
    let toolCalls: Array<TypedToolCall<Tools>> = [];
    let toolResults: Array<TypedToolResult<Tools>> = [];

    for (let step = 0; step < maxSteps; step++) {
      const result = await model.doStream({
        ...callOptions(settings),
        messages,
        tools: toolDefinitions(tools),
        toolChoice,
      });
      response = result.response ?? response;
      text = "";
      toolCalls = [];
      toolResults = [];
      const rawCalls = [];
      let stepUsage = emptyUsage();
      const reader = result.stream.getReader();
      try {
        for (;;) {
          const { done: finished, value: part } = await reader.read();
          if (finished) break;
          switch (part.type) {
            case "text-delta":
              if (part.delta.length === 0) break;
              text += part.delta;
              buffer.push(part);
              break;
            case "source":
              if (!sources.has(part.source.id)) {
                sources.set(part.source.id, part.source);
                buffer.push(part);
              }
              break;
            case "tool-call": {
              if (tools === undefined) break;
              const call = parseToolCall(tools, part);
              rawCalls.push(part);
              toolCalls.push(call);
              buffer.push({ type: "tool-call", ...call });
              const executed = await executeToolCall(tools, call, settings.abortSignal);
              if (executed !== undefined) {
                toolResults.push(executed);
                buffer.push({ type: "tool-result", ...executed });
              }
              break;
            }
            case "response-metadata":
              response = { ...response, ...part.response };
              break;
            case "finish":
              finishReason = part.finishReason;
              stepUsage = part.usage;
              break;
            case "error":
              throw part.error;
            case "stream-start":
              break;
          }
        }
      } finally {
        reader.releaseLock();
      }
      totalUsage = addUsage(totalUsage, stepUsage);
      buffer.push({ type: "step-finish", finishReason, usage: stepUsage });

      const answeredEveryCall = toolCalls.length > 0 && toolResults.length === toolCalls.length;
      if (!answeredEveryCall || step === maxSteps - 1) break;
      messages.push({ role: "assistant", content: text, toolCalls: rawCalls });
      for (const toolResult of toolResults) {
        messages.push({
          role: "tool",
          toolCallId: toolResult.toolCallId,
          toolName: toolResult.toolName,
          content: toolOutputText(toolResult.output),
        });
      }
    }
    buffer.push({ type: "finish", finishReason, usage: totalUsage, totalUsage });
    buffer.close();
    done.resolve({ text, usage: totalUsage, finishReason, sources: [...sources.values()], toolCalls, toolResults, response });
  };

  run().catch((error: unknown) => {
    settings.onError?.(error);
    buffer.push({ type: "error", error });
    buffer.close();
    done.reject(error);
  });

  const field = <K extends keyof Awaited<typeof done.promise>>(key: K) => {
    const promise = done.promise.then((value) => value[key]);
    promise.catch(() => undefined);
    return promise;
  };

  async function* textStream(): AsyncGenerator<string> {
    for await (const part of buffer.read()) {
      if (part.type === "text-delta") yield part.delta;
      else if (part.type === "error") throw part.error;
    }
  }

  return {
    fullStream: { [Symbol.asyncIterator]: () => buffer.read() },
    textStream: { [Symbol.asyncIterator]: textStream },
    text: field("text"),
    usage: field("usage"),
    finishReason: field("finishReason"),
    sources: field("sources"),
    toolCalls: field("toolCalls"),
    toolResults: field("toolResults"),
    response: field("response"),
    toTextStreamResponse(init) {
      const encoder = new TextEncoder();
      const iterator = textStream();
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          try {
            const { done: finished, value } = await iterator.next();
            if (finished) controller.close();
            else controller.enqueue(encoder.encode(value));
          } catch (error) {
            controller.error(error);
          }
        },
        async cancel() {
          await iterator.return(undefined);
        },
      });
      return new Response(body, {
        ...init,
        headers: { "content-type": "text/plain; charset=utf-8", ...(init?.headers as Record<string, string> | undefined) },
      });
    },
  };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  // Readers who only use the streams must not trigger an unhandled rejection; awaiting still rejects.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}
