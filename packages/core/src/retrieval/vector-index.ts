import { InvalidArgumentError } from "../errors/invalid-argument-error";
import { ensureCapacity } from "./growable-array";
import { TopK } from "./top-k";

export type VectorMatches = { documentNumbers: Uint32Array; scores: Float64Array };

export type VectorIndexState = {
  kind: string;
  dimensions: number;
  arrays: Record<string, Uint8Array | Int8Array | Float32Array | Uint32Array>;
};

/**
 * Nearest-neighbour search over document vectors, keyed by the engine's document numbers. Scores are inner
 * products of unit vectors (cosine similarity). The flat index is exact; an approximate index (HNSW, IVF)
 * can implement the same contract and be passed to the engine through `vectorIndex` in its settings.
 */
export type VectorIndex = {
  readonly kind: string;
  readonly dimensions: number;
  readonly size: number;
  set(documentNumber: number, vector: ArrayLike<number>): void;
  /** Makes room for document numbers below `capacity` at once, ahead of a bulk load. */
  reserve?(capacity: number): void;
  remove(documentNumber: number): void;
  has(documentNumber: number): boolean;
  /** Similarity of one stored vector to the query; `NaN` when the document has none. */
  score(documentNumber: number, query: Float32Array): number;
  /** Similarities of many stored vectors to one query (`NaN` where missing); faster than `score` one by one. */
  scoreMany?(documentNumbers: ArrayLike<number>, query: Float32Array): Float64Array;
  /** Similarity of two stored vectors, for diversity; `NaN` when either has none. */
  similarity(first: number, second: number): number;
  /** The `limit` most similar documents that `accept` lets through, best first. */
  search(query: Float32Array, options: { limit: number; accept?: (documentNumber: number) => boolean }): VectorMatches;
  exportState(): VectorIndexState;
  importState(state: VectorIndexState): void;
};

export type VectorIndexFactory = (options: { dimensions: number }) => VectorIndex;

export type FlatVectorIndexOptions = {
  /**
   * `int8` stores each vector as bytes with one scale per vector: a quarter of the memory of `float32`, at a
   * rounding error far below the gaps that decide a ranking of unit vectors.
   */
  quantization?: "float32" | "int8";
};

/** Returns a factory for exact, brute-force vector indexes (fine up to about a million vectors). */
export function createFlatVectorIndex(options: FlatVectorIndexOptions = {}): VectorIndexFactory {
  return ({ dimensions }) => new FlatVectorIndex(dimensions, options.quantization ?? "int8");
}

class FlatVectorIndex implements VectorIndex {
  readonly kind: string;
  private present = new Uint8Array(0);
  private floats = new Float32Array(0);
  private bytes = new Int8Array(0);
  private scales = new Float32Array(0);
  private count = 0;
  private readonly sparseIndices: Int32Array;
  private readonly sparseValues: Float32Array;

  constructor(
    readonly dimensions: number,
    private readonly quantization: "float32" | "int8",
  ) {
    this.kind = `flat-${quantization}`;
    this.sparseIndices = new Int32Array(dimensions);
    this.sparseValues = new Float32Array(dimensions);
  }

  get size(): number {
    return this.count;
  }

  has(documentNumber: number): boolean {
    return this.present[documentNumber] === 1;
  }

  set(documentNumber: number, vector: ArrayLike<number>): void {
    const dimensions = this.dimensions;
    if (vector.length !== dimensions) {
      throw new InvalidArgumentError({
        argument: "vector",
        message: `expected ${dimensions} dimensions, got ${vector.length}.`,
      });
    }
    this.ensureCapacity(documentNumber + 1);
    let norm = 0;
    for (let index = 0; index < dimensions; index++) norm += (vector[index] as number) ** 2;
    // Unit length makes the inner product a cosine whatever the model returns.
    const unit = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    const base = documentNumber * dimensions;
    if (this.quantization === "float32") {
      for (let index = 0; index < dimensions; index++) this.floats[base + index] = (vector[index] as number) * unit;
    } else {
      let largest = 0;
      for (let index = 0; index < dimensions; index++) largest = Math.max(largest, Math.abs((vector[index] as number) * unit));
      const toByte = largest > 0 ? 127 / largest : 0;
      for (let index = 0; index < dimensions; index++) {
        this.bytes[base + index] = Math.round((vector[index] as number) * unit * toByte);
      }
      this.scales[documentNumber] = largest > 0 ? largest / 127 : 0;
    }
    if (this.present[documentNumber] !== 1) this.count++;
    this.present[documentNumber] = 1;
  }

  reserve(capacity: number): void {
    if (this.present.length >= capacity) return;
    const present = new Uint8Array(capacity);
    present.set(this.present);
    this.present = present;
    if (this.quantization === "float32") {
      const floats = new Float32Array(capacity * this.dimensions);
      floats.set(this.floats);
      this.floats = floats;
    } else {
      const bytes = new Int8Array(capacity * this.dimensions);
      bytes.set(this.bytes);
      this.bytes = bytes;
      const scales = new Float32Array(capacity);
      scales.set(this.scales);
      this.scales = scales;
    }
  }

  remove(documentNumber: number): void {
    if (this.present[documentNumber] !== 1) return;
    this.present[documentNumber] = 0;
    this.count--;
  }

  score(documentNumber: number, query: Float32Array): number {
    if (this.present[documentNumber] !== 1) return Number.NaN;
    return this.dot(documentNumber, query);
  }

  scoreMany(documentNumbers: ArrayLike<number>, query: Float32Array): Float64Array {
    const result = new Float64Array(documentNumbers.length);
    const nonZero = this.collectNonZero(query);
    for (let index = 0; index < documentNumbers.length; index++) {
      const document = documentNumbers[index] as number;
      result[index] = this.present[document] === 1 ? this.sparseDot(document, nonZero) : Number.NaN;
    }
    return result;
  }

  similarity(first: number, second: number): number {
    if (this.present[first] !== 1 || this.present[second] !== 1) return Number.NaN;
    const dimensions = this.dimensions;
    let sum = 0;
    if (this.quantization === "float32") {
      const a = first * dimensions;
      const b = second * dimensions;
      for (let index = 0; index < dimensions; index++) sum += (this.floats[a + index] as number) * (this.floats[b + index] as number);
      return sum;
    }
    const a = first * dimensions;
    const b = second * dimensions;
    for (let index = 0; index < dimensions; index++) sum += (this.bytes[a + index] as number) * (this.bytes[b + index] as number);
    return sum * (this.scales[first] as number) * (this.scales[second] as number);
  }

  search(query: Float32Array, options: { limit: number; accept?: (documentNumber: number) => boolean }): VectorMatches {
    if (query.length !== this.dimensions) {
      throw new InvalidArgumentError({
        argument: "query",
        message: `expected ${this.dimensions} dimensions, got ${query.length}.`,
      });
    }
    const top = new TopK(options.limit);
    const accept = options.accept;
    const capacity = this.present.length;
    const dimensions = this.dimensions;
    // Hashed and other sparse query vectors touch few dimensions: skipping the zeros cuts the work per vector.
    const nonZero = this.collectNonZero(query);
    const sparse = nonZero < dimensions / 2;
    const present = this.present;
    for (let document = 0; document < capacity; document++) {
      if (present[document] !== 1) continue;
      const score = sparse ? this.sparseDot(document, nonZero) : this.dot(document, query);
      if (score <= top.threshold) continue;
      if (accept !== undefined && !accept(document)) continue;
      top.offer(document, score);
    }
    const { items, scores } = top.drain();
    return { documentNumbers: items, scores };
  }

  exportState(): VectorIndexState {
    const capacity = this.present.length;
    const arrays: VectorIndexState["arrays"] = { present: this.present.slice() };
    if (this.quantization === "float32") arrays.floats = this.floats.slice(0, capacity * this.dimensions);
    else {
      arrays.bytes = this.bytes.slice(0, capacity * this.dimensions);
      arrays.scales = this.scales.slice(0, capacity);
    }
    return { kind: this.kind, dimensions: this.dimensions, arrays };
  }

  importState(state: VectorIndexState): void {
    const present = state.arrays.present;
    if (state.kind !== this.kind || state.dimensions !== this.dimensions || !(present instanceof Uint8Array)) {
      throw new InvalidArgumentError({
        argument: "state",
        message: `vector index state is ${state.kind}/${state.dimensions}, this index is ${this.kind}/${this.dimensions}.`,
      });
    }
    const capacity = present.length;
    const floats = state.arrays.floats;
    const bytes = state.arrays.bytes;
    const scales = state.arrays.scales;
    const vectorsValid =
      this.quantization === "float32"
        ? floats instanceof Float32Array && floats.length === capacity * this.dimensions
        : bytes instanceof Int8Array && bytes.length === capacity * this.dimensions && scales instanceof Float32Array && scales.length === capacity;
    if (!vectorsValid) {
      throw new InvalidArgumentError({ argument: "state", message: "vector index arrays do not match their lengths." });
    }
    this.present = present.slice();
    if (floats instanceof Float32Array) this.floats = floats.slice();
    if (bytes instanceof Int8Array) this.bytes = bytes.slice();
    if (scales instanceof Float32Array) this.scales = scales.slice();
    this.count = this.present.reduce((sum, flag) => sum + flag, 0);
  }

  /** Gathers the query's non-zero entries into the scratch arrays; returns how many there are. */
  private collectNonZero(query: Float32Array): number {
    let nonZero = 0;
    for (let index = 0; index < this.dimensions; index++) {
      const value = query[index] as number;
      if (value !== 0) {
        this.sparseIndices[nonZero] = index;
        this.sparseValues[nonZero++] = value;
      }
    }
    return nonZero;
  }

  private sparseDot(documentNumber: number, nonZero: number): number {
    const base = documentNumber * this.dimensions;
    const indices = this.sparseIndices;
    const values = this.sparseValues;
    let sum = 0;
    if (this.quantization === "int8") {
      const bytes = this.bytes;
      for (let index = 0; index < nonZero; index++) sum += (values[index] as number) * (bytes[base + (indices[index] as number)] as number);
      return sum * (this.scales[documentNumber] as number);
    }
    const floats = this.floats;
    for (let index = 0; index < nonZero; index++) sum += (values[index] as number) * (floats[base + (indices[index] as number)] as number);
    return sum;
  }

  private dot(documentNumber: number, query: Float32Array): number {
    const dimensions = this.dimensions;
    const base = documentNumber * dimensions;
    let sum = 0;
    if (this.quantization === "float32") {
      for (let index = 0; index < dimensions; index++) sum += (query[index] as number) * (this.floats[base + index] as number);
      return sum;
    }
    for (let index = 0; index < dimensions; index++) sum += (query[index] as number) * (this.bytes[base + index] as number);
    return sum * (this.scales[documentNumber] as number);
  }

  private ensureCapacity(capacity: number): void {
    if (this.present.length >= capacity) return;
    const grown = Math.max(capacity, Math.ceil(this.present.length * 1.5) + 64);
    this.present = ensureCapacity(this.present, grown, Uint8Array);
    if (this.quantization === "float32") this.floats = ensureCapacity(this.floats, grown * this.dimensions, Float32Array);
    else {
      this.bytes = ensureCapacity(this.bytes, grown * this.dimensions, Int8Array);
      this.scales = ensureCapacity(this.scales, grown, Float32Array);
    }
  }
}
