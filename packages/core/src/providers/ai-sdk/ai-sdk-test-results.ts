/*
 * Builders for AI SDK v4 results in the tests. They are typed with `@ai-sdk/provider`'s own types (a dev
 * dependency, type-only), so a result that would not be valid for a real v4 model does not compile.
 * Imported by `*.test.ts` files only; nothing in the package entry reaches this file.
 */
import type {
  LanguageModelV4Content,
  LanguageModelV4FinishReason,
  LanguageModelV4GenerateResult,
  LanguageModelV4StreamPart,
  LanguageModelV4StreamResult,
  LanguageModelV4Usage,
} from "@ai-sdk/provider";
import { convertArrayToReadableStream } from "ai/test";

export function usageV4(input: number | undefined, output: number | undefined): LanguageModelV4Usage {
  return {
    inputTokens: { total: input, noCache: input, cacheRead: undefined, cacheWrite: undefined },
    outputTokens: { total: output, text: output, reasoning: undefined },
  };
}

export function finishReasonV4(unified: LanguageModelV4FinishReason["unified"], raw?: string): LanguageModelV4FinishReason {
  return { unified, raw };
}

export function generateResultV4(
  content: LanguageModelV4Content[],
  overrides: Partial<LanguageModelV4GenerateResult> = {},
): LanguageModelV4GenerateResult {
  return {
    content,
    finishReason: finishReasonV4("stop", "stop"),
    usage: usageV4(12, 5),
    warnings: [],
    ...overrides,
  };
}

export function streamResultV4(
  parts: LanguageModelV4StreamPart[],
  overrides: Omit<LanguageModelV4StreamResult, "stream"> = {},
): LanguageModelV4StreamResult {
  return { stream: convertArrayToReadableStream(parts), ...overrides };
}

/** The parts a v4 provider emits for a plain text answer, in the order the first-party providers use. */
export function textStreamPartsV4(deltas: string[], usage = usageV4(9, deltas.length)): LanguageModelV4StreamPart[] {
  return [
    { type: "stream-start", warnings: [] },
    { type: "response-metadata", id: "resp_1", modelId: "mock-model-2025", timestamp: new Date(0) },
    { type: "text-start", id: "text_1" },
    ...deltas.map((delta): LanguageModelV4StreamPart => ({ type: "text-delta", id: "text_1", delta })),
    { type: "text-end", id: "text_1" },
    { type: "finish", finishReason: finishReasonV4("stop", "stop"), usage },
  ];
}
