import { AisleError } from "./aisle-error";

const name = "AisleInjectionDetectedError";
const marker = `aisle.error.${name}`;
const symbol = Symbol.for(marker);

export type InjectionDetectedSignal = { family: string; rule: string; span: { start: number; end: number }; weight: number };

/**
 * A shopper message was refused as a prompt injection before it reached the model. Features catch it and
 * answer with their own refusal; the message text is not repeated here, so logging the error leaks nothing.
 */
export class InjectionDetectedError extends AisleError {
  private readonly [symbol] = true;
  readonly source: "shopper" | "retrieved";
  readonly score: number;
  readonly signals: InjectionDetectedSignal[];
  /** Index of the refused message in the call's `messages`. */
  readonly messageIndex: number | undefined;

  constructor({
    source,
    score,
    signals,
    messageIndex,
    cause,
  }: {
    source: "shopper" | "retrieved";
    score: number;
    signals: InjectionDetectedSignal[];
    messageIndex?: number;
    cause?: unknown;
  }) {
    const families = [...new Set(signals.map((signal) => signal.family))].join(", ");
    super({
      name,
      message: `Prompt injection detected in the ${source === "shopper" ? "shopper message" : "retrieved content"} (score ${score.toFixed(2)}${families ? `: ${families}` : ""}).`,
      cause,
    });
    this.source = source;
    this.score = score;
    this.signals = signals;
    this.messageIndex = messageIndex;
  }

  static override isInstance(error: unknown): error is InjectionDetectedError {
    return AisleError.hasMarker(error, marker);
  }
}
