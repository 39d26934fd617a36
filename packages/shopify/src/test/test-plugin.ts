import { createAisle, createOfflineLanguageModel, type Aisle } from "@aisle/core";
import { createShopifyAisle } from "../plugin/create-shopify-aisle";
import type { CustomerDataRequest, RedactionReport, ShopifyAisleSettings } from "../plugin/shopify-aisle-settings";
import { createInMemoryShopifyStore } from "../store/shopify-store";

export const testSecret = "shpss_test_secret";

/** The plugin as an app configures it, over the offline model, with hooks recorded for assertions. */
export function createTestPlugin(overrides: Partial<ShopifyAisleSettings> = {}) {
  const store = createInMemoryShopifyStore();
  const hooks = { uninstalled: [] as string[], dataRequests: [] as CustomerDataRequest[], redactions: [] as RedactionReport[] };
  const clients: Aisle[] = [];
  const plugin = createShopifyAisle({
    apiSecretKey: testSecret,
    accessToken: () => "shpat_test",
    store,
    admin: { sleep: async () => {}, retryDelayMs: 1, maxRetries: 1 },
    aisle: ({ shop, orders, events }) => {
      const aisle = createAisle({ model: createOfflineLanguageModel(), embeddings: false, store: { name: shop }, catalog: [], orders, events });
      clients.push(aisle);
      return aisle;
    },
    onUninstalled: (shop) => void hooks.uninstalled.push(shop),
    onDataRequest: (request) => void hooks.dataRequests.push(request),
    onRedact: (report) => void hooks.redactions.push(report),
    ...overrides,
  });
  return { plugin, store, hooks, clients };
}
