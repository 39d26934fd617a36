import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../errors/invalid-argument-error";
import { embedMany } from "../../generate/embed";
import { createOpenAITestServer, type RecordedRequest } from "../../test/openai-test-server";
import { jsonFixture } from "./__fixtures__/load-fixture";
import { createOpenAI } from "./openai-provider";

const server = createOpenAITestServer();
beforeAll(() => server.listen());
afterEach(() => server.reset());
afterAll(() => server.close());

const openai = createOpenAI({ apiKey: "sk-test" });

/** Answers like the API: one vector per input, returned in reverse order to prove `index` is honoured. */
const echoEmbeddings = (request: RecordedRequest) => {
  const input = (request.body as { input: string[] }).input;
  const data = input.map((value, index) => ({ object: "embedding", index, embedding: [value.length, index] }));
  return {
    type: "json" as const,
    body: { object: "list", data: data.reverse(), model: "text-embedding-3-small", usage: { prompt_tokens: input.length * 3, total_tokens: input.length * 3 } },
  };
};

describe("OpenAI embedding model", () => {
  it("sends float embeddings with dimensions and maps vectors and usage", async () => {
    server.respondWith("/embeddings", { type: "json", body: jsonFixture("embeddings.json") });
    const model = openai.embeddingModel("text-embedding-3-small", { dimensions: 8 });
    expect(model.maxEmbeddingsPerCall).toBe(2048);
    expect(model.supportsParallelCalls).toBe(true);
    expect(model.dimensions).toBe(8);
    const result = await model.doEmbed({ values: ["trail shoes", "rain jacket", "wool socks"] });
    expect(server.requestBody()).toEqual({
      model: "text-embedding-3-small",
      input: ["trail shoes", "rain jacket", "wool socks"],
      encoding_format: "float",
      dimensions: 8,
    });
    expect(result.embeddings).toHaveLength(3);
    expect(result.embeddings[1]?.slice(0, 2)).toEqual([-0.0312, 0.0521]);
    expect(result.usage).toEqual({ tokens: 17 });
  });

  it("orders vectors by their index, whatever order they arrive in", async () => {
    server.respondWith("/embeddings", echoEmbeddings);
    const result = await openai.textEmbeddingModel("text-embedding-3-small").doEmbed({ values: ["a", "bb", "ccc"] });
    expect(result.embeddings).toEqual([
      [1, 0],
      [2, 1],
      [3, 2],
    ]);
  });

  it("knows default dimensions of OpenAI's models", () => {
    expect(openai.embeddingModel("text-embedding-3-large").dimensions).toBe(3072);
    expect(openai.embeddingModel("my-finetune").dimensions).toBeUndefined();
  });

  it("is batched by embedMany into requests of at most the batch size", async () => {
    server.respondWith("/embeddings", echoEmbeddings);
    const values = ["a", "bb", "ccc", "dddd", "eeeee"];
    const result = await embedMany({ model: openai.embeddingModel("text-embedding-3-small"), values, batchSize: 2, concurrency: 1 });
    expect(server.requests.map((request) => (request.body as { input: string[] }).input)).toEqual([
      ["a", "bb"],
      ["ccc", "dddd"],
      ["eeeee"],
    ]);
    expect(result.embeddings.map((vector) => vector[0])).toEqual([1, 2, 3, 4, 5]);
    expect(result.usage.tokens).toBe(15);
  });

  it("refuses more values than one call takes, without a request", async () => {
    const values = Array.from({ length: 2049 }, (_, index) => `value ${index}`);
    await expect(openai.embeddingModel("text-embedding-3-small").doEmbed({ values })).rejects.toSatisfy(
      (error: unknown) => InvalidArgumentError.isInstance(error),
    );
    expect(server.requests).toHaveLength(0);
  });
});
