import { AisleError } from "./aisle-error";

const name = "AisleInvalidArgumentError";
const marker = `aisle.error.${name}`;
const symbol = Symbol.for(marker);

export class InvalidArgumentError extends AisleError {
  private readonly [symbol] = true;
  readonly argument: string;

  constructor({ argument, message, cause }: { argument: string; message: string; cause?: unknown }) {
    super({ name, message: `Invalid argument '${argument}': ${message}`, cause });
    this.argument = argument;
  }

  static override isInstance(error: unknown): error is InvalidArgumentError {
    return AisleError.hasMarker(error, marker);
  }
}
