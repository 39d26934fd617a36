import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows";
import type { ExecArgs } from "@medusajs/framework/types";
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils";
import { seedCategories, seedProducts, storeName } from "../seed-data";

/** `medusa exec ./src/scripts/seed.ts`: the example store's region, channel, key, warehouse and catalog. Runs once. */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data: existing } = await query.graph({ entity: "product", fields: ["id"], filters: { handle: seedProducts.map((product) => product.handle) } });
  if (existing.length > 0) {
    logger.info("seed: the example catalog is already there");
    return;
  }

  const [store] = await container.resolve(Modules.STORE).listStores();
  const { result: channels } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Webshop" }] } });
  const channel = channels[0] as { id: string };
  if (store !== undefined) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: { name: storeName, default_sales_channel_id: channel.id, supported_currencies: [{ currency_code: "usd", is_default: true }, { currency_code: "eur" }] },
      },
    });
  }
  await createRegionsWorkflow(container).run({ input: { regions: [{ name: "United States", currency_code: "usd", countries: ["us"], payment_providers: ["pp_system_default"] }] } });
  const { result: keys } = await createApiKeysWorkflow(container).run({ input: { api_keys: [{ title: "Webshop", type: "publishable", created_by: "seed" }] } });
  const key = keys[0] as { id: string; token: string };
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } });
  const { result: locations } = await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: "Warehouse", address: { address_1: "1 Dock Road", city: "Portland", country_code: "us" } }] } });
  const location = locations[0] as { id: string };
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [channel.id] } });
  const { result: profiles } = await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Default", type: "default" }] } });

  const { result: categories } = await createProductCategoriesWorkflow(container).run({
    input: { product_categories: seedCategories.map((name) => ({ name, is_active: true })) },
  });
  const categoryId = new Map(categories.map((category) => [category.name, category.id]));
  await createProductsWorkflow(container).run({
    input: {
      products: seedProducts.map((product) => ({
        title: product.title,
        handle: product.handle,
        description: product.description,
        status: "published" as const,
        material: product.material,
        category_ids: [categoryId.get(product.category) as string],
        tags: [],
        shipping_profile_id: (profiles[0] as { id: string }).id,
        sales_channels: [{ id: channel.id }],
        options: [{ title: "Variant", values: product.variants.map((variant) => variant.title) }],
        variants: product.variants.map((variant) => ({
          title: variant.title,
          sku: variant.sku,
          options: { Variant: variant.title },
          manage_inventory: true,
          prices: [
            { amount: variant.usd, currency_code: "usd" },
            { amount: variant.eur, currency_code: "eur" },
          ],
        })),
      })),
    },
  });

  const { data: items } = await query.graph({ entity: "inventory_item", fields: ["id", "sku"] });
  const stockBySku = new Map(seedProducts.flatMap((product) => product.variants.map((variant) => [variant.sku, variant.stock] as const)));
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: (items as Array<{ id: string; sku: string | null }>).map((item) => ({
        inventory_item_id: item.id,
        location_id: location.id,
        stocked_quantity: stockBySku.get(item.sku ?? "") ?? 0,
      })),
    },
  });
  logger.info(`seed: ${seedProducts.length} products in ${seedCategories.length} categories`);
  logger.info(`seed: publishable API key for the storefront: ${key.token}`);
}
