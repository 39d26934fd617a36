import { AisleError } from "./aisle-error";

const name = "AisleInvalidToolInputError";
const marker = `aisle.error.${name}`;
const symbol = Symbol.for(marker);

/** The model called a tool with arguments that do not parse against the tool's schema, or an unknown tool. */
export class InvalidToolInputError extends AisleError {
  private readonly [symbol] = true;
  readonly toolName: string;
  readonly toolInput: string;

  constructor({ toolName, toolInput, message, cause }: { toolName: string; toolInput: string; message: string; cause?: unknown }) {
    super({ name, message: `Invalid call of tool '${toolName}': ${message}`, cause });
    this.toolName = toolName;
    this.toolInput = toolInput;
  }

  static override isInstance(error: unknown): error is InvalidToolInputError {
    return AisleError.hasMarker(error, marker);
  }
}
