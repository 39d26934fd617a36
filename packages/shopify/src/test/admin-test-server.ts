import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { z } from "zod";

/** What the test server answers to one Admin GraphQL request. */
export type AdminTestResponse =
  /** `data` with a cost extension (the default: plenty of points left). */
  | { type: "data"; data: unknown; cost?: Partial<AdminTestCost> }
  /** GraphQL errors with HTTP 200, e.g. `THROTTLED` with the bucket nearly empty. */
  | { type: "errors"; errors: Array<{ message: string; code?: string }>; cost?: Partial<AdminTestCost> }
  /** `THROTTLED` as Shopify sends it: HTTP 200, `errors[].extensions.code`, and the bucket in the cost extension. */
  | { type: "throttled"; currentlyAvailable?: number; requestedQueryCost?: number; restoreRate?: number }
  | { type: "http-error"; status: number; body?: string; headers?: Record<string, string> }
  | { type: "network-error" };

export type AdminTestCost = { requestedQueryCost: number; actualQueryCost: number; maximumAvailable: number; currentlyAvailable: number; restoreRate: number };

export type AdminTestResponder = AdminTestResponse | ((request: RecordedAdminRequest) => AdminTestResponse);

export type RecordedAdminRequest = {
  operation: string;
  query: string;
  variables: Record<string, unknown>;
  headers: Record<string, string>;
};

export type ShopifyAdminTestServer = {
  readonly shop: string;
  readonly endpoint: string;
  /** Every GraphQL request since the last reset, in order. */
  readonly requests: RecordedAdminRequest[];
  /** Answers for an operation name; used in order, the last one repeats. */
  respondWith(operation: string, ...responses: AdminTestResponder[]): void;
  /** Serves a file (a bulk operation's JSONL) at `url`; `chunks` arrive as separate body chunks. */
  serveFile(url: string, chunks: readonly string[], options?: { status?: number }): void;
  /** How many times a served file was downloaded. */
  downloads(url: string): number;
  listen(): void;
  reset(): void;
  close(): void;
};

const bodySchema = z.object({ query: z.string(), variables: z.record(z.string(), z.unknown()).optional() });

const defaultCost = (cost: Partial<AdminTestCost> = {}) => ({
  requestedQueryCost: cost.requestedQueryCost ?? 12,
  actualQueryCost: cost.actualQueryCost ?? 10,
  throttleStatus: {
    maximumAvailable: cost.maximumAvailable ?? 2000,
    currentlyAvailable: cost.currentlyAvailable ?? 1990,
    restoreRate: cost.restoreRate ?? 100,
  },
});

/**
 * An msw server that speaks Shopify's Admin GraphQL for one shop: each test states the answer per operation
 * (data with cost extensions, `THROTTLED`, 429 with `Retry-After`, dropped connections) and can assert the
 * recorded requests. Bulk JSONL files are served from any URL. Unhandled requests fail the test.
 */
export function createShopifyAdminTestServer({ shop = "aisle-test.myshopify.com", apiVersion = "2026-07" }: { shop?: string; apiVersion?: string } = {}): ShopifyAdminTestServer {
  const endpoint = `https://${shop}/admin/api/${apiVersion}/graphql.json`;
  const queues = new Map<string, AdminTestResponder[]>();
  const files = new Map<string, { chunks: readonly string[]; status: number; downloads: number }>();
  const requests: RecordedAdminRequest[] = [];

  const server = setupServer(
    http.post(endpoint, async ({ request }) => {
      const parsed = bodySchema.safeParse(await request.json());
      if (!parsed.success) return HttpResponse.json({ errors: "Parameter Missing or Invalid" }, { status: 400 });
      const operation = /\b(?:query|mutation)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(parsed.data.query)?.[1] ?? "anonymous";
      const recorded: RecordedAdminRequest = {
        operation,
        query: parsed.data.query,
        variables: parsed.data.variables ?? {},
        headers: Object.fromEntries(request.headers.entries()),
      };
      requests.push(recorded);
      const queue = queues.get(operation);
      if (queue === undefined || queue.length === 0) {
        return HttpResponse.json({ errors: [{ message: `No test response stated for ${operation}` }] }, { status: 500 });
      }
      const responder = queue.length > 1 ? (queue.shift() as AdminTestResponder) : (queue[0] as AdminTestResponder);
      return toResponse(typeof responder === "function" ? responder(recorded) : responder);
    }),
    http.get("*", ({ request }) => {
      const file = files.get(request.url);
      if (file === undefined) return undefined;
      file.downloads++;
      const encoder = new TextEncoder();
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          for (const chunk of file.chunks) controller.enqueue(encoder.encode(chunk));
          controller.close();
        },
      });
      return new HttpResponse(body, { status: file.status, headers: { "content-type": "application/jsonl" } });
    }),
  );

  return {
    shop,
    endpoint,
    requests,
    respondWith(operation, ...responses) {
      queues.set(operation, [...responses]);
    },
    serveFile(url, chunks, options = {}) {
      files.set(url, { chunks, status: options.status ?? 200, downloads: 0 });
    },
    downloads: (url) => files.get(url)?.downloads ?? 0,
    listen() {
      server.listen({ onUnhandledFrame: "error" });
    },
    reset() {
      queues.clear();
      files.clear();
      requests.length = 0;
    },
    close() {
      server.close();
    },
  };
}

function toResponse(response: AdminTestResponse): Response {
  switch (response.type) {
    case "data":
      return HttpResponse.json({ data: response.data, extensions: { cost: defaultCost(response.cost) } });
    case "errors":
      return HttpResponse.json({
        errors: response.errors.map((error) => ({ message: error.message, ...(error.code === undefined ? {} : { extensions: { code: error.code } }) })),
        extensions: { cost: defaultCost(response.cost) },
      });
    case "throttled":
      return HttpResponse.json({
        errors: [{ message: "Throttled", extensions: { code: "THROTTLED", documentation: "https://shopify.dev/api/usage/rate-limits" } }],
        extensions: {
          cost: {
            requestedQueryCost: response.requestedQueryCost ?? 502,
            actualQueryCost: null,
            throttleStatus: { maximumAvailable: 2000, currentlyAvailable: response.currentlyAvailable ?? 2, restoreRate: response.restoreRate ?? 100 },
          },
        },
      });
    case "http-error":
      return new HttpResponse(response.body ?? "", { status: response.status, headers: response.headers ?? {} });
    case "network-error":
      return HttpResponse.error();
  }
}
