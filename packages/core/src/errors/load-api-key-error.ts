import { AisleError } from "./aisle-error";

const name = "AisleLoadApiKeyError";
const marker = `aisle.error.${name}`;
const symbol = Symbol.for(marker);

/**
 * No API key could be found when a request was about to be made. Keys resolve lazily, so this surfaces at the
 * first call rather than when the provider is built; the message names the setting and the environment variable.
 */
export class LoadApiKeyError extends AisleError {
  private readonly [symbol] = true;
  readonly environmentVariableName: string;

  constructor({
    provider,
    environmentVariableName,
    settingName = "apiKey",
    cause,
  }: {
    provider: string;
    environmentVariableName: string;
    settingName?: string;
    cause?: unknown;
  }) {
    super({
      name,
      message:
        `The ${provider} API key is missing. Set the ${environmentVariableName} environment variable ` +
        `or pass \`${settingName}\` in the provider settings.`,
      cause,
    });
    this.environmentVariableName = environmentVariableName;
  }

  static override isInstance(error: unknown): error is LoadApiKeyError {
    return AisleError.hasMarker(error, marker);
  }
}
