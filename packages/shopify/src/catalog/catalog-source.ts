import type { CatalogSource, Product } from "@aisle/core";
import type { ShopifyCatalogSync } from "./catalog-sync";

/**
 * The Shopify catalog as core's `CatalogSource`: `listProducts` reads every product (bulk for large shops). It
 * starts over rather than resuming a checkpoint, because it must return the whole catalog; use
 * `sync.run({ onProducts })` for resumable, incremental indexing.
 */
export function createShopifyCatalogSource({ sync }: { sync: ShopifyCatalogSync }): CatalogSource {
  return {
    async listProducts(options = {}) {
      const products: Product[] = [];
      await sync.run({
        mode: "full",
        resume: false,
        onProducts: (batch) => {
          products.push(...batch);
        },
        ...(options.abortSignal === undefined ? {} : { abortSignal: options.abortSignal }),
      });
      return products;
    },
  };
}
