import { StreamInterruptedError } from "../errors/stream-interrupted-error";
import type { LanguageModelStreamPart, LanguageModelStreamResult } from "../spec";
import { readableFromAsyncIterable } from "../util/stream";

/**
 * Runs `start` and, when an attempt fails before it has delivered any content, asks `recover` whether to
 * start another (retry or fall back). Parts that carry no content (stream-start, metadata) are held back
 * until the first content part, so a replaced attempt leaves no trace. Once content has been delivered an
 * error is final and surfaces as a `StreamInterruptedError` carrying the partial text: repeating an answer the
 * reader has half seen would duplicate it.
 */
export async function recoverableStream({
  start,
  recover,
  finalError = (error) => error,
}: {
  start: (attempt: number) => Promise<LanguageModelStreamResult>;
  /** Resolves to true to try again (after any wait it wants), false to give up with `error`. */
  recover: (error: unknown, attempt: number) => Promise<boolean>;
  /** What to report when giving up on `error` (e.g. an error that lists every attempt). */
  finalError?: (error: unknown) => unknown;
}): Promise<LanguageModelStreamResult> {
  let attempt = 0;
  const startWithRecovery = async (): Promise<LanguageModelStreamResult> => {
    for (;;) {
      try {
        return await start(attempt);
      } catch (error) {
        if (!(await recover(error, attempt))) throw finalError(error);
        attempt += 1;
      }
    }
  };
  const first = await startWithRecovery();

  async function* parts(): AsyncGenerator<LanguageModelStreamPart> {
    let result = first;
    for (;;) {
      const held: LanguageModelStreamPart[] = [];
      let delivered = false;
      let partialText = "";
      let failure: unknown;
      const reader = result.stream.getReader();
      let settled = false;
      try {
        for (;;) {
          let next: ReadableStreamReadResult<LanguageModelStreamPart>;
          try {
            next = await reader.read();
          } catch (error) {
            failure = error;
            break;
          }
          if (next.done) {
            settled = true;
            break;
          }
          const part = next.value;
          if (part.type === "error") {
            failure = part.error;
            break;
          }
          if (!delivered) {
            if (part.type === "stream-start" || part.type === "response-metadata") {
              held.push(part);
              continue;
            }
            delivered = true;
            yield* held;
          }
          if (part.type === "text-delta") partialText += part.delta;
          yield part;
        }
      } finally {
        // The reader left early (the consumer cancelled): cancel the source so its request is aborted.
        if (!settled && failure === undefined) await reader.cancel().catch(() => undefined);
        reader.releaseLock();
      }
      if (failure === undefined) {
        if (!delivered) yield* held;
        return;
      }
      await result.stream.cancel().catch(() => undefined);
      if (delivered) {
        yield { type: "error", error: new StreamInterruptedError({ partialText, cause: failure }) };
        return;
      }
      if (!(await recover(failure, attempt))) {
        yield { type: "error", error: finalError(failure) };
        return;
      }
      attempt += 1;
      try {
        result = await startWithRecovery();
      } catch (error) {
        yield { type: "error", error };
        return;
      }
    }
  }

  return { stream: readableFromAsyncIterable(parts()), response: first.response };
}
