import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AllModelsFailedError } from "../../errors/all-models-failed-error";
import { ApiCallError } from "../../errors/api-call-error";
import { RetryError } from "../../errors/retry-error";
import { StreamInterruptedError } from "../../errors/stream-interrupted-error";
import { generateText } from "../../generate/generate-text";
import { streamText } from "../../generate/stream-text";
import { createFallbackModel } from "../../middleware/fallback-model";
import { retryMiddleware } from "../../middleware/retry-middleware";
import { timeoutMiddleware } from "../../middleware/timeout-middleware";
import { wrapLanguageModel } from "../../middleware/wrap-language-model";
import type { LanguageModel } from "../../spec";
import { createOpenAITestServer, type OpenAITestResponse, type RecordedRequest } from "../../test/openai-test-server";
import { createOpenAI, createOpenAICompatible } from "./openai-provider";

/**
 * Many calls against a server that fails at random, the way a busy provider does: rate limits, 5xx, dropped
 * connections, stalls and streams cut before or after the first word. The properties: every call ends with
 * exactly its own answer (never lost, never another call's, never a word repeated by a retry), or with a
 * typed error when a retry would have repeated text already shown to the shopper.
 */

const primaryURL = "https://api.openai.com/v1";
const secondaryURL = "http://127.0.0.1:11434/v1";
const server = createOpenAITestServer({ baseURLs: [primaryURL, secondaryURL] });
beforeAll(() => server.listen());
afterEach(() => server.reset());
afterAll(() => server.close());

/** mulberry32: a seeded generator, so a failing run can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Fault = "rate-limit" | "server-error" | "network-error" | "stall" | "cut-before-text" | "cut-after-text";
const recoverableFaults: Fault[] = ["rate-limit", "server-error", "network-error", "stall", "cut-before-text"];

function answerFor(question: string): string {
  return `Answer to ${question}: it ships in two days.`;
}

function questionOf(request: RecordedRequest): string {
  const body = request.body as { messages: Array<{ role: string; content: string }> };
  const last = body.messages.at(-1);
  if (last === undefined) throw new Error("the request had no messages");
  return last.content;
}

function completionChunk(content: string | undefined, finish: string | null = null, usage: object | null = null) {
  return {
    id: "chatcmpl-fault",
    object: "chat.completion.chunk",
    created: 1_763_116_800,
    model: "gpt-4o-mini-2024-07-18",
    choices:
      usage === null
        ? [{ index: 0, delta: content === undefined ? {} : { content }, logprobs: null, finish_reason: finish }]
        : [],
    usage,
  };
}

function streamOf(text: string): object[] {
  const words = text.split(/(?= )/);
  return [
    { ...completionChunk(""), choices: [{ index: 0, delta: { role: "assistant", content: "" }, logprobs: null, finish_reason: null }] },
    ...words.map((word) => completionChunk(word)),
    completionChunk(undefined, "stop"),
    completionChunk(undefined, null, { prompt_tokens: 12, completion_tokens: words.length, total_tokens: 12 + words.length }),
  ];
}

function completionOf(text: string): object {
  return {
    id: "chatcmpl-fault",
    object: "chat.completion",
    created: 1_763_116_800,
    model: "gpt-4o-mini-2024-07-18",
    choices: [{ index: 0, message: { role: "assistant", content: text, refusal: null }, logprobs: null, finish_reason: "stop" }],
    usage: { prompt_tokens: 12, completion_tokens: 8, total_tokens: 20 },
  };
}

function faultResponse(fault: Fault, answer: string): OpenAITestResponse {
  switch (fault) {
    case "rate-limit":
      return {
        type: "error",
        status: 429,
        headers: { "retry-after-ms": "2" },
        body: { error: { message: "Rate limit reached for gpt-4o-mini.", type: "requests", param: null, code: "rate_limit_exceeded" } },
      };
    case "server-error":
      return { type: "error", status: 500, body: { error: { message: "The server had an error.", type: "server_error", param: null, code: null } } };
    case "network-error":
      return { type: "network-error" };
    case "stall":
      // Slower than the idle timeout for every event: the first one never arrives in time.
      // Far slower than the idle timeout: the first event never arrives in time, however loaded the machine is.
      return { type: "stream", chunks: streamOf(answer), delayMs: 5_000 };
    case "cut-before-text":
      return { type: "stream", chunks: streamOf(answer).slice(0, 1), end: "error" };
    case "cut-after-text":
      return { type: "stream", chunks: streamOf(answer).slice(0, 4), end: "error" };
  }
}

function resilient(model: LanguageModel): LanguageModel {
  return wrapLanguageModel({
    model,
    middleware: [
      retryMiddleware({ maxRetries: 4, initialDelayMs: 1, maxDelayMs: 4 }),
      // Generous enough that a healthy response never trips it on a busy CI machine.
      timeoutMiddleware({ timeoutMs: 750, streamIdleTimeoutMs: 750 }),
    ],
  });
}

describe("provider layer under random faults", () => {
  it("200 concurrent calls: every answer arrives once and whole, or fails typed when text was already shown", async () => {
    const random = seededRandom(20261201);
    const calls = Array.from({ length: 200 }, (_, index) => {
      const streaming = random() < 0.6;
      // Up to three faults before success; a few streams are cut after their first words.
      const faults: Fault[] = [];
      const faultCount = Math.floor(random() * 4);
      for (let i = 0; i < faultCount; i++) faults.push(recoverableFaults[Math.floor(random() * recoverableFaults.length)] as Fault);
      if (streaming && random() < 0.08) faults.push("cut-after-text");
      return { question: `question #${index}`, streaming, faults };
    });
    const byQuestion = new Map(calls.map((call) => [call.question, call]));
    const attempts = new Map<string, number>();

    server.respondWith("/chat/completions", (request) => {
      const question = questionOf(request);
      const call = byQuestion.get(question);
      if (call === undefined) throw new Error(`unexpected question ${question}`);
      const attempt = attempts.get(question) ?? 0;
      attempts.set(question, attempt + 1);
      const fault = call.faults[attempt];
      const answer = answerFor(question);
      if (fault !== undefined) return faultResponse(fault, answer);
      return call.streaming ? { type: "stream", chunks: streamOf(answer) } : { type: "json", body: completionOf(answer) };
    });

    const model = resilient(createOpenAI({ apiKey: "sk-test" })("gpt-4o-mini"));
    const outcomes = await Promise.all(
      calls.map(async (call) => {
        if (!call.streaming) {
          const result = await generateText({ model, prompt: call.question });
          return { call, text: result.text, error: undefined as unknown };
        }
        const result = streamText({ model, prompt: call.question });
        let text = "";
        try {
          for await (const delta of result.textStream) text += delta;
          return { call, text, error: undefined as unknown };
        } catch (error) {
          return { call, text, error };
        }
      }),
    );

    let delivered = 0;
    let interrupted = 0;
    for (const { call, text, error } of outcomes) {
      const expected = answerFor(call.question);
      if (call.faults.includes("cut-after-text")) {
        interrupted++;
        expect(StreamInterruptedError.isInstance(error), call.question).toBe(true);
        expect(expected.startsWith(text) && text.length > 0 && text.length < expected.length, call.question).toBe(true);
        expect((error as StreamInterruptedError).partialText).toBe(text);
        // Not retried once text was out: exactly one request for the cut attempt, none after it.
        expect(attempts.get(call.question)).toBe(call.faults.length);
      } else {
        delivered++;
        expect(error, call.question).toBeUndefined();
        expect(text, call.question).toBe(expected);
        expect(attempts.get(call.question)).toBe(call.faults.length + 1);
      }
    }
    expect(delivered + interrupted).toBe(200);
    expect(interrupted).toBeGreaterThan(0);
    // Every fault kind was exercised by this seed.
    const seen = new Set(calls.flatMap((call) => call.faults));
    expect([...seen].sort()).toEqual([...recoverableFaults, "cut-after-text"].sort());
  }, 30_000);

  it("falls back to the second provider while the primary is down, for generate and stream", async () => {
    server.respondWith("/chat/completions", (request) => {
      const answer = answerFor(questionOf(request));
      if (request.url.startsWith(primaryURL)) {
        return { type: "error", status: 503, body: { error: { message: "Service unavailable.", type: "server_error", param: null, code: null } } };
      }
      return (request.body as { stream?: boolean }).stream === true
        ? { type: "stream", chunks: streamOf(answer) }
        : { type: "json", body: completionOf(answer) };
    });
    const fallbacks: string[] = [];
    const model = createFallbackModel({
      models: [
        resilient(createOpenAI({ apiKey: "sk-test" })("gpt-4o-mini")),
        resilient(createOpenAICompatible({ name: "ollama", baseURL: secondaryURL })("llama3.2")),
      ],
      onFallback: ({ from, to }) => fallbacks.push(`${from.provider} -> ${to.provider}`),
    });

    const generated = await generateText({ model, prompt: "question A" });
    expect(generated.text).toBe(answerFor("question A"));
    const streamed = streamText({ model, prompt: "question B" });
    let text = "";
    for await (const delta of streamed.textStream) text += delta;
    expect(text).toBe(answerFor("question B"));

    expect(fallbacks).toHaveLength(2);
    // The primary was retried (1 + 4 retries) before falling back; the secondary answered at once.
    const primaryRequests = server.requests.filter((request) => request.url.startsWith(primaryURL));
    const secondaryRequests = server.requests.filter((request) => request.url.startsWith(secondaryURL));
    expect(primaryRequests).toHaveLength(10);
    expect(secondaryRequests).toHaveLength(2);
  });

  it("when every provider fails the error lists each one's typed failure", async () => {
    server.respondWith("/chat/completions", (request) =>
      request.url.startsWith(primaryURL)
        ? { type: "error", status: 401, body: { error: { message: "Incorrect API key provided.", type: "invalid_request_error", param: null, code: "invalid_api_key" } } }
        : { type: "error", status: 500, body: { error: { message: "The server had an error.", type: "server_error", param: null, code: null } } },
    );
    const model = createFallbackModel({
      models: [
        resilient(createOpenAI({ apiKey: "sk-test" })("gpt-4o-mini")),
        resilient(createOpenAICompatible({ name: "ollama", baseURL: secondaryURL })("llama3.2")),
      ],
    });

    for (const run of [
      () => generateText({ model, prompt: "question C" }).then(() => undefined),
      async () => {
        for await (const _ of streamText({ model, prompt: "question D" }).textStream) void _;
      },
    ]) {
      const error = await run().then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(AllModelsFailedError.isInstance(error)).toBe(true);
      const failures = (error as AllModelsFailedError).errors;
      expect(failures.map((failure) => failure.model)).toEqual(["openai:gpt-4o-mini", "ollama:llama3.2"]);
      // 401 is not retried and surfaces as the API error itself; the 500s were retried until the limit.
      const [first, second] = failures.map((failure) => failure.error);
      expect(ApiCallError.isInstance(first) && first.statusCode === 401 && !first.isRetryable).toBe(true);
      expect(RetryError.isInstance(second) || ApiCallError.isInstance(second)).toBe(true);
    }
  });
});
