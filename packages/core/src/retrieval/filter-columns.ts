import { InvalidArgumentError } from "../errors/invalid-argument-error";
import { ensureCapacity } from "./growable-array";

export type FilterFieldKind = "number" | "keyword" | "boolean";

export type FilterValue = string | number | boolean;

export type FilterColumnState = {
  kind: FilterFieldKind;
  dictionary: string[];
  arrays: { offsets: Uint32Array; counts: Uint32Array; values: Float64Array };
};

/**
 * The values of one filterable field for every document, in typed arrays. A document may hold several
 * values (a product's variant prices, its tags): `offsets` and `counts` point into one shared `values` array.
 * Keywords are stored as numbers from a per-field dictionary, booleans as 0 and 1. Updating a document
 * appends its new values; `compact` reclaims the old ones.
 */
export class FilterColumn {
  private offsets = new Uint32Array(0);
  private counts = new Uint32Array(0);
  private values = new Float64Array(256);
  private used = 0;
  private garbage = 0;
  private readonly dictionary: string[] = [];
  private readonly dictionaryIds = new Map<string, number>();

  constructor(
    readonly name: string,
    readonly kind: FilterFieldKind,
  ) {}

  set(documentNumber: number, raw: unknown): void {
    this.clear(documentNumber);
    if (raw === undefined || raw === null) return;
    const list = Array.isArray(raw) ? (raw as unknown[]) : [raw];
    const encoded: number[] = [];
    for (const value of list) {
      if (value === undefined || value === null) continue;
      encoded.push(this.encode(value, true));
    }
    if (encoded.length === 0) return;
    this.values = ensureCapacity(this.values, this.used + encoded.length, Float64Array);
    this.offsets[documentNumber] = this.used;
    this.counts[documentNumber] = encoded.length;
    for (const value of encoded) this.values[this.used++] = value;
  }

  clear(documentNumber: number): void {
    this.ensureDocumentCapacity(documentNumber + 1);
    this.garbage += this.counts[documentNumber] as number;
    this.counts[documentNumber] = 0;
  }

  /** The stored values of one document (keyword ids for keywords). */
  valuesOf(documentNumber: number): Float64Array {
    const count = this.counts[documentNumber] ?? 0;
    const start = this.offsets[documentNumber] ?? 0;
    return this.values.subarray(start, start + count);
  }

  /**
   * The stored number for a query value, or `undefined` when no document can hold it (an unseen keyword).
   * Throws when the value has the wrong type for the field.
   */
  lookup(value: FilterValue): number | undefined {
    if (this.kind === "keyword" && typeof value === "string") return this.dictionaryIds.get(value);
    return this.encode(value, false);
  }

  keywordOf(id: number): string {
    return this.dictionary[id] ?? "";
  }

  /** Decodes a stored value for facet output. */
  decode(stored: number): FilterValue {
    if (this.kind === "keyword") return this.keywordOf(stored);
    if (this.kind === "boolean") return stored === 1;
    return stored;
  }

  compact(documentCapacity: number): void {
    if (this.garbage === 0) return;
    const values = new Float64Array(Math.max(256, this.used - this.garbage));
    let write = 0;
    for (let document = 0; document < Math.min(documentCapacity, this.counts.length); document++) {
      const count = this.counts[document] as number;
      if (count === 0) continue;
      const start = this.offsets[document] as number;
      values.set(this.values.subarray(start, start + count), write);
      this.offsets[document] = write;
      write += count;
    }
    this.values = values;
    this.used = write;
    this.garbage = 0;
  }

  needsCompaction(): boolean {
    return this.garbage > Math.max(4096, this.used / 2);
  }

  exportState(documentCapacity: number): FilterColumnState {
    this.compact(documentCapacity);
    return {
      kind: this.kind,
      dictionary: [...this.dictionary],
      arrays: {
        offsets: this.offsets.slice(0, documentCapacity),
        counts: this.counts.slice(0, documentCapacity),
        values: this.values.slice(0, this.used),
      },
    };
  }

  importState(state: FilterColumnState): void {
    const { offsets, counts, values } = state.arrays;
    if (state.kind !== this.kind || offsets.length !== counts.length) {
      throw new InvalidArgumentError({ argument: "state", message: `filter field '${this.name}' does not match.` });
    }
    for (let document = 0; document < counts.length; document++) {
      if ((offsets[document] as number) + (counts[document] as number) > values.length) {
        throw new InvalidArgumentError({ argument: "state", message: `filter field '${this.name}' is truncated.` });
      }
    }
    this.offsets = offsets.slice();
    this.counts = counts.slice();
    this.values = values.length > 0 ? values.slice() : new Float64Array(256);
    this.used = values.length;
    this.garbage = 0;
    this.dictionary.length = 0;
    this.dictionaryIds.clear();
    for (const keyword of state.dictionary) {
      this.dictionaryIds.set(keyword, this.dictionary.length);
      this.dictionary.push(keyword);
    }
  }

  private encode(value: unknown, intern: boolean): number {
    switch (this.kind) {
      case "number":
        if (typeof value === "number" && Number.isFinite(value)) return value;
        break;
      case "boolean":
        if (typeof value === "boolean") return value ? 1 : 0;
        break;
      case "keyword":
        if (typeof value === "string") {
          let id = this.dictionaryIds.get(value);
          if (id === undefined) {
            if (!intern) return -1;
            id = this.dictionary.length;
            this.dictionaryIds.set(value, id);
            this.dictionary.push(value);
          }
          return id;
        }
        break;
    }
    throw new InvalidArgumentError({
      argument: this.name,
      message: `filter field '${this.name}' holds ${this.kind} values, got ${JSON.stringify(value)}.`,
    });
  }

  private ensureDocumentCapacity(capacity: number): void {
    if (this.counts.length >= capacity) return;
    this.offsets = ensureCapacity(this.offsets, capacity, Uint32Array);
    this.counts = ensureCapacity(this.counts, this.offsets.length, Uint32Array);
  }
}
