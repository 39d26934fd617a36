import type { Product } from "@aisle/core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createShopifyAdminClient } from "../admin/admin-client";
import { ShopifyBulkOperationError } from "../errors/shopify-bulk-operation-error";
import { createInMemoryShopifyStore } from "../store/shopify-store";
import { createShopifyAdminTestServer } from "../test/admin-test-server";
import { shopifyProductNode, toBulkRows, toJsonl } from "../test/fixtures";
import { createShopifyCatalogSource } from "./catalog-source";
import { createShopifyCatalogSync } from "./catalog-sync";
import type { CatalogSyncSettings } from "./catalog-sync-settings";

const shop = "northwood.myshopify.com";
const server = createShopifyAdminTestServer({ shop });
beforeAll(() => server.listen());
afterEach(() => server.reset());
afterAll(() => server.close());

const fileUrl = "https://storage.googleapis.test/shopify-bulk/products.jsonl";
const operationId = "gid://shopify/BulkOperation/720";

function setup(overrides: Partial<CatalogSyncSettings> = {}) {
  const store = createInMemoryShopifyStore();
  const admin = createShopifyAdminClient({ shop, accessToken: "shpat_test", sleep: async () => {} });
  let clock = Date.parse("2026-12-01T10:00:00Z");
  const sync = createShopifyCatalogSync({
    admin,
    store,
    pageSize: 2,
    batchSize: 2,
    sleep: async () => {},
    now: () => new Date((clock += 1000)),
    ...overrides,
  });
  server.respondWith("AisleShop", { type: "data", data: { shop: { currencyCode: "USD", primaryDomain: { url: "https://northwood.example" } } } });
  return { store, sync };
}

const page = (numbers: number[], hasNextPage: boolean, endCursor: string | null) => ({
  type: "data" as const,
  data: { products: { nodes: numbers.map((number) => shopifyProductNode({ number })), pageInfo: { hasNextPage, endCursor } } },
});

const count = (value: number) => ({ type: "data" as const, data: { productsCount: { count: value, precision: "EXACT" } } });

const bulkRun = { type: "data" as const, data: { bulkOperationRunQuery: { bulkOperation: { id: operationId, status: "CREATED" }, userErrors: [] } } };
const bulkStatus = (status: string, url: string | null = null) => ({
  type: "data" as const,
  data: { bulkOperation: { id: operationId, status, errorCode: status === "FAILED" ? "TIMEOUT" : null, objectCount: "0", rootObjectCount: "0", url, partialDataUrl: null } },
});

const ids = (products: readonly Product[]) => products.map((product) => product.id.replace("gid://shopify/Product/", ""));

describe("createShopifyCatalogSync", () => {
  it("pages through Admin GraphQL for a small shop, fetching the rest of long variant lists", async () => {
    const { sync, store } = setup();
    const many = shopifyProductNode({ number: 3, variants: 2 });
    many.variants.pageInfo = { hasNextPage: true, endCursor: "v-cursor" };
    server.respondWith("AisleProductsCount", count(3));
    server.respondWith("AisleProductsPage", page([1, 2], true, "cursor-2"), { type: "data", data: { products: { nodes: [many], pageInfo: { hasNextPage: false, endCursor: "cursor-3" } } } });
    server.respondWith("AisleProductVariants", {
      type: "data",
      data: { product: { variants: { nodes: [{ ...many.variants.nodes[0], id: "gid://shopify/ProductVariant/399", title: "Ash" }], pageInfo: { hasNextPage: false, endCursor: null } } } },
    });
    const delivered: Product[] = [];
    const report = await sync.run({ onProducts: (batch) => void delivered.push(...batch) });

    expect(report).toMatchObject({ path: "paginated", mode: "full", products: 3, skipped: [], resumed: false });
    expect(ids(delivered)).toEqual(["1", "2", "3"]);
    expect(delivered[2]?.variants.map((variant) => variant.id)).toEqual(["gid://shopify/ProductVariant/300", "gid://shopify/ProductVariant/301", "gid://shopify/ProductVariant/399"]);
    const pages = server.requests.filter((request) => request.operation === "AisleProductsPage");
    expect(pages.map((request) => request.variables.after)).toEqual([null, "cursor-2"]);
    expect((await store.getSyncState(shop)).checkpoint).toBeUndefined();
  });

  it("reads only products updated since the last completed run when incremental", async () => {
    const { sync } = setup();
    server.respondWith("AisleProductsCount", count(1));
    server.respondWith("AisleProductsPage", page([1], false, "c"));
    await sync.run({ onProducts: () => {} });
    server.requests.length = 0;
    await sync.run({ mode: "incremental", onProducts: () => {} });
    const search = server.requests.find((request) => request.operation === "AisleProductsPage")?.variables.query;
    expect(search).toMatch(/^updated_at:>'2026-12-01T10:00:\d\d\.000Z'$/);
    expect(server.requests.find((request) => request.operation === "AisleProductsCount")?.variables.query).toBe(search);
  });

  it("runs a bulk operation for a large shop: start, poll, stream the JSONL in batches", async () => {
    const { sync } = setup({ bulkThreshold: 2 });
    server.respondWith("AisleProductsCount", count(3));
    server.respondWith("AisleBulkProductsRun", bulkRun);
    server.respondWith("AisleBulkOperation", bulkStatus("RUNNING"), bulkStatus("COMPLETED", fileUrl));
    const text = toJsonl([1, 2, 3].flatMap((number) => toBulkRows(shopifyProductNode({ number }))));
    server.serveFile(fileUrl, [text.slice(0, 1000), text.slice(1000)]);
    const batches: string[][] = [];
    const report = await sync.run({ onProducts: (batch) => void batches.push(ids(batch)) });

    expect(report).toMatchObject({ path: "bulk", products: 3, bulkOperationId: operationId });
    expect(batches).toEqual([["1", "2"], ["3"]]);
    const run = server.requests.find((request) => request.operation === "AisleBulkProductsRun");
    expect(run?.variables.groupObjects).toBe(true);
    expect(run?.variables.query).toContain("variants {");
    expect(server.requests.filter((request) => request.operation === "AisleBulkOperation")).toHaveLength(2);
  });

  it("resumes a crashed paginated run from the saved cursor", async () => {
    const { sync, store } = setup();
    server.respondWith("AisleProductsCount", count(4));
    server.respondWith("AisleProductsPage", page([1, 2], true, "cursor-2"), page([3, 4], false, "cursor-4"));
    let calls = 0;
    const crash = sync.run({
      onProducts: () => {
        if (++calls === 2) throw new Error("process killed");
      },
    });
    await expect(crash).rejects.toThrow("process killed");
    expect((await store.getSyncState(shop)).checkpoint).toMatchObject({ path: "paginated", after: "cursor-2", delivered: 2 });

    server.requests.length = 0;
    server.respondWith("AisleProductsPage", page([3, 4], false, "cursor-4"));
    const delivered: Product[] = [];
    const report = await sync.run({ onProducts: (batch) => void delivered.push(...batch) });
    expect(report.resumed).toBe(true);
    expect(ids(delivered)).toEqual(["3", "4"]);
    expect(server.requests.map((request) => request.operation)).not.toContain("AisleProductsCount");
    expect(server.requests.find((request) => request.operation === "AisleProductsPage")?.variables.after).toBe("cursor-2");
  });

  it("resumes a crashed bulk run on the same operation, skipping products already delivered", async () => {
    const { sync } = setup({ bulkThreshold: 0 });
    server.respondWith("AisleProductsCount", count(5));
    server.respondWith("AisleBulkProductsRun", bulkRun);
    server.respondWith("AisleBulkOperation", bulkStatus("COMPLETED", fileUrl));
    server.serveFile(fileUrl, [toJsonl([1, 2, 3, 4, 5].flatMap((number) => toBulkRows(shopifyProductNode({ number }))))]);
    let calls = 0;
    await expect(
      sync.run({
        onProducts: () => {
          if (++calls === 2) throw new Error("process killed");
        },
      }),
    ).rejects.toThrow("process killed");

    const delivered: Product[] = [];
    const report = await sync.run({ onProducts: (batch) => void delivered.push(...batch) });
    expect(report).toMatchObject({ resumed: true, path: "bulk", products: 3 });
    expect(ids(delivered)).toEqual(["3", "4", "5"]);
    expect(server.requests.filter((request) => request.operation === "AisleBulkProductsRun")).toHaveLength(1);
    expect(server.downloads(fileUrl)).toBe(2);
  });

  it("fails with ShopifyBulkOperationError when the operation fails, and starts a new one next time", async () => {
    const { sync, store } = setup({ bulkThreshold: 0 });
    server.respondWith("AisleProductsCount", count(5));
    server.respondWith("AisleBulkProductsRun", bulkRun);
    server.respondWith("AisleBulkOperation", bulkStatus("FAILED"));
    const error = await sync.run({ onProducts: () => {} }).catch((caught: unknown) => caught);
    expect(ShopifyBulkOperationError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: "FAILED", errorCode: "TIMEOUT", operationId });
    expect((await store.getSyncState(shop)).checkpoint).toBeUndefined();
  });

  it("stops polling as soon as the bulk_operations/finish webhook reports the operation", async () => {
    const waits: Array<() => void> = [];
    const { sync } = setup({ bulkThreshold: 0, pollIntervalMs: 600_000, sleep: () => new Promise<void>((resolve) => waits.push(resolve)) });
    server.respondWith("AisleProductsCount", count(1));
    server.respondWith("AisleBulkProductsRun", bulkRun);
    server.respondWith("AisleBulkOperation", bulkStatus("RUNNING"), bulkStatus("COMPLETED", fileUrl));
    server.serveFile(fileUrl, [toJsonl(toBulkRows(shopifyProductNode({ number: 9 })))]);
    const running = sync.run({ onProducts: () => {} });
    await expect.poll(() => waits.length).toBe(1);
    sync.bulkOperationFinished(operationId);
    expect((await running).products).toBe(1);
  });

  it("serves core's CatalogSource with the whole catalog, leaving a crashed run's checkpoint alone", async () => {
    const { sync, store } = setup();
    const crashed = { path: "paginated" as const, startedAt: "2026-11-30T00:00:00.000Z", after: "cursor-7", delivered: 70 };
    await store.setSyncState(shop, { checkpoint: crashed });
    server.respondWith("AisleProductsCount", count(2));
    server.respondWith("AisleProductsPage", page([1, 2], false, "c"));
    const products = await createShopifyCatalogSource({ sync }).listProducts();
    expect(ids(products)).toEqual(["1", "2"]);
    expect(server.requests.find((request) => request.operation === "AisleProductsPage")?.variables.after).toBeNull();
    const state = await store.getSyncState(shop);
    expect(state.checkpoint).toEqual(crashed);
    expect(state.syncedFrom).toMatch(/^2026-12-01T10:00/);
  });
});
