import { AisleError } from "@aisle/core";

const name = "AisleShopifyBulkOperationError";
const marker = `aisle.error.${name}`;
const symbol = Symbol.for(marker);

/** A bulk operation failed, was cancelled or expired, or its JSONL file could not be read. */
export class ShopifyBulkOperationError extends AisleError {
  private readonly [symbol] = true;
  readonly operationId: string | undefined;
  /** Shopify's status (`FAILED`, `CANCELED`, `EXPIRED`) or `INVALID_FILE`. */
  readonly status: string;
  readonly errorCode: string | undefined;

  constructor({ message, operationId, status, errorCode, cause }: { message: string; operationId?: string; status: string; errorCode?: string; cause?: unknown }) {
    super({ name, message, cause });
    this.operationId = operationId;
    this.status = status;
    this.errorCode = errorCode;
  }

  static override isInstance(error: unknown): error is ShopifyBulkOperationError {
    return AisleError.hasMarker(error, marker);
  }
}
