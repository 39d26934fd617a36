import { AisleError } from "./aisle-error";

const name = "AisleApiCallError";
const marker = `aisle.error.${name}`;
const symbol = Symbol.for(marker);

export class ApiCallError extends AisleError {
  private readonly [symbol] = true;

  readonly url: string;
  readonly statusCode: number | undefined;
  readonly responseHeaders: Record<string, string> | undefined;
  readonly responseBody: string | undefined;
  readonly isRetryable: boolean;
  /** Milliseconds the server asked us to wait (`Retry-After` / `retry-after-ms`), when it said. */
  readonly retryAfterMs: number | undefined;

  constructor(options: {
    message: string;
    url: string;
    statusCode?: number;
    responseHeaders?: Record<string, string>;
    responseBody?: string;
    isRetryable?: boolean;
    cause?: unknown;
  }) {
    super({ name, message: options.message, cause: options.cause });
    this.url = options.url;
    this.statusCode = options.statusCode;
    this.responseHeaders = options.responseHeaders;
    this.responseBody = options.responseBody;
    this.isRetryable = options.isRetryable ?? isRetryableStatus(options.statusCode);
    this.retryAfterMs = parseRetryAfter(options.responseHeaders);
  }

  static override isInstance(error: unknown): error is ApiCallError {
    return AisleError.hasMarker(error, marker);
  }
}

/** 408, 409, 429 and 5xx are worth another try; no status means the connection failed. */
export function isRetryableStatus(status: number | undefined): boolean {
  return status === undefined || status === 408 || status === 409 || status === 429 || status >= 500;
}

export function parseRetryAfter(headers: Record<string, string> | undefined): number | undefined {
  if (headers === undefined) return undefined;
  const lower = Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
  const milliseconds = lower["retry-after-ms"];
  if (milliseconds !== undefined) {
    const value = Number.parseFloat(milliseconds);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const retryAfter = lower["retry-after"];
  if (retryAfter === undefined) return undefined;
  const seconds = Number.parseFloat(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(retryAfter);
  if (Number.isFinite(date)) return Math.max(0, date - Date.now());
  return undefined;
}
