import { describe, expect, it } from "vitest";
import { ApiCallError, RetryError, StreamInterruptedError, TimeoutError } from "../errors";
import { generateText } from "../generate/generate-text";
import { streamText } from "../generate/stream-text";
import { MockLanguageModel, mockGenerateResult, mockTextStreamParts, simulateReadableStream } from "../test";
import { retryMiddleware } from "./retry-middleware";
import { wrapLanguageModel } from "./wrap-language-model";

const rateLimited = (retryAfter?: string) =>
  new ApiCallError({
    message: "Rate limit reached",
    url: "https://api.openai.com/v1/chat/completions",
    statusCode: 429,
    responseHeaders: retryAfter === undefined ? {} : { "retry-after": retryAfter },
  });

describe("retryMiddleware", () => {
  it("retries retryable errors with exponential backoff and succeeds", async () => {
    const failures = [rateLimited(), new ApiCallError({ message: "boom", url: "u", statusCode: 500 })];
    const inner = new MockLanguageModel({
      doGenerate: () => {
        const failure = failures.shift();
        if (failure) throw failure;
        return mockGenerateResult("ok");
      },
    });
    const delays: number[] = [];
    const model = wrapLanguageModel({
      model: inner,
      middleware: retryMiddleware({ initialDelayMs: 1, jitter: false, onRetry: ({ delayMs }) => delays.push(delayMs) }),
    });
    const result = await generateText({ model, prompt: "hi" });
    expect(result.text).toBe("ok");
    expect(inner.calls).toHaveLength(3);
    expect(delays).toEqual([1, 2]);
  });

  it("waits at least as long as Retry-After says", async () => {
    const failures = [rateLimited("0.05")];
    const inner = new MockLanguageModel({
      doGenerate: () => {
        const failure = failures.shift();
        if (failure) throw failure;
        return mockGenerateResult("ok");
      },
    });
    const delays: number[] = [];
    const model = wrapLanguageModel({
      model: inner,
      middleware: retryMiddleware({ initialDelayMs: 1, onRetry: ({ delayMs }) => delays.push(delayMs) }),
    });
    const started = performance.now();
    await generateText({ model, prompt: "hi" });
    expect(delays[0]).toBeGreaterThanOrEqual(50);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });

  it("does not retry a 400 and gives up after maxRetries with every error attached", async () => {
    const badRequest = new ApiCallError({ message: "bad", url: "u", statusCode: 400 });
    const once = new MockLanguageModel({ doGenerate: () => Promise.reject(badRequest) });
    await expect(
      generateText({ model: wrapLanguageModel({ model: once, middleware: retryMiddleware({ initialDelayMs: 1 }) }), prompt: "x" }),
    ).rejects.toBe(badRequest);
    expect(once.calls).toHaveLength(1);

    const always = new MockLanguageModel({ doGenerate: () => Promise.reject(rateLimited()) });
    const error = await generateText({
      model: wrapLanguageModel({ model: always, middleware: retryMiddleware({ maxRetries: 2, initialDelayMs: 1 }) }),
      prompt: "x",
    }).catch((caught: unknown) => caught);
    expect(RetryError.isInstance(error)).toBe(true);
    expect((error as RetryError).errors).toHaveLength(3);
    expect((error as RetryError).reason).toBe("max-retries-exceeded");
  });

  it("fails at once when Retry-After is longer than the caller accepts", async () => {
    const inner = new MockLanguageModel({ doGenerate: () => Promise.reject(rateLimited("3600")) });
    const model = wrapLanguageModel({ model: inner, middleware: retryMiddleware({ maxRetryAfterMs: 1000 }) });
    await expect(generateText({ model, prompt: "x" })).rejects.toSatisfy((error) => ApiCallError.isInstance(error));
    expect(inner.calls).toHaveLength(1);
  });

  it("retries a stream that fails before its first text, and never after", async () => {
    let attempt = 0;
    const inner = new MockLanguageModel({
      doStream: () => {
        attempt++;
        if (attempt === 1) {
          return { stream: simulateReadableStream({ chunks: mockTextStreamParts("never shown"), failAfter: 1, error: rateLimited() }) };
        }
        if (attempt === 2) throw new TimeoutError({ timeoutMs: 10, operation: "Stream start" });
        return { stream: simulateReadableStream({ chunks: mockTextStreamParts("Complete answer.") }) };
      },
    });
    const model = wrapLanguageModel({ model: inner, middleware: retryMiddleware({ initialDelayMs: 1 }) });
    const result = streamText({ model, prompt: "x" });
    expect(await result.text).toBe("Complete answer.");
    expect(attempt).toBe(3);

    const cut = new MockLanguageModel({
      doStream: () => ({ stream: simulateReadableStream({ chunks: mockTextStreamParts("half of an answer"), failAfter: 3, error: rateLimited() }) }),
    });
    const interrupted = streamText({ model: wrapLanguageModel({ model: cut, middleware: retryMiddleware({ initialDelayMs: 1 }) }), prompt: "x" });
    const error = await interrupted.text.catch((caught: unknown) => caught);
    expect(StreamInterruptedError.isInstance(error)).toBe(true);
    expect((error as StreamInterruptedError).partialText).toBe("half of ");
    expect(cut.calls).toHaveLength(1);
  });

  it("stops waiting when the caller aborts", async () => {
    const inner = new MockLanguageModel({ doGenerate: () => Promise.reject(rateLimited("10")) });
    const model = wrapLanguageModel({ model: inner, middleware: retryMiddleware() });
    const controller = new AbortController();
    const pending = generateText({ model, prompt: "x", abortSignal: controller.signal });
    setTimeout(() => controller.abort(new Error("user left")), 10);
    await expect(pending).rejects.toThrow("user left");
  });
});
