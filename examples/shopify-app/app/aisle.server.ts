import { createAisle } from "@aisle/core";
import { createShopifyAisle } from "@aisle/shopify";
import { sessionStorage } from "./shopify.server";

/**
 * Aisle for every shop the app is installed on. The plugin verifies webhook HMACs and app-proxy signatures with
 * the app's secret, reads each shop's offline token from the template's session storage, and builds one Aisle
 * client per shop over Shopify-backed sources. Without OPENAI_API_KEY Aisle answers with its offline model.
 */
export const aisle = createShopifyAisle({
  apiSecretKey: () => process.env.SHOPIFY_API_SECRET ?? "",
  accessToken: async (shop) => (await sessionStorage.loadSession(`offline_${shop}`))?.accessToken,
  aisle: ({ shop, catalog, orders, events }) =>
    createAisle({
      store: { name: shop.replace(/\.myshopify\.com$/, "") },
      catalog,
      orders,
      events,
      ...(process.env.OPENAI_API_KEY ? {} : { embeddings: false as const }),
    }),
  onUninstalled: async (shop) => {
    const sessions = await sessionStorage.findSessionsByShop(shop);
    await sessionStorage.deleteSessions(sessions.map((session) => session.id));
  },
});
