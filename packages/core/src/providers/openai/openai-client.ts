import type OpenAI from "openai";
import { LoadApiKeyError } from "../../errors/load-api-key-error";
import type { ApiKeySource } from "./openai-settings";

/**
 * The SDK always arms a timer; the largest delay Node accepts stands for "none" (a larger one fires at once).
 * Timeouts belong to Aisle's timeout middleware, which can tell a slow first token from a stalled stream.
 */
export const noTimeoutMs = 2_147_483_647;

/** What the SDK does not keep from a failed response: the body text as sent and the URL. */
export type FailedResponse = { url: string; body: string };

export type OpenAIClientSourceOptions = {
  provider: string;
  apiKey: ApiKeySource | undefined;
  /** Read when `apiKey` is absent. */
  apiKeyEnvironmentVariable: string;
  /** Local OpenAI-compatible servers run without a key. */
  apiKeyRequired: boolean;
  /** Base URL for error reports when the request failed before a response (connection errors). */
  baseURL: string;
  fetch: typeof globalThis.fetch | undefined;
  createClient: (apiKey: string | undefined, fetch: typeof globalThis.fetch) => OpenAI;
};

/**
 * Builds SDK clients on demand. The key is resolved at request time (never when the provider is created), and
 * the client for the last key is reused, so a static key costs one client for the provider's life while a
 * rotating key function still takes effect on the next request.
 */
export class OpenAIClientSource {
  readonly provider: string;
  readonly baseURL: string;
  /** Keyed by the `Headers` object the SDK hands to its `APIError`, which is the failed response's own. */
  readonly failedResponses = new WeakMap<Headers, FailedResponse>();
  private readonly options: OpenAIClientSourceOptions;
  private readonly fetch: typeof globalThis.fetch;
  private cached: { apiKey: string | undefined; client: OpenAI } | undefined;

  constructor(options: OpenAIClientSourceOptions) {
    this.options = options;
    this.provider = options.provider;
    this.baseURL = options.baseURL.replace(/\/+$/, "");
    this.fetch = recordingFetch(options.fetch, this.failedResponses);
  }

  /** The client for the current key; throws `LoadApiKeyError` when a required key is missing. */
  client(): OpenAI | Promise<OpenAI> {
    const source = this.options.apiKey;
    if (typeof source === "function") {
      return Promise.resolve(source()).then((apiKey) => this.clientFor(apiKey));
    }
    return this.clientFor(source ?? readEnvironment(this.options.apiKeyEnvironmentVariable));
  }

  private clientFor(apiKey: string | undefined): OpenAI {
    const key = typeof apiKey === "string" && apiKey.length > 0 ? apiKey : undefined;
    if (key === undefined && this.options.apiKeyRequired) {
      throw new LoadApiKeyError({
        provider: this.options.provider,
        environmentVariableName: this.options.apiKeyEnvironmentVariable,
      });
    }
    if (this.cached !== undefined && this.cached.apiKey === key) return this.cached.client;
    const client = this.options.createClient(key, this.fetch);
    this.cached = { apiKey: key, client };
    return client;
  }
}

function readEnvironment(name: string): string | undefined {
  const environment = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return environment?.[name];
}

/**
 * Wraps fetch so a failed response's body text and URL survive: the SDK parses the body and keeps only its
 * `error` field, while callers (and logs) want what the server actually said. Successful responses pass
 * through untouched, so streaming pays nothing for this.
 */
function recordingFetch(
  base: typeof globalThis.fetch | undefined,
  failedResponses: WeakMap<Headers, FailedResponse>,
): typeof globalThis.fetch {
  return async (input, init) => {
    // Looked up per call so a fetch patched after the provider was built (msw, instrumentation) is used.
    const response = await (base ?? globalThis.fetch)(input, init);
    if (response.status < 400) return response;
    const body = await response.text();
    const copy = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    failedResponses.set(copy.headers, { url: response.url || requestUrl(input), body });
    return copy;
  };
}

function requestUrl(input: Parameters<typeof globalThis.fetch>[0]): string {
  if (typeof input === "string") return input;
  if (input instanceof URL) return input.href;
  return input.url;
}
