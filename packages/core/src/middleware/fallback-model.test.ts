import { describe, expect, it } from "vitest";
import { AllModelsFailedError, ApiCallError } from "../errors";
import { generateText } from "../generate/generate-text";
import { streamText } from "../generate/stream-text";
import { MockLanguageModel, mockGenerateResult, mockTextStreamParts, simulateReadableStream } from "../test";
import { createFallbackModel } from "./fallback-model";

const down = () => new ApiCallError({ message: "Service unavailable", url: "https://primary", statusCode: 503 });

describe("createFallbackModel", () => {
  it("falls back to the next model when the primary is down", async () => {
    const primary = new MockLanguageModel({ modelId: "primary", doGenerate: () => Promise.reject(down()) });
    const secondary = new MockLanguageModel({ modelId: "secondary", doGenerate: mockGenerateResult("from secondary") });
    const events: string[] = [];
    const model = createFallbackModel({
      models: [primary, secondary],
      onFallback: ({ from, to }) => events.push(`${from.modelId}->${to.modelId}`),
    });
    expect((await generateText({ model, prompt: "x" })).text).toBe("from secondary");
    expect(events).toEqual(["primary->secondary"]);
  });

  it("reports every model's error when all fail", async () => {
    const model = createFallbackModel({
      models: [
        new MockLanguageModel({ modelId: "a", doGenerate: () => Promise.reject(down()) }),
        new MockLanguageModel({ modelId: "b", doGenerate: () => Promise.reject(down()) }),
      ],
    });
    const error = await generateText({ model, prompt: "x" }).catch((caught: unknown) => caught);
    expect(AllModelsFailedError.isInstance(error)).toBe(true);
    expect((error as AllModelsFailedError).errors.map((entry) => entry.model)).toEqual(["mock:a", "mock:b"]);
  });

  it("falls back for a stream that breaks before any text, without duplicating output", async () => {
    const primary = new MockLanguageModel({
      doStream: () => ({ stream: simulateReadableStream({ chunks: mockTextStreamParts("lost"), failAfter: 1, error: down() }) }),
    });
    const secondary = new MockLanguageModel({ doStream: mockTextStreamParts("Secondary answer.") });
    const result = streamText({ model: createFallbackModel({ models: [primary, secondary] }), prompt: "x" });
    const chunks: string[] = [];
    for await (const chunk of result.textStream) chunks.push(chunk);
    expect(chunks.join("")).toBe("Secondary answer.");
  });

  it("does not fall back when the caller aborted", async () => {
    const abort = Object.assign(new Error("aborted"), { name: "AbortError" });
    const secondary = new MockLanguageModel({ doGenerate: mockGenerateResult("no") });
    const model = createFallbackModel({ models: [new MockLanguageModel({ doGenerate: () => Promise.reject(abort) }), secondary] });
    await expect(generateText({ model, prompt: "x" })).rejects.toBe(abort);
    expect(secondary.calls).toHaveLength(0);
  });
});
