// Type-only import: the document and request shapes are defined once, beside the engine that introduced them.
// Moving `retrieval/search-types.ts` into `spec/` later changes only this line.
import type { SearchDocument, SearchRequest, SearchResult } from "../retrieval/search-types";

export type SearchStoreWriteOptions = {
  abortSignal?: AbortSignal;
};

/**
 * Where a catalog's search index lives: in process (the embedded store) or in a database (PostgreSQL).
 * Every implementation passes the same conformance battery (`searchStoreBattery` in `@aisle/core/test`).
 *
 * Writes made through one store object apply in the order they were called, even when not awaited one by
 * one: a later upsert of an id wins over an earlier one. Searches do not wait for pending writes.
 */
export type SearchStore = {
  /** Which implementation this is, for logs and errors, e.g. `embedded` or `postgres`. */
  readonly kind: string;
  /**
   * Adds documents; a document whose id is already stored replaces the old one as a whole (text, filters and
   * vector). When it fails part way, documents before the failing batch may be stored: retrying is safe.
   */
  upsert(documents: readonly SearchDocument[], options?: SearchStoreWriteOptions): Promise<void>;
  /** Removes documents by id; resolves to how many were stored. Unknown ids are ignored. */
  delete(ids: readonly string[]): Promise<number>;
  search(request: SearchRequest): Promise<SearchResult>;
  /** Documents stored, counting writes that have completed. */
  count(): Promise<number>;
  /** Resolves once every write called before it is applied and durable (for the embedded store: on disk). */
  flush(): Promise<void>;
  /** Flushes, then refuses further use. Does not close a database client the store was given. */
  close(): Promise<void>;
};
