import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework";
import { removeProductsWorkflow, syncProductsWorkflow } from "../workflows/sync-products";

/**
 * Keeps Aisle's product index fresh: a created or updated product is re-read through Query (with its
 * variants, prices, inventory and categories), a deleted one is dropped. Failures are logged, not thrown:
 * the nightly re-index job catches up with anything missed.
 */
export default async function productChangedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const ids = [event.data.id];
  try {
    if (event.name === "product.deleted") await removeProductsWorkflow(container).run({ input: { ids } });
    else await syncProductsWorkflow(container).run({ input: { ids } });
  } catch (error) {
    container.resolve("logger").warn(`aisle: could not update the product index for ${ids.join(", ")}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export const config: SubscriberConfig = {
  event: ["product.created", "product.updated", "product.deleted"],
  context: { subscriberId: "aisle-product-index" },
};
