const marker = "aisle.error";
const symbol = Symbol.for(marker);

/**
 * Base of every error Aisle throws. `isInstance` checks a global symbol instead of the prototype chain,
 * so the check holds when two copies of `@aisle/core` end up in one app.
 */
export class AisleError extends Error {
  private readonly [symbol] = true;

  constructor({ name, message, cause }: { name: string; message: string; cause?: unknown }) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = name;
  }

  static isInstance(error: unknown): error is AisleError {
    return AisleError.hasMarker(error, marker);
  }

  protected static hasMarker(error: unknown, markerName: string): boolean {
    return (
      error != null &&
      typeof error === "object" &&
      (error as Record<symbol, unknown>)[Symbol.for(markerName)] === true
    );
  }
}
