import { z } from "zod";
import type { Sleep } from "../util/delay";

/** The Admin API version every document in this package is validated against (see the schema test). */
export const shopifyApiVersion = "2026-07";

const isFunction = (value: unknown) => typeof value === "function";

export const shopDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]*\.myshopify\.com$/, 'a shop domain such as "acme.myshopify.com"');

export const shopifyAdminClientSettingsSchema = z
  .object({
    shop: shopDomainSchema,
    /** An offline access token, or a function that returns one; read when a request is made. */
    accessToken: z.union([
      z.string().min(1),
      z.custom<() => string | Promise<string>>(isFunction, "must be a string or a function returning the token"),
    ]),
    apiVersion: z
      .string()
      .regex(/^(\d{4}-\d{2}|unstable)$/, 'a version such as "2026-07"')
      .default(shopifyApiVersion),
    /**
     * Where requests go; defaults to `https://<shop>`. Tests and the sync benchmark point it at a local server.
     */
    baseUrl: z.url({ protocol: /^https?$/ }).optional(),
    /** Retries for HTTP 429, 5xx and dropped connections (THROTTLED answers are waited out separately). */
    maxRetries: z.number().int().min(0).max(10).default(4),
    /** How many `THROTTLED` answers in a row one request waits out before giving up. */
    maxThrottledRetries: z.number().int().min(0).max(100).default(20),
    /**
     * Points kept in the bucket for other work of the same app (webhook handlers, admin pages) while a sync
     * runs; the sync waits instead of spending them.
     */
    reservePoints: z.number().min(0).default(0),
    /** Milliseconds before the first retry of a failed request; doubled each time. */
    retryDelayMs: z.number().min(0).default(500),
    fetch: z.custom<typeof globalThis.fetch>(isFunction, "must be a fetch function").optional(),
    /** The wait between attempts; tests replace it to run without real time. */
    sleep: z.custom<Sleep>(isFunction, "must be a function").optional(),
    /** Milliseconds since an epoch; tests pin it. */
    now: z.custom<() => number>(isFunction, "must be a function returning milliseconds").optional(),
  })
  .strict();

export type ShopifyAdminClientSettings = z.input<typeof shopifyAdminClientSettingsSchema>;
