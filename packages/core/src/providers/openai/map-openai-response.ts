import type { ContextDocument, FinishReason, Usage } from "../../spec";

export const chatCompletionsPath = "/chat/completions";

export function hasDocuments(documents: readonly ContextDocument[] | undefined): documents is ContextDocument[] {
  return documents !== undefined && documents.length > 0;
}

export function mapFinishReason(reason: string | null | undefined): FinishReason {
  switch (reason) {
    case "stop":
      return "stop";
    case "length":
      return "length";
    case "tool_calls":
    case "function_call":
      return "tool-calls";
    case "content_filter":
      return "content-filter";
    default:
      return "other";
  }
}

export type OpenAIUsage = { prompt_tokens?: number | null; completion_tokens?: number | null; total_tokens?: number | null };

export function mapUsage(usage: OpenAIUsage | null | undefined): Usage {
  const inputTokens = usage?.prompt_tokens ?? 0;
  const outputTokens = usage?.completion_tokens ?? 0;
  return { inputTokens, outputTokens, totalTokens: usage?.total_tokens ?? inputTokens + outputTokens };
}
