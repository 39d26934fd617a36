import { shopifyStoreBattery } from "../test/shopify-store-battery";
import { createInMemoryShopifyStore } from "./shopify-store";

shopifyStoreBattery("in memory", () => createInMemoryShopifyStore());
