import { z } from "zod";
import { InvalidArgumentError } from "../errors/invalid-argument-error";
import type { EmbeddingModel } from "../spec";
import { mapConcurrent } from "../util/map-concurrent";
import { parseSettings } from "../util/parse-settings";
import { createTextAnalyzer, type TextAnalyzer } from "./analyzer";
import { packContainer, type StoredArray, unpackContainer } from "./binary-container";
import { FilterColumn, type FilterColumnState, type FilterFieldKind } from "./filter-columns";
import { compileFilter, type DocumentPredicate } from "./filters";
import { fuseScores } from "./fusion";
import { InvertedIndex, ScoreAccumulator } from "./inverted-index";
import { selectDiverse } from "./mmr";
import { QueryPlanner } from "./query-planner";
import { createStemmer } from "./stemmers";
import {
  type ParsedSearchEngineSettings,
  type SearchEngineSettings,
  searchEngineSettingsSchema,
} from "./search-engine-settings";
import type { FacetCount, SearchDocument, SearchHit, SearchRequest, SearchResult } from "./search-types";
import { TopK } from "./top-k";
import { createFlatVectorIndex, type VectorIndex } from "./vector-index";

export type SearchEngineStats = {
  documents: number;
  terms: number;
  vectors: number;
  /** Bytes held by the index arrays (not counting the term dictionary's strings and the id map). */
  indexBytes: number;
};

export type AddDocumentsOptions = {
  abortSignal?: AbortSignal;
  onProgress?: (progress: { added: number; total: number }) => void;
};

export type SearchEngine = {
  readonly size: number;
  /** Indexes documents; a document whose id is already indexed replaces the old one. */
  add(documents: readonly SearchDocument[], options?: AddDocumentsOptions): Promise<void>;
  /** Removes documents by id; returns how many were indexed. */
  remove(ids: readonly string[]): number;
  has(id: string): boolean;
  search(request: SearchRequest): Promise<SearchResult>;
  /** Folds recent changes into the compact segment now instead of at the next search that needs it. */
  optimize(): void;
  /** The whole index as a versioned binary snapshot, for a store to persist. */
  exportState(): Uint8Array;
  /** Replaces the index with a snapshot made by an engine with the same fields, analysis and embedding model. */
  importState(state: Uint8Array): void;
  stats(): SearchEngineStats;
};

const stateFormat = "aisle-search-index";
const stateVersion = 1;

const stateMetaSchema = z.object({
  format: z.literal(stateFormat),
  version: z.literal(stateVersion),
  fingerprint: z.string(),
  documentIds: z.array(z.string().nullable()),
  terms: z.array(z.string()),
  filterColumns: z.record(z.string(), z.object({ kind: z.enum(["number", "keyword", "boolean"]), dictionary: z.array(z.string()) })),
  vector: z.object({ kind: z.string(), dimensions: z.number().int().positive(), arrays: z.array(z.string()) }).nullable(),
});

const defaultLimit = 10;
const defaultFacetLimit = 20;
const defaultRerankDepth = 50;
const defaultDiversityCandidates = 50;

/**
 * Creates an in-memory hybrid search engine: BM25F over weighted text fields with stemming, unit
 * normalisation, synonyms and typo tolerance, plus optional vector search with any `EmbeddingModel`, fused
 * into one ranking; structured filters, facets, diversity and a rerank hook on request.
 */
export function createSearchEngine(settings: SearchEngineSettings): SearchEngine {
  const parsed = parseSettings("search engine", searchEngineSettingsSchema, settings);
  return new HybridSearchEngine(parsed);
}

class HybridSearchEngine implements SearchEngine {
  private readonly fieldNames: string[];
  private readonly analyzer: TextAnalyzer;
  private index: InvertedIndex;
  private planner: QueryPlanner;
  private readonly accumulator = new ScoreAccumulator();
  private columns = new Map<string, FilterColumn>();
  private vectorIndex: VectorIndex | undefined;
  private readonly embeddingModel: EmbeddingModel | undefined;
  private readonly embeddingFieldIndices: number[];
  private readonly fullStem: (term: string) => string;
  private readonly idToNumber = new Map<string, number>();
  private numberToId: (string | undefined)[] = [];
  private nextNumber = 0;

  constructor(private readonly settings: ParsedSearchEngineSettings) {
    this.fieldNames = Object.keys(settings.fields);
    this.analyzer = createTextAnalyzer({
      language: settings.language,
      stemming: settings.stemming,
      removeStopwords: settings.removeStopwords,
    });
    this.fullStem = createStemmer(settings.language, "snowball");
    this.index = this.createIndex();
    this.planner = this.createPlanner();
    this.columns = this.createColumns();
    this.embeddingModel = settings.embedding?.model;
    const embeddingFields = settings.embedding?.fields ?? this.fieldNames;
    this.embeddingFieldIndices = embeddingFields.map((field) => this.fieldNames.indexOf(field));
    if (this.embeddingModel?.dimensions !== undefined) this.vectorIndex = this.createVectorIndex(this.embeddingModel.dimensions);
  }

  get size(): number {
    return this.index.documentCount;
  }

  has(id: string): boolean {
    return this.idToNumber.has(id);
  }

  async add(documents: readonly SearchDocument[], options: AddDocumentsOptions = {}): Promise<void> {
    const model = this.embeddingModel;
    const batchSize = this.settings.embedding?.batchSize ?? model?.maxEmbeddingsPerCall ?? 512;
    const batches: SearchDocument[][] = [];
    for (let start = 0; start < documents.length; start += Math.min(batchSize, 2048)) {
      batches.push(documents.slice(start, start + Math.min(batchSize, 2048)));
    }
    for (const document of documents) this.validateDocument(document);
    this.reserve(documents.length);
    let added = 0;
    const concurrency = model?.supportsParallelCalls === false ? 1 : (this.settings.embedding?.concurrency ?? 2);
    // Batches are embedded a few at a time but applied in input order (a repeated id: the last one wins), each
    // synchronously, so a search running between two batches sees whole documents only.
    const applied = batches.map(() => createSignal());
    let failed = false;
    await mapConcurrent(batches, concurrency, async (batch, batchIndex) => {
      try {
        options.abortSignal?.throwIfAborted();
        const vectors = model === undefined ? undefined : await this.embedDocuments(model, batch, options.abortSignal);
        if (batchIndex > 0) await applied[batchIndex - 1]?.promise;
        if (failed) return;
        options.abortSignal?.throwIfAborted();
        this.checkVectorLengths(vectors);
        for (let index = 0; index < batch.length; index++) this.apply(batch[index] as SearchDocument, vectors?.[index]);
        added += batch.length;
        options.onProgress?.({ added, total: documents.length });
      } catch (error) {
        failed = true;
        throw error;
      } finally {
        applied[batchIndex]?.resolve();
      }
    });
    if (this.index.needsCompaction()) this.optimize();
  }

  /** Refuses a batch with vectors of mixed or wrong length before any of it is applied. */
  private checkVectorLengths(vectors: readonly (ArrayLike<number> | undefined)[] | undefined): void {
    if (vectors === undefined) return;
    let expected = this.vectorIndex?.dimensions;
    for (const vector of vectors) {
      if (vector === undefined) continue;
      expected ??= vector.length;
      if (vector.length !== expected) {
        throw new InvalidArgumentError({ argument: "documents", message: `vectors must have ${expected} dimensions, got ${vector.length}.` });
      }
    }
  }

  remove(ids: readonly string[]): number {
    let removed = 0;
    for (const id of ids) {
      const number = this.idToNumber.get(id);
      if (number === undefined) continue;
      this.removeNumber(number);
      removed++;
    }
    return removed;
  }

  optimize(): void {
    this.index.compact();
    for (const column of this.columns.values()) column.compact(this.nextNumber);
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const limit = request.limit ?? defaultLimit;
    const offset = request.offset ?? 0;
    if (!Number.isInteger(limit) || limit < 0) throw new InvalidArgumentError({ argument: "limit", message: `must be a non-negative integer, got ${limit}.` });
    if (!Number.isInteger(offset) || offset < 0) throw new InvalidArgumentError({ argument: "offset", message: `must be a non-negative integer, got ${offset}.` });
    const mode = request.mode ?? (this.embeddingModel === undefined ? "lexical" : "hybrid");
    if (mode !== "lexical" && this.embeddingModel === undefined) {
      throw new InvalidArgumentError({ argument: "mode", message: `'${mode}' search needs an embedding model in the engine settings.` });
    }
    if (this.index.needsCompaction()) this.optimize();
    const predicate = request.filter === undefined ? undefined : compileFilter(request.filter, this.columns);
    const facetRequests = this.facetRequests(request);
    const rerank = request.rerank === null ? undefined : (request.rerank ?? this.settings.rerank);
    const rerankDepth = rerank === undefined ? 0 : (request.rerankDepth ?? defaultRerankDepth);
    const diversityDepth = request.diversity === undefined ? 0 : (request.diversity.candidates ?? defaultDiversityCandidates);
    const depth = Math.max(limit + offset, rerankDepth, diversityDepth);

    const queryText = request.query.trim();
    if (queryText === "" || (mode === "lexical" && this.planner.terms(queryText).length === 0)) {
      return queryText === "" ? this.browse(predicate, limit, offset, facetRequests) : { hits: [], total: 0, ...(facetRequests.length > 0 ? { facets: {} } : {}) };
    }

    let ranked: RankedHit[];
    const matched: number[] = [];
    if (mode === "lexical") {
      this.scoreLexical(queryText);
      const top = new TopK(depth);
      this.collectLexicalMatches(predicate, matched, top);
      const { items, scores } = top.drain();
      ranked = Array.from(items, (documentNumber, index) => ({ documentNumber, score: scores[index] as number, lexicalScore: scores[index] as number }));
    } else {
      const queryVector = await this.embedQuery(queryText, request.abortSignal);
      const vectorIndex = this.vectorIndex;
      if (vectorIndex === undefined) return { hits: [], total: 0 };
      const fusion = { ...this.settings.fusion, ...request.fusion };
      const candidateCount = Math.max(depth, fusion.candidates);
      const search = (limit: number) => vectorIndex.search(queryVector, { limit, ...(predicate === undefined ? {} : { accept: predicate }) });
      if (mode === "vector") {
        const vectorMatches = search(candidateCount);
        ranked = Array.from(vectorMatches.documentNumbers, (documentNumber, index) => ({
          documentNumber,
          score: vectorMatches.scores[index] as number,
          vectorScore: vectorMatches.scores[index] as number,
        }));
        matched.push(...vectorMatches.documentNumbers);
      } else {
        this.scoreLexical(queryText);
        const rescoring = fusion.vectorSearch === "rescore";
        const lexicalTop = new TopK(rescoring ? Math.max(candidateCount, fusion.rescoreDepth) : candidateCount);
        this.collectLexicalMatches(predicate, matched, lexicalTop);
        const scores = this.accumulator.scores;
        const lexicalItems = Array.from(lexicalTop.drain().items);
        const vectorOfLexical = vectorIndex.scoreMany?.(lexicalItems, queryVector) ?? Float64Array.from(lexicalItems, (documentNumber) => vectorIndex.score(documentNumber, queryVector));
        const documents = lexicalItems;
        const vectorScores = Array.from(vectorOfLexical, (score) => score || 0);
        // Rescoring skips the scan of every vector when the lexical side already found enough candidates; with
        // few lexical matches (misspellings, other words) the vector side still searches everything.
        if (!rescoring || matched.length < candidateCount) {
          const inLexical = new Set(lexicalItems);
          const vectorMatches = search(candidateCount);
          vectorMatches.documentNumbers.forEach((documentNumber, index) => {
            if (inLexical.has(documentNumber)) return;
            matched.push(documentNumber);
            documents.push(documentNumber);
            vectorScores.push(vectorMatches.scores[index] as number);
          });
        }
        const lexicalScores = Float64Array.from(documents, (documentNumber) => scores[documentNumber] as number);
        const fused = fuseScores({ lexicalScores, vectorScores: Float64Array.from(vectorScores) }, fusion);
        const top = new TopK(depth);
        fused.forEach((score, index) => top.offer(index, score));
        const best = top.drain();
        ranked = Array.from(best.items, (index, position) => ({
          documentNumber: documents[index] as number,
          score: best.scores[position] as number,
          lexicalScore: lexicalScores[index] as number,
          vectorScore: vectorScores[index] as number,
        }));
      }
    }

    let hits = ranked.map((hit) => this.toHit(hit));
    if (rerank !== undefined && hits.length > 0) hits = await this.rerank(rerank, queryText, hits, rerankDepth);
    if (request.diversity !== undefined) hits = this.diversify(hits, request.diversity.lambda, diversityDepth, limit + offset);
    const result: SearchResult = {
      hits: hits.slice(offset, offset + limit).map(({ documentNumber: _documentNumber, ...hit }) => hit),
      total: matched.length,
    };
    if (facetRequests.length > 0) result.facets = this.countFacets(matched, facetRequests);
    return result;
  }

  exportState(): Uint8Array {
    this.optimize();
    const indexState = this.index.exportState(this.nextNumber);
    const arrays = new Map<string, StoredArray>();
    for (const [name, array] of Object.entries(indexState.arrays)) arrays.set(`index.${name}`, array);
    const filterColumns: Record<string, { kind: FilterFieldKind; dictionary: string[] }> = {};
    for (const [name, column] of this.columns) {
      const state = column.exportState(this.nextNumber);
      filterColumns[name] = { kind: state.kind, dictionary: state.dictionary };
      for (const [arrayName, array] of Object.entries(state.arrays)) arrays.set(`filter.${name}.${arrayName}`, array);
    }
    let vector: z.infer<typeof stateMetaSchema>["vector"] = null;
    if (this.vectorIndex !== undefined) {
      const state = this.vectorIndex.exportState();
      vector = { kind: state.kind, dimensions: state.dimensions, arrays: Object.keys(state.arrays) };
      for (const [name, array] of Object.entries(state.arrays)) arrays.set(`vector.${name}`, array);
    }
    const meta: z.infer<typeof stateMetaSchema> = {
      format: stateFormat,
      version: stateVersion,
      fingerprint: this.fingerprint(),
      documentIds: Array.from({ length: this.nextNumber }, (_, number) => this.numberToId[number] ?? null),
      terms: indexState.terms,
      filterColumns,
      vector,
    };
    return packContainer(meta, arrays);
  }

  importState(state: Uint8Array): void {
    const { meta, arrays } = unpackContainer(state);
    const parsed = stateMetaSchema.safeParse(meta);
    if (!parsed.success) {
      throw new InvalidArgumentError({ argument: "state", message: `not a version ${stateVersion} ${stateFormat} snapshot (${parsed.error.message}).` });
    }
    const snapshot = parsed.data;
    if (snapshot.fingerprint !== this.fingerprint()) {
      throw new InvalidArgumentError({
        argument: "state",
        message: `the snapshot was made with other fields, analysis or embedding model (${snapshot.fingerprint}) than this engine (${this.fingerprint()}).`,
      });
    }
    const take = <Array extends StoredArray>(name: string, constructor: new (...args: never[]) => Array): Array => {
      const array = arrays.get(name);
      if (!(array instanceof constructor)) throw new InvalidArgumentError({ argument: "state", message: `section '${name}' is missing or has the wrong type.` });
      return array;
    };
    const documentCapacity = snapshot.documentIds.length;
    const live = new Uint8Array(documentCapacity);
    snapshot.documentIds.forEach((id, number) => {
      if (id !== null) live[number] = 1;
    });
    const index = this.createIndex();
    const indexArrays = {
      documentFrequency: take("index.documentFrequency", Uint32Array),
      offsets: take("index.offsets", Uint32Array),
      postingDocuments: take("index.postingDocuments", Uint32Array),
      postingFrequencies: take("index.postingFrequencies", Uint32Array),
      fieldLengths: take("index.fieldLengths", Uint16Array),
      forwardOffsets: take("index.forwardOffsets", Uint32Array),
      forwardTerms: take("index.forwardTerms", Uint32Array),
    };
    validateIndexArrays(indexArrays, snapshot.terms.length, documentCapacity, this.fieldNames.length);
    index.importState({ terms: snapshot.terms, arrays: indexArrays }, live);
    const columns = this.createColumns();
    for (const [name, column] of columns) {
      const stored = snapshot.filterColumns[name];
      if (stored === undefined) throw new InvalidArgumentError({ argument: "state", message: `filter field '${name}' is missing.` });
      const columnState: FilterColumnState = {
        kind: stored.kind,
        dictionary: stored.dictionary,
        arrays: {
          offsets: take(`filter.${name}.offsets`, Uint32Array),
          counts: take(`filter.${name}.counts`, Uint32Array),
          values: take(`filter.${name}.values`, Float64Array),
        },
      };
      column.importState(columnState);
    }
    let vectorIndex: VectorIndex | undefined;
    if (snapshot.vector !== null) {
      vectorIndex = this.createVectorIndex(snapshot.vector.dimensions);
      const vectorArrays: Record<string, Uint8Array | Int8Array | Float32Array | Uint32Array> = {};
      for (const name of snapshot.vector.arrays) {
        const array = arrays.get(`vector.${name}`);
        if (array instanceof Uint8Array || array instanceof Int8Array || array instanceof Float32Array || array instanceof Uint32Array) vectorArrays[name] = array;
      }
      vectorIndex.importState({ kind: snapshot.vector.kind, dimensions: snapshot.vector.dimensions, arrays: vectorArrays });
    }
    // Only now that every part has been read is the engine's state replaced.
    this.index = index;
    this.planner = this.createPlanner();
    this.columns = columns;
    this.vectorIndex = vectorIndex ?? (this.embeddingModel?.dimensions === undefined ? undefined : this.createVectorIndex(this.embeddingModel.dimensions));
    this.idToNumber.clear();
    this.numberToId = snapshot.documentIds.map((id) => id ?? undefined);
    snapshot.documentIds.forEach((id, number) => {
      if (id !== null) this.idToNumber.set(id, number);
    });
    this.nextNumber = documentCapacity;
  }

  stats(): SearchEngineStats {
    return {
      documents: this.index.documentCount,
      terms: this.index.termCount,
      vectors: this.vectorIndex?.size ?? 0,
      indexBytes: this.index.byteSize(),
    };
  }

  private createIndex(): InvertedIndex {
    const fields = this.fieldNames.map((name) => this.settings.fields[name] as { weight: number; lengthNormalisation: number });
    return new InvertedIndex({
      fieldWeights: fields.map((field) => field.weight),
      fieldLengthNormalisation: fields.map((field) => field.lengthNormalisation),
      k1: this.settings.k1,
    });
  }

  private createPlanner(): QueryPlanner {
    return new QueryPlanner(this.analyzer, this.index, {
      synonyms: this.settings.synonyms,
      synonymWeight: this.settings.synonymWeight,
      typoTolerance: this.settings.typoTolerance,
      stemExpansionWeight: this.settings.stemming === "plural" ? this.settings.stemExpansionWeight : 0,
      fullStem: this.fullStem,
      compoundWeight: this.settings.compoundWeight,
    });
  }

  private createColumns(): Map<string, FilterColumn> {
    return new Map(Object.entries(this.settings.filterFields).map(([name, kind]) => [name, new FilterColumn(name, kind)]));
  }

  private createVectorIndex(dimensions: number): VectorIndex {
    return (this.settings.vectorIndex ?? createFlatVectorIndex())({ dimensions });
  }

  /** What a snapshot must agree on with the engine loading it: anything that changes stored terms or vectors. */
  private fingerprint(): string {
    const model = this.embeddingModel;
    return JSON.stringify({
      fields: this.fieldNames,
      filterFields: this.settings.filterFields,
      language: this.settings.language,
      stemming: this.settings.stemming,
      removeStopwords: this.settings.removeStopwords,
      embedding: model === undefined ? null : { provider: model.provider, modelId: model.modelId, fields: this.embeddingFieldIndices },
    });
  }

  private validateDocument(document: SearchDocument): void {
    if (typeof document.id !== "string" || document.id === "") {
      throw new InvalidArgumentError({ argument: "documents", message: "every document needs a non-empty string id." });
    }
    for (const field of Object.keys(document.filters ?? {})) {
      if (!this.columns.has(field)) {
        throw new InvalidArgumentError({
          argument: "documents",
          message: `document '${document.id}' has filter field '${field}', which the settings do not declare.`,
        });
      }
    }
  }

  private reserve(additional: number): void {
    if (this.vectorIndex?.reserve !== undefined) this.vectorIndex.reserve(this.nextNumber + additional);
  }

  private fieldText(document: SearchDocument, field: string): string {
    const value = document.text[field];
    if (value === undefined) return "";
    return typeof value === "string" ? value : value.join(" \n ");
  }

  private async embedDocuments(model: EmbeddingModel, batch: readonly SearchDocument[], abortSignal: AbortSignal | undefined): Promise<(ArrayLike<number> | undefined)[]> {
    const vectors: (ArrayLike<number> | undefined)[] = batch.map((document) => document.vector);
    const missing: number[] = [];
    batch.forEach((document, index) => {
      if (document.vector === undefined) missing.push(index);
    });
    if (missing.length === 0) return vectors;
    const values = missing.map((index) => {
      const document = batch[index] as SearchDocument;
      return this.embeddingFieldIndices.map((field) => this.fieldText(document, this.fieldNames[field] as string)).filter((text) => text !== "").join("\n");
    });
    const perCall = model.maxEmbeddingsPerCall ?? values.length;
    for (let start = 0; start < values.length; start += perCall) {
      const slice = values.slice(start, start + perCall);
      const result = await model.doEmbed({ values: slice, ...(abortSignal === undefined ? {} : { abortSignal }) });
      if (result.embeddings.length !== slice.length) {
        throw new InvalidArgumentError({ argument: "embedding.model", message: `returned ${result.embeddings.length} vectors for ${slice.length} texts.` });
      }
      result.embeddings.forEach((vector, offset) => {
        vectors[missing[start + offset] as number] = vector;
      });
    }
    return vectors;
  }

  private async embedQuery(query: string, abortSignal: AbortSignal | undefined): Promise<Float32Array> {
    const model = this.embeddingModel as EmbeddingModel;
    const result = await model.doEmbed({ values: [query], ...(abortSignal === undefined ? {} : { abortSignal }) });
    const vector = result.embeddings[0];
    if (vector === undefined) throw new InvalidArgumentError({ argument: "embedding.model", message: "returned no vector for the query." });
    const query32 = Float32Array.from(vector);
    let norm = 0;
    for (const value of query32) norm += value * value;
    if (norm > 0) {
      const scale = 1 / Math.sqrt(norm);
      for (let index = 0; index < query32.length; index++) query32[index] = (query32[index] as number) * scale;
    }
    if (this.vectorIndex === undefined) this.vectorIndex = this.createVectorIndex(query32.length);
    return query32;
  }

  private apply(document: SearchDocument, vector: ArrayLike<number> | undefined): void {
    const existing = this.idToNumber.get(document.id);
    if (existing !== undefined) this.removeNumber(existing);
    const number = this.nextNumber++;
    this.idToNumber.set(document.id, number);
    this.numberToId[number] = document.id;
    const fieldTerms = this.fieldNames.map((field) => this.analyzer.analyze(this.fieldText(document, field)));
    this.index.add(number, fieldTerms);
    for (const [name, column] of this.columns) column.set(number, document.filters?.[name]);
    if (vector !== undefined) {
      if (this.vectorIndex === undefined) {
        this.vectorIndex = this.createVectorIndex(vector.length);
        this.vectorIndex.reserve?.(number + 1024);
      }
      this.vectorIndex.set(number, vector);
    }
  }

  private removeNumber(number: number): void {
    const id = this.numberToId[number];
    if (id !== undefined) this.idToNumber.delete(id);
    this.numberToId[number] = undefined;
    this.index.remove(number);
    for (const column of this.columns.values()) column.clear(number);
    this.vectorIndex?.remove(number);
  }

  private scoreLexical(query: string): void {
    const accumulator = this.accumulator;
    accumulator.reset(this.nextNumber);
    const positions = this.planner.plan(query);
    for (const position of positions) this.index.scorePosition(position, accumulator);
    const exponent = this.settings.coordination;
    if (exponent > 0 && positions.length > 1) {
      // Documents that match more of the query's words move ahead of those matching one rare word many times.
      const touched = accumulator.touched.view();
      const scores = accumulator.scores;
      const matched = accumulator.matchedPositions;
      const inverse = 1 / positions.length;
      for (let index = 0; index < touched.length; index++) {
        const document = touched[index] as number;
        scores[document] = (scores[document] as number) * ((matched[document] as number) * inverse) ** exponent;
      }
    }
  }

  private collectLexicalMatches(predicate: DocumentPredicate | undefined, matched: number[], top: TopK): void {
    const touched = this.accumulator.touched.view();
    const scores = this.accumulator.scores;
    for (let index = 0; index < touched.length; index++) {
      const documentNumber = touched[index] as number;
      if (predicate !== undefined && !predicate(documentNumber)) continue;
      matched.push(documentNumber);
      top.offer(documentNumber, scores[documentNumber] as number);
    }
  }

  private browse(predicate: DocumentPredicate | undefined, limit: number, offset: number, facets: FacetRequest[]): SearchResult {
    const matched: number[] = [];
    for (let number = 0; number < this.nextNumber; number++) {
      if (!this.index.isLive(number)) continue;
      if (predicate !== undefined && !predicate(number)) continue;
      matched.push(number);
    }
    const hits = matched.slice(offset, offset + limit).map((documentNumber) => ({ id: this.numberToId[documentNumber] as string, score: 0 }));
    const result: SearchResult = { hits, total: matched.length };
    if (facets.length > 0) result.facets = this.countFacets(matched, facets);
    return result;
  }

  private toHit(hit: RankedHit): SearchHit & { documentNumber: number } {
    return {
      id: this.numberToId[hit.documentNumber] as string,
      documentNumber: hit.documentNumber,
      score: hit.score,
      ...(hit.lexicalScore === undefined ? {} : { lexicalScore: hit.lexicalScore }),
      ...(hit.vectorScore === undefined ? {} : { vectorScore: hit.vectorScore }),
    };
  }

  private async rerank(
    rerank: NonNullable<SearchRequest["rerank"]>,
    query: string,
    hits: (SearchHit & { documentNumber: number })[],
    depth: number,
  ): Promise<(SearchHit & { documentNumber: number })[]> {
    const head = hits.slice(0, depth);
    const byId = new Map(head.map((hit) => [hit.id, hit]));
    const reordered = await rerank(
      query,
      head.map(({ documentNumber: _documentNumber, ...hit }) => hit),
    );
    const kept: (SearchHit & { documentNumber: number })[] = [];
    for (const hit of reordered) {
      const original = byId.get(hit.id);
      if (original === undefined) continue;
      byId.delete(hit.id);
      kept.push({ ...original, score: hit.score });
    }
    return [...kept, ...hits.slice(depth)];
  }

  private diversify(hits: (SearchHit & { documentNumber: number })[], lambda: number, depth: number, needed: number) {
    if (!(lambda >= 0 && lambda <= 1)) throw new InvalidArgumentError({ argument: "diversity.lambda", message: `must be between 0 and 1, got ${lambda}.` });
    const head = hits.slice(0, depth);
    const vectorIndex = this.vectorIndex;
    const termSets = new Map<number, Uint32Array>();
    const similarity = (first: number, second: number): number => {
      const a = (head[first] as SearchHit & { documentNumber: number }).documentNumber;
      const b = (head[second] as SearchHit & { documentNumber: number }).documentNumber;
      const vectorSimilarity = vectorIndex?.similarity(a, b);
      if (vectorSimilarity !== undefined && !Number.isNaN(vectorSimilarity)) return vectorSimilarity;
      return this.termOverlap(a, b, termSets);
    };
    const order = selectDiverse(
      head.map((hit) => hit.score),
      similarity,
      { limit: Math.min(head.length, needed), lambda },
    );
    return order.map((index) => head[index] as SearchHit & { documentNumber: number });
  }

  /** Jaccard overlap of two documents' distinct terms, the similarity when there are no vectors. */
  private termOverlap(first: number, second: number, cache: Map<number, Uint32Array>): number {
    const termsOf = (number: number) => {
      let terms = cache.get(number);
      if (terms === undefined) {
        terms = this.index.documentTerms(number).slice().sort();
        cache.set(number, terms);
      }
      return terms;
    };
    const a = termsOf(first);
    const b = termsOf(second);
    let shared = 0;
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
      const left = a[i] as number;
      const right = b[j] as number;
      if (left === right) {
        shared++;
        i++;
        j++;
      } else if (left < right) i++;
      else j++;
    }
    const union = a.length + b.length - shared;
    return union === 0 ? 0 : shared / union;
  }

  private facetRequests(request: SearchRequest): FacetRequest[] {
    return (request.facets ?? []).map((facet) => {
      const field = typeof facet === "string" ? facet : facet.field;
      const limit = typeof facet === "string" ? defaultFacetLimit : (facet.limit ?? defaultFacetLimit);
      const column = this.columns.get(field);
      if (column === undefined || column.kind === "number") {
        throw new InvalidArgumentError({ argument: "facets", message: `'${field}' is not a keyword or boolean filter field.` });
      }
      return { column, limit };
    });
  }

  private countFacets(matched: readonly number[], requests: readonly FacetRequest[]): Record<string, FacetCount[]> {
    const facets: Record<string, FacetCount[]> = {};
    for (const { column, limit } of requests) {
      const counts = new Map<number, number>();
      for (const documentNumber of matched) {
        // A document with a repeated value counts once for it.
        const values = new Set(column.valuesOf(documentNumber));
        for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      facets[column.name] = [...counts]
        .map(([value, count]) => ({ value: column.decode(value), count }))
        .sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value)))
        .slice(0, limit);
    }
    return facets;
  }
}

/** A promise with its resolve function outside, for ordering batches. */
function createSignal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

type RankedHit = { documentNumber: number; score: number; lexicalScore?: number; vectorScore?: number };
type FacetRequest = { column: FilterColumn; limit: number };

function validateIndexArrays(
  arrays: { documentFrequency: Uint32Array; offsets: Uint32Array; postingDocuments: Uint32Array; postingFrequencies: Uint32Array; fieldLengths: Uint16Array; forwardOffsets: Uint32Array; forwardTerms: Uint32Array },
  termCount: number,
  documentCapacity: number,
  fieldCount: number,
): void {
  const fail = (what: string) => new InvalidArgumentError({ argument: "state", message: `index section ${what} is inconsistent.` });
  if (arrays.documentFrequency.length !== termCount) throw fail("documentFrequency");
  if (arrays.offsets.length !== termCount + 1 || arrays.offsets[termCount] !== arrays.postingDocuments.length) throw fail("offsets");
  if (arrays.postingFrequencies.length !== arrays.postingDocuments.length) throw fail("postingFrequencies");
  for (const document of arrays.postingDocuments) if (document >= documentCapacity) throw fail("postingDocuments");
  if (arrays.fieldLengths.length !== documentCapacity * fieldCount) throw fail("fieldLengths");
  if (arrays.forwardOffsets.length !== documentCapacity + 1 || arrays.forwardOffsets[documentCapacity] !== arrays.forwardTerms.length) throw fail("forwardOffsets");
  for (const term of arrays.forwardTerms) if (term >= termCount) throw fail("forwardTerms");
}
