import type { Aisle, CatalogSource, EventSink, OrderSource } from "@aisle/core";
import { z } from "zod";
import type { ShopifyAdminClient } from "../admin/admin-client";
import type { ShopifyAdminClientSettings } from "../admin/admin-client-settings";
import type { ShopifyCatalogSync } from "../catalog/catalog-sync";
import type { CatalogSyncSettings } from "../catalog/catalog-sync-settings";
import type { ErasureReport, ShopifyStore, StoredConversation } from "../store/shopify-store";

const isFunction = (value: unknown) => typeof value === "function";
const fn = <T>(message = "must be a function") => z.custom<T>(isFunction, message);

/** What the plugin gives the `aisle` factory for one shop: Shopify behind Aisle's source interfaces. */
export type ShopifyShopContext = {
  shop: string;
  admin: ShopifyAdminClient;
  /** The whole catalog through the sync (bulk or paginated); `createAisle` reads it on `ready()`. */
  catalog: CatalogSource;
  /** Orders read live for support; core decides which a shopper may see. */
  orders: OrderSource;
  /** Records events per shop (so redaction can erase them) and forwards them to `settings.events`. */
  events: EventSink;
  sync: ShopifyCatalogSync;
};

export type CustomerDataRequest = {
  shop: string;
  customerId: string;
  email: string | undefined;
  /** Shopify's id of the request, to quote when sending the data to the merchant. */
  dataRequestId: string | undefined;
  conversations: StoredConversation[];
  events: number;
};

export type RedactionReport = ErasureReport & { topic: "customers/redact" | "shop/redact"; shop: string; forgottenVaults: number };

export const shopifyAisleSettingsSchema = z
  .object({
    /** The app's client secret: webhook HMACs and app-proxy signatures are checked with it. Read per request. */
    apiSecretKey: z.union([z.string().min(1), fn<() => string>("must be a string or a function returning the secret")]),
    /** The shop's offline Admin access token (from your session storage); undefined when the app is not installed. */
    accessToken: fn<(shop: string) => string | undefined | Promise<string | undefined>>(),
    /** Builds a shop's Aisle client from the sources the plugin provides: `(context) => createAisle({ ... })`. */
    aisle: fn<(context: ShopifyShopContext) => Aisle>(),
    store: z.custom<ShopifyStore>((value) => typeof value === "object" && value !== null && isFunction((value as { claim?: unknown }).claim), "must be a ShopifyStore").optional(),
    /** Admin client settings for every shop (API version, retries, a local `baseUrl` in tests). */
    admin: z.custom<Omit<ShopifyAdminClientSettings, "shop" | "accessToken" | "baseUrl"> & { baseUrl?: (shop: string) => string }>((value) => typeof value === "object" && value !== null).optional(),
    /** Catalog sync settings (bulk threshold, page size, polling). */
    sync: z.custom<Omit<CatalogSyncSettings, "admin" | "store">>((value) => typeof value === "object" && value !== null).optional(),
    webhooks: z
      .object({
        /** Webhooks triggered longer ago are refused (`X-Shopify-Triggered-At`). */
        maxAgeSeconds: z.number().int().min(60).default(86_400),
      })
      .strict()
      .default({ maxAgeSeconds: 86_400 }),
    appProxy: z
      .object({
        /** App-proxy requests signed longer ago are refused; Shopify's libraries use 90 seconds. */
        maxAgeSeconds: z.number().int().min(5).max(3600).default(90),
        /** Turns of a conversation kept and sent to the model. */
        maxMessages: z.number().int().min(2).max(200).default(20),
        /** Longest shopper message accepted, in characters. */
        maxMessageLength: z.number().int().min(1).max(20_000).default(2000),
      })
      .strict()
      .default({ maxAgeSeconds: 90, maxMessages: 20, maxMessageLength: 2000 }),
    /** Also receives every event (after it is recorded for the shop). */
    events: z.custom<EventSink>((value) => typeof value === "object" && value !== null && isFunction((value as { emit?: unknown }).emit), "must be an EventSink").optional(),
    /** `app/uninstalled`: revoke your stored sessions here. The plugin stops using the shop's client. */
    onUninstalled: fn<(shop: string) => void | Promise<void>>().optional(),
    /** `customers/data_request`: send what is held for the customer to the merchant. */
    onDataRequest: fn<(request: CustomerDataRequest) => void | Promise<void>>().optional(),
    /**
     * After `customers/redact` or `shop/redact` erased what the plugin holds: erase what your app keeps beside
     * it (copy drafts, your own tables). A throw answers Shopify with 500, so the request is retried.
     */
    onRedact: fn<(report: RedactionReport) => void | Promise<void>>().optional(),
    now: fn<() => Date>().optional(),
  })
  .strict();

export type ShopifyAisleSettings = z.input<typeof shopifyAisleSettingsSchema>;
