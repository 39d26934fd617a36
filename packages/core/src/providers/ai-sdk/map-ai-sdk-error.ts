import { AisleError } from "../../errors/aisle-error";
import { ApiCallError } from "../../errors/api-call-error";
import { isAbortError } from "../../util/is-abort-error";

/** The AI SDK marks its errors with global symbols, so the check holds across duplicated package copies. */
const apiCallErrorMarker = Symbol.for("vercel.ai.error.AI_APICallError");

/** The fields of `@ai-sdk/provider`'s `APICallError` that Aisle keeps. */
type AiSdkApiCallError = Error & {
  url: string;
  statusCode?: number | undefined;
  responseHeaders?: Record<string, string> | undefined;
  responseBody?: string | undefined;
  isRetryable?: boolean;
};

export function isAiSdkApiCallError(error: unknown): error is AiSdkApiCallError {
  if (!(error instanceof Error)) return false;
  const candidate = error as Error & Record<symbol, unknown> & { url?: unknown };
  // The name check covers errors whose symbol did not survive, e.g. re-created after crossing a worker boundary.
  const marked = candidate[apiCallErrorMarker] === true || candidate.name === "AI_APICallError";
  return marked && typeof candidate.url === "string";
}

export type AiSdkErrorContext = {
  provider: string;
  /** Where the request went, for errors the provider did not attach a URL to. */
  location: string;
  abortSignal: AbortSignal | undefined;
};

/**
 * Turns what an AI SDK model threw into what Aisle's retry and fallback middleware understand. Aborts pass
 * through untouched (a timeout middleware must see its own reason), as do Aisle's errors and AI SDK errors
 * that are not about the HTTP call (a missing API key, a malformed response): those are not worth retrying, and
 * their own class tells the user more than a wrapper would.
 */
export function mapAiSdkError(error: unknown, context: AiSdkErrorContext): unknown {
  if (context.abortSignal?.aborted || isAbortError(error) || AisleError.isInstance(error)) return error;
  if (!isAiSdkApiCallError(error)) return error;
  return new ApiCallError({
    message: `${context.provider} request failed: ${error.message}`,
    url: error.url,
    statusCode: error.statusCode,
    responseHeaders: error.responseHeaders,
    responseBody: error.responseBody,
    // The provider decided (it may know better than the status, e.g. OpenAI's `x-should-retry`).
    isRetryable: typeof error.isRetryable === "boolean" ? error.isRetryable : undefined,
    cause: error,
  });
}

/**
 * An `error` part inside an open stream. Providers put there either an error they created or the server's own
 * error event as a plain object (OpenAI's `{ message, type, code }`). The latter is a failure the server reported
 * after the response started, so it counts as a server failure, as the first-party providers treat it.
 */
export function mapAiSdkStreamError(error: unknown, context: AiSdkErrorContext): unknown {
  if (error instanceof Error) return mapAiSdkError(error, context);
  return new ApiCallError({
    message: `${context.provider} reported an error in the stream: ${describe(error)}`,
    url: context.location,
    responseBody: serialise(error),
    isRetryable: true,
    cause: error,
  });
}

function describe(error: unknown): string {
  if (typeof error === "string") return error;
  if (error !== null && typeof error === "object") {
    const message = (error as { message?: unknown }).message;
    if (typeof message === "string") return message;
  }
  return serialise(error) ?? String(error);
}

function serialise(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}
