type TypedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array | Int8Array;
type TypedArrayConstructor<Array extends TypedArray> = { new (length: number): Array };

/**
 * Grows a typed array to hold at least `length` elements, doubling so that appends stay amortised O(1).
 * Returns the same array when it is large enough.
 */
export function ensureCapacity<Array extends TypedArray>(
  array: Array,
  length: number,
  constructor: TypedArrayConstructor<Array>,
  fill?: number,
): Array {
  if (array.length >= length) return array;
  const grown = new constructor(Math.max(length, Math.ceil(array.length * 1.5) + 16));
  grown.set(array);
  if (fill !== undefined && fill !== 0) grown.fill(fill, array.length);
  return grown;
}

/** An append-only list of unsigned 32-bit integers in one typed array. */
export class GrowableUint32Array {
  values: Uint32Array;
  length = 0;

  constructor(capacity = 16) {
    this.values = new Uint32Array(capacity);
  }

  push(value: number): number {
    if (this.length === this.values.length) this.values = ensureCapacity(this.values, this.length + 1, Uint32Array);
    this.values[this.length] = value;
    return this.length++;
  }

  /** The used part, without copying. */
  view(): Uint32Array {
    return this.values.subarray(0, this.length);
  }
}
