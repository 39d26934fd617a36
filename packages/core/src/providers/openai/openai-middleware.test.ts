import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ApiCallError } from "../../errors/api-call-error";
import { StreamInterruptedError } from "../../errors/stream-interrupted-error";
import { generateText } from "../../generate/generate-text";
import { streamText } from "../../generate/stream-text";
import { retryMiddleware, type RetryEvent } from "../../middleware/retry-middleware";
import { wrapLanguageModel } from "../../middleware/wrap-language-model";
import { createOpenAITestServer } from "../../test/openai-test-server";
import { chunksFixture, jsonFixture, textFixture } from "./__fixtures__/load-fixture";
import { createOpenAI } from "./openai-provider";

const server = createOpenAITestServer();
beforeAll(() => server.listen());
afterEach(() => server.reset());
afterAll(() => server.close());

const openai = createOpenAI({ apiKey: "sk-test" });

function retryingModel(events: RetryEvent[]) {
  return wrapLanguageModel({
    model: openai("gpt-4o-mini"),
    middleware: retryMiddleware({ initialDelayMs: 1, jitter: false, onRetry: (event) => events.push(event) }),
  });
}

describe("OpenAI provider under Aisle's middleware", () => {
  it("a 429 is retried after the server's retry-after-ms, then the answer arrives", async () => {
    server.respondWith(
      "/chat/completions",
      { type: "error", status: 429, headers: { "retry-after-ms": "30" }, body: textFixture("error-429.json") },
      { type: "json", body: jsonFixture("chat-completion.json") },
    );
    const events: RetryEvent[] = [];
    const result = await generateText({ model: retryingModel(events), prompt: "Can I return sale items?" });
    expect(result.text).toMatch(/^You can return unworn items/);
    expect(server.requests).toHaveLength(2);
    expect(events).toHaveLength(1);
    expect(events[0]?.delayMs).toBe(30);
  });

  it("a 400 is not retried", async () => {
    server.respondWith("/chat/completions", { type: "error", status: 400, body: textFixture("error-400.json") });
    const events: RetryEvent[] = [];
    const error = await generateText({ model: retryingModel(events), prompt: "Hi" }).catch((caught: unknown) => caught);
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect(server.requests).toHaveLength(1);
    expect(events).toHaveLength(0);
  });

  it("a stream that fails before any text is retried and streams normally", async () => {
    server.respondWith(
      "/chat/completions",
      { type: "error", status: 500, body: textFixture("error-500.json") },
      { type: "stream", chunks: chunksFixture("chat-stream.chunks.txt") },
    );
    const result = streamText({ model: retryingModel([]), prompt: "Sizes?" });
    let text = "";
    for await (const delta of result.textStream) text += delta;
    expect(text).toMatch(/^The Trailrunner 2 comes in half sizes/);
    expect(await result.usage).toEqual({ inputTokens: 186, outputTokens: 25, totalTokens: 211 });
    expect(server.requests).toHaveLength(2);
  });

  it("a stream cut after text surfaces as an error to the reader, with the partial text, and is not repeated", async () => {
    server.respondWith("/chat/completions", {
      type: "stream",
      chunks: chunksFixture("chat-stream-cut.chunks.txt"),
      end: "error",
    });
    const result = streamText({ model: retryingModel([]), prompt: "Sizes?" });
    let text = "";
    let failure: unknown;
    try {
      for await (const delta of result.textStream) text += delta;
    } catch (error) {
      failure = error;
    }
    expect(text).toBe("The Trailrunner 2 comes in half sizes from");
    expect(StreamInterruptedError.isInstance(failure)).toBe(true);
    expect((failure as StreamInterruptedError).partialText).toBe(text);
    expect(server.requests).toHaveLength(1);
  });
});
