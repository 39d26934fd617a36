import { APIError, APIUserAbortError } from "openai";
import { AisleError } from "../../errors/aisle-error";
import { ApiCallError, isRetryableStatus } from "../../errors/api-call-error";
import { headersToRecord } from "../../util/headers";
import type { OpenAIClientSource } from "./openai-client";

export type ErrorContext = {
  source: OpenAIClientSource;
  /** API path, e.g. `/chat/completions`, for errors that happened before any response. */
  path: string;
  abortSignal: AbortSignal | undefined;
};

/**
 * Turns whatever the SDK threw into what Aisle's middleware understands. Aborts stay aborts (the signal's own
 * reason, so a timeout middleware sees its `TimeoutError`) and are never dressed up as retryable failures;
 * everything else becomes an `ApiCallError` that keeps the status, headers (Retry-After) and body text.
 */
export function mapOpenAIError(error: unknown, context: ErrorContext): unknown {
  const signal = context.abortSignal;
  if (signal?.aborted) return signal.reason ?? abortError();
  if (AisleError.isInstance(error)) return error;
  if (error instanceof APIUserAbortError) return abortError();
  const fallbackUrl = `${context.source.baseURL}${context.path}`;

  if (error instanceof APIError) {
    const failed = error.headers === undefined ? undefined : context.source.failedResponses.get(error.headers);
    const responseHeaders = error.headers === undefined ? undefined : headersToRecord(error.headers);
    const shouldRetryHeader = responseHeaders?.["x-should-retry"];
    const status = typeof error.status === "number" ? error.status : undefined;
    return new ApiCallError({
      message: `${context.source.provider} request failed: ${error.message}`,
      url: failed?.url ?? fallbackUrl,
      statusCode: status,
      responseHeaders,
      responseBody: failed?.body ?? (error.error === undefined ? undefined : JSON.stringify({ error: error.error })),
      // OpenAI says when a failure is worth repeating; otherwise the status decides. An error event inside
      // an already-open stream has no status and counts as a server failure.
      isRetryable: shouldRetryHeader === "true" ? true : shouldRetryHeader === "false" ? false : isRetryableStatus(status),
      cause: error,
    });
  }

  if (error instanceof SyntaxError) {
    return new ApiCallError({
      message: `${context.source.provider} sent a response that is not valid JSON: ${error.message}`,
      url: fallbackUrl,
      isRetryable: false,
      cause: error,
    });
  }

  // Connection refused, reset or cut while the body was streaming.
  const detail = error instanceof Error ? describe(error) : String(error);
  return new ApiCallError({
    message: `${context.source.provider} connection failed: ${detail}`,
    url: fallbackUrl,
    isRetryable: true,
    cause: error,
  });
}

function describe(error: Error): string {
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : "";
  return `${error.message}${cause}`;
}

function abortError(): DOMException {
  return new DOMException("The request was aborted.", "AbortError");
}
