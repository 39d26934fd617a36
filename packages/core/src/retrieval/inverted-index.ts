import { ensureCapacity, GrowableUint32Array } from "./growable-array";

/** At most 8 text fields: each posting packs one 4-bit term frequency per field into a 32-bit word. */
export const maxTextFields = 8;
const maxFrequency = 15;

export type InvertedIndexOptions = {
  /** Weight of each field in BM25F, in field order. */
  fieldWeights: readonly number[];
  /** Length normalisation of each field (BM25 `b`), in field order. */
  fieldLengthNormalisation: readonly number[];
  /** BM25 term-frequency saturation. */
  k1: number;
};

/** Per-query scratch space, sized to the document capacity and reused between queries. */
export class ScoreAccumulator {
  scores = new Float32Array(0);
  /** How many query positions each touched document matched. */
  matchedPositions = new Uint8Array(0);
  touched = new GrowableUint32Array();
  slotScores = new Float32Array(0);
  slotTouched = new GrowableUint32Array();

  reset(capacity: number): void {
    if (this.scores.length < capacity) {
      this.scores = new Float32Array(capacity);
      this.slotScores = new Float32Array(capacity);
      this.matchedPositions = new Uint8Array(capacity);
    } else {
      const touched = this.touched.view();
      for (let index = 0; index < touched.length; index++) {
        const document = touched[index] as number;
        this.scores[document] = 0;
        this.matchedPositions[document] = 0;
      }
    }
    this.touched.length = 0;
  }
}

export type TermAlternative = { termId: number; weight: number };

export type InvertedIndexState = {
  terms: string[];
  arrays: {
    documentFrequency: Uint32Array;
    offsets: Uint32Array;
    postingDocuments: Uint32Array;
    postingFrequencies: Uint32Array;
    fieldLengths: Uint16Array;
    forwardOffsets: Uint32Array;
    forwardTerms: Uint32Array;
  };
};

/**
 * An inverted index for BM25F over up to eight weighted text fields, held in typed arrays:
 *
 * - a compacted segment in CSR form (`offsets` per term into parallel `postingDocuments` and
 *   `postingFrequencies` arrays: 8 bytes a posting, per-field frequencies packed 4 bits each);
 * - postings added since the last compaction, in per-term linked lists threaded through parallel arrays, so
 *   one added document never rewrites the segment;
 * - per-document field lengths and the document's distinct terms (to keep document frequencies exact on
 *   removal, and for term-overlap similarity).
 *
 * Removed documents stay in the postings until the next compaction and are skipped through `live`.
 */
export class InvertedIndex {
  private readonly fieldCount: number;
  private readonly weights: Float64Array;
  private readonly lengthNormalisation: Float64Array;
  private readonly k1: number;

  private readonly termIds = new Map<string, number>();
  private termTexts: string[] = [];
  private documentFrequency = new Uint32Array(1024);

  private offsets = new Uint32Array(1);
  private compactedTermCount = 0;
  private postingDocuments = new Uint32Array(0);
  private postingFrequencies = new Uint32Array(0);

  private pendingHead = new Int32Array(1024).fill(-1);
  private pendingNext = new Int32Array(1024);
  private pendingDocuments = new Uint32Array(1024);
  private pendingFrequencies = new Uint32Array(1024);
  private pendingCount = 0;
  private removedPostings = 0;

  private fieldLengths = new Uint16Array(0);
  private readonly fieldLengthSums: Float64Array;
  private live = new Uint8Array(0);
  private liveCount = 0;
  private forwardOffsets = new Uint32Array(0);
  private forwardCounts = new Uint32Array(0);
  private forwardTerms = new GrowableUint32Array(1024);
  private forwardGarbage = 0;

  private addStamp = 0;
  private termStamps = new Uint32Array(1024);
  private termSlots = new Uint32Array(1024);
  private readonly localTerms: number[] = [];
  private readonly localPacked: number[] = [];

  /** Terms by length, for typo lookups; built on first use and kept up to date after. */
  private termsByLength: Map<number, number[]> | undefined;

  constructor(options: InvertedIndexOptions) {
    this.fieldCount = options.fieldWeights.length;
    this.weights = Float64Array.from(options.fieldWeights);
    this.lengthNormalisation = Float64Array.from(options.fieldLengthNormalisation);
    this.k1 = options.k1;
    this.fieldLengthSums = new Float64Array(this.fieldCount);
  }

  get documentCount(): number {
    return this.liveCount;
  }

  get termCount(): number {
    return this.termTexts.length;
  }

  termId(term: string): number {
    return this.termIds.get(term) ?? -1;
  }

  termText(termId: number): string {
    return this.termTexts[termId] ?? "";
  }

  frequencyOf(termId: number): number {
    return termId < 0 ? 0 : (this.documentFrequency[termId] ?? 0);
  }

  isLive(documentNumber: number): boolean {
    return this.live[documentNumber] === 1;
  }

  /** Adds one document; `fieldTerms[field]` holds that field's analysed terms. The number must be unused. */
  add(documentNumber: number, fieldTerms: readonly (readonly string[])[]): void {
    this.ensureDocumentCapacity(documentNumber + 1);
    // Per-term stamps find a term's slot in this document's list without a Map per document.
    const stamp = ++this.addStamp;
    const localTerms = this.localTerms;
    const localPacked = this.localPacked;
    localTerms.length = 0;
    localPacked.length = 0;
    for (let field = 0; field < this.fieldCount; field++) {
      const terms = fieldTerms[field] ?? [];
      const length = Math.min(terms.length, 0xffff);
      this.fieldLengths[documentNumber * this.fieldCount + field] = length;
      this.fieldLengthSums[field] = (this.fieldLengthSums[field] as number) + length;
      const shift = field * 4;
      for (const term of terms) {
        const termId = this.internTerm(term);
        let slot: number;
        if (this.termStamps[termId] === stamp) slot = this.termSlots[termId] as number;
        else {
          slot = localTerms.length;
          this.termStamps[termId] = stamp;
          this.termSlots[termId] = slot;
          localTerms.push(termId);
          localPacked.push(0);
        }
        const packed = localPacked[slot] as number;
        if (((packed >>> shift) & maxFrequency) < maxFrequency) localPacked[slot] = packed + 2 ** shift;
      }
    }
    this.forwardOffsets[documentNumber] = this.forwardTerms.length;
    this.forwardCounts[documentNumber] = localTerms.length;
    for (let slot = 0; slot < localTerms.length; slot++) {
      const termId = localTerms[slot] as number;
      this.forwardTerms.push(termId);
      this.documentFrequency[termId] = (this.documentFrequency[termId] as number) + 1;
      this.appendPending(termId, documentNumber, (localPacked[slot] as number) >>> 0);
    }
    this.live[documentNumber] = 1;
    this.liveCount++;
  }

  remove(documentNumber: number): void {
    if (this.live[documentNumber] !== 1) return;
    this.live[documentNumber] = 0;
    this.liveCount--;
    for (let field = 0; field < this.fieldCount; field++) {
      const length = this.fieldLengths[documentNumber * this.fieldCount + field] as number;
      this.fieldLengthSums[field] = (this.fieldLengthSums[field] as number) - length;
    }
    const start = this.forwardOffsets[documentNumber] as number;
    const count = this.forwardCounts[documentNumber] as number;
    const terms = this.forwardTerms.values;
    for (let index = start; index < start + count; index++) {
      const termId = terms[index] as number;
      this.documentFrequency[termId] = (this.documentFrequency[termId] as number) - 1;
    }
    this.removedPostings += count;
    this.forwardGarbage += count;
  }

  /** The distinct term ids of a live document. */
  documentTerms(documentNumber: number): Uint32Array {
    if (this.live[documentNumber] !== 1) return new Uint32Array(0);
    const start = this.forwardOffsets[documentNumber] as number;
    return this.forwardTerms.values.subarray(start, start + (this.forwardCounts[documentNumber] as number));
  }

  /** Whether enough has changed since the last compaction that queries would gain from one. */
  needsCompaction(): boolean {
    const compacted = this.postingDocuments.length;
    return this.pendingCount > Math.max(4096, compacted / 8) || this.removedPostings > Math.max(4096, compacted / 4);
  }

  /** Merges pending postings into the compacted segment and drops removed documents' postings. */
  compact(): void {
    if (this.pendingCount === 0 && this.removedPostings === 0 && this.forwardGarbage === 0) return;
    const termCount = this.termTexts.length;
    const counts = new Uint32Array(termCount + 1);
    for (let termId = 0; termId < this.compactedTermCount; termId++) {
      for (let index = this.offsets[termId] as number; index < (this.offsets[termId + 1] as number); index++) {
        if (this.live[this.postingDocuments[index] as number] === 1) counts[termId + 1] = (counts[termId + 1] as number) + 1;
      }
    }
    for (let termId = 0; termId < termCount; termId++) {
      for (let index = this.pendingHead[termId] as number; index !== -1; index = this.pendingNext[index] as number) {
        if (this.live[this.pendingDocuments[index] as number] === 1) counts[termId + 1] = (counts[termId + 1] as number) + 1;
      }
    }
    for (let termId = 0; termId < termCount; termId++) counts[termId + 1] = (counts[termId + 1] as number) + (counts[termId] as number);
    const total = counts[termCount] as number;
    const documents = new Uint32Array(total);
    const frequencies = new Uint32Array(total);
    for (let termId = 0; termId < termCount; termId++) {
      let write = counts[termId] as number;
      if (termId < this.compactedTermCount) {
        for (let index = this.offsets[termId] as number; index < (this.offsets[termId + 1] as number); index++) {
          const document = this.postingDocuments[index] as number;
          if (this.live[document] !== 1) continue;
          documents[write] = document;
          frequencies[write++] = this.postingFrequencies[index] as number;
        }
      }
      // Pending lists run newest first; walking them backwards keeps postings in document order.
      const start = write;
      for (let index = this.pendingHead[termId] as number; index !== -1; index = this.pendingNext[index] as number) {
        const document = this.pendingDocuments[index] as number;
        if (this.live[document] !== 1) continue;
        documents[write] = document;
        frequencies[write++] = this.pendingFrequencies[index] as number;
      }
      documents.subarray(start, write).reverse();
      frequencies.subarray(start, write).reverse();
    }
    this.offsets = counts;
    this.compactedTermCount = termCount;
    this.postingDocuments = documents;
    this.postingFrequencies = frequencies;
    this.pendingHead.fill(-1);
    this.pendingCount = 0;
    this.removedPostings = 0;
    if (this.forwardGarbage > 0) this.compactForward();
    // Scratch space for pending postings shrinks back; the next bulk load grows it again.
    if (this.pendingDocuments.length > 65_536) {
      this.pendingNext = new Int32Array(1024);
      this.pendingDocuments = new Uint32Array(1024);
      this.pendingFrequencies = new Uint32Array(1024);
    }
  }

  /**
   * Adds the BM25F score of one query position to `accumulator.scores`. A position may be spelt several ways
   * (the query's own term, synonyms, typo corrections); a document scores by its best-matching alternative,
   * so matching two spellings of one word does not count twice.
   */
  scorePosition(alternatives: readonly TermAlternative[], accumulator: ScoreAccumulator): void {
    const documentTotal = Math.max(1, this.liveCount);
    const fieldCount = this.fieldCount;
    const lengthFactors = new Float64Array(fieldCount);
    const baseFactors = new Float64Array(fieldCount);
    for (let field = 0; field < fieldCount; field++) {
      const average = (this.fieldLengthSums[field] as number) / documentTotal;
      const b = this.lengthNormalisation[field] as number;
      baseFactors[field] = 1 - b;
      lengthFactors[field] = average > 0 ? b / average : 0;
    }
    const single = alternatives.length === 1;
    const slot = single ? accumulator.scores : accumulator.slotScores;
    const slotTouched = single ? accumulator.touched : accumulator.slotTouched;
    if (!single) accumulator.slotTouched.length = 0;
    const k1 = this.k1;
    const matchedPositions = accumulator.matchedPositions;
    const weights = this.weights;
    const fieldLengths = this.fieldLengths;
    const live = this.live;

    const scorePosting = (document: number, packed: number, factor: number) => {
      if (live[document] !== 1) return;
      let pseudoFrequency = 0;
      const lengthBase = document * fieldCount;
      for (let field = 0; packed !== 0; field++, packed >>>= 4) {
        const frequency = packed & maxFrequency;
        if (frequency === 0) continue;
        const norm = (baseFactors[field] as number) + (lengthFactors[field] as number) * (fieldLengths[lengthBase + field] as number);
        pseudoFrequency += ((weights[field] as number) * frequency) / (norm > 0 ? norm : 1);
      }
      const score = (factor * pseudoFrequency) / (pseudoFrequency + k1);
      const previous = slot[document] as number;
      if (single) {
        if (previous === 0) slotTouched.push(document);
        slot[document] = previous + score;
        if (matchedPositions[document] !== 255) matchedPositions[document] = (matchedPositions[document] as number) + 1;
      } else if (previous === 0) {
        slotTouched.push(document);
        slot[document] = score;
      } else if (score > previous) {
        slot[document] = score;
      }
    };

    for (const { termId, weight } of alternatives) {
      const frequency = this.frequencyOf(termId);
      if (frequency === 0) continue;
      const idf = Math.log(1 + (documentTotal - frequency + 0.5) / (frequency + 0.5));
      const factor = weight * idf * (k1 + 1);
      if (termId < this.compactedTermCount) {
        const end = this.offsets[termId + 1] as number;
        for (let index = this.offsets[termId] as number; index < end; index++) {
          scorePosting(this.postingDocuments[index] as number, this.postingFrequencies[index] as number, factor);
        }
      }
      for (let index = this.pendingHead[termId] ?? -1; index !== -1; index = this.pendingNext[index] as number) {
        scorePosting(this.pendingDocuments[index] as number, this.pendingFrequencies[index] as number, factor);
      }
    }

    if (single) return;
    const touched = accumulator.slotTouched.view();
    const scores = accumulator.scores;
    for (let index = 0; index < touched.length; index++) {
      const document = touched[index] as number;
      const score = slot[document] as number;
      slot[document] = 0;
      if (scores[document] === 0) accumulator.touched.push(document);
      if (matchedPositions[document] !== 255) matchedPositions[document] = (matchedPositions[document] as number) + 1;
      scores[document] = (scores[document] as number) + score;
    }
  }

  /** Terms of one length, for typo lookups. */
  termsOfLength(length: number): readonly number[] {
    if (this.termsByLength === undefined) {
      this.termsByLength = new Map();
      for (let termId = 0; termId < this.termTexts.length; termId++) this.indexTermLength(termId);
    }
    return this.termsByLength.get(length) ?? [];
  }

  /** The index for document numbers below `documentCapacity` (the engine's next unused number). */
  exportState(documentCapacity: number): InvertedIndexState {
    this.compact();
    this.ensureDocumentCapacity(documentCapacity);
    // The forward index is rewritten without gaps so the state holds no garbage.
    const forwardOffsets = new Uint32Array(documentCapacity + 1);
    for (let document = 0; document < documentCapacity; document++) {
      forwardOffsets[document + 1] = (forwardOffsets[document] as number) + (this.live[document] === 1 ? (this.forwardCounts[document] as number) : 0);
    }
    const forwardTerms = new Uint32Array(forwardOffsets[documentCapacity] as number);
    for (let document = 0; document < documentCapacity; document++) {
      if (this.live[document] === 1) forwardTerms.set(this.documentTerms(document), forwardOffsets[document] as number);
    }
    return {
      terms: [...this.termTexts],
      arrays: {
        documentFrequency: this.documentFrequency.slice(0, this.termTexts.length),
        offsets: this.offsets.slice(0, this.compactedTermCount + 1),
        postingDocuments: this.postingDocuments,
        postingFrequencies: this.postingFrequencies,
        fieldLengths: this.fieldLengths.slice(0, documentCapacity * this.fieldCount),
        forwardOffsets,
        forwardTerms,
      },
    };
  }

  /** Replaces this (empty) index's content; `live` marks which document numbers are in use. */
  importState(state: InvertedIndexState, live: Uint8Array): void {
    const { arrays } = state;
    this.termTexts = [...state.terms];
    this.termIds.clear();
    this.termTexts.forEach((term, termId) => this.termIds.set(term, termId));
    this.termsByLength = undefined;
    const termCount = this.termTexts.length;
    this.documentFrequency = ensureCapacity(arrays.documentFrequency.slice(), termCount, Uint32Array);
    this.offsets = arrays.offsets.slice();
    this.compactedTermCount = this.offsets.length - 1;
    this.postingDocuments = arrays.postingDocuments.slice();
    this.postingFrequencies = arrays.postingFrequencies.slice();
    this.pendingHead = new Int32Array(Math.max(1024, termCount)).fill(-1);
    this.termStamps = new Uint32Array(Math.max(1024, termCount));
    this.termSlots = new Uint32Array(Math.max(1024, termCount));
    this.pendingCount = 0;
    this.removedPostings = 0;
    const documentCapacity = live.length;
    this.live = new Uint8Array(0);
    this.ensureDocumentCapacity(documentCapacity);
    this.live.set(live);
    this.liveCount = live.reduce((sum, flag) => sum + flag, 0);
    this.fieldLengths.set(arrays.fieldLengths);
    this.fieldLengthSums.fill(0);
    for (let document = 0; document < documentCapacity; document++) {
      if (live[document] !== 1) continue;
      for (let field = 0; field < this.fieldCount; field++) {
        this.fieldLengthSums[field] = (this.fieldLengthSums[field] as number) + (this.fieldLengths[document * this.fieldCount + field] as number);
      }
    }
    this.forwardTerms = new GrowableUint32Array(Math.max(16, arrays.forwardTerms.length));
    this.forwardTerms.values.set(arrays.forwardTerms);
    this.forwardTerms.length = arrays.forwardTerms.length;
    for (let document = 0; document < documentCapacity; document++) {
      this.forwardOffsets[document] = arrays.forwardOffsets[document] as number;
      this.forwardCounts[document] = (arrays.forwardOffsets[document + 1] as number) - (arrays.forwardOffsets[document] as number);
    }
    this.forwardGarbage = 0;
  }

  /** Approximate bytes held by the index's arrays, for capacity planning. */
  byteSize(): number {
    return (
      this.documentFrequency.byteLength +
      this.offsets.byteLength +
      this.postingDocuments.byteLength +
      this.postingFrequencies.byteLength +
      this.pendingHead.byteLength +
      this.pendingNext.byteLength +
      this.pendingDocuments.byteLength +
      this.pendingFrequencies.byteLength +
      this.fieldLengths.byteLength +
      this.live.byteLength +
      this.forwardOffsets.byteLength +
      this.forwardCounts.byteLength +
      this.forwardTerms.values.byteLength
    );
  }

  private internTerm(term: string): number {
    let termId = this.termIds.get(term);
    if (termId === undefined) {
      termId = this.termTexts.length;
      this.termIds.set(term, termId);
      this.termTexts.push(term);
      this.documentFrequency = ensureCapacity(this.documentFrequency, termId + 1, Uint32Array);
      this.pendingHead = ensureCapacity(this.pendingHead, termId + 1, Int32Array, -1);
      this.termStamps = ensureCapacity(this.termStamps, termId + 1, Uint32Array);
      this.termSlots = ensureCapacity(this.termSlots, termId + 1, Uint32Array);
      if (this.termsByLength !== undefined) this.indexTermLength(termId);
    }
    return termId;
  }

  private indexTermLength(termId: number): void {
    const length = (this.termTexts[termId] as string).length;
    const bucket = this.termsByLength?.get(length);
    if (bucket === undefined) this.termsByLength?.set(length, [termId]);
    else bucket.push(termId);
  }

  private appendPending(termId: number, documentNumber: number, packed: number): void {
    const index = this.pendingCount++;
    if (index >= this.pendingDocuments.length) {
      this.pendingNext = ensureCapacity(this.pendingNext, index + 1, Int32Array);
      this.pendingDocuments = ensureCapacity(this.pendingDocuments, index + 1, Uint32Array);
      this.pendingFrequencies = ensureCapacity(this.pendingFrequencies, index + 1, Uint32Array);
    }
    this.pendingDocuments[index] = documentNumber;
    this.pendingFrequencies[index] = packed;
    this.pendingNext[index] = this.pendingHead[termId] as number;
    this.pendingHead[termId] = index;
  }

  private ensureDocumentCapacity(capacity: number): void {
    if (this.live.length >= capacity) return;
    const grown = Math.max(capacity, Math.ceil(this.live.length * 1.5) + 16);
    this.live = ensureCapacity(this.live, grown, Uint8Array);
    this.fieldLengths = ensureCapacity(this.fieldLengths, grown * this.fieldCount, Uint16Array);
    this.forwardOffsets = ensureCapacity(this.forwardOffsets, grown, Uint32Array);
    this.forwardCounts = ensureCapacity(this.forwardCounts, grown, Uint32Array);
  }

  private compactForward(): void {
    const compacted = new GrowableUint32Array(Math.max(16, this.forwardTerms.length - this.forwardGarbage));
    for (let document = 0; document < this.live.length; document++) {
      if (this.live[document] !== 1) {
        this.forwardCounts[document] = 0;
        continue;
      }
      const start = this.forwardOffsets[document] as number;
      const count = this.forwardCounts[document] as number;
      this.forwardOffsets[document] = compacted.length;
      for (let index = start; index < start + count; index++) compacted.push(this.forwardTerms.values[index] as number);
    }
    this.forwardTerms = compacted;
    this.forwardGarbage = 0;
  }
}
