import { APICallError, type EmbeddingModelV2, type EmbeddingModelV3, type EmbeddingModelV4 } from "@ai-sdk/provider";
import { MockEmbeddingModelV3, MockEmbeddingModelV4 } from "ai/test";
import { describe, expect, it } from "vitest";
import { ApiCallError, InvalidArgumentError } from "../../errors";
import { embedMany } from "../../generate/embed";
import type { AiSdkEmbeddingModel } from "./ai-sdk-types";
import { fromAiSdkEmbeddingModel } from "./index";

/** A deterministic stand-in for a vector: the text's length and its vowel count. */
const vectorOf = (text: string) => [text.length, (text.match(/[aeiou]/gi) ?? []).length];

type EmbedCall = Parameters<EmbeddingModelV4["doEmbed"]>[0];

function embedder(calls: EmbedCall[] = []) {
  return async (options: EmbedCall) => {
    calls.push(options);
    return {
      embeddings: options.values.map(vectorOf),
      usage: { tokens: options.values.join(" ").split(" ").length },
      warnings: [],
    };
  };
}

describe("fromAiSdkEmbeddingModel", () => {
  it("accepts v4, v3 and v2 embedding model types without casts", () => {
    const accepted: AiSdkEmbeddingModel[] = [
      new MockEmbeddingModelV4(),
      new MockEmbeddingModelV3(),
      {} as EmbeddingModelV4,
      {} as EmbeddingModelV3,
      {} as EmbeddingModelV2<string>,
    ];
    expect(accepted).toHaveLength(5);
  });

  it("embeds values in order, reports usage and carries plain capabilities", async () => {
    const calls: EmbedCall[] = [];
    const inner = new MockEmbeddingModelV4({
      provider: "cohere.embedding",
      modelId: "embed-test",
      maxEmbeddingsPerCall: 96,
      supportsParallelCalls: false,
      doEmbed: embedder(calls),
    });
    const controller = new AbortController();
    const model = fromAiSdkEmbeddingModel(inner, { dimensions: 256, providerOptions: { cohere: { inputType: "search_document" } } });
    expect(model).toMatchObject({
      specificationVersion: "aisle.v1",
      provider: "cohere.embedding",
      modelId: "embed-test",
      maxEmbeddingsPerCall: 96,
      supportsParallelCalls: false,
      dimensions: 256,
    });

    const result = await model.doEmbed({
      values: ["wool socks", "trail running shoe"],
      abortSignal: controller.signal,
      headers: { "x-store": "demo" },
    });
    expect(result).toEqual({ embeddings: [[10, 3], [18, 6]], usage: { tokens: 5 } });
    expect(calls[0]).toEqual({
      values: ["wool socks", "trail running shoe"],
      abortSignal: controller.signal,
      headers: { "x-store": "demo" },
      dimensions: 256,
      providerOptions: { cohere: { inputType: "search_document" } },
    });
    expect(await model.doEmbed({ values: [] })).toEqual({ embeddings: [], usage: { tokens: 0 } });
    expect(calls).toHaveLength(1);
  });

  it("treats an Infinity limit as none", () => {
    const model = fromAiSdkEmbeddingModel(new MockEmbeddingModelV4({ maxEmbeddingsPerCall: Number.POSITIVE_INFINITY, doEmbed: embedder() }));
    expect(model.maxEmbeddingsPerCall).toBeUndefined();
  });

  it("resolves promised limits on first use, splits oversized calls and serialises when parallel calls are unsupported", async () => {
    const calls: EmbedCall[] = [];
    let inFlight = 0;
    let mostInFlight = 0;
    const inner = new MockEmbeddingModelV4({
      maxEmbeddingsPerCall: Promise.resolve(2),
      supportsParallelCalls: Promise.resolve(false),
      doEmbed: async (options) => {
        inFlight++;
        mostInFlight = Math.max(mostInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 2));
        inFlight--;
        return embedder(calls)(options);
      },
    });
    const model = fromAiSdkEmbeddingModel(inner);
    // Promised values cannot be reported synchronously; doEmbed enforces them instead.
    expect(model.maxEmbeddingsPerCall).toBeUndefined();
    expect(model.supportsParallelCalls).toBeUndefined();

    const values = ["hat", "scarf", "glove", "boot", "sock"];
    const [first, second] = await Promise.all([model.doEmbed({ values }), model.doEmbed({ values: ["belt"] })]);
    expect(first?.embeddings).toEqual(values.map(vectorOf));
    expect(second?.embeddings).toEqual([vectorOf("belt")]);
    expect(calls.map((call) => call.values)).toEqual([["hat", "scarf"], ["glove", "boot"], ["sock"], ["belt"]]);
    expect(mostInFlight).toBe(1);
  });

  it("calls a function-valued limit with the model id", async () => {
    const seen: string[] = [];
    const inner = {
      specificationVersion: "v4",
      provider: "custom",
      modelId: "custom-embed",
      maxEmbeddingsPerCall: ({ modelId }: { modelId: string }) => {
        seen.push(modelId);
        return 1;
      },
      supportsParallelCalls: true,
      doEmbed: embedder(),
    } satisfies AiSdkEmbeddingModel;
    const result = await fromAiSdkEmbeddingModel(inner).doEmbed({ values: ["a", "b"] });
    expect(result.embeddings).toEqual([vectorOf("a"), vectorOf("b")]);
    expect(seen).toEqual(["custom-embed"]);
  });

  it("works under embedMany with a v3 model, which gets no dimensions option", async () => {
    const calls: EmbedCall[] = [];
    const inner = new MockEmbeddingModelV3({ maxEmbeddingsPerCall: 3, doEmbed: embedder(calls) });
    const values = ["one", "two", "three", "four"];
    const result = await embedMany({ model: fromAiSdkEmbeddingModel(inner, { dimensions: 64 }), values });
    expect(result.embeddings).toEqual(values.map(vectorOf));
    expect(calls.map((call) => call.values)).toEqual([["one", "two", "three"], ["four"]]);
    expect(calls[0]).not.toHaveProperty("dimensions");
  });

  it("maps an APICallError to ApiCallError", async () => {
    const inner = new MockEmbeddingModelV4({
      doEmbed: async () => {
        throw new APICallError({
          message: "Service Unavailable",
          url: "https://api.voyageai.com/v1/embeddings",
          requestBodyValues: {},
          statusCode: 503,
          responseHeaders: { "retry-after-ms": "150" },
          responseBody: "upstream overloaded",
        });
      },
    });
    const error = await fromAiSdkEmbeddingModel(inner).doEmbed({ values: ["x"] }).catch((caught: unknown) => caught);
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 503, isRetryable: true, retryAfterMs: 150, responseBody: "upstream overloaded" });
  });

  it("rejects an unsupported specificationVersion by name", () => {
    const legacy = { specificationVersion: "v1", provider: "legacy", modelId: "old", doEmbed: embedder() };
    expect(() => fromAiSdkEmbeddingModel(legacy)).toThrow(InvalidArgumentError);
    expect(() => fromAiSdkEmbeddingModel(legacy)).toThrow(/embedding model specificationVersion 'v1'/);
  });
});
