import { AisleError } from "./aisle-error";

const name = "AisleSearchStoreClosedError";
const marker = `aisle.error.${name}`;
const symbol = Symbol.for(marker);

/** A search store was used after `close()`. */
export class SearchStoreClosedError extends AisleError {
  private readonly [symbol] = true;
  /** Which store, e.g. `embedded` or `postgres`. */
  readonly store: string;
  readonly operation: string;

  constructor({ store, operation }: { store: string; operation: string }) {
    super({ name, message: `The ${store} search store is closed: '${operation}' is not possible after close().` });
    this.store = store;
    this.operation = operation;
  }

  static override isInstance(error: unknown): error is SearchStoreClosedError {
    return AisleError.hasMarker(error, marker);
  }
}
