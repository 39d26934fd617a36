import { describe, expect, it } from "vitest";
import { BudgetExceededError, InvalidConfigError } from "../errors";
import { generateText } from "../generate/generate-text";
import { streamText } from "../generate/stream-text";
import { MockLanguageModel, mockGenerateResult, mockTextStreamParts } from "../test";
import { usageMiddleware } from "./usage-middleware";
import { createUsageTracker } from "./usage-tracker";
import { wrapLanguageModel } from "./wrap-language-model";

const usage = { inputTokens: 1_000_000, outputTokens: 500_000, totalTokens: 1_500_000 };

describe("usage accounting", () => {
  it("prices calls from the table, aggregates by partial scope, and accepts custom prices", () => {
    const tracker = createUsageTracker({ prices: { "my-model": { inputPerMillion: 1, outputPerMillion: 2 } } });
    tracker.record({ shop: "a", feature: "support" }, "openai", "gpt-4o-mini", usage);
    tracker.record({ shop: "a", feature: "copy" }, "openai", "gpt-4o-mini-2024-07-18", usage);
    const custom = tracker.record({ shop: "b", feature: "copy" }, "local", "my-model", usage);
    const unknown = tracker.record({ shop: "b" }, "local", "mystery", usage);
    expect(custom.costUsd).toBeCloseTo(2);
    expect(unknown.priced).toBe(false);
    expect(tracker.totals({ shop: "a" }).costUsd).toBeCloseTo(2 * (0.15 + 0.3));
    expect(tracker.totals({ feature: "copy" }).calls).toBe(2);
    expect(tracker.totals().calls).toBe(4);
  });

  it("refuses further calls in a scope once its budget is spent, leaving other scopes alone", async () => {
    const tracker = createUsageTracker({ budgets: [{ scope: { shop: "a" }, limitUsd: 0.5 }] });
    const inner = new MockLanguageModel({ modelId: "gpt-4o-mini", provider: "openai", doGenerate: mockGenerateResult("ok", { usage }) });
    const forShop = (shop: string) =>
      wrapLanguageModel({ model: inner, middleware: usageMiddleware({ tracker, scope: { shop, feature: "support" } }) });
    await generateText({ model: forShop("a"), prompt: "x" });
    await generateText({ model: forShop("a"), prompt: "x" });
    const error = await generateText({ model: forShop("a"), prompt: "x" }).catch((caught: unknown) => caught);
    expect(BudgetExceededError.isInstance(error)).toBe(true);
    expect(inner.calls).toHaveLength(2);
    await generateText({ model: forShop("b"), prompt: "x" });
    expect(inner.calls).toHaveLength(3);
    expect(tracker.budgets()[0]?.remainingUsd).toBe(0);
  });

  it("records usage of streamed calls from the finish part", async () => {
    const tracker = createUsageTracker();
    const inner = new MockLanguageModel({ modelId: "gpt-4o", provider: "openai", doStream: mockTextStreamParts("hi", usage) });
    const model = wrapLanguageModel({ model: inner, middleware: usageMiddleware({ tracker, scope: { feature: "chat" } }) });
    await streamText({ model, prompt: "x" }).text;
    expect(tracker.totals({ feature: "chat" })).toMatchObject({ calls: 1, inputTokens: 1_000_000, costUsd: 7.5 });
  });

  it("names every bad setting", () => {
    const error = (() => {
      try {
        createUsageTracker({ budgets: [{ scope: {}, limitUsd: -1 }], prices: { x: { inputPerMillion: -2, outputPerMillion: 0 } } });
      } catch (caught) {
        return caught;
      }
    })();
    expect(InvalidConfigError.isInstance(error)).toBe(true);
    expect((error as InvalidConfigError).issues.map((issue) => issue.path).sort()).toEqual(["budgets.0.limitUsd", "prices.x.inputPerMillion"]);
  });
});
