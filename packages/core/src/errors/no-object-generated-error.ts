import type { FinishReason, Usage } from "../spec";
import { AisleError } from "./aisle-error";

const name = "AisleNoObjectGeneratedError";
const marker = `aisle.error.${name}`;
const symbol = Symbol.for(marker);

/** The model's output did not parse or validate against the schema, even after the repair attempt. */
export class NoObjectGeneratedError extends AisleError {
  private readonly [symbol] = true;
  readonly text: string | undefined;
  readonly finishReason: FinishReason | undefined;
  readonly usage: Usage | undefined;

  constructor(options: {
    message?: string;
    text?: string;
    finishReason?: FinishReason;
    usage?: Usage;
    cause?: unknown;
  }) {
    super({ name, message: options.message ?? "No object generated: the response did not match the schema.", cause: options.cause });
    this.text = options.text;
    this.finishReason = options.finishReason;
    this.usage = options.usage;
  }

  static override isInstance(error: unknown): error is NoObjectGeneratedError {
    return AisleError.hasMarker(error, marker);
  }
}
