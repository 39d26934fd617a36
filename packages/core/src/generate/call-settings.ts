import type { ContextDocument, LanguageModel, Usage } from "../spec";
import type { Prompt } from "./prompt";

export type CallSettings = Prompt & {
  model: LanguageModel;
  /** Context the answer may rely on (products, policy sections, reviews); cited back in `sources`. */
  documents?: ContextDocument[];
  maxOutputTokens?: number;
  temperature?: number;
  topP?: number;
  stopSequences?: string[];
  seed?: number;
  abortSignal?: AbortSignal;
  headers?: Record<string, string>;
};

export function callOptions(settings: CallSettings) {
  return {
    documents: settings.documents,
    maxOutputTokens: settings.maxOutputTokens,
    temperature: settings.temperature,
    topP: settings.topP,
    stopSequences: settings.stopSequences,
    seed: settings.seed,
    abortSignal: settings.abortSignal,
    headers: settings.headers,
  };
}

export const emptyUsage = (): Usage => ({ inputTokens: 0, outputTokens: 0, totalTokens: 0 });

export function addUsage(total: Usage, usage: Usage): Usage {
  return {
    inputTokens: total.inputTokens + usage.inputTokens,
    outputTokens: total.outputTokens + usage.outputTokens,
    totalTokens: total.totalTokens + usage.totalTokens,
  };
}
