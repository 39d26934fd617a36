import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ApiCallError } from "../../errors/api-call-error";
import type { LanguageModelStreamPart } from "../../spec";
import { createOpenAITestServer } from "../../test/openai-test-server";
import { iterateStream } from "../../util/stream";
import { chunksFixture } from "./__fixtures__/load-fixture";
import { createOpenAI } from "./openai-provider";

const server = createOpenAITestServer();
beforeAll(() => server.listen());
afterEach(() => server.reset());
afterAll(() => server.close());

const openai = createOpenAI({ apiKey: "sk-test" });
const user = (content: string) => ({ role: "user" as const, content });

async function collect(stream: ReadableStream<LanguageModelStreamPart>): Promise<LanguageModelStreamPart[]> {
  const parts: LanguageModelStreamPart[] = [];
  for await (const part of iterateStream(stream)) parts.push(part);
  return parts;
}

const textOf = (parts: LanguageModelStreamPart[]) =>
  parts.map((part) => (part.type === "text-delta" ? part.delta : "")).join("");

describe("OpenAI chat model: doStream", () => {
  it("asks for a stream with usage and reassembles the text deltas", async () => {
    server.respondWith("/chat/completions", { type: "stream", chunks: chunksFixture("chat-stream.chunks.txt") });
    const result = await openai("gpt-4o-mini").doStream({ messages: [user("What sizes does the Trailrunner 2 come in?")] });
    const parts = await collect(result.stream);

    expect(server.requestBody()).toMatchObject({ model: "gpt-4o-mini", stream: true, stream_options: { include_usage: true } });
    expect(textOf(parts)).toBe(
      "The Trailrunner 2 comes in half sizes from 38 to 47, and it runs true to size [product-trailrunner-2].",
    );
    // The role chunk carries an empty content string, which is not a delta.
    expect(parts.filter((part) => part.type === "text-delta").every((part) => part.delta.length > 0)).toBe(true);
    expect(parts[0]).toEqual({ type: "stream-start" });
    expect(parts[1]).toEqual({
      type: "response-metadata",
      response: { id: "chatcmpl-CbTA4fH8nWq2Lz6VrK9dXp3sYm7Tb", modelId: "gpt-4o-mini-2024-07-18" },
    });
    expect(parts.at(-1)).toEqual({
      type: "finish",
      finishReason: "stop",
      usage: { inputTokens: 186, outputTokens: 25, totalTokens: 211 },
    });
    expect(result.response?.headers?.["content-type"]).toContain("text/event-stream");
  });

  it("emits each streamed tool call once, with its arguments complete", async () => {
    server.respondWith("/chat/completions", { type: "stream", chunks: chunksFixture("tool-call-stream.chunks.txt") });
    const result = await openai("gpt-4o-mini").doStream({
      messages: [user("Is my order #1042 here, and do you have TR-2 in 42?")],
      tools: [
        { name: "lookup_order", inputSchema: { type: "object", properties: { orderNumber: { type: "string" } } } },
        { name: "check_inventory", inputSchema: { type: "object", properties: { sku: { type: "string" } } } },
      ],
    });
    const parts = await collect(result.stream);
    expect(parts.filter((part) => part.type === "tool-call")).toEqual([
      { type: "tool-call", toolCallId: "call_Vb7nX2kQ9mLp4TzR8wYs1HeD", toolName: "lookup_order", input: '{"orderNumber":"#1042"}' },
      { type: "tool-call", toolCallId: "call_Kp3sW8nZ1qLx6VbT4mRy9HcE", toolName: "check_inventory", input: '{"sku":"TR-2-42"}' },
    ]);
    expect(parts.at(-1)).toEqual({
      type: "finish",
      finishReason: "tool-calls",
      usage: { inputTokens: 154, outputTokens: 52, totalTokens: 206 },
    });
    expect(textOf(parts)).toBe("");
  });

  it("emits a finished tool call as soon as the next one starts", async () => {
    const chunks = chunksFixture("tool-call-stream.chunks.txt");
    // Stop right after the second call has begun: the first one is complete and must already be out.
    const secondCallStarts = chunks.findIndex((line) => line.includes('"index":1,"id"'));
    server.respondWith("/chat/completions", { type: "stream", chunks: chunks.slice(0, secondCallStarts + 1), end: "close" });
    const parts = await collect((await openai("gpt-4o-mini").doStream({ messages: [user("?")] })).stream);
    expect(parts.filter((part) => part.type === "tool-call").map((part) => part.type === "tool-call" && part.toolName)).toEqual([
      "lookup_order",
    ]);
    expect(parts.at(-1)?.type).toBe("error");
  });

  it("ends with an error part, not a finish, when the server closes the stream mid-answer", async () => {
    server.respondWith("/chat/completions", {
      type: "stream",
      chunks: chunksFixture("chat-stream-cut.chunks.txt"),
      end: "close",
    });
    const parts = await collect((await openai("gpt-4o-mini").doStream({ messages: [user("Sizes?")] })).stream);
    expect(textOf(parts)).toBe("The Trailrunner 2 comes in half sizes from");
    expect(parts.some((part) => part.type === "finish")).toBe(false);
    const last = parts.at(-1);
    expect(last?.type).toBe("error");
    const error = last?.type === "error" ? last.error : undefined;
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect((error as ApiCallError).message).toMatch(/ended before the model finished/);
    expect((error as ApiCallError).isRetryable).toBe(true);
    expect((error as ApiCallError).url).toBe("https://api.openai.com/v1/chat/completions");
  });

  it("ends with an error part carrying an ApiCallError when the connection drops mid-answer", async () => {
    server.respondWith("/chat/completions", {
      type: "stream",
      chunks: chunksFixture("chat-stream-cut.chunks.txt"),
      end: "error",
    });
    const parts = await collect((await openai("gpt-4o-mini").doStream({ messages: [user("Sizes?")] })).stream);
    expect(textOf(parts)).toBe("The Trailrunner 2 comes in half sizes from");
    expect(parts.some((part) => part.type === "finish")).toBe(false);
    const last = parts.at(-1);
    const error = last?.type === "error" ? last.error : undefined;
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect((error as ApiCallError).statusCode).toBeUndefined();
    expect((error as ApiCallError).message).toMatch(/connection failed: terminated/);
    expect((error as ApiCallError).isRetryable).toBe(true);
  });

  it("surfaces an error event inside the stream as an ApiCallError part", async () => {
    const chunks = chunksFixture("chat-stream-cut.chunks.txt").slice(0, 3);
    const errorEvent = '{"error":{"message":"The server had an error while processing your request.","type":"server_error","param":null,"code":null}}';
    server.respondWith("/chat/completions", { type: "stream", chunks: [...chunks, errorEvent] });
    const parts = await collect((await openai("gpt-4o-mini").doStream({ messages: [user("Sizes?")] })).stream);
    const last = parts.at(-1);
    const error = last?.type === "error" ? last.error : undefined;
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect((error as ApiCallError).message).toMatch(/server had an error/);
    expect((error as ApiCallError).responseBody).toContain("server_error");
  });

  it("ends with a non-retryable error part when an event is not a chat-completion chunk", async () => {
    const chunks = chunksFixture("chat-stream-cut.chunks.txt").slice(0, 3);
    server.respondWith("/chat/completions", { type: "stream", chunks: [...chunks, '{"choices":[{"delta":{"content":', '{"x":1}'] });
    const parts = await collect((await openai("gpt-4o-mini").doStream({ messages: [user("Sizes?")] })).stream);
    const last = parts.at(-1);
    const error = last?.type === "error" ? last.error : undefined;
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect((error as ApiCallError).isRetryable).toBe(false);
    expect((error as ApiCallError).responseBody).toBe('{"choices":[{"delta":{"content":');
    expect(parts.filter((part) => part.type === "error")).toHaveLength(1);
  });

  it("rejects the reader with the abort reason when the caller aborts mid-stream", async () => {
    server.respondWith("/chat/completions", {
      type: "stream",
      chunks: chunksFixture("chat-stream.chunks.txt"),
      delayMs: 5,
    });
    const controller = new AbortController();
    const result = await openai("gpt-4o-mini").doStream({ messages: [user("Sizes?")], abortSignal: controller.signal });
    const reader = result.stream.getReader();
    let text = "";
    let failure: unknown;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (value.type === "text-delta") {
          text += value.delta;
          if (text.length > 10) controller.abort();
        }
        if (value.type === "finish") throw new Error("a finish part arrived after the abort");
      }
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(DOMException);
    expect((failure as DOMException).name).toBe("AbortError");
    expect(ApiCallError.isInstance(failure)).toBe(false);
  });

  it("emits cited documents as source parts before the finish", async () => {
    server.respondWith("/chat/completions", { type: "stream", chunks: chunksFixture("chat-stream.chunks.txt") });
    const parts = await collect(
      (
        await openai("gpt-4o-mini").doStream({
          messages: [user("Sizes?")],
          documents: [
            { id: "product-trailrunner-2", title: "Trailrunner 2", text: "Sizes 38-47, half sizes." },
            { id: "product-roadrunner", title: "Roadrunner", text: "Sizes 36-46." },
          ],
        })
      ).stream,
    );
    const types = parts.map((part) => part.type);
    expect(parts.filter((part) => part.type === "source")).toEqual([
      { type: "source", source: { id: "product-trailrunner-2", title: "Trailrunner 2" } },
    ]);
    expect(types.indexOf("source")).toBeLessThan(types.indexOf("finish"));
  });
});
