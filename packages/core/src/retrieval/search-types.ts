import type { FilterValue } from "./filter-columns";
import type { SearchFilter } from "./filters";

/**
 * What the engine indexes: named text fields (declared with weights in the settings), filterable values and,
 * optionally, a precomputed embedding. A catalog product maps onto it with a small adapter: title,
 * product type, categories, tags and attribute values as text; price, vendor, availability as filters.
 */
export type SearchDocument = {
  id: string;
  text: Readonly<Record<string, string | readonly string[] | undefined>>;
  filters?: Readonly<Record<string, FilterValue | readonly FilterValue[] | null | undefined>>;
  /** An embedding made elsewhere with the engine's embedding model; skips the model call for this document. */
  vector?: ArrayLike<number>;
};

export type SearchHit = {
  id: string;
  /** The score the hits are ordered by (fused, lexical or vector, by mode; a reranker's order wins). */
  score: number;
  /** BM25F score; 0 when no query term matched. Absent in vector mode. */
  lexicalScore?: number;
  /** Cosine similarity to the query. Absent in lexical mode. */
  vectorScore?: number;
};

/** Reorders (and may drop) the top candidates, e.g. with a cross-encoder or a language model. */
export type RerankFunction = (query: string, candidates: readonly SearchHit[]) => Promise<readonly SearchHit[]>;

export type FacetCount = { value: FilterValue; count: number };

export type SearchMode = "lexical" | "vector" | "hybrid";

export type SearchRequest = {
  query: string;
  /** Hits returned; 10 when left out. */
  limit?: number;
  offset?: number;
  /** Hybrid when the engine has an embedding model, else lexical. */
  mode?: SearchMode;
  filter?: SearchFilter;
  /** Filter fields to count values of among all matching documents (top 20 values each). */
  facets?: readonly (string | { field: string; limit?: number })[];
  /** Maximal marginal relevance over the top `candidates` (default 50); `lambda` 1 is pure relevance. */
  diversity?: { lambda: number; candidates?: number };
  /** Overrides the engine's fusion settings for this request. */
  fusion?: {
    method?: "rrf" | "weighted";
    rrfK?: number;
    vectorWeight?: number;
    candidates?: number;
    vectorSearch?: "exhaustive" | "rescore";
    rescoreDepth?: number;
  };
  /** Overrides the engine's reranker for this request; `null` turns it off. */
  rerank?: RerankFunction | null;
  /** How many top hits the reranker sees; 50 when left out. */
  rerankDepth?: number;
  abortSignal?: AbortSignal;
};

export type SearchResult = {
  hits: SearchHit[];
  /**
   * Documents that matched (had a query term, or were among the vector candidates) and passed the filter; all
   * documents passing the filter when the query is empty.
   */
  total: number;
  facets?: Record<string, FacetCount[]>;
};
