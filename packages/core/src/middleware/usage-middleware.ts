import type { LanguageModelStreamPart } from "../spec";
import { readableFromAsyncIterable, iterateStream } from "../util/stream";
import type { EmbeddingModelMiddleware, LanguageModelMiddleware } from "./language-model-middleware";
import type { UsageScope, UsageTracker } from "./usage-tracker";

/**
 * Records usage and cost of every call under `scope`, and refuses calls once a budget covering the scope
 * is spent (before any request is made). Put it outermost so retries count once per attempt's real usage.
 */
export function usageMiddleware({
  tracker,
  scope,
}: {
  tracker: UsageTracker;
  scope: UsageScope | (() => UsageScope);
}): LanguageModelMiddleware & EmbeddingModelMiddleware {
  const currentScope = () => (typeof scope === "function" ? scope() : scope);
  return {
    async wrapGenerate({ doGenerate, model }) {
      const callScope = currentScope();
      tracker.assertWithinBudget(callScope);
      const result = await doGenerate();
      tracker.record(callScope, model.provider, model.modelId, result.usage);
      return result;
    },
    async wrapStream({ doStream, model }) {
      const callScope = currentScope();
      tracker.assertWithinBudget(callScope);
      const result = await doStream();
      async function* parts(): AsyncGenerator<LanguageModelStreamPart> {
        for await (const part of iterateStream(result.stream)) {
          if (part.type === "finish") tracker.record(callScope, model.provider, model.modelId, part.usage);
          yield part;
        }
      }
      return { ...result, stream: readableFromAsyncIterable(parts()) };
    },
    async wrapEmbed({ doEmbed, model }) {
      const callScope = currentScope();
      tracker.assertWithinBudget(callScope);
      const result = await doEmbed();
      const tokens = result.usage?.tokens ?? 0;
      tracker.record(callScope, model.provider, model.modelId, { inputTokens: tokens, outputTokens: 0, totalTokens: tokens });
      return result;
    },
  };
}
