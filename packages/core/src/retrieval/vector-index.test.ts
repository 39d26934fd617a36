import { describe, expect, it } from "vitest";
import { fuseScores } from "./fusion";
import { selectDiverse } from "./mmr";
import { TopK } from "./top-k";
import { createFlatVectorIndex } from "./vector-index";

/** Deterministic pseudo-random vectors, half of their entries zero like hashed features. */
function vectors(count: number, dimensions: number, seed: number): Float32Array[] {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 4_294_967_296 - 0.5;
  };
  return Array.from({ length: count }, () => Float32Array.from({ length: dimensions }, () => (next() > 0 ? next() : 0)));
}

function exactRanking(documents: Float32Array[], query: Float32Array): number[] {
  const norm = (vector: Float32Array) => Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
  const scores = documents.map((document) => document.reduce((sum, value, index) => sum + value * (query[index] as number), 0) / (norm(document) * norm(query)));
  return scores.map((_, index) => index).sort((a, b) => (scores[b] as number) - (scores[a] as number));
}

describe("flat vector index", () => {
  const documents = vectors(300, 32, 7);
  const [query] = vectors(1, 32, 99) as [Float32Array];

  it("returns the exact cosine ranking with float32 vectors", () => {
    const index = createFlatVectorIndex({ quantization: "float32" })({ dimensions: 32 });
    documents.forEach((vector, number) => index.set(number, vector));
    const { documentNumbers, scores } = index.search(query, { limit: 10 });
    expect(Array.from(documentNumbers)).toEqual(exactRanking(documents, query).slice(0, 10));
    expect(scores[0]).toBeGreaterThanOrEqual(scores[9] as number);
  });

  it("keeps int8 scores within rounding of the exact ones and the top of the ranking intact", () => {
    const exact = createFlatVectorIndex({ quantization: "float32" })({ dimensions: 32 });
    const quantized = createFlatVectorIndex({ quantization: "int8" })({ dimensions: 32 });
    documents.forEach((vector, number) => {
      exact.set(number, vector);
      quantized.set(number, vector);
    });
    for (let number = 0; number < documents.length; number += 37) {
      expect(Math.abs(quantized.score(number, query) - exact.score(number, query))).toBeLessThan(0.02);
    }
    const top = Array.from(quantized.search(query, { limit: 5 }).documentNumbers);
    expect(new Set(top.slice(0, 3))).toEqual(new Set(exactRanking(documents, query).slice(0, 3)));
  });

  it("scores sparse and dense queries the same way, and skips removed or rejected documents", () => {
    const index = createFlatVectorIndex()({ dimensions: 32 });
    documents.forEach((vector, number) => index.set(number, vector));
    const sparse = new Float32Array(32);
    sparse[3] = 1;
    sparse[17] = -0.5;
    const best = index.search(sparse, { limit: 1 }).documentNumbers[0] as number;
    expect(index.search(sparse, { limit: 1 }).scores[0]).toBeCloseTo(index.score(best, sparse), 6);
    index.remove(best);
    expect(index.has(best)).toBe(false);
    expect(Array.from(index.search(sparse, { limit: 300 }).documentNumbers)).not.toContain(best);
    const even = index.search(query, { limit: 20, accept: (number) => number % 2 === 0 });
    expect(Array.from(even.documentNumbers).every((number) => number % 2 === 0)).toBe(true);
    expect(index.size).toBe(299);
  });

  it("round-trips its state and refuses vectors of the wrong length", () => {
    const index = createFlatVectorIndex()({ dimensions: 32 });
    documents.slice(0, 20).forEach((vector, number) => index.set(number, vector));
    const copy = createFlatVectorIndex()({ dimensions: 32 });
    copy.importState(index.exportState());
    expect(copy.search(query, { limit: 5 })).toEqual(index.search(query, { limit: 5 }));
    expect(() => index.set(0, [1, 2, 3])).toThrow(/32 dimensions/);
  });
});

describe("fusion, diversity and top-k helpers", () => {
  const candidates = { lexicalScores: Float64Array.of(10, 5, 0), vectorScores: Float64Array.of(0.1, 0.9, 0.8) };

  it("weighted fusion moves with the vector weight; RRF gives no lexical credit without a lexical match", () => {
    const lexicalLed = fuseScores(candidates, { method: "weighted", rrfK: 60, vectorWeight: 0.2 });
    expect(lexicalLed[0]).toBeGreaterThan(lexicalLed[1] as number);
    const vectorLed = fuseScores(candidates, { method: "weighted", rrfK: 60, vectorWeight: 0.8 });
    expect(vectorLed[1]).toBeGreaterThan(vectorLed[0] as number);
    const rrf = fuseScores(candidates, { method: "rrf", rrfK: 60, vectorWeight: 0.5 });
    expect(rrf[2]).toBeCloseTo(1 / (60 + 2), 10);
    expect(rrf[1]).toBeCloseTo(1 / 62 + 1 / 61, 10);
  });

  it("MMR with lambda 1 keeps relevance order and with a low lambda avoids near-duplicates", () => {
    const similarity = (a: number, b: number) => (Math.min(a, b) === 0 && Math.max(a, b) === 1 ? 0.95 : 0.1);
    expect(selectDiverse([3, 2.9, 1], similarity, { limit: 3, lambda: 1 })).toEqual([0, 1, 2]);
    expect(selectDiverse([3, 2.9, 1], similarity, { limit: 2, lambda: 0.5 })).toEqual([0, 2]);
  });

  it("TopK keeps the best items, ties to the lower number", () => {
    const top = new TopK(3);
    [5, 1, 9, 9, 3, 7].forEach((score, item) => top.offer(item, score));
    const { items, scores } = top.drain();
    expect(Array.from(items)).toEqual([2, 3, 5]);
    expect(Array.from(scores)).toEqual([9, 9, 7]);
  });
});
