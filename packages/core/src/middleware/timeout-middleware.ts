import { TimeoutError } from "../errors/timeout-error";
import type { LanguageModelStreamPart } from "../spec";
import { readableFromAsyncIterable } from "../util/stream";
import type { EmbeddingModelMiddleware, LanguageModelMiddleware } from "./language-model-middleware";

export type TimeoutSettings = {
  /** Whole-call limit for generate and embed calls. */
  timeoutMs: number;
  /**
   * For streams: the longest wait for the first part and between two parts. A stream that keeps producing is
   * never cut; one that stalls is. Defaults to `timeoutMs`.
   */
  streamIdleTimeoutMs?: number;
};

/**
 * Per-call timeouts. Put it inside `retryMiddleware` so each attempt gets its own clock; the timed-out
 * request is aborted, and the error is a retryable `TimeoutError`.
 */
export function timeoutMiddleware({ timeoutMs, streamIdleTimeoutMs = timeoutMs }: TimeoutSettings): LanguageModelMiddleware &
  EmbeddingModelMiddleware {
  const withTimeout = async <T>(
    operation: string,
    ms: number,
    signal: AbortSignal | undefined,
    task: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> => {
    const controller = new AbortController();
    const combined = signal === undefined ? controller.signal : AbortSignal.any([signal, controller.signal]);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new TimeoutError({ timeoutMs: ms, operation });
        controller.abort(error);
        reject(error);
      }, ms);
    });
    try {
      return await Promise.race([task(combined), timeout]);
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    wrapGenerate: ({ doGenerate, params }) =>
      withTimeout("Generate call", timeoutMs, params.abortSignal, (abortSignal) => doGenerate({ ...params, abortSignal })),
    wrapEmbed: ({ doEmbed, params }) =>
      withTimeout("Embedding call", timeoutMs, params.abortSignal, (abortSignal) => doEmbed({ ...params, abortSignal })),
    async wrapStream({ doStream, params }) {
      const controller = new AbortController();
      const abortSignal =
        params.abortSignal === undefined ? controller.signal : AbortSignal.any([params.abortSignal, controller.signal]);
      const result = await withTimeout("Stream start", streamIdleTimeoutMs, abortSignal, (signal) =>
        doStream({ ...params, abortSignal: signal }),
      );
      const reader = result.stream.getReader();
      async function* parts(): AsyncGenerator<LanguageModelStreamPart> {
        try {
          for (;;) {
            let timer: ReturnType<typeof setTimeout> | undefined;
            const idle = new Promise<never>((_, reject) => {
              timer = setTimeout(() => {
                const error = new TimeoutError({ timeoutMs: streamIdleTimeoutMs, operation: "Waiting for the next stream part" });
                controller.abort(error);
                reject(error);
              }, streamIdleTimeoutMs);
            });
            let next: ReadableStreamReadResult<LanguageModelStreamPart>;
            try {
              next = await Promise.race([reader.read(), idle]);
            } catch (error) {
              yield { type: "error", error };
              return;
            } finally {
              clearTimeout(timer);
            }
            if (next.done) return;
            yield next.value;
          }
        } finally {
          await reader.cancel().catch(() => undefined);
        }
      }
      return { ...result, stream: readableFromAsyncIterable(parts()) };
    },
  };
}
