import { AisleError } from "./aisle-error";

const name = "AisleProductNotFoundError";
const marker = `aisle.error.${name}`;
const symbol = Symbol.for(marker);

/** A product a call is about (the anchor of `similar` or `complementary`) is not in the catalog. */
export class ProductNotFoundError extends AisleError {
  private readonly [symbol] = true;
  readonly productId: string;

  constructor({ productId, message, cause }: { productId: string; message?: string; cause?: unknown }) {
    super({ name, message: message ?? `No product with id '${productId}' is in the catalog.`, cause });
    this.productId = productId;
  }

  static override isInstance(error: unknown): error is ProductNotFoundError {
    return AisleError.hasMarker(error, marker);
  }
}
