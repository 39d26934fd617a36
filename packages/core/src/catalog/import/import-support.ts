import type { z } from "zod";
import type { CatalogRowError, CatalogRowIssue } from "../../errors/catalog-row-error";
import type { ImportProgress, ImportResult } from "./import-result";
import type { Product } from "../product";

export function issuesFromZod(error: z.ZodError, prefix: string[] = [], column?: (field: string) => string | undefined): CatalogRowIssue[] {
  return error.issues.map((issue) => {
    const field = [...prefix, ...issue.path.map(String)].join(".");
    const columnName = column?.(field);
    return { field, message: issue.message, ...(columnName === undefined ? {} : { column: columnName }) };
  });
}

/** Counts rows, products and errors, and reports progress at a fixed row interval. */
export class ImportTally {
  readonly products: Product[] = [];
  readonly errors: CatalogRowError[] = [];
  rows = 0;
  private lastReported = 0;

  constructor(
    private readonly onProgress: ((progress: ImportProgress) => void) | undefined,
    private readonly every: number,
  ) {}

  summary(): ImportProgress {
    return { rows: this.rows, imported: this.products.length, failed: this.errors.length };
  }

  reportIfDue(): void {
    if (this.onProgress === undefined || this.rows - this.lastReported < this.every) return;
    this.lastReported = this.rows;
    this.onProgress(this.summary());
  }

  finish(): ImportResult {
    this.onProgress?.(this.summary());
    const errors = [...this.errors].sort((left, right) => left.line - right.line);
    return { products: this.products, errors, summary: this.summary() };
  }
}
