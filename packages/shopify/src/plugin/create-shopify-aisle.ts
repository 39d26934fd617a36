
import { handleStorefrontChat } from "../app-proxy/chat-handler";
import { handleStorefrontRecommendations } from "../app-proxy/recommendations-handler";
import type { CatalogSyncOptions, CatalogSyncReport } from "../catalog/catalog-sync";
import { handleCopyAction, handleReviewSummary, type ReviewSummarizer } from "../routes/admin-routes";
import { createInMemoryShopifyStore, type ShopifyStore } from "../store/shopify-store";
import { shopDomainSchema } from "../admin/admin-client-settings";
import { parseSettings } from "@aisle/core";
import { handleWebhookRequest } from "../webhooks/handle-webhook";
import { createShopRuntimes, type ShopRuntime } from "./shop-runtime";
import { shopifyAisleSettingsSchema, type ShopifyAisleSettings } from "./shopify-aisle-settings";

/** The arguments React Router passes to loaders and actions; only `request` is read. */
export type RouteArgs = { request: Request };

/** An already authenticated admin request: pass what `authenticate.admin(request)` returned. */
export type AdminAuth = { session: { shop: string } };

export type ShopifyAisle = {
  /** A shop's clients (built on first use): `aisle` for features, `admin` and `sync` for Shopify. */
  shop(shop: string): ShopRuntime;
  /**
   * Brings a shop's index up to date: the products updated since the last completed run (the whole catalog the
   * first time), upserted into the shop's Aisle index, hidden ones removed. Resumes a crashed run.
   */
  syncCatalog(shop: string, options?: Pick<CatalogSyncOptions, "mode" | "path" | "abortSignal">): Promise<CatalogSyncReport>;
  /**
   * Route handlers that drop into a React Router app's `action`/`loader` exports. Webhook and app-proxy
   * routes verify Shopify's signatures themselves; admin routes take the session from `authenticate.admin`.
   */
  routes: {
    /** `app/routes/webhooks.tsx`: `export const action = aisle.routes.webhooks;` */
    webhooks(args: RouteArgs): Promise<Response>;
    /** The app proxy's chat endpoint: `export const action = aisle.routes.storefrontChat;` */
    storefrontChat(args: RouteArgs): Promise<Response>;
    /** The app proxy's recommendations endpoint (`GET ?kind=similar&productId=…`): `export const loader = aisle.routes.storefrontRecommendations;` */
    storefrontRecommendations(args: RouteArgs): Promise<Response>;
    /** Copy drafts for the admin: draft, bulk, approve, reject, publish, list. */
    copy(args: RouteArgs, auth: AdminAuth): Promise<Response>;
    /** Review summary for a product page (`GET ?productId=`). */
    reviewSummary(args: RouteArgs, auth: AdminAuth, reviews?: ReviewSummarizer): Promise<Response>;
  };
  readonly store: ShopifyStore;
};

/**
 * Aisle for a Shopify app: one validated configuration that wires the catalog sync, webhooks, storefront chat
 * and admin copy drafts for every shop the app is installed on. Each shop gets its own Aisle client, built by
 * your `aisle` factory over Shopify-backed sources.
 *
 * ```ts
 * export const aisle = createShopifyAisle({
 *   apiSecretKey: () => process.env.SHOPIFY_API_SECRET!,
 *   accessToken: async (shop) => (await sessionStorage.loadSession(`offline_${shop}`))?.accessToken,
 *   aisle: ({ shop, catalog, orders, events }) => createAisle({ store: { name: shop }, catalog, orders, events }),
 * });
 * ```
 */
export function createShopifyAisle(settings: ShopifyAisleSettings): ShopifyAisle {
  const parsed = parseSettings("Shopify Aisle", shopifyAisleSettingsSchema, settings);
  const resolved = { ...parsed, store: parsed.store ?? createInMemoryShopifyStore() };
  const runtimes = createShopRuntimes(resolved);
  const runtimeFor = (shop: string) => runtimes.get(shopDomainSchema.parse(shop));

  return {
    store: resolved.store,
    shop: runtimeFor,
    async syncCatalog(shop, options = {}) {
      const runtime = runtimeFor(shop);
      const catalog = () => runtime.aisle.catalog;
      return runtime.sync.run({
        mode: options.mode ?? "incremental",
        ...(options.path === undefined ? {} : { path: options.path }),
        ...(options.abortSignal === undefined ? {} : { abortSignal: options.abortSignal }),
        onProducts: async (products) => {
          const hidden = products.filter((product) => product.status !== "active").map((product) => product.id);
          if (hidden.length > 0) catalog().remove(hidden);
          await catalog().upsert(products.filter((product) => product.status === "active"));
        },
      });
    },
    routes: {
      webhooks: ({ request }) => handleWebhookRequest(request, resolved, runtimes),
      storefrontChat: ({ request }) => handleStorefrontChat(request, resolved, runtimes),
      storefrontRecommendations: ({ request }) => handleStorefrontRecommendations(request, resolved, runtimes),
      copy: ({ request }, auth) => handleCopyAction(request, runtimeFor(auth.session.shop)),
      reviewSummary: ({ request }, auth, reviews) => handleReviewSummary(request, runtimeFor(auth.session.shop), reviews),
    },
  };
}

