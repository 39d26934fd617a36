import { AisleError } from "./aisle-error";

const name = "AisleTimeoutError";
const marker = `aisle.error.${name}`;
const symbol = Symbol.for(marker);

export class TimeoutError extends AisleError {
  private readonly [symbol] = true;
  readonly timeoutMs: number;

  constructor({ timeoutMs, operation }: { timeoutMs: number; operation: string }) {
    super({ name, message: `${operation} timed out after ${timeoutMs} ms.` });
    this.timeoutMs = timeoutMs;
  }

  static override isInstance(error: unknown): error is TimeoutError {
    return AisleError.hasMarker(error, marker);
  }
}
