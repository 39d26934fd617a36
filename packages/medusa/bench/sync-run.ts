import { createProductCategoriesWorkflow, createProductsWorkflow, createStockLocationsWorkflow } from "@medusajs/medusa/core-flows";
import type { ExecArgs, IInventoryService } from "@medusajs/framework/types";
import { Modules } from "@medusajs/framework/utils";
import { writeFileSync } from "node:fs";
import { resolveAisle } from "../src/lib/resolve-aisle";

/*
 * Runs inside the bench's Medusa application (`medusa exec`): seeds N products through Medusa's own
 * workflows (variants, prices in two currencies, categories, inventory levels), then re-indexes them through
 * Query into Aisle's PostgreSQL index and reports products per second and the process's peak RSS.
 */

const materials = ["oak", "walnut", "linen", "wool", "cotton", "steel", "rattan", "leather", "velvet", "ceramic"];
const kinds = ["sofa", "chair", "table", "lamp", "rug", "bed", "shelf", "desk", "cabinet", "mirror"];
const colors = ["Sand", "Charcoal", "Olive", "Navy", "Rust"];

export default async function run({ container, args }: ExecArgs) {
  const [countArgument, output] = args;
  const count = Number(countArgument ?? 10_000);
  const logger = container.resolve("logger");
  const seedStarted = performance.now();

  const { result: categories } = await createProductCategoriesWorkflow(container).run({
    input: { product_categories: kinds.map((kind) => ({ name: `${kind[0]?.toUpperCase()}${kind.slice(1)}s`, is_active: true })) },
  });
  const { result: locations } = await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: "Warehouse" }] } });
  const location = locations[0] as { id: string };

  const batch = 250;
  for (let start = 0; start < count; start += batch) {
    const products = [];
    for (let index = start; index < Math.min(count, start + batch); index++) {
      const kind = kinds[index % kinds.length] as string;
      const material = materials[Math.floor(index / kinds.length) % materials.length] as string;
      const price = 40 + ((index * 37) % 1500);
      products.push({
        title: `${material[0]?.toUpperCase()}${material.slice(1)} ${kind} ${index}`,
        handle: `bench-${index}`,
        description: `A ${material} ${kind} for everyday use, number ${index} in the bench catalog.`,
        status: "published" as const,
        material,
        category_ids: [(categories[index % kinds.length] as { id: string }).id],
        options: [{ title: "Color", values: colors.slice(0, 2) }],
        variants: colors.slice(0, 2).map((color, variant) => ({
          title: color,
          sku: `BENCH-${index}-${variant}`,
          options: { Color: color },
          manage_inventory: true,
          prices: [
            { amount: price + variant * 10, currency_code: "usd" },
            { amount: Math.round((price + variant * 10) * 0.92), currency_code: "eur" },
          ],
        })),
      });
    }
    await createProductsWorkflow(container).run({ input: { products } });
    if ((start / batch) % 8 === 0) logger.info(`bench: seeded ${Math.min(count, start + batch)} / ${count} products`);
  }
  // Stock for every other inventory item; the rest are out of stock.
  const inventory = container.resolve<IInventoryService>(Modules.INVENTORY);
  const items = await inventory.listInventoryItems({}, { select: ["id"], take: null });
  for (let start = 0; start < items.length; start += 2000) {
    await inventory.createInventoryLevels(
      items.slice(start, start + 2000).map((item, index) => ({ inventory_item_id: item.id, location_id: location.id, stocked_quantity: (start + index) % 2 === 0 ? 10 : 0 })),
    );
  }
  const seedMs = performance.now() - seedStarted;

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
  const aisle = resolveAisle(container);
  await aisle.productIndex();
  const report = await aisle.reindex();
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const searched = await aisle.searchProducts("walnut table under $500");

  const result = {
    products: report.products + report.skipped,
    indexed: report.products,
    ms: report.ms,
    productsPerS: Math.round(((report.products + report.skipped) / report.ms) * 1000),
    rssMb: Math.round(peakRss / 1024 / 1024),
    seedMs: Math.round(seedMs),
    store: report.store,
    vectors: report.vectors,
    sampleHits: searched.hits.length,
  };
  if (output !== undefined) writeFileSync(output, JSON.stringify(result));
  logger.info(`bench: ${JSON.stringify(result)}`);
}
