import { AisleError } from "./aisle-error";

const name = "AisleStreamInterruptedError";
const marker = `aisle.error.${name}`;
const symbol = Symbol.for(marker);

/**
 * A stream broke after it had already delivered text. It is not retried: a second answer would repeat or
 * contradict what the reader has seen. `partialText` holds what arrived.
 */
export class StreamInterruptedError extends AisleError {
  private readonly [symbol] = true;
  readonly partialText: string;

  constructor({ partialText, cause }: { partialText: string; cause?: unknown }) {
    super({ name, message: `The stream was interrupted after ${partialText.length} characters.`, cause });
    this.partialText = partialText;
  }

  static override isInstance(error: unknown): error is StreamInterruptedError {
    return AisleError.hasMarker(error, marker);
  }
}
