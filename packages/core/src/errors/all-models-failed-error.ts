import { AisleError } from "./aisle-error";

const name = "AisleAllModelsFailedError";
const marker = `aisle.error.${name}`;
const symbol = Symbol.for(marker);

/** Every model in a fallback chain failed; `errors` pairs each model with what it threw. */
export class AllModelsFailedError extends AisleError {
  private readonly [symbol] = true;
  readonly errors: Array<{ model: string; error: unknown }>;

  constructor({ errors }: { errors: Array<{ model: string; error: unknown }> }) {
    const summary = errors
      .map(({ model, error }) => `  - ${model}: ${error instanceof Error ? error.message : String(error)}`)
      .join("\n");
    super({ name, message: `All ${errors.length} models in the fallback chain failed:\n${summary}`, cause: errors.at(-1)?.error });
    this.errors = errors;
  }

  static override isInstance(error: unknown): error is AllModelsFailedError {
    return AisleError.hasMarker(error, marker);
  }
}
