import { z } from "zod";
import type { ShopifyAdminClient } from "../admin/admin-client";
import type { ShopifyStore } from "../store/shopify-store";
import type { Sleep } from "../util/delay";

const isFunction = (value: unknown) => typeof value === "function";

export const catalogSyncSettingsSchema = z
  .object({
    admin: z.custom<ShopifyAdminClient>((value) => typeof value === "object" && value !== null && isFunction((value as { request?: unknown }).request), "must be a client from createShopifyAdminClient"),
    /** Keeps the checkpoint a crashed run resumes from and the time of the last completed run. */
    store: z.custom<ShopifyStore>((value) => typeof value === "object" && value !== null && isFunction((value as { getSyncState?: unknown }).getSyncState), "must be a ShopifyStore"),
    /**
     * Runs reading more products than this use a bulk operation; fewer use paginated queries, which start at
     * once and suit small shops and incremental runs.
     */
    bulkThreshold: z.number().int().min(0).default(2000),
    /**
     * Products a page in the paginated path. Ten products with 25 variants, 10 collections, 20 metafields and
     * 5 images request under 1,000 points, Shopify's limit for one query.
     */
    pageSize: z.number().int().min(1).max(250).default(10),
    /** Variants read with each product; products with more get follow-up queries. */
    variantsPerPage: z.number().int().min(1).max(250).default(25),
    /**
     * Products handed to `onProducts` at a time (bulk path). Small batches die young in V8's nursery; batches of
     * several hundred are promoted to the old generation and RSS then grows with the catalog until a full GC.
     */
    batchSize: z.number().int().min(1).max(10_000).default(100),
    /**
     * Whether the bulk operation groups children under their product. Grouped files stream in flat memory;
     * ungrouped ones run faster at Shopify but are joined in memory. Default grouped.
     */
    groupObjects: z.boolean().default(true),
    /** How often a running bulk operation is polled (a `bulk_operations/finish` webhook ends the wait early). */
    pollIntervalMs: z.number().int().min(10).default(3000),
    /** Gives up on a bulk operation that is not done after this long. */
    bulkTimeoutMs: z.number().int().min(1000).default(6 * 60 * 60 * 1000),
    sleep: z.custom<Sleep>(isFunction, "must be a function").optional(),
    now: z.custom<() => Date>(isFunction, "must be a function returning a Date").optional(),
  })
  .strict();

export type CatalogSyncSettings = z.input<typeof catalogSyncSettingsSchema>;
