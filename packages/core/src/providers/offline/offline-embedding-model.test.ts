import { describe, expect, it } from "vitest";
import { InvalidConfigError } from "../../errors/invalid-config-error";
import { createOfflineEmbeddingModel, foldForEmbedding } from "./offline-embedding-model";

const cosine = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let sum = 0;
  for (let index = 0; index < a.length; index++) sum += (a[index] as number) * (b[index] as number);
  return sum;
};

describe("createOfflineEmbeddingModel", () => {
  it("describes itself as the offline hashed n-gram model", () => {
    const model = createOfflineEmbeddingModel();
    expect(model.provider).toBe("offline");
    expect(model.modelId).toBe("offline-hash-ngram-1");
    expect(model.specificationVersion).toBe("aisle.v1");
    expect(model.dimensions).toBe(256);
  });

  it("returns one unit vector of the configured length per value, deterministically", async () => {
    const model = createOfflineEmbeddingModel({ dimensions: 128 });
    const { embeddings } = await model.doEmbed({ values: ["Cordless drill driver", "Garden hose, 50 ft", ""] });
    expect(embeddings).toHaveLength(3);
    for (const vector of embeddings.slice(0, 2)) {
      expect(vector).toHaveLength(128);
      expect(cosine(vector, vector)).toBeCloseTo(1, 5);
    }
    expect(embeddings[2]?.every((value) => value === 0)).toBe(true);
    const again = await createOfflineEmbeddingModel({ dimensions: 128 }).doEmbed({ values: ["Cordless drill driver"] });
    expect(again.embeddings[0]).toEqual(embeddings[0]);
  });

  it("places misspellings, inflections, accents and case near the original and unrelated text far away", () => {
    const model = createOfflineEmbeddingModel();
    const reference = model.embedText("stainless steel refrigerator");
    const misspelt = model.embedText("stainles steel refridgerator");
    const shouted = model.embedText("STAINLESS STEEL REFRIGERATORS");
    const unrelated = model.embedText("cedar garden planter box");
    expect(cosine(reference, misspelt)).toBeGreaterThan(0.5);
    expect(cosine(reference, shouted)).toBeGreaterThan(0.8);
    expect(cosine(reference, misspelt)).toBeGreaterThan(cosine(reference, unrelated) + 0.4);
    expect(cosine(model.embedText("Kühlschrank"), model.embedText("kuhlschrank"))).toBeCloseTo(1, 5);
  });

  it("changes every vector when the seed changes", () => {
    const first = createOfflineEmbeddingModel({ seed: 1 }).embedText("patio umbrella");
    const second = createOfflineEmbeddingModel({ seed: 2 }).embedText("patio umbrella");
    expect(cosine(first, second)).toBeLessThan(0.5);
  });

  it("honours an abort signal", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(createOfflineEmbeddingModel().doEmbed({ values: ["x"], abortSignal: controller.signal })).rejects.toThrow();
  });

  it("names every bad setting", () => {
    try {
      createOfflineEmbeddingModel({ dimensions: 3, minGram: 6, maxGram: 4 });
      expect.unreachable();
    } catch (error) {
      expect(InvalidConfigError.isInstance(error)).toBe(true);
      const paths = (error as InvalidConfigError).issues.map((issue) => issue.path);
      expect(paths).toContain("dimensions");
    }
    expect(() => createOfflineEmbeddingModel({ minGram: 5, maxGram: 3 })).toThrow(/minGram/);
  });
});

describe("foldForEmbedding", () => {
  it("folds case and accents, keeps decimal points inside numbers only", () => {
    expect(foldForEmbedding("Crème Brûlée 1.5 cu. ft. — ÉTÉ")).toBe("creme brulee 1.5 cu ft ete");
    expect(foldForEmbedding("Straße / Œuvre")).toBe("strasse oeuvre");
  });
});
