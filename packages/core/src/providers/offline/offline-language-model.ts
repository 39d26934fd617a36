import { createHash } from "node:crypto";
import { getTokenizer } from "../../prompt/tokenizer";
import type {
  LanguageModel,
  LanguageModelCallOptions,
  LanguageModelGenerateResult,
  LanguageModelStreamPart,
  LanguageModelStreamResult,
  Message,
  ResponseMetadata,
  Source,
  ToolCall,
  ToolDefinition,
  Usage,
} from "../../spec";
import { parseSettings } from "../../util/parse-settings";
import { answerFromFreshToolResults, answerQuestion, questionQuery, type AnswerOptions, type ExtractiveAnswer } from "./extractive-answer";
import {
  buildKnowledge,
  documentInputs,
  lastUserIndex,
  minimumLanguageLead,
  toSource,
  toolResultInputs,
  userMessageInputs,
  type Knowledge,
  type KnowledgeUnit,
} from "./knowledge";
import type { QueryTerm } from "./lexical-index";
import {
  fallbackMessages,
  offlineLanguageModelSettingsSchema,
  type OfflineLanguageModelSettings,
  type ResolvedOfflineLanguageModelSettings,
} from "./offline-settings";
import { fillSchema } from "./schema-filler";
import { detectLanguage, languageEvidence, type OfflineLanguage } from "./text-analysis";
import { rankTools } from "./tool-selection";

export const offlineLanguageModelId = "offline-extractive-1";

/** In "auto" mode a tool is called only when it covers at least this share of the question. */
const minimumToolCoverage = 0.5;
/** ... or when at least this many of the question's words name it (long questions say more than the intent). */
const minimumToolMatches = 2;

/**
 * A language model that needs no network and no key: it answers by quoting the sentences of the context
 * documents and tool results that best match the question (BM25 with stemming, accent folding and title
 * matching), fills JSON schemas and tool arguments from the same context, and says so plainly when the
 * context does not hold the answer. Every sentence it returns is quoted; the same input gives the same
 * output. It is the default model when no API key is configured, so demos and feature tests run on it.
 */
export function createOfflineLanguageModel(settings: OfflineLanguageModelSettings = {}): LanguageModel {
  const resolved = parseSettings("offline language model", offlineLanguageModelSettingsSchema, settings);
  return new OfflineLanguageModel(resolved);
}

class OfflineLanguageModel implements LanguageModel {
  readonly specificationVersion = "aisle.v1" as const;
  readonly provider = "offline";
  readonly modelId = offlineLanguageModelId;
  /** Structured output is filled from the schema itself, so it always validates. */
  readonly supportsStructuredOutputs = true;

  constructor(private readonly settings: ResolvedOfflineLanguageModelSettings) {}

  async doGenerate(options: LanguageModelCallOptions): Promise<LanguageModelGenerateResult> {
    options.abortSignal?.throwIfAborted();
    return this.respond(options);
  }

  async doStream(options: LanguageModelCallOptions): Promise<LanguageModelStreamResult> {
    const signal = options.abortSignal;
    signal?.throwIfAborted();
    const result = this.respond(options);
    const parts = streamParts(result, this.settings.wordsPerDelta);
    let index = 0;
    let settled = false;
    let onAbort: (() => void) | undefined;
    const stream = new ReadableStream<LanguageModelStreamPart>(
      {
        start(controller) {
          // Erroring on abort, rather than at the next pull, drops parts already queued but not yet read.
          onAbort = () => {
            if (settled) return;
            settled = true;
            controller.error(signal?.reason);
          };
          signal?.addEventListener("abort", onAbort, { once: true });
        },
        pull(controller) {
          if (settled) return;
          const part = parts[index++];
          if (part !== undefined) {
            controller.enqueue(part);
            return;
          }
          settled = true;
          if (onAbort !== undefined) signal?.removeEventListener("abort", onAbort);
          controller.close();
        },
        cancel() {
          settled = true;
          if (onAbort !== undefined) signal?.removeEventListener("abort", onAbort);
        },
      },
      { highWaterMark: 0 },
    );
    return { stream, ...(result.response === undefined ? {} : { response: result.response }) };
  }

  private respond(options: LanguageModelCallOptions): LanguageModelGenerateResult {
    const messages = options.messages;
    const lastUser = lastUserIndex(messages);
    const question = lastUser === -1 ? "" : (messages[lastUser] as Message).content;
    const previousQuestion = findPreviousUserMessage(messages, lastUser);
    const tokenizer = getTokenizer("o200k_base");
    const usageInput = inputTokens(options, tokenizer.count);

    const toolCall = this.decideToolCall(options, question, lastUser);
    if (toolCall !== undefined) {
      return finalise({
        options,
        text: "",
        toolCalls: [toolCall],
        finishReason: "tool-calls",
        sources: [],
        inputTokens: usageInput,
        count: tokenizer.count,
      });
    }

    const knowledge = buildKnowledge([
      ...documentInputs(options.documents ?? []),
      ...toolResultInputs(messages),
      ...userMessageInputs(messages),
    ]);
    const query = questionQuery(question, previousQuestion);
    const answerOptions: AnswerOptions = {
      maxSentences: this.settings.maxSentences,
      maxTokens: options.maxOutputTokens ?? this.settings.maxOutputTokens,
      minimumRelevance: this.settings.minimumRelevance,
      tokenizer,
      allowSource: (source) => knowledge.sources[source]?.kind !== "message",
      ...questionLanguage(question),
    };
    const fallback = this.fallbackMessage(question);

    if (options.responseFormat?.type === "json") {
      const used = new Set<number>();
      const answer = (extraTerms: readonly QueryTerm[], scope: number | undefined, maxUnits?: number) => {
        const capped = { ...answerOptions, maxSentences: maxUnits ?? answerOptions.maxSentences };
        const result =
          scope === undefined
            ? this.answer(knowledge, [...query, ...extraTerms], capped)
            : // Within one chosen document every unit is on topic, so nothing is held back for relevance.
              answerQuestion(knowledge, [...query, ...extraTerms], { ...capped, minimumRelevance: 0, allowSource: (source) => source === scope });
        for (const source of result.sources) used.add(source);
        return { text: result.text, units: result.units.map((unit) => (knowledge.units[unit] as KnowledgeUnit).text) };
      };
      const schema = options.responseFormat.schema;
      const value =
        schema === undefined
          ? { answer: answer([], undefined).text || fallback }
          : fillSchema(schema, {
              mode: "object",
              knowledge,
              question,
              userTexts: userTexts(messages),
              minimumRelevance: this.settings.minimumRelevance,
              fallbackMessage: fallback,
              answer,
              instructions: systemTexts(messages),
              onSourceUsed: (source) => used.add(source),
            }).value;
      return finalise({
        options,
        text: JSON.stringify(value),
        toolCalls: [],
        finishReason: "stop",
        sources: documentSources(knowledge, [...used].sort((left, right) => left - right)),
        inputTokens: usageInput,
        count: tokenizer.count,
      });
    }

    const answer = this.answer(knowledge, query, answerOptions);
    const cut = applyStopSequences(answer.text === "" ? fallback : answer.text, options.stopSequences);
    return finalise({
      options,
      text: cut.text,
      toolCalls: [],
      finishReason: answer.truncated && !cut.stopped ? "length" : "stop",
      sources: answer.text === "" ? [] : documentSources(knowledge, answer.sources),
      inputTokens: usageInput,
      count: tokenizer.count,
    });
  }

  /** Tool results fetched for the latest question answer it; otherwise the documents do. */
  private answer(knowledge: Knowledge, query: readonly QueryTerm[], options: AnswerOptions): ExtractiveAnswer {
    if (knowledge.sources.some((source) => source.fresh)) {
      const fromTools = answerFromFreshToolResults(knowledge, query, options);
      if (fromTools.text !== "") return fromTools;
    }
    return answerQuestion(knowledge, query, options);
  }

  private decideToolCall(options: LanguageModelCallOptions, question: string, lastUser: number): ToolCall | undefined {
    const tools = options.tools ?? [];
    const choice = options.toolChoice ?? "auto";
    if (tools.length === 0 || choice === "none") return undefined;
    const freshResults = options.messages.slice(lastUser + 1).filter((message) => message.role === "tool");

    let tool: ToolDefinition | undefined;
    let requireEvidence = false;
    if (typeof choice === "object") {
      if (freshResults.some((message) => message.role === "tool" && message.toolName === choice.name)) return undefined;
      tool = tools.find((candidate) => candidate.name === choice.name);
    } else {
      if (freshResults.length > 0) return undefined;
      const [best] = rankTools(tools, question);
      if (choice === "required") tool = best?.tool ?? tools[0];
      else if (
        best !== undefined &&
        (best.coverage >= minimumToolCoverage || best.matched >= minimumToolMatches) &&
        best.coverage > this.documentRelevance(options, question, lastUser)
      ) {
        tool = best.tool;
        requireEvidence = true;
      }
    }
    if (tool === undefined) return undefined;

    const knowledge = buildKnowledge([...userMessageInputs(options.messages), ...toolResultInputs(options.messages)]);
    const filled = fillSchema(tool.inputSchema, {
      mode: "tool",
      knowledge,
      question,
      userTexts: userTexts(options.messages),
      minimumRelevance: this.settings.minimumRelevance,
      fallbackMessage: this.fallbackMessage(question),
      answer: () => ({ text: question, units: [question] }),
      instructions: systemTexts(options.messages),
    });
    // Unprompted, call a tool only when the conversation holds its required arguments: never invent them.
    if (requireEvidence && filled.missing.length > 0) return undefined;
    const input = JSON.stringify(filled.value ?? {});
    return { toolCallId: `call_${digest([tool.name, input, options.messages])}`, toolName: tool.name, input };
  }

  /** How well the documents answer the question, on the same 0-1 scale as a tool's coverage. */
  private documentRelevance(options: LanguageModelCallOptions, question: string, lastUser: number): number {
    if ((options.documents ?? []).length === 0) return 0;
    const knowledge = buildKnowledge(documentInputs(options.documents ?? []));
    const answer = answerQuestion(knowledge, questionQuery(question, findPreviousUserMessage(options.messages, lastUser)), {
      maxSentences: 1,
      maxTokens: Number.MAX_SAFE_INTEGER,
      minimumRelevance: 0,
      tokenizer: getTokenizer("o200k_base"),
      allowSource: () => true,
    });
    return answer.relevance;
  }

  private fallbackMessage(question: string): string {
    if (this.settings.fallbackMessage !== undefined) return this.settings.fallbackMessage;
    const language = this.settings.fallbackLanguage === "auto" ? detectLanguage(question) : this.settings.fallbackLanguage;
    return fallbackMessages[language];
  }
}

function questionLanguage(question: string): { language?: OfflineLanguage } {
  const evidence = languageEvidence(question);
  return evidence.lead >= minimumLanguageLead ? { language: evidence.language } : {};
}

function findPreviousUserMessage(messages: readonly Message[], before: number): string | undefined {
  for (let index = before - 1; index >= 0; index--) {
    const message = messages[index] as Message;
    if (message.role === "user") return message.content;
  }
  return undefined;
}

function systemTexts(messages: readonly Message[]): string[] {
  return messages.filter((message) => message.role === "system").map((message) => message.content);
}

function userTexts(messages: readonly Message[]): string[] {
  return messages.filter((message) => message.role === "user").map((message) => message.content).reverse();
}

/** Sources for the documents among `used`; tool results and messages are not documents and are not cited. */
function documentSources(knowledge: Knowledge, used: readonly number[]): Source[] {
  const sources: Source[] = [];
  const seen = new Set<string>();
  for (const index of used) {
    const source = knowledge.sources[index];
    if (source === undefined || source.kind !== "document" || seen.has(source.id)) continue;
    seen.add(source.id);
    sources.push(toSource(source));
  }
  return sources;
}

function applyStopSequences(text: string, stopSequences: readonly string[] | undefined): { text: string; stopped: boolean } {
  let end = text.length;
  for (const sequence of stopSequences ?? []) {
    if (sequence === "") continue;
    const at = text.indexOf(sequence);
    if (at !== -1 && at < end) end = at;
  }
  return { text: text.slice(0, end).trimEnd(), stopped: end < text.length };
}

/** Everything the model reads: messages (with earlier tool calls) and documents. */
function inputTokens(options: LanguageModelCallOptions, count: (text: string) => number): number {
  let total = 0;
  for (const message of options.messages) {
    total += count(message.content);
    if (message.role === "assistant") for (const call of message.toolCalls ?? []) total += count(call.input);
  }
  for (const document of options.documents ?? []) {
    total += count(document.text) + (document.title === undefined ? 0 : count(document.title));
  }
  return total;
}

function finalise({
  options,
  text,
  toolCalls,
  finishReason,
  sources,
  inputTokens,
  count,
}: {
  options: LanguageModelCallOptions;
  text: string;
  toolCalls: ToolCall[];
  finishReason: LanguageModelGenerateResult["finishReason"];
  sources: Source[];
  inputTokens: number;
  count: (text: string) => number;
}): LanguageModelGenerateResult {
  const outputTokens = count(text) + toolCalls.reduce((sum, call) => sum + count(call.input), 0);
  const usage: Usage = { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens };
  const response: ResponseMetadata = {
    id: `offline_${digest([options.messages, options.documents ?? [], options.responseFormat ?? null, options.tools ?? [], options.toolChoice ?? null])}`,
    modelId: offlineLanguageModelId,
  };
  return { text, toolCalls, finishReason, usage, sources, response };
}

/** A short hash of the input, so ids are stable for the same call instead of random. */
function digest(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 24);
}

/**
 * The parts that stream `result`: text in deltas of a few words (concatenated they give the text exactly),
 * then sources, then tool calls, then the finish part with the same usage.
 */
export function streamParts(result: LanguageModelGenerateResult, wordsPerDelta: number): LanguageModelStreamPart[] {
  const parts: LanguageModelStreamPart[] = [{ type: "stream-start" }];
  if (result.response !== undefined) parts.push({ type: "response-metadata", response: result.response });
  const pieces = result.text.match(/\S+\s*|\s+/g) ?? [];
  for (let index = 0; index < pieces.length; index += wordsPerDelta) {
    parts.push({ type: "text-delta", delta: pieces.slice(index, index + wordsPerDelta).join("") });
  }
  for (const source of result.sources ?? []) parts.push({ type: "source", source });
  for (const call of result.toolCalls) parts.push({ type: "tool-call", toolCallId: call.toolCallId, toolName: call.toolName, input: call.input });
  parts.push({ type: "finish", finishReason: result.finishReason, usage: result.usage });
  return parts;
}
