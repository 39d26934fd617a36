import type { MedusaContainer } from "@medusajs/framework/types";
import { resolveAisle } from "../lib/resolve-aisle";

/** Rebuilds Aisle's product index through Query every night, catching up with anything a subscriber missed. */
export default async function reindexProductsJob(container: MedusaContainer) {
  const logger = container.resolve("logger");
  const report = await resolveAisle(container).reindex();
  logger.info(`aisle: re-indexed ${report.products} products in ${report.ms} ms (${report.productsPerSecond}/s, ${report.store}${report.vectors ? " with vectors" : ""})`);
}

export const config = {
  name: "aisle-reindex-products",
  schedule: "30 3 * * *",
};
