import { describe, expect, it } from "vitest";
import { TimeoutError } from "../errors";
import { generateText } from "../generate/generate-text";
import { streamText } from "../generate/stream-text";
import { MockLanguageModel, mockGenerateResult, mockTextStreamParts, simulateReadableStream } from "../test";
import { retryMiddleware } from "./retry-middleware";
import { timeoutMiddleware } from "./timeout-middleware";
import { wrapLanguageModel } from "./wrap-language-model";

describe("timeoutMiddleware", () => {
  it("aborts a slow call with a TimeoutError and aborts the request's signal", async () => {
    let seenSignal: AbortSignal | undefined;
    const inner = new MockLanguageModel({
      doGenerate: async (options) => {
        seenSignal = options.abortSignal;
        await new Promise((resolve) => setTimeout(resolve, 200));
        return mockGenerateResult("late");
      },
    });
    const model = wrapLanguageModel({ model: inner, middleware: timeoutMiddleware({ timeoutMs: 20 }) });
    await expect(generateText({ model, prompt: "x" })).rejects.toSatisfy((error) => TimeoutError.isInstance(error));
    expect(seenSignal?.aborted).toBe(true);
  });

  it("gives each retry attempt its own clock when placed inside the retry middleware", async () => {
    let attempt = 0;
    const inner = new MockLanguageModel({
      doGenerate: async () => {
        attempt++;
        if (attempt === 1) await new Promise((resolve) => setTimeout(resolve, 100));
        return mockGenerateResult("second try");
      },
    });
    const model = wrapLanguageModel({
      model: inner,
      middleware: [retryMiddleware({ initialDelayMs: 1 }), timeoutMiddleware({ timeoutMs: 20 })],
    });
    expect((await generateText({ model, prompt: "x" })).text).toBe("second try");
  });

  it("cuts a stream that stalls between parts, but not one that keeps producing", async () => {
    const steady = new MockLanguageModel({
      doStream: () => ({ stream: simulateReadableStream({ chunks: mockTextStreamParts("one two three four five"), delayMs: 5 }) }),
    });
    const ok = streamText({ model: wrapLanguageModel({ model: steady, middleware: timeoutMiddleware({ timeoutMs: 30 }) }), prompt: "x" });
    expect(await ok.text).toBe("one two three four five");

    const stalled = new MockLanguageModel({
      doStream: () => ({ stream: simulateReadableStream({ chunks: mockTextStreamParts("one two"), delayMs: 100 }) }),
    });
    const result = streamText({ model: wrapLanguageModel({ model: stalled, middleware: timeoutMiddleware({ timeoutMs: 20 }) }), prompt: "x" });
    await expect(result.text).rejects.toSatisfy((error) => TimeoutError.isInstance(error));
  });
});
