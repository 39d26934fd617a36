import { AisleError } from "./aisle-error";

const name = "AisleBudgetExceededError";
const marker = `aisle.error.${name}`;
const symbol = Symbol.for(marker);

/** A spending budget for a scope (a shop, a feature) is used up; the call was refused before it was made. */
export class BudgetExceededError extends AisleError {
  private readonly [symbol] = true;
  readonly scope: string;
  readonly limitUsd: number;
  readonly spentUsd: number;

  constructor({ scope, limitUsd, spentUsd }: { scope: string; limitUsd: number; spentUsd: number }) {
    super({
      name,
      message: `Budget for '${scope}' is used up: spent $${spentUsd.toFixed(4)} of $${limitUsd.toFixed(4)}.`,
    });
    this.scope = scope;
    this.limitUsd = limitUsd;
    this.spentUsd = spentUsd;
  }

  static override isInstance(error: unknown): error is BudgetExceededError {
    return AisleError.hasMarker(error, marker);
  }
}
