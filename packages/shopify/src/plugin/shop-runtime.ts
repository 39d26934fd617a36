import type { Aisle, AisleEvent, EventSink } from "@aisle/core";
import { createShopifyAdminClient, type ShopifyAdminClient } from "../admin/admin-client";
import { createShopifyCatalogSource } from "../catalog/catalog-source";
import { createShopifyCatalogSync, type ShopifyCatalogSync } from "../catalog/catalog-sync";
import { createShopifyOrderSource } from "../orders/order-source";
import type { ShopifyStore } from "../store/shopify-store";
import { ShopNotInstalledError } from "../errors/shop-not-installed-error";
import type { z } from "zod";
import type { shopifyAisleSettingsSchema, ShopifyShopContext } from "./shopify-aisle-settings";

export type ResolvedShopifyAisleSettings = z.output<typeof shopifyAisleSettingsSchema> & { store: ShopifyStore };

/** One shop's clients: the Admin client, the sync and the Aisle client built over them. */
export type ShopRuntime = {
  shop: string;
  admin: ShopifyAdminClient;
  sync: ShopifyCatalogSync;
  aisle: Aisle;
};

/** Records an event for the shop (with the customer of its conversation, so redaction finds it) and forwards it. */
export function createShopEventSink(shop: string, store: ShopifyStore, forward: EventSink | undefined): EventSink {
  return {
    async emit(event: AisleEvent) {
      try {
        const conversation = event.conversationId === undefined ? undefined : await store.getConversation(shop, event.conversationId);
        await store.recordEvent(shop, { ...event, ...(conversation?.customerId === undefined ? {} : { customerId: conversation.customerId }) });
        await forward?.emit(event);
      } catch {
        // An event sink must not throw into the feature that emitted the event.
      }
    },
  };
}

/** Builds shop runtimes on first use and keeps them until the app is uninstalled or the shop redacted. */
export function createShopRuntimes(settings: ResolvedShopifyAisleSettings) {
  const runtimes = new Map<string, ShopRuntime>();
  return {
    get(shop: string): ShopRuntime {
      let runtime = runtimes.get(shop);
      if (runtime !== undefined) return runtime;
      const { baseUrl, ...adminSettings } = settings.admin ?? {};
      const admin = createShopifyAdminClient({
        ...adminSettings,
        shop,
        ...(baseUrl === undefined ? {} : { baseUrl: baseUrl(shop) }),
        accessToken: async () => {
          const token = await settings.accessToken(shop);
          if (token === undefined) throw new ShopNotInstalledError(shop);
          return token;
        },
      });
      const sync = createShopifyCatalogSync({ ...settings.sync, admin, store: settings.store });
      const context: ShopifyShopContext = {
        shop,
        admin,
        sync,
        catalog: createShopifyCatalogSource({ sync }),
        orders: createShopifyOrderSource({ admin }),
        events: createShopEventSink(shop, settings.store, settings.events),
      };
      runtime = { shop, admin, sync, aisle: settings.aisle(context) };
      runtimes.set(shop, runtime);
      return runtime;
    },
    peek(shop: string): ShopRuntime | undefined {
      return runtimes.get(shop);
    },
    drop(shop: string): void {
      runtimes.delete(shop);
    },
  };
}

export type ShopRuntimes = ReturnType<typeof createShopRuntimes>;
