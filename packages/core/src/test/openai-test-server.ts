import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { z } from "zod";
import { safeParseJson } from "../util/parse-json";

/** What the test server answers to one request. */
export type OpenAITestResponse =
  | { type: "json"; body: unknown; status?: number; headers?: Record<string, string> }
  | {
      /** Server-sent events: each chunk becomes one `data:` event (strings are sent as they are). */
      type: "stream";
      chunks: ReadonlyArray<string | object>;
      headers?: Record<string, string>;
      /**
       * How the stream ends: `done` sends `data: [DONE]` (OpenAI's normal end), `close` closes the connection
       * without it, `error` breaks the connection mid-body, as a dropped network would.
       */
      end?: "done" | "close" | "error";
      /** Pause before each chunk, for tests about timing and aborts. */
      delayMs?: number;
    }
  | { type: "error"; status: number; body?: unknown; headers?: Record<string, string> }
  /** The connection fails before any response (refused, reset). */
  | { type: "network-error" };

/** A stated response, or a function that builds one from the request (e.g. one vector per input). */
export type OpenAITestResponder = OpenAITestResponse | ((request: RecordedRequest) => OpenAITestResponse);

export type RecordedRequest = {
  method: string;
  url: string;
  /** Path after the base URL, e.g. `/chat/completions`. */
  path: string;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** The JSON body, or the raw text when it was not JSON. */
  body: unknown;
};

export type OpenAITestServer = {
  /** The first base URL, e.g. `https://api.openai.com/v1`. */
  readonly baseURL: string;
  /** Every request received since the last `reset`, in order. */
  readonly requests: RecordedRequest[];
  /**
   * States the answers for requests to `path` (relative to a base URL). Responses are used in order and the
   * last one repeats, so one call covers both "always" and "first fails, then succeeds".
   */
  respondWith(path: string, ...responses: OpenAITestResponder[]): void;
  /** The body of the `index`-th request (default: the last one). */
  requestBody(index?: number): unknown;
  /**
   * Starts intercepting; a request no handler matches fails instead of reaching the network (msw 3's
   * `onUnhandledFrame: "error"`, formerly `onUnhandledRequest`).
   */
  listen(): void;
  /** Forgets stated responses and recorded requests. */
  reset(): void;
  close(): void;
};

const jsonBody = z.unknown();
const encoder = new TextEncoder();

/**
 * An msw server that speaks OpenAI's HTTP API shape for provider tests: each test states the response
 * (JSON, an SSE stream, an error with status and headers, a cut stream) and can assert the recorded request.
 *
 * ```ts
 * const server = createOpenAITestServer();
 * beforeAll(() => server.listen());
 * afterEach(() => server.reset());
 * afterAll(() => server.close());
 * ```
 */
export function createOpenAITestServer({
  baseURLs = ["https://api.openai.com/v1"],
}: { baseURLs?: string[] } = {}): OpenAITestServer {
  const bases = baseURLs.map((base) => base.replace(/\/+$/, ""));
  const queues = new Map<string, OpenAITestResponder[]>();
  const requests: RecordedRequest[] = [];

  const handlers = bases.map((base) =>
    http.all(`${base}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const path = url.pathname.slice(new URL(base).pathname.length) || "/";
      const text = await request.text();
      const parsed = text.length === 0 ? undefined : safeParseJson(text, jsonBody);
      const recorded: RecordedRequest = {
        method: request.method,
        url: request.url,
        path,
        headers: Object.fromEntries([...request.headers].map(([name, value]) => [name.toLowerCase(), value])),
        body: parsed === undefined ? undefined : parsed.success ? parsed.value : text,
      };
      requests.push(recorded);
      const queue = queues.get(path);
      const responder = queue === undefined ? undefined : queue.length > 1 ? queue.shift() : queue[0];
      if (responder === undefined) {
        return HttpResponse.json(
          { error: { message: `The test stated no response for ${request.method} ${path}.`, type: "test_error" } },
          { status: 501 },
        );
      }
      return toHttpResponse(typeof responder === "function" ? responder(recorded) : responder, request.signal);
    }),
  );
  const server = setupServer(...handlers);

  return {
    baseURL: bases[0] ?? "",
    requests,
    respondWith(path, ...responses) {
      queues.set(path.startsWith("/") ? path : `/${path}`, [...responses]);
    },
    requestBody(index = requests.length - 1) {
      return requests.at(index)?.body;
    },
    listen() {
      server.listen({ onUnhandledFrame: "error" });
    },
    reset() {
      queues.clear();
      requests.length = 0;
    },
    close() {
      server.close();
    },
  };
}

function toHttpResponse(response: OpenAITestResponse, signal: AbortSignal): Response {
  switch (response.type) {
    case "json":
      return HttpResponse.json(response.body as object, {
        status: response.status ?? 200,
        headers: { "x-request-id": "req_test", ...response.headers },
      });
    case "error": {
      const headers = { "content-type": "application/json", "x-request-id": "req_test", ...response.headers };
      const body = typeof response.body === "string" ? response.body : JSON.stringify(response.body ?? {});
      return new HttpResponse(body, { status: response.status, headers });
    }
    case "network-error":
      return HttpResponse.error();
    case "stream":
      return new HttpResponse(sseBody(response, signal), {
        headers: {
          "content-type": "text/event-stream; charset=utf-8",
          "cache-control": "no-cache",
          "x-request-id": "req_test",
          // A body shorter than its declared length is how a dropped connection looks to the client
          // (undici: "TypeError: terminated"); msw would otherwise end the response cleanly.
          // A complete stream declares its length too: without one, msw 3 ends the message when the socket
          // closes, and a client that aborted mid-body (a timeout) trips an internal undici assertion.
          ...(response.end !== "close" ? { "content-length": String(promisedLength(response.chunks)) } : {}),
          ...response.headers,
        },
      });
  }
}

function sseBody(
  { chunks, end = "done", delayMs = 0 }: Extract<OpenAITestResponse, { type: "stream" }>,
  signal: AbortSignal,
): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (signal.aborted) {
        controller.error(signal.reason);
        return;
      }
      const chunk = chunks[index++];
      if (chunk !== undefined) {
        const data = typeof chunk === "string" ? chunk : JSON.stringify(chunk);
        controller.enqueue(encoder.encode(`data: ${data}\n\n`));
        return;
      }
      if (end === "done") {
        controller.enqueue(encoder.encode("data: [DONE]\n\n"));
        controller.close();
      } else if (end === "close") {
        controller.close();
      } else {
        // Let the events already sent reach the client first: a connection dropped mid-answer, not before it.
        await new Promise((resolve) => setTimeout(resolve, 10));
        controller.error(new TypeError("terminated"));
      }
    },
  });
}

/** The length of the whole answer, events and `[DONE]`, which a cut stream never finishes sending. */
function promisedLength(chunks: ReadonlyArray<string | object>): number {
  let length = encoder.encode("data: [DONE]\n\n").length;
  for (const chunk of chunks) {
    length += encoder.encode(`data: ${typeof chunk === "string" ? chunk : JSON.stringify(chunk)}\n\n`).length;
  }
  return length;
}

/** Splits a `*.chunks.txt` fixture (one JSON chunk per line) into the lines to send. */
export function chunkLines(text: string): string[] {
  return text.split("\n").filter((line) => line.trim().length > 0);
}
