import { z } from "zod";
import { ApiCallError } from "../errors/api-call-error";
import { RetryError } from "../errors/retry-error";
import { TimeoutError } from "../errors/timeout-error";
import { delay } from "../util/delay";
import { isAbortError } from "../util/is-abort-error";
import { parseSettings } from "../util/parse-settings";
import type { EmbeddingModelMiddleware, LanguageModelMiddleware } from "./language-model-middleware";
import { recoverableStream } from "./recoverable-stream";

const retrySettingsSchema = z.object({
  maxRetries: z.number().int().min(0).max(20).default(2),
  initialDelayMs: z.number().min(0).default(500),
  maxDelayMs: z.number().min(0).default(20_000),
  /** A server's Retry-After is honoured up to this; beyond it the call fails rather than stall a shopper. */
  maxRetryAfterMs: z.number().min(0).default(60_000),
  /** Full jitter spreads retries of many clients hit by the same outage. */
  jitter: z.boolean().default(true),
  random: z.custom<() => number>((value) => typeof value === "function").optional(),
  onRetry: z
    .custom<(event: RetryEvent) => void>((value) => typeof value === "function")
    .optional(),
});

export type RetrySettings = z.input<typeof retrySettingsSchema>;
export type RetryEvent = { attempt: number; delayMs: number; error: unknown };

export function isRetryableError(error: unknown): boolean {
  if (isAbortError(error)) return false;
  if (ApiCallError.isInstance(error)) return error.isRetryable;
  return TimeoutError.isInstance(error);
}

/**
 * A retry policy: exponential backoff with full jitter, and the server's `Retry-After` when it gave one.
 * Streams are retried only while nothing has been delivered (see `recoverableStream`).
 */
export function createRetryPolicy(settings: RetrySettings = {}) {
  const options = parseSettings("retry", retrySettingsSchema, settings);
  const random = options.random ?? Math.random;

  const delayFor = (error: unknown, attempt: number): number | undefined => {
    const backoff = Math.min(options.maxDelayMs, options.initialDelayMs * 2 ** attempt);
    const jittered = options.jitter ? backoff * random() : backoff;
    const retryAfter = ApiCallError.isInstance(error) ? error.retryAfterMs : undefined;
    if (retryAfter === undefined) return jittered;
    if (retryAfter > options.maxRetryAfterMs) return undefined;
    return Math.max(retryAfter, jittered);
  };

  /** Resolves true after waiting when another attempt should run. */
  const shouldRetry = async (error: unknown, attempt: number, signal?: AbortSignal): Promise<boolean> => {
    if (attempt >= options.maxRetries || !isRetryableError(error)) return false;
    const wait = delayFor(error, attempt);
    if (wait === undefined) return false;
    options.onRetry?.({ attempt: attempt + 1, delayMs: wait, error });
    await delay(wait, signal);
    return true;
  };

  const run = async <T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> => {
    const errors: unknown[] = [];
    for (let attempt = 0; ; attempt++) {
      try {
        return await task();
      } catch (error) {
        errors.push(error);
        if (await shouldRetry(error, attempt, signal)) continue;
        if (errors.length === 1) throw error;
        throw new RetryError({
          message: `Failed after ${errors.length} attempts: ${error instanceof Error ? error.message : String(error)}`,
          reason: isRetryableError(error) ? "max-retries-exceeded" : "error-not-retryable",
          errors,
        });
      }
    }
  };

  return { options, run, shouldRetry };
}

export function retryMiddleware(settings: RetrySettings = {}): LanguageModelMiddleware & EmbeddingModelMiddleware {
  const policy = createRetryPolicy(settings);
  return {
    wrapGenerate: ({ doGenerate, params }) => policy.run(() => doGenerate(), params.abortSignal),
    wrapStream: ({ doStream, params }) =>
      recoverableStream({
        start: () => doStream(),
        recover: (error, attempt) => policy.shouldRetry(error, attempt, params.abortSignal),
      }),
    wrapEmbed: ({ doEmbed, params }) => policy.run(() => doEmbed(), params.abortSignal),
  };
}
