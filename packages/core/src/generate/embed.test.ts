import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors";
import { MockEmbeddingModel } from "../test";
import { embed, embedMany } from "./embed";

describe("embedMany", () => {
  it("batches by the model's limit, keeps order, bounds concurrency and reports progress", async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const model = new MockEmbeddingModel({
      maxEmbeddingsPerCall: 3,
      doEmbed: async ({ values }) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        return { embeddings: values.map((value) => [Number(value)]), usage: { tokens: values.length } };
      },
    });
    const values = Array.from({ length: 10 }, (_, index) => String(index));
    const progress: number[] = [];
    const result = await embedMany({ model, values, concurrency: 2, onProgress: ({ embedded }) => progress.push(embedded) });
    expect(result.embeddings).toEqual(values.map((value) => [Number(value)]));
    expect(model.calls.map((call) => call.values.length)).toEqual([3, 3, 3, 1]);
    expect(maxInFlight).toBe(2);
    expect(progress.at(-1)).toBe(10);
    expect(result.usage.tokens).toBe(10);
  });

  it("runs one request at a time for models without parallel calls", async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const model = new MockEmbeddingModel({
      maxEmbeddingsPerCall: 1,
      supportsParallelCalls: false,
      doEmbed: async ({ values }) => {
        maxInFlight = Math.max(maxInFlight, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight--;
        return { embeddings: values.map(() => [0]) };
      },
    });
    await embedMany({ model, values: ["a", "b", "c"], concurrency: 8 });
    expect(maxInFlight).toBe(1);
  });

  it("rejects a model that returns the wrong number of vectors", async () => {
    const model = new MockEmbeddingModel({ doEmbed: () => ({ embeddings: [[1]] }) });
    await expect(embedMany({ model, values: ["a", "b"] })).rejects.toSatisfy((error) => InvalidArgumentError.isInstance(error));
  });

  it("embeds one value", async () => {
    const result = await embed({ model: new MockEmbeddingModel(), value: "abc" });
    expect(result.embedding).toEqual([3, 1]);
  });
});
