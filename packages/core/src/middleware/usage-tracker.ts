import { z } from "zod";
import { BudgetExceededError } from "../errors/budget-exceeded-error";
import type { Usage } from "../spec";
import { parseSettings } from "../util/parse-settings";
import { defaultPrices, type ModelPrice } from "./prices";

/** Who a call is for, e.g. `{ shop: "acme.myshopify.com", feature: "support" }`. */
export type UsageScope = Record<string, string>;

export type UsageRecord = {
  scope: UsageScope;
  provider: string;
  modelId: string;
  usage: Usage;
  costUsd: number;
  /** False when the model had no price in the table: its cost counts as 0. */
  priced: boolean;
};

export type UsageTotals = { calls: number; inputTokens: number; outputTokens: number; totalTokens: number; costUsd: number };

const modelPriceSchema = z.object({ inputPerMillion: z.number().min(0), outputPerMillion: z.number().min(0) });

const usageTrackerSettingsSchema = z.object({
  prices: z.record(z.string(), modelPriceSchema).default({}),
  /** A budget applies to every call whose scope contains all of `scope`'s entries. */
  budgets: z.array(z.object({ scope: z.record(z.string(), z.string()), limitUsd: z.number().positive() })).default([]),
  onRecord: z.custom<(record: UsageRecord) => void>((value) => typeof value === "function").optional(),
});

export type UsageTrackerSettings = z.input<typeof usageTrackerSettingsSchema>;

const zeroTotals = (): UsageTotals => ({ calls: 0, inputTokens: 0, outputTokens: 0, totalTokens: 0, costUsd: 0 });
const scopeKey = (scope: UsageScope) =>
  Object.keys(scope)
    .sort()
    .map((key) => `${key}=${scope[key]}`)
    .join(",");
const matches = (selector: UsageScope, scope: UsageScope) =>
  Object.entries(selector).every(([key, value]) => scope[key] === value);

/**
 * Usage and cost accounting with budgets. Totals are kept per exact scope and summed on demand for any
 * partial scope; each budget keeps its own running sum so checking one costs nothing per recorded call.
 */
export function createUsageTracker(settings: UsageTrackerSettings = {}) {
  const options = parseSettings("usage tracker", usageTrackerSettingsSchema, settings);
  const prices: Record<string, ModelPrice> = { ...defaultPrices, ...options.prices };
  const byScope = new Map<string, { scope: UsageScope; totals: UsageTotals }>();
  const budgets = options.budgets.map((budget) => ({ ...budget, spentUsd: 0 }));

  const priceOf = (provider: string, modelId: string): ModelPrice | undefined => {
    if (provider === "offline") return { inputPerMillion: 0, outputPerMillion: 0 };
    return prices[`${provider}:${modelId}`] ?? prices[modelId] ?? prices[modelId.replace(/-\d{4}-\d{2}-\d{2}$/, "")];
  };

  return {
    /** Throws `BudgetExceededError` when any budget covering `scope` is used up. */
    assertWithinBudget(scope: UsageScope): void {
      for (const budget of budgets) {
        if (matches(budget.scope, scope) && budget.spentUsd >= budget.limitUsd) {
          throw new BudgetExceededError({ scope: scopeKey(budget.scope), limitUsd: budget.limitUsd, spentUsd: budget.spentUsd });
        }
      }
    },
    record(scope: UsageScope, provider: string, modelId: string, usage: Usage): UsageRecord {
      const price = priceOf(provider, modelId);
      const costUsd =
        price === undefined
          ? 0
          : (usage.inputTokens * price.inputPerMillion + usage.outputTokens * price.outputPerMillion) / 1_000_000;
      const key = scopeKey(scope);
      const entry = byScope.get(key) ?? { scope: { ...scope }, totals: zeroTotals() };
      entry.totals.calls += 1;
      entry.totals.inputTokens += usage.inputTokens;
      entry.totals.outputTokens += usage.outputTokens;
      entry.totals.totalTokens += usage.totalTokens;
      entry.totals.costUsd += costUsd;
      byScope.set(key, entry);
      for (const budget of budgets) if (matches(budget.scope, scope)) budget.spentUsd += costUsd;
      const record = { scope, provider, modelId, usage, costUsd, priced: price !== undefined };
      options.onRecord?.(record);
      return record;
    },
    /** Sums every call whose scope contains all entries of `selector` (all calls when omitted). */
    totals(selector: UsageScope = {}): UsageTotals {
      const sum = zeroTotals();
      for (const { scope, totals } of byScope.values()) {
        if (!matches(selector, scope)) continue;
        sum.calls += totals.calls;
        sum.inputTokens += totals.inputTokens;
        sum.outputTokens += totals.outputTokens;
        sum.totalTokens += totals.totalTokens;
        sum.costUsd += totals.costUsd;
      }
      return sum;
    },
    budgets(): Array<{ scope: UsageScope; limitUsd: number; spentUsd: number; remainingUsd: number }> {
      return budgets.map(({ scope, limitUsd, spentUsd }) => ({
        scope,
        limitUsd,
        spentUsd,
        remainingUsd: Math.max(0, limitUsd - spentUsd),
      }));
    },
  };
}

export type UsageTracker = ReturnType<typeof createUsageTracker>;
