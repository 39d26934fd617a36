import { ApiCallError, InvalidArgumentError, isRetryableStatus } from "@aisle/core";
import type { Session } from "@shopify/shopify-api";
import { parseSettings } from "@aisle/core";
import { z } from "zod";
import { ShopifyGraphqlError, type ShopifyGraphqlIssue } from "../errors/shopify-graphql-error";
import { delay } from "@aisle/core";
import { shopifyAdminClientSettingsSchema, type ShopifyAdminClientSettings } from "./admin-client-settings";
import { createCostBucket, type QueryCost, type ThrottleStatus } from "./cost-bucket";

export type AdminRequestOptions = {
  variables?: Record<string, unknown>;
  abortSignal?: AbortSignal;
  /**
   * Expected cost in points, to wait for the bucket before sending. Defaults to what the same operation
   * cost last time (50 the first time).
   */
  cost?: number;
};

export type AdminResponse<Data> = { data: Data; cost: QueryCost | undefined };

export type ShopifyAdminClient = {
  readonly shop: string;
  readonly apiVersion: string;
  /**
   * Sends one Admin GraphQL document. Waits for the cost bucket first, waits out `THROTTLED` answers (which
   * Shopify sends with HTTP 200), retries 429, 5xx and dropped connections with backoff, and throws
   * `ShopifyGraphqlError` for any other GraphQL error or `ApiCallError` for HTTP failures.
   */
  request<Data>(document: string, options?: AdminRequestOptions): Promise<AdminResponse<Data>>;
  /** GETs a file Shopify points to (a bulk operation's JSONL), with the same retries for 5xx and 429. */
  download(url: string, options?: { abortSignal?: AbortSignal }): Promise<ReadableStream<Uint8Array>>;
  /** Our copy of the shop's cost bucket, once Shopify has reported it. */
  readonly throttleStatus: ThrottleStatus | undefined;
};

const issueSchema = z.looseObject({
  message: z.string().default(""),
  path: z.array(z.union([z.string(), z.number()])).optional(),
  extensions: z.looseObject({ code: z.string().optional() }).optional(),
});

const costSchema = z.looseObject({
  requestedQueryCost: z.number(),
  actualQueryCost: z.number().nullable().default(null),
  throttleStatus: z.looseObject({
    maximumAvailable: z.number(),
    currentlyAvailable: z.number(),
    restoreRate: z.number(),
  }),
});

const envelopeSchema = z.looseObject({
  data: z.unknown().optional(),
  // Shopify answers some failures (a bad token, a malformed document) with a string or an object here.
  errors: z.union([z.array(issueSchema), z.string(), z.looseObject({})]).optional(),
  extensions: z.looseObject({ cost: costSchema.optional() }).optional(),
});

const defaultCost = 50;

/**
 * An Admin GraphQL client for one shop with cost-aware throttling. It calls `fetch` itself (resolved per
 * request, so test interceptors apply) with the shop's offline token: `@shopify/shopify-api`'s client does not
 * retry `THROTTLED`, and the sync needs the cost extensions of every answer.
 */
export function createShopifyAdminClient(settings: ShopifyAdminClientSettings): ShopifyAdminClient {
  const resolved = parseSettings("Shopify Admin client", shopifyAdminClientSettingsSchema, settings);
  const now = resolved.now ?? Date.now;
  const sleep = resolved.sleep ?? delay;
  const bucket = createCostBucket(now);
  const lastCost = new Map<string, number>();
  const base = (resolved.baseUrl ?? `https://${resolved.shop}`).replace(/\/+$/, "");
  const endpoint = `${base}/admin/api/${resolved.apiVersion}/graphql.json`;
  const fetchFunction = () => resolved.fetch ?? globalThis.fetch;

  const token = async () => (typeof resolved.accessToken === "string" ? resolved.accessToken : await resolved.accessToken());

  /** One HTTP exchange with retries for 429, 5xx and network failures. */
  const send = async (url: string, init: RequestInit, abortSignal: AbortSignal | undefined): Promise<Response> => {
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await fetchFunction()(url, { ...init, ...(abortSignal === undefined ? {} : { signal: abortSignal }) });
      } catch (error) {
        if (abortSignal?.aborted === true || attempt >= resolved.maxRetries) {
          if (abortSignal?.aborted === true) throw error;
          throw new ApiCallError({ message: `Shopify request failed: ${errorMessage(error)}`, url, isRetryable: true, cause: error });
        }
        await sleep(resolved.retryDelayMs * 2 ** attempt, abortSignal);
        continue;
      }
      if (response.ok) return response;
      const headers = Object.fromEntries(response.headers.entries());
      const body = await response.text().catch(() => "");
      const error = new ApiCallError({
        message: `Shopify answered HTTP ${response.status} for ${url}`,
        url,
        statusCode: response.status,
        responseHeaders: headers,
        responseBody: body.slice(0, 2000),
      });
      if (!error.isRetryable || attempt >= resolved.maxRetries) throw error;
      // Shopify's Retry-After is in seconds ("2.0"); parseRetryAfter reads it so.
      await sleep(error.retryAfterMs ?? resolved.retryDelayMs * 2 ** attempt, abortSignal);
    }
  };

  return {
    shop: resolved.shop,
    apiVersion: resolved.apiVersion,
    get throttleStatus() {
      return bucket.status;
    },

    async request<Data>(document: string, options: AdminRequestOptions = {}): Promise<AdminResponse<Data>> {
      const operation = operationName(document);
      const estimate = options.cost ?? lastCost.get(operation) ?? defaultCost;
      const body = JSON.stringify({ query: document, ...(options.variables === undefined ? {} : { variables: options.variables }) });
      for (let throttled = 0; ; ) {
        const wait = bucket.waitFor(estimate, resolved.reservePoints);
        if (wait > 0) await sleep(wait, options.abortSignal);
        bucket.take(estimate);
        const response = await send(
          endpoint,
          {
            method: "POST",
            headers: { "content-type": "application/json", accept: "application/json", "x-shopify-access-token": await token() },
            body,
          },
          options.abortSignal,
        );
        const text = await response.text();
        const envelope = parseEnvelope(text, endpoint, response.status);
        const cost = envelope.extensions?.cost;
        if (cost !== undefined) {
          bucket.update(cost.throttleStatus);
          lastCost.set(operation, cost.requestedQueryCost);
        }
        const issues = toIssues(envelope.errors);
        if (issues.length === 0) {
          if (envelope.data === undefined || envelope.data === null) {
            throw new ApiCallError({ message: `Shopify sent no data for ${operation}`, url: endpoint, statusCode: response.status, responseBody: text.slice(0, 2000), isRetryable: false });
          }
          return { data: envelope.data as Data, cost };
        }
        if (issues.some((issue) => issue.code === "THROTTLED") && throttled < resolved.maxThrottledRetries) {
          throttled++;
          // The answer says how far the bucket is from the query's cost; without it, back off by attempt.
          const wait_ =
            cost === undefined
              ? resolved.retryDelayMs * 2 ** Math.min(throttled, 6)
              : Math.ceil(((cost.requestedQueryCost - cost.throttleStatus.currentlyAvailable) / Math.max(cost.throttleStatus.restoreRate, 1)) * 1000);
          await sleep(Math.max(wait_, 50), options.abortSignal);
          continue;
        }
        throw new ShopifyGraphqlError({
          message: `Shopify GraphQL ${operation} failed: ${issues.map((issue) => (issue.code === undefined ? issue.message : `${issue.code}: ${issue.message}`)).join("; ")}`,
          issues,
          operation,
        });
      }
    },

    async download(url, options = {}) {
      const response = await send(url, { method: "GET" }, options.abortSignal);
      if (response.body === null) {
        throw new ApiCallError({ message: `Shopify sent an empty body for ${url}`, url, statusCode: response.status, isRetryable: false });
      }
      return response.body;
    },
  };
}

/**
 * An Admin client for a `@shopify/shopify-api` session, e.g. the offline session your session storage keeps or
 * the one `authenticate.admin(request)` returns in a React Router app.
 */
export function createShopifyAdminClientForSession(
  session: Pick<Session, "shop" | "accessToken">,
  settings: Omit<ShopifyAdminClientSettings, "shop" | "accessToken"> = {},
): ShopifyAdminClient {
  const { accessToken } = session;
  if (accessToken === undefined || accessToken === "") {
    throw new InvalidArgumentError({ argument: "session", message: `the session for ${session.shop} has no access token` });
  }
  return createShopifyAdminClient({ ...settings, shop: session.shop, accessToken });
}

function parseEnvelope(text: string, url: string, status: number): z.output<typeof envelopeSchema> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ApiCallError({ message: "Shopify sent a response that is not JSON", url, statusCode: status, responseBody: text.slice(0, 2000), isRetryable: isRetryableStatus(status), cause: error });
  }
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) {
    throw new ApiCallError({ message: "Shopify sent a response of an unexpected shape", url, statusCode: status, responseBody: text.slice(0, 2000), isRetryable: false, cause: parsed.error });
  }
  return parsed.data;
}

function toIssues(errors: z.output<typeof envelopeSchema>["errors"]): ShopifyGraphqlIssue[] {
  if (errors === undefined) return [];
  if (typeof errors === "string") return [{ message: errors }];
  if (!Array.isArray(errors)) return [{ message: JSON.stringify(errors) }];
  return errors.map((issue) => ({
    message: issue.message,
    ...(issue.extensions?.code === undefined ? {} : { code: issue.extensions.code }),
    ...(issue.path === undefined ? {} : { path: issue.path }),
  }));
}

/** The operation's name ("query ProductPage(...)" → "ProductPage"), which keys the remembered costs. */
export function operationName(document: string): string {
  return /\b(?:query|mutation)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(document)?.[1] ?? "anonymous";
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

