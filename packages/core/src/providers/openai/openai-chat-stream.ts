import { ApiCallError } from "../../errors/api-call-error";
import type { ContextDocument, FinishReason, LanguageModelStreamPart, Usage } from "../../spec";
import { generateId } from "../../util/generate-id";
import { safeParseJson } from "../../util/parse-json";
import { parseCitations } from "../../util/render-documents";
import { mapOpenAIError, type ErrorContext } from "./map-openai-error";
import { chatChunkSchema, type ChatChunk } from "./openai-chat-chunk";
import { chatCompletionsPath, hasDocuments, mapFinishReason, mapUsage } from "./map-openai-response";
import { ServerSentEventDecoder, type ServerSentEvent } from "./server-sent-events";

type PendingToolCall = { id: string; name: string; input: string };

export type ChatStreamOptions = {
  warnings: string[];
  documents: ContextDocument[] | undefined;
  errorContext: ErrorContext;
};

/**
 * Turns a chat-completions SSE body into spec stream parts. Each network read is split into events in one
 * synchronous pass; events are then parsed one per part handed out, so the per-chunk cost is a JSON parse, a
 * schema check and an enqueue, with no async layers in between. Tool-call arguments arrive in pieces and each call is emitted once, when the model moves on to the
 * next call or finishes. A body that ends without a finish reason was cut: the stream then ends with an
 * `error` part, never with a `finish` that would pass a truncated answer off as complete. Aborts error the
 * stream with the signal's reason.
 */
export function chatStream(
  body: ReadableStream<Uint8Array>,
  { warnings, documents, errorContext }: ChatStreamOptions,
): ReadableStream<LanguageModelStreamPart> {
  const reader = body.getReader();
  const textDecoder = new TextDecoder();
  const collectText = hasDocuments(documents);
  const signal = errorContext.abortSignal;
  const url = `${errorContext.source.baseURL}${chatCompletionsPath}`;
  const provider = errorContext.source.provider;

  let controller!: ReadableStreamDefaultController<LanguageModelStreamPart>;
  let text = "";
  let metadataSent = false;
  let finishReason: FinishReason | undefined;
  let usage: Usage | undefined;
  let sawDone = false;
  /** Set once the stream is closed or errored; later events are ignored. */
  let settled = false;
  /** Whether the current pull has produced a part, so it can hand control back to the reader. */
  let enqueued = false;
  const pending = new Map<number, PendingToolCall>();

  const emit = (part: LanguageModelStreamPart) => {
    controller.enqueue(part);
    enqueued = true;
  };

  const fail = (error: unknown) => {
    if (settled) return;
    settled = true;
    if (signal?.aborted) controller.error(signal.reason);
    else {
      controller.enqueue({ type: "error", error });
      controller.close();
    }
    enqueued = true;
    reader.cancel().catch(() => undefined);
  };

  const flushToolCalls = (belowIndex: number) => {
    for (const [index, call] of pending) {
      if (index >= belowIndex) continue;
      pending.delete(index);
      emit({ type: "tool-call", toolCallId: call.id, toolName: call.name, input: call.input || "{}" });
    }
  };

  const handleChunk = (chunk: ChatChunk) => {
    // Azure opens with a content-filter chunk that has an empty id; metadata waits for a real one.
    if (!metadataSent && chunk.id) {
      metadataSent = true;
      emit({ type: "response-metadata", response: { id: chunk.id, ...(chunk.model ? { modelId: chunk.model } : {}) } });
    }
    if (chunk.usage) usage = mapUsage(chunk.usage);
    const choice = chunk.choices?.[0];
    if (choice === undefined) return;
    const delta = choice.delta;
    const content = delta?.content;
    if (content) {
      emit({ type: "text-delta", delta: content });
      if (collectText) text += content;
    }
    const toolCallDeltas = delta?.tool_calls;
    if (toolCallDeltas) {
      for (let position = 0; position < toolCallDeltas.length; position++) {
        const toolCallDelta = toolCallDeltas[position];
        if (toolCallDelta === undefined) continue;
        const index = toolCallDelta.index ?? position;
        let call = pending.get(index);
        if (call === undefined) {
          // A new call starts: the ones before it are complete.
          flushToolCalls(index);
          call = { id: toolCallDelta.id || generateId("call"), name: "", input: "" };
          pending.set(index, call);
        }
        const functionDelta = toolCallDelta.function;
        if (functionDelta?.name) call.name += functionDelta.name;
        if (functionDelta?.arguments) call.input += functionDelta.arguments;
      }
    }
    if (choice.finish_reason) {
      finishReason = mapFinishReason(choice.finish_reason);
      flushToolCalls(Number.POSITIVE_INFINITY);
    }
  };

  const onEvent = ({ event, data }: ServerSentEvent) => {
    if (settled || sawDone) return;
    if (data === "[DONE]") {
      sawDone = true;
      return;
    }
    const parsed = safeParseJson(data, chatChunkSchema);
    if (!parsed.success) {
      fail(
        new ApiCallError({
          message: `${provider} sent a stream event that is not a chat-completion chunk: ${parsed.error.message}`,
          url,
          responseBody: data,
          isRetryable: false,
          cause: parsed.error,
        }),
      );
      return;
    }
    const chunk = parsed.value;
    if (event === "error" || (chunk.error !== undefined && chunk.error !== null)) {
      // A failure reported inside an already-open stream: no status, counted as a server error.
      fail(
        new ApiCallError({
          message: `${provider} reported an error in the stream: ${errorMessage(chunk.error) ?? data}`,
          url,
          responseBody: data,
          isRetryable: true,
        }),
      );
      return;
    }
    handleChunk(chunk);
  };

  // Decoded events wait here and are parsed one at a time, so the first token is handed over as soon as it is
  // parsed even when one network read brought the whole answer.
  let queued: ServerSentEvent[] = [];
  let head = 0;
  const decoder = new ServerSentEventDecoder((event) => queued.push(event));

  const finish = () => {
    if (settled) return;
    // The body may end quietly when the request is aborted; the reader must see the abort.
    if (signal?.aborted) {
      fail(signal.reason);
      return;
    }
    if (finishReason === undefined) {
      fail(
        new ApiCallError({
          message: `${provider} stream ended before the model finished its answer.`,
          url,
          isRetryable: true,
        }),
      );
      return;
    }
    settled = true;
    flushToolCalls(Number.POSITIVE_INFINITY);
    if (collectText) {
      for (const source of parseCitations(text, documents)) emit({ type: "source", source });
    }
    emit({ type: "finish", finishReason, usage: usage ?? mapUsage(undefined) });
    controller.close();
  };

  return new ReadableStream<LanguageModelStreamPart>({
    start(streamController) {
      controller = streamController;
      controller.enqueue(warnings.length > 0 ? { type: "stream-start", warnings } : { type: "stream-start" });
    },
    async pull() {
      enqueued = false;
      while (!enqueued && !settled) {
        if (head < queued.length) {
          onEvent(queued[head++] as ServerSentEvent);
          continue;
        }
        if (head > 0) {
          queued = [];
          head = 0;
        }
        let result: ReadableStreamReadResult<Uint8Array>;
        try {
          result = await reader.read();
        } catch (error) {
          fail(mapOpenAIError(error, errorContext));
          return;
        }
        if (result.done) {
          decoder.push(textDecoder.decode());
          decoder.end();
          for (; head < queued.length; head++) onEvent(queued[head] as ServerSentEvent);
          finish();
          return;
        }
        decoder.push(textDecoder.decode(result.value, { stream: true }));
      }
    },
    async cancel(reason) {
      settled = true;
      // Cancelling the body ends the HTTP request.
      await reader.cancel(reason).catch(() => undefined);
    },
  });
}

function errorMessage(error: unknown): string | undefined {
  if (error !== null && typeof error === "object" && "message" in error && typeof error.message === "string") {
    return error.message;
  }
  return undefined;
}
