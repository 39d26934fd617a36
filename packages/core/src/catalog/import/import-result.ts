import type { CatalogRowError } from "../../errors/catalog-row-error";
import type { Product } from "../product";

export type ImportSummary = {
  /** Data rows read (JSONL lines that were not blank; CSV records after the header). */
  rows: number;
  /** Products produced. In a Shopify CSV several rows make one product, so this can be below `rows`. */
  imported: number;
  /** Rows that produced an error (at most one error per row). */
  failed: number;
};

export type ImportProgress = ImportSummary;

export type ImportResult = {
  products: Product[];
  /** Sorted by line. */
  errors: CatalogRowError[];
  summary: ImportSummary;
};
