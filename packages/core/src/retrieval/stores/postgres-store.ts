import { z } from "zod";
import { InvalidArgumentError } from "../../errors/invalid-argument-error";
import { SearchStoreClosedError } from "../../errors/search-store-closed-error";
import type { EmbeddingModel } from "../../spec";
import type { SearchStore, SearchStoreWriteOptions } from "../../spec/search-store";
import { parseSettings } from "../../util/parse-settings";
import type { FilterFieldKind, FilterValue } from "../filter-columns";
import { fuseScores } from "../fusion";
import type { FacetCount, SearchDocument, SearchHit, SearchRequest, SearchResult } from "../search-types";
import { validateDocuments } from "./document-validation";
import { filterToSql, quoteIdentifier, SqlParameters } from "./postgres-sql";
import { prepareTable, tableNames, vectorDimensions, weightClasses } from "./postgres-schema";
import {
  type ParsedPostgresStoreSettings,
  type PostgresStoreSettings,
  postgresStoreSettingsSchema,
  type SqlClient,
  textSearchConfigurations,
} from "./postgres-store-settings";
import { WriteQueue } from "./write-queue";

export type PostgresSearchStore = SearchStore & {
  readonly kind: "postgres";
  /** The quoted, schema-qualified documents table. */
  readonly table: string;
};

/**
 * Opens a search store in a PostgreSQL table: full-text search with per-field weights (`tsvector`,
 * `ts_rank_cd`), filters on a `jsonb` column, and, with an embedding model, pgvector cosine search fused with
 * the full-text ranking. The same SQL runs on a PostgreSQL server through `pg` and in PGlite. Creates the
 * table and its indexes when missing (idempotent); only vector search needs the pgvector extension.
 */
export async function createPostgresStore(settings: PostgresStoreSettings): Promise<PostgresSearchStore> {
  const parsed = parseSettings("PostgreSQL search store", postgresStoreSettingsSchema, settings);
  await prepareTable(parsed.client, parsed);
  let iterativeScan = false;
  if (vectorDimensions(parsed) !== undefined && parsed.vectorIndex === "hnsw") {
    const result = await parsed.client.query("SELECT extversion AS version FROM pg_extension WHERE extname = 'vector'");
    const version = z.object({ version: z.string() }).safeParse(result.rows[0]);
    iterativeScan = version.success && compareVersions(version.data.version, "0.8.0") >= 0;
  }
  return new PostgresStore(parsed, iterativeScan);
}

const defaultLimit = 10;
const defaultFacetLimit = 20;
const defaultRerankDepth = 50;

const countRow = z.object({ count: z.number() });
const lexicalRow = z.object({ id: z.string(), lexical_score: z.number(), total: z.number() });
const vectorRow = z.object({ id: z.string(), vector_score: z.number() });
const hybridRow = z.object({
  id: z.string(),
  lexical_score: z.number(),
  vector_score: z.number(),
  lexical_match: z.boolean(),
  lexical_total: z.number(),
});
const browseRow = z.object({ id: z.string(), total: z.number() });
const facetRow = z.object({ field: z.string(), value: z.union([z.string(), z.boolean(), z.number()]), count: z.number() });

type Candidate = { id: string; score: number; lexicalScore?: number; vectorScore?: number };
type FacetRequest = { field: string; limit: number };

class PostgresStore implements PostgresSearchStore {
  readonly kind = "postgres" as const;
  readonly table: string;
  private readonly client: SqlClient;
  private readonly fieldNames: string[];
  private readonly filterFields: Map<string, FilterFieldKind>;
  private readonly configuration: string;
  private readonly rankWeights: string;
  private readonly dimensions: number | undefined;
  private readonly model: EmbeddingModel | undefined;
  private readonly embeddingFields: string[];
  private readonly writes = new WriteQueue();
  private closed = false;

  constructor(
    private readonly settings: ParsedPostgresStoreSettings,
    /** pgvector 0.8 and later can keep scanning the HNSW index until enough rows pass the filter. */
    private readonly iterativeScan: boolean,
  ) {
    this.client = settings.client;
    this.table = tableNames(settings).qualified;
    this.fieldNames = Object.keys(settings.fields);
    this.filterFields = new Map(Object.entries(settings.filterFields));
    this.configuration = `'${textSearchConfigurations[settings.language]}'::regconfig`;
    this.rankWeights = weightClasses(settings.fields).rankWeights;
    this.dimensions = vectorDimensions(settings);
    this.model = settings.embedding?.model;
    this.embeddingFields = settings.embedding?.fields ?? this.fieldNames;
  }

  // The methods are async so a closed store rejects instead of throwing; each queues its write before its
  // first await, which keeps writes in call order.
  async upsert(documents: readonly SearchDocument[], options: SearchStoreWriteOptions = {}): Promise<void> {
    this.assertOpen("upsert");
    validateDocuments(documents, this.filterFields);
    // A repeated id: the last one wins, as in the embedded store.
    const latest = new Map<string, SearchDocument>();
    for (const document of documents) {
      if (document.vector !== undefined) this.checkVector(document.vector, `document '${document.id}'`);
      latest.set(document.id, document);
    }
    const unique = [...latest.values()];
    return this.writes.run(async () => {
      for (let start = 0; start < unique.length; start += this.settings.batchSize) {
        options.abortSignal?.throwIfAborted();
        const batch = unique.slice(start, start + this.settings.batchSize);
        const vectors = await this.vectorsFor(batch, options.abortSignal);
        options.abortSignal?.throwIfAborted();
        await this.writeBatch(batch, vectors);
      }
    });
  }

  async delete(ids: readonly string[]): Promise<number> {
    this.assertOpen("delete");
    const unique = [...new Set(ids)];
    return this.writes.run(async () => {
      if (unique.length === 0) return 0;
      const parameters = new SqlParameters();
      const result = await this.client.query(
        `WITH removed AS (DELETE FROM ${this.table} WHERE id IN (SELECT jsonb_array_elements_text(${parameters.json(unique)})) RETURNING 1)
SELECT count(*)::float8 AS count FROM removed`,
        parameters.values,
      );
      return countRow.parse(result.rows[0]).count;
    });
  }

  async count(): Promise<number> {
    this.assertOpen("count");
    const result = await this.client.query(`SELECT count(*)::float8 AS count FROM ${this.table}`);
    return countRow.parse(result.rows[0]).count;
  }

  async flush(): Promise<void> {
    this.assertOpen("flush");
    // Each write is committed when its statement returns: waiting for the queue is enough.
    await this.writes.idle();
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.writes.idle();
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    this.assertOpen("search");
    const limit = request.limit ?? defaultLimit;
    const offset = request.offset ?? 0;
    if (!Number.isInteger(limit) || limit < 0) throw new InvalidArgumentError({ argument: "limit", message: `must be a non-negative integer, got ${limit}.` });
    if (!Number.isInteger(offset) || offset < 0) throw new InvalidArgumentError({ argument: "offset", message: `must be a non-negative integer, got ${offset}.` });
    if (request.diversity !== undefined) {
      throw new InvalidArgumentError({ argument: "diversity", message: "the PostgreSQL store does not diversify results; use the embedded store or rerank." });
    }
    const mode = request.mode ?? (this.model === undefined ? "lexical" : "hybrid");
    if (mode !== "lexical" && (this.model === undefined || this.dimensions === undefined)) {
      throw new InvalidArgumentError({ argument: "mode", message: `'${mode}' search needs an embedding model in the store settings.` });
    }
    // Checked before any query so a bad filter or facet fails the same way in every mode.
    filterToSql(request.filter, this.filterFields, new SqlParameters());
    const facets = this.facetRequests(request);
    const rerank = request.rerank === null ? undefined : request.rerank;
    const rerankDepth = rerank === undefined ? 0 : (request.rerankDepth ?? defaultRerankDepth);
    const depth = Math.max(limit + offset, rerankDepth);
    const overrides = Object.entries(request.fusion ?? {}).filter(([, value]) => value !== undefined);
    const fusion = { ...this.settings.fusion, ...Object.fromEntries(overrides) } as ParsedPostgresStoreSettings["fusion"];
    const candidateCount = Math.max(depth, fusion.candidates);
    const query = request.query.trim();
    request.abortSignal?.throwIfAborted();
    const queryVector = query !== "" && mode !== "lexical" ? await this.embedQuery(query, request.abortSignal) : undefined;
    request.abortSignal?.throwIfAborted();

    let ranked: Candidate[];
    let total: number;
    const matchedMode = query === "" ? "browse" : mode;
    if (matchedMode === "browse") {
      ({ ranked, total } = await this.browse(request, depth));
    } else if (matchedMode === "lexical") {
      ({ ranked, total } = await this.searchLexical(query, request, depth));
    } else if (matchedMode === "vector") {
      ({ ranked, total } = await this.searchVector(queryVector as string, request, candidateCount));
    } else {
      ({ ranked, total } = await this.searchHybrid(query, queryVector as string, request, candidateCount, fusion));
    }
    let hits: SearchHit[] = ranked.slice(0, depth);
    if (rerank !== undefined && hits.length > 0) hits = await rerankHits(rerank, query, hits, rerankDepth);
    const result: SearchResult = { hits: hits.slice(offset, offset + limit), total };
    if (facets.length > 0) {
      request.abortSignal?.throwIfAborted();
      result.facets = await this.countFacets(matchedMode, query, queryVector, request, candidateCount, facets);
    }
    return result;
  }

  private async browse(request: SearchRequest, depth: number): Promise<{ ranked: Candidate[]; total: number }> {
    const parameters = new SqlParameters();
    const filter = filterToSql(request.filter, this.filterFields, parameters);
    const result = await this.client.query(
      `WITH matched AS MATERIALIZED (SELECT t.id FROM ${this.table} t WHERE ${filter})
SELECT m.id, (SELECT count(*) FROM matched)::float8 AS total FROM matched m ORDER BY m.id COLLATE "C" LIMIT ${parameters.add(Math.max(depth, 1))}::int`,
      parameters.values,
    );
    const rows = result.rows.map((row) => browseRow.parse(row));
    return { ranked: rows.map((row) => ({ id: row.id, score: 0 })), total: rows[0]?.total ?? 0 };
  }

  private async searchLexical(query: string, request: SearchRequest, depth: number): Promise<{ ranked: Candidate[]; total: number }> {
    const parameters = new SqlParameters();
    const tsQuery = this.tsQuery(query, parameters);
    const filter = filterToSql(request.filter, this.filterFields, parameters);
    const result = await this.client.query(
      `WITH query AS (SELECT ${tsQuery} AS q),
matched AS MATERIALIZED (${this.lexicalMatches(filter, parameters)})
SELECT m.id, m.score AS lexical_score, (SELECT count(*) FROM matched)::float8 AS total
FROM matched m ORDER BY m.score DESC, m.id COLLATE "C" LIMIT ${parameters.add(Math.max(depth, 1))}::int`,
      parameters.values,
    );
    const rows = result.rows.map((row) => lexicalRow.parse(row));
    return {
      ranked: rows.map((row) => ({ id: row.id, score: row.lexical_score, lexicalScore: row.lexical_score })),
      total: rows[0]?.total ?? 0,
    };
  }

  private async searchVector(queryVector: string, request: SearchRequest, candidates: number): Promise<{ ranked: Candidate[]; total: number }> {
    const parameters = new SqlParameters();
    const filter = filterToSql(request.filter, this.filterFields, parameters);
    const vector = `${parameters.add(queryVector)}::text::vector`;
    const result = await this.client.query(
      `SELECT t.id, (1 - (t.embedding <=> ${vector}))::float8 AS vector_score
FROM ${this.table} t WHERE ${this.vectorScanSettings(parameters, candidates)} AND t.embedding IS NOT NULL AND ${filter}
ORDER BY t.embedding <=> ${vector} LIMIT ${parameters.add(candidates)}::int`,
      parameters.values,
    );
    const rows = result.rows.map((row) => vectorRow.parse(row));
    const ranked = rows
      .map((row) => ({ id: row.id, score: row.vector_score, vectorScore: row.vector_score }))
      .sort((a, b) => b.score - a.score || compareIds(a.id, b.id));
    return { ranked, total: rows.length };
  }

  private async searchHybrid(
    query: string,
    queryVector: string,
    request: SearchRequest,
    candidates: number,
    fusion: { method: "rrf" | "weighted"; rrfK: number; vectorWeight: number },
  ): Promise<{ ranked: Candidate[]; total: number }> {
    const parameters = new SqlParameters();
    const tsQuery = this.tsQuery(query, parameters);
    const filter = filterToSql(request.filter, this.filterFields, parameters);
    const vector = `${parameters.add(queryVector)}::text::vector`;
    const limit = `${parameters.add(candidates)}::int`;
    // Each side contributes its top candidates; both scores are then read for every candidate, so the fusion
    // sees a lexical score for vector finds and a vector score for lexical finds.
    const result = await this.client.query(
      `WITH query AS (SELECT ${tsQuery} AS q),
lexical AS MATERIALIZED (${this.lexicalMatches(filter, parameters)}),
lexical_top AS (SELECT id FROM lexical ORDER BY score DESC, id COLLATE "C" LIMIT ${limit}),
vector_top AS (SELECT t.id FROM ${this.table} t WHERE ${this.vectorScanSettings(parameters, candidates)} AND t.embedding IS NOT NULL AND ${filter} ORDER BY t.embedding <=> ${vector} LIMIT ${limit}),
candidates AS (SELECT id FROM lexical_top UNION SELECT id FROM vector_top)
SELECT c.id, coalesce(l.score, 0)::float8 AS lexical_score, coalesce(1 - (t.embedding <=> ${vector}), 0)::float8 AS vector_score,
  (l.id IS NOT NULL) AS lexical_match, (SELECT count(*) FROM lexical)::float8 AS lexical_total
FROM candidates c JOIN ${this.table} t ON t.id = c.id LEFT JOIN lexical l ON l.id = c.id`,
      parameters.values,
    );
    const rows = result.rows.map((row) => hybridRow.parse(row));
    const fused = fuseScores(
      { lexicalScores: Float64Array.from(rows, (row) => row.lexical_score), vectorScores: Float64Array.from(rows, (row) => row.vector_score) },
      fusion,
    );
    const ranked = rows
      .map((row, index) => ({ id: row.id, score: fused[index] as number, lexicalScore: row.lexical_score, vectorScore: row.vector_score }))
      .sort((a, b) => b.score - a.score || compareIds(a.id, b.id));
    const total = (rows[0]?.lexical_total ?? 0) + rows.filter((row) => !row.lexical_match).length;
    return { ranked, total };
  }

  private async countFacets(
    mode: "browse" | "lexical" | "vector" | "hybrid",
    query: string,
    queryVector: string | undefined,
    request: SearchRequest,
    candidates: number,
    facets: FacetRequest[],
  ): Promise<Record<string, FacetCount[]>> {
    const parameters = new SqlParameters();
    const filter = filterToSql(request.filter, this.filterFields, parameters);
    const parts: string[] = [];
    let matched: string;
    if (mode === "lexical" || mode === "hybrid") parts.push(`query AS (SELECT ${this.tsQuery(query, parameters)} AS q)`);
    const lexical = () => `SELECT t.id FROM ${this.table} t, query WHERE t.search_vector @@ query.q AND ${filter}`;
    const vector = () => {
      const literal = `${parameters.add(queryVector)}::text::vector`;
      return `SELECT t.id FROM ${this.table} t WHERE ${this.vectorScanSettings(parameters, candidates)} AND t.embedding IS NOT NULL AND ${filter} ORDER BY t.embedding <=> ${literal} LIMIT ${parameters.add(candidates)}::int`;
    };
    if (mode === "browse") matched = `SELECT t.id FROM ${this.table} t WHERE ${filter}`;
    else if (mode === "lexical") matched = lexical();
    else if (mode === "vector") matched = vector();
    else matched = `${lexical()} UNION (${vector()})`;
    parts.push(`matched AS (${matched})`);
    const wanted = parameters.json(facets.map((facet) => ({ field: facet.field, max_values: facet.limit })));
    const result = await this.client.query(
      `WITH ${parts.join(",\n")},
wanted AS (SELECT * FROM jsonb_to_recordset(${wanted}) AS w(field text, max_values int)),
counts AS (
  SELECT w.field, e.value, count(*) AS count
  FROM matched m JOIN ${this.table} t ON t.id = m.id CROSS JOIN wanted w
  CROSS JOIN LATERAL (SELECT DISTINCT x.value FROM jsonb_array_elements(t.filters -> w.field) AS x(value)) e
  GROUP BY w.field, e.value),
ranked AS (SELECT c.field, c.value, c.count, row_number() OVER (PARTITION BY c.field ORDER BY c.count DESC, c.value #>> '{}' COLLATE "C") AS position FROM counts c)
SELECT r.field, r.value, r.count::float8 AS count FROM ranked r JOIN wanted w ON w.field = r.field WHERE r.position <= w.max_values`,
      parameters.values,
    );
    const counts: Record<string, FacetCount[]> = Object.fromEntries(facets.map((facet) => [facet.field, []]));
    for (const raw of result.rows) {
      const row = facetRow.parse(raw);
      counts[row.field]?.push({ value: row.value, count: row.count });
    }
    for (const list of Object.values(counts)) list.sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value)));
    return counts;
  }

  /**
   * An HNSW scan returns at most `hnsw.ef_search` rows (40 by default), before the filter. This condition sets
   * it (and pgvector 0.8's iterative scan) for the current statement only: an uncorrelated subquery becomes a
   * one-time filter that runs before the index scan starts, and `set_config(..., true)` ends with the
   * statement's transaction, so nothing leaks to other users of a pooled connection.
   */
  private vectorScanSettings(parameters: SqlParameters, candidates: number): string {
    if (this.settings.vectorIndex !== "hnsw") return "TRUE";
    const efSearch = String(Math.min(1000, Math.max(40, candidates)));
    const iterative = this.iterativeScan ? " || set_config('hnsw.iterative_scan', 'relaxed_order', true)" : "";
    return `(SELECT set_config('hnsw.ef_search', ${parameters.add(efSearch)}::text, true)${iterative}) IS NOT NULL`;
  }

  /** The query's words joined with OR: documents matching more of them rank higher through `ts_rank_cd`. */
  private tsQuery(query: string, parameters: SqlParameters): string {
    return `replace(plainto_tsquery(${this.configuration}, ${parameters.add(query)}::text)::text, ' & ', ' | ')::tsquery`;
  }

  private lexicalMatches(filter: string, parameters: SqlParameters): string {
    // Normalisation 1 divides by 1 + log(document length), like BM25's length normalisation.
    return `SELECT t.id, ts_rank_cd(${parameters.add(this.rankWeights)}::text::float4[], t.search_vector, query.q, 1)::float8 AS score
FROM ${this.table} t, query WHERE t.search_vector @@ query.q AND ${filter}`;
  }

  private facetRequests(request: SearchRequest): FacetRequest[] {
    return (request.facets ?? []).map((facet) => {
      const field = typeof facet === "string" ? facet : facet.field;
      const limit = typeof facet === "string" ? defaultFacetLimit : (facet.limit ?? defaultFacetLimit);
      const kind = this.filterFields.get(field);
      if (kind === undefined || kind === "number") {
        throw new InvalidArgumentError({ argument: "facets", message: `'${field}' is not a keyword or boolean filter field.` });
      }
      if (!Number.isInteger(limit) || limit < 1) throw new InvalidArgumentError({ argument: "facets", message: `the limit for '${field}' must be a positive integer.` });
      return { field, limit };
    });
  }

  private checkVector(vector: ArrayLike<number>, owner: string): void {
    if (this.dimensions === undefined) {
      throw new InvalidArgumentError({ argument: "documents", message: `${owner} has a vector, but the store has no vector column (set dimensions or an embedding model).` });
    }
    if (vector.length !== this.dimensions) {
      throw new InvalidArgumentError({ argument: "documents", message: `${owner}: vectors must have ${this.dimensions} dimensions, got ${vector.length}.` });
    }
    for (let index = 0; index < vector.length; index++) {
      if (!Number.isFinite(vector[index])) throw new InvalidArgumentError({ argument: "documents", message: `${owner}: vector values must be finite numbers.` });
    }
  }

  private async vectorsFor(batch: readonly SearchDocument[], abortSignal: AbortSignal | undefined): Promise<(ArrayLike<number> | undefined)[]> {
    const vectors = batch.map((document) => document.vector);
    const model = this.model;
    if (model === undefined) return vectors;
    const missing = batch.flatMap((document, index) => (document.vector === undefined ? [index] : []));
    const perCall = model.maxEmbeddingsPerCall ?? missing.length;
    for (let start = 0; start < missing.length; start += perCall) {
      const indices = missing.slice(start, start + perCall);
      const values = indices.map((index) => this.embeddingText(batch[index] as SearchDocument));
      const result = await model.doEmbed({ values, ...(abortSignal === undefined ? {} : { abortSignal }) });
      if (result.embeddings.length !== values.length) {
        throw new InvalidArgumentError({ argument: "embedding.model", message: `returned ${result.embeddings.length} vectors for ${values.length} texts.` });
      }
      result.embeddings.forEach((vector, offset) => {
        const index = indices[offset] as number;
        this.checkVector(vector, `the embedding of document '${(batch[index] as SearchDocument).id}'`);
        vectors[index] = vector;
      });
    }
    return vectors;
  }

  private async writeBatch(batch: readonly SearchDocument[], vectors: readonly (ArrayLike<number> | undefined)[]): Promise<void> {
    const withVectors = this.dimensions !== undefined;
    const rows = batch.map((document, index) => {
      const row: Record<string, unknown> = { id: document.id, filters: this.filterValues(document) };
      for (const field of this.fieldNames) row[field] = cleanText(fieldText(document, field));
      const vector = vectors[index];
      if (withVectors) row.embedding = vector === undefined ? null : `[${Array.from(vector).join(",")}]`;
      return row;
    });
    const columns = this.fieldNames.map(quoteIdentifier);
    const parameters = new SqlParameters();
    const recordColumns = ["id text", ...columns.map((column) => `${column} text`), "filters jsonb", ...(withVectors ? ["embedding text"] : [])];
    const targetColumns = ["id", ...columns, "filters", ...(withVectors ? ["embedding"] : [])];
    const values = ["d.id", ...columns.map((column) => `d.${column}`), "d.filters", ...(withVectors ? ["d.embedding::vector"] : [])];
    const updates = [...columns, "filters", ...(withVectors ? ["embedding"] : [])].map((column) => `${column} = excluded.${column}`);
    // One statement per batch: it is applied whole or not at all, by pg and PGlite alike.
    await this.client.query(
      `INSERT INTO ${this.table} (${targetColumns.join(", ")})
SELECT ${values.join(", ")} FROM jsonb_to_recordset(${parameters.json(rows)}) AS d(${recordColumns.join(", ")})
ON CONFLICT (id) DO UPDATE SET ${updates.join(", ")}, updated_at = now()`,
      parameters.values,
    );
  }

  /** Every declared field's values as a non-empty array; fields without values are left out. */
  private filterValues(document: SearchDocument): Record<string, FilterValue[]> {
    const filters: Record<string, FilterValue[]> = {};
    for (const [field, raw] of Object.entries(document.filters ?? {})) {
      if (raw === undefined || raw === null) continue;
      // Checked by validateDocuments.
      const list = (Array.isArray(raw) ? raw : [raw]).filter((value) => value !== undefined && value !== null);
      if (list.length > 0) filters[field] = list as FilterValue[];
    }
    return filters;
  }

  private embeddingText(document: SearchDocument): string {
    return this.embeddingFields
      .map((field) => fieldText(document, field))
      .filter((text) => text !== "")
      .join("\n");
  }

  private async embedQuery(query: string, abortSignal: AbortSignal | undefined): Promise<string> {
    const model = this.model as EmbeddingModel;
    const result = await model.doEmbed({ values: [query], ...(abortSignal === undefined ? {} : { abortSignal }) });
    const vector = result.embeddings[0];
    if (vector === undefined) throw new InvalidArgumentError({ argument: "embedding.model", message: "returned no vector for the query." });
    this.checkVector(vector, "the query embedding");
    return `[${vector.join(",")}]`;
  }

  private assertOpen(operation: string): void {
    if (this.closed) throw new SearchStoreClosedError({ store: this.kind, operation });
  }
}

function fieldText(document: SearchDocument, field: string): string {
  const value = document.text[field];
  if (value === undefined) return "";
  return typeof value === "string" ? value : value.join(" \n ");
}

/** PostgreSQL text and jsonb cannot hold NUL characters. */
function cleanText(text: string): string {
  return text.includes("\u0000") ? text.replaceAll("\u0000", "") : text;
}

/** Compares dotted version numbers such as `0.8.1`. */
function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Code-unit order, as PostgreSQL's "C" collation and the SQL tie-breaks on `id` use. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reorders the top `depth` hits with the reranker (which may drop some), keeping the rest after them. */
async function rerankHits(rerank: NonNullable<SearchRequest["rerank"]>, query: string, hits: SearchHit[], depth: number): Promise<SearchHit[]> {
  const head = hits.slice(0, depth);
  const byId = new Map(head.map((hit) => [hit.id, hit]));
  const kept: SearchHit[] = [];
  for (const hit of await rerank(query, head)) {
    const original = byId.get(hit.id);
    if (original === undefined) continue;
    byId.delete(hit.id);
    kept.push({ ...original, score: hit.score });
  }
  return [...kept, ...hits.slice(depth)];
}
