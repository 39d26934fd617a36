import type { Product } from "@aisle/core";
import { z } from "zod";
import { ShopifyBulkOperationError } from "../errors/shopify-bulk-operation-error";
import { ShopifyGraphqlError } from "../errors/shopify-graphql-error";
import type { CatalogSyncCheckpoint } from "../store/shopify-store";
import { delay } from "@aisle/core";
import { parseSettings } from "@aisle/core";
import { readBulkProducts, readLines } from "./bulk-jsonl";
import { catalogSyncSettingsSchema, type CatalogSyncSettings } from "./catalog-sync-settings";
import { mapShopifyProduct } from "./map-product";
import { readAll, readProductRecord, readVariant, type ShopifyProductRecord } from "./shopify-records";
import {
  bulkOperationQuery,
  bulkOperationRunQueryMutation,
  bulkProductsQuery,
  productByIdQuery,
  productsCountQuery,
  productsPageQuery,
  productVariantsQuery,
  shopQuery,
} from "./product-documents";

export type CatalogSyncPath = "bulk" | "paginated";

export type CatalogSyncOptions = {
  /** Receives mapped products in batches; the next batch waits for it, and the checkpoint is saved after it. */
  onProducts: (products: Product[]) => void | Promise<void>;
  /** `full` reads every product; `incremental` those updated since the last completed run (all, the first time). */
  mode?: "full" | "incremental";
  /** `auto` picks bulk above `bulkThreshold` products. */
  path?: "auto" | CatalogSyncPath;
  /** Continue a run that crashed (default). `false` starts over and replaces its checkpoint. */
  resume?: boolean;
  abortSignal?: AbortSignal;
};

export type CatalogSyncReport = {
  path: CatalogSyncPath;
  mode: "full" | "incremental";
  /** Products handed to `onProducts` by this run (a resumed run counts only its own). */
  products: number;
  /** Products that could not be mapped (e.g. a price that is not a decimal), with the reason. */
  skipped: Array<{ id: string; reason: string }>;
  /** True when the run continued a checkpoint left by a run that crashed or was stopped. */
  resumed: boolean;
  since?: string;
  bulkOperationId?: string;
  ms: number;
};

export type ShopifyCatalogSync = {
  /** Reads the catalog (bulk or paginated, chosen by size), resuming a crashed run from its checkpoint. */
  run(options: CatalogSyncOptions): Promise<CatalogSyncReport>;
  /** One product as it is now, for webhook handlers; undefined when it no longer exists. */
  product(id: string, options?: { abortSignal?: AbortSignal }): Promise<Product | undefined>;
  /** Ends a bulk run's polling early; call it from the `bulk_operations/finish` webhook. */
  bulkOperationFinished(operationId: string): void;
  /** The shop's currency, which Admin prices are in. */
  currency(options?: { abortSignal?: AbortSignal }): Promise<string>;
};

const pageInfoSchema = z.looseObject({ hasNextPage: z.boolean(), endCursor: z.string().nullable().optional() });
const pageSchema = z.looseObject({
  products: z.looseObject({ nodes: z.array(z.unknown()), pageInfo: pageInfoSchema }),
});
const variantsPageSchema = z.looseObject({
  product: z.looseObject({ variants: z.looseObject({ nodes: z.array(z.unknown()), pageInfo: pageInfoSchema }) }).nullable(),
});
const bulkOperationSchema = z.looseObject({
  id: z.string(),
  status: z.string(),
  errorCode: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  partialDataUrl: z.string().nullable().optional(),
});

/**
 * The Shopify catalog as batches of Aisle products. Small runs page through Admin GraphQL; large ones run a bulk
 * operation and stream its JSONL. Progress is saved after every batch: a run that crashed resumes from the
 * saved cursor (paginated) or the same bulk operation, skipping what was already delivered (bulk).
 */
export function createShopifyCatalogSync(settings: CatalogSyncSettings): ShopifyCatalogSync {
  const resolved = parseSettings("Shopify catalog sync", catalogSyncSettingsSchema, settings);
  const { admin, store } = resolved;
  const sleep = resolved.sleep ?? delay;
  const now = resolved.now ?? (() => new Date());
  let currency: Promise<string> | undefined;
  const finished = new Map<string, () => void>();
  const finishedEarly = new Set<string>();

  const shopCurrency = (abortSignal?: AbortSignal) => {
    currency ??= admin
      .request<{ shop: { currencyCode: string } }>(shopQuery, { ...(abortSignal === undefined ? {} : { abortSignal }) })
      .then((response) => z.string().regex(/^[A-Z]{3}$/).parse(response.data.shop.currencyCode))
      .catch((error: unknown) => {
        currency = undefined;
        throw error;
      });
    return currency;
  };

  const signalOf = (abortSignal: AbortSignal | undefined) => (abortSignal === undefined ? {} : { abortSignal });

  const restOfVariants = async (record: ShopifyProductRecord, after: string | null | undefined, abortSignal?: AbortSignal) => {
    for (let cursor = after; cursor !== null && cursor !== undefined; ) {
      const response = await admin.request<unknown>(productVariantsQuery, { variables: { id: record.id, after: cursor }, ...signalOf(abortSignal) });
      const page = variantsPageSchema.parse(response.data);
      if (page.product === null) return;
      const variants = readAll(page.product.variants.nodes, readVariant, "variants");
      if (typeof variants === "string") throw new ShopifyGraphqlError({ message: `Variants of ${record.id}: ${variants}`, issues: [{ message: variants }], operation: "AisleProductVariants" });
      record.variants.push(...variants);
      cursor = page.product.variants.pageInfo.hasNextPage ? page.product.variants.pageInfo.endCursor : undefined;
    }
  };

  /** A page node as a record, with every variant. */
  const pageRecord = async (node: unknown, abortSignal?: AbortSignal): Promise<ShopifyProductRecord | { id: string; reason: string }> => {
    const id = typeof (node as { id?: unknown } | null)?.id === "string" ? (node as { id: string }).id : "unknown";
    const record = readProductRecord(node);
    if (typeof record === "string") return { id, reason: record };
    const raw = node as Record<string, { pageInfo?: unknown } | undefined>;
    const variantPage = pageInfoSchema.safeParse(raw.variants?.pageInfo);
    if (variantPage.success && variantPage.data.hasNextPage) await restOfVariants(record, variantPage.data.endCursor, abortSignal);
    return record;
  };

  /**
   * Saves progress. A run that does not resume (`resume: false`, as `listProducts` runs) leaves the checkpoint
   * slot to resumable runs, so the two never overwrite each other's progress.
   */
  const save = async (checkpoint: CatalogSyncCheckpoint | undefined, syncedFrom: string | undefined, persist: boolean) => {
    const kept = persist ? checkpoint : (await store.getSyncState(admin.shop)).checkpoint;
    await store.setSyncState(admin.shop, { ...(kept === undefined ? {} : { checkpoint: kept }), ...(syncedFrom === undefined ? {} : { syncedFrom }) });
  };

  const runPaginated = async (
    checkpoint: Extract<CatalogSyncCheckpoint, { path: "paginated" }>,
    syncedFrom: string | undefined,
    options: CatalogSyncOptions,
    report: CatalogSyncReport,
    persist: boolean,
  ) => {
    const code = await shopCurrency(options.abortSignal);
    let after = checkpoint.after;
    for (;;) {
      const response = await admin.request<unknown>(productsPageQuery, {
        variables: {
          first: resolved.pageSize,
          after: after ?? null,
          query: searchFor(checkpoint.since),
          variantsFirst: resolved.variantsPerPage,
        },
        ...signalOf(options.abortSignal),
      });
      const page = pageSchema.parse(response.data);
      const products: Product[] = [];
      for (const node of page.products.nodes) {
        const record = await pageRecord(node, options.abortSignal);
        if (!("handle" in record)) {
          report.skipped.push(record);
          continue;
        }
        const mapped = mapShopifyProduct(record, { currency: code });
        if (mapped.ok) products.push(mapped.product);
        else report.skipped.push({ id: mapped.id, reason: mapped.reason });
      }
      if (products.length > 0) await options.onProducts(products);
      report.products += products.length;
      after = page.products.pageInfo.endCursor ?? after;
      if (!page.products.pageInfo.hasNextPage) return;
      await save({ ...checkpoint, after, delivered: checkpoint.delivered + report.products }, syncedFrom, persist);
    }
  };

  const startBulk = async (since: string | undefined, abortSignal?: AbortSignal): Promise<string> => {
    const response = await admin.request<{
      bulkOperationRunQuery: { bulkOperation: { id: string } | null; userErrors: Array<{ message: string; code?: string | null; field?: string[] | null }> };
    }>(bulkOperationRunQueryMutation, { variables: { query: bulkProductsQuery(searchFor(since) ?? undefined), groupObjects: resolved.groupObjects }, ...signalOf(abortSignal) });
    const payload = response.data.bulkOperationRunQuery;
    if (payload.bulkOperation === null || payload.userErrors.length > 0) {
      throw new ShopifyGraphqlError({
        message: `Shopify refused the bulk operation: ${payload.userErrors.map((error) => error.message).join("; ") || "no operation returned"}`,
        issues: payload.userErrors.map((error) => ({ message: error.message, ...(error.code ? { code: error.code } : {}) })),
        operation: "AisleBulkProductsRun",
      });
    }
    return payload.bulkOperation.id;
  };

  /** Polls until the operation is done; a `bulk_operations/finish` webhook cuts a wait short. */
  const awaitBulk = async (operationId: string, abortSignal?: AbortSignal) => {
    const deadline = now().getTime() + resolved.bulkTimeoutMs;
    for (;;) {
      const response = await admin.request<{ bulkOperation: unknown }>(bulkOperationQuery, { variables: { id: operationId }, ...signalOf(abortSignal) });
      const operation = bulkOperationSchema.nullable().parse(response.data.bulkOperation);
      if (operation === null) throw new ShopifyBulkOperationError({ message: `Bulk operation ${operationId} does not exist`, operationId, status: "NOT_FOUND" });
      if (operation.status === "COMPLETED") return operation;
      if (operation.status !== "CREATED" && operation.status !== "RUNNING") {
        throw new ShopifyBulkOperationError({
          message: `Bulk operation ${operationId} ended ${operation.status}${operation.errorCode ? ` (${operation.errorCode})` : ""}`,
          operationId,
          status: operation.status,
          ...(operation.errorCode ? { errorCode: operation.errorCode } : {}),
        });
      }
      if (now().getTime() > deadline) throw new ShopifyBulkOperationError({ message: `Bulk operation ${operationId} did not finish in time`, operationId, status: "TIMEOUT" });
      if (finishedEarly.delete(operationId)) continue;
      await new Promise<void>((resolve, reject) => {
        finished.set(operationId, resolve);
        sleep(resolved.pollIntervalMs, abortSignal).then(resolve, reject);
      }).finally(() => finished.delete(operationId));
    }
  };

  const runBulk = async (
    checkpoint: Extract<CatalogSyncCheckpoint, { path: "bulk" }>,
    syncedFrom: string | undefined,
    options: CatalogSyncOptions,
    report: CatalogSyncReport,
    persist: boolean,
  ) => {
    const code = await shopCurrency(options.abortSignal);
    report.bulkOperationId = checkpoint.operationId;
    const operation = await awaitBulk(checkpoint.operationId, options.abortSignal);
    // A shop without products completes with no file.
    if (operation.url === null || operation.url === undefined) return;
    const stream = await admin.download(operation.url, signalOf(options.abortSignal));
    let seen = 0;
    let delivered = checkpoint.delivered;
    let batch: Product[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      await options.onProducts(batch);
      report.products += batch.length;
      delivered += batch.length;
      batch = [];
      await save({ ...checkpoint, delivered }, syncedFrom, persist);
    };
    for await (const record of readBulkProducts(readLines(stream, options.abortSignal), { grouped: resolved.groupObjects, operationId: checkpoint.operationId })) {
      // Products delivered before a crash are skipped: the file's order is fixed once written.
      if (seen++ < checkpoint.delivered) continue;
      const mapped = mapShopifyProduct(record, { currency: code });
      if (mapped.ok) batch.push(mapped.product);
      else report.skipped.push({ id: mapped.id, reason: mapped.reason });
      if (batch.length >= resolved.batchSize) await flush();
    }
    await flush();
  };

  return {
    currency: (options = {}) => shopCurrency(options.abortSignal),

    bulkOperationFinished(operationId) {
      const resolve = finished.get(operationId);
      if (resolve === undefined) finishedEarly.add(operationId);
      else resolve();
    },

    async product(id, options = {}) {
      const code = await shopCurrency(options.abortSignal);
      const response = await admin.request<{ product: unknown }>(productByIdQuery, { variables: { id, variantsFirst: resolved.variantsPerPage }, ...signalOf(options.abortSignal) });
      if (response.data.product === null || response.data.product === undefined) return undefined;
      const record = await pageRecord(response.data.product, options.abortSignal);
      if (!("handle" in record)) throw new ShopifyGraphqlError({ message: `Product ${id} has an unexpected shape: ${record.reason}`, issues: [{ message: record.reason }], operation: "AisleProduct" });
      const mapped = mapShopifyProduct(record, { currency: code });
      if (!mapped.ok) throw new ShopifyGraphqlError({ message: `Product ${id} could not be mapped: ${mapped.reason}`, issues: [{ message: mapped.reason }], operation: "AisleProduct" });
      return mapped.product;
    },

    async run(options) {
      const started = performance.now();
      const state = await store.getSyncState(admin.shop);
      const mode = options.mode ?? "full";
      const startedAt = now().toISOString();
      const persist = options.resume !== false;
      let checkpoint = persist ? state.checkpoint : undefined;
      const resumed = checkpoint !== undefined;
      if (checkpoint === undefined) {
        const since = mode === "incremental" ? state.syncedFrom : undefined;
        const path = options.path === undefined || options.path === "auto" ? await choosePath(since, options.abortSignal) : options.path;
        checkpoint =
          path === "paginated"
            ? { path, startedAt, ...(since === undefined ? {} : { since }), delivered: 0 }
            : { path, startedAt, ...(since === undefined ? {} : { since }), operationId: await startBulk(since, options.abortSignal), delivered: 0 };
        await save(checkpoint, state.syncedFrom, persist);
      }
      const report: CatalogSyncReport = {
        path: checkpoint.path,
        mode: checkpoint.since === undefined ? "full" : "incremental",
        products: 0,
        skipped: [],
        resumed,
        ...(checkpoint.since === undefined ? {} : { since: checkpoint.since }),
        ms: 0,
      };
      try {
        if (checkpoint.path === "paginated") await runPaginated(checkpoint, state.syncedFrom, options, report, persist);
        else await runBulk(checkpoint, state.syncedFrom, options, report, persist);
      } catch (error) {
        // A bulk operation that failed or expired cannot be resumed: the next run starts a new one.
        if (ShopifyBulkOperationError.isInstance(error) && error.status !== "INVALID_FILE" && error.status !== "TIMEOUT") await save(undefined, state.syncedFrom, persist);
        throw error;
      }
      // The next incremental run reads from when this one started, so edits made during it are read again.
      await save(undefined, checkpoint.startedAt, persist);
      report.ms = Math.round(performance.now() - started);
      return report;
    },
  };

  async function choosePath(since: string | undefined, abortSignal: AbortSignal | undefined): Promise<CatalogSyncPath> {
    const response = await admin.request<{ productsCount: { count: number } | null }>(productsCountQuery, {
      variables: { query: searchFor(since) },
      ...signalOf(abortSignal),
    });
    return (response.data.productsCount?.count ?? 0) > resolved.bulkThreshold ? "bulk" : "paginated";
  }
}

/** Shopify's search syntax for products updated after a time. */
function searchFor(since: string | undefined): string | null {
  return since === undefined ? null : `updated_at:>'${since}'`;
}
