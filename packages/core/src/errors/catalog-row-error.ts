import { AisleError } from "./aisle-error";

const name = "AisleCatalogRowError";
const marker = `aisle.error.${name}`;
const symbol = Symbol.for(marker);

export type CatalogRowErrorCode =
  /** The line is not JSON, or the CSV record is malformed (unclosed quote, stray fields). */
  | "malformed-row"
  /** The row parsed but a field is missing or invalid. */
  | "invalid-field"
  /** A product with the same id or handle was already imported. */
  | "duplicate-product";

export type CatalogRowIssue = {
  /** Path into the product, e.g. `variants.1.price.amount`; empty for the row as a whole. */
  field: string;
  message: string;
  /** The CSV column the value came from, when there is one. */
  column?: string;
};

/**
 * One row of a catalog import could not become (part of) a product. Importers collect these instead of throwing
 * and go on with the next row; `line` is 1-based in the source file.
 */
export class CatalogRowError extends AisleError {
  private readonly [symbol] = true;
  readonly line: number;
  readonly code: CatalogRowErrorCode;
  /** Path of the first issue, for the common case of one bad field. */
  readonly field: string;
  readonly issues: CatalogRowIssue[];
  /** The product's handle or id when the row got far enough to have one. */
  readonly productKey: string | undefined;

  constructor({
    line,
    code,
    issues,
    productKey,
    cause,
  }: {
    line: number;
    code: CatalogRowErrorCode;
    issues: CatalogRowIssue[];
    productKey?: string;
    cause?: unknown;
  }) {
    const details = issues
      .map((issue) => {
        const where = [issue.field, issue.column === undefined ? "" : `(column '${issue.column}')`]
          .filter((part) => part !== "")
          .join(" ");
        return `  - ${where === "" ? "(row)" : where}: ${issue.message}`;
      })
      .join("\n");
    const product = productKey === undefined ? "" : ` (product '${productKey}')`;
    super({ name, message: `Line ${line}${product} was not imported:\n${details}`, cause });
    this.line = line;
    this.code = code;
    this.issues = issues;
    this.field = issues[0]?.field ?? "";
    this.productKey = productKey;
  }

  static override isInstance(error: unknown): error is CatalogRowError {
    return AisleError.hasMarker(error, marker);
  }
}
