import { AisleError } from "./aisle-error";

const name = "AisleBiasLexiconError";
const marker = `aisle.error.${name}`;
const symbol = Symbol.for(marker);

/**
 * A lexicon the bias linter reads from an installed package could not be loaded: the package is missing, a
 * bundler left it out, or its data changed shape. `lexicon` names the package.
 */
export class BiasLexiconError extends AisleError {
  private readonly [symbol] = true;
  readonly lexicon: string;

  constructor({ lexicon, message, cause }: { lexicon: string; message: string; cause?: unknown }) {
    super({ name, message: `Could not load the ${lexicon} lexicon: ${message}`, cause });
    this.lexicon = lexicon;
  }

  static override isInstance(error: unknown): error is BiasLexiconError {
    return AisleError.hasMarker(error, marker);
  }
}
