import { AisleError } from "./aisle-error";

const name = "AisleRetryError";
const marker = `aisle.error.${name}`;
const symbol = Symbol.for(marker);

export type RetryErrorReason = "max-retries-exceeded" | "error-not-retryable";

/** Every attempt failed. `errors` holds each attempt's error in order; `lastError` the final one. */
export class RetryError extends AisleError {
  private readonly [symbol] = true;
  readonly reason: RetryErrorReason;
  readonly errors: unknown[];
  readonly lastError: unknown;

  constructor({ message, reason, errors }: { message: string; reason: RetryErrorReason; errors: unknown[] }) {
    super({ name, message, cause: errors.at(-1) });
    this.reason = reason;
    this.errors = errors;
    this.lastError = errors.at(-1);
  }

  static override isInstance(error: unknown): error is RetryError {
    return AisleError.hasMarker(error, marker);
  }
}
