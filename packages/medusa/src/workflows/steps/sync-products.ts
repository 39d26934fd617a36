import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { resolveAisle } from "../../lib/resolve-aisle";

/** Re-reads products through Query into the search index (removing the ones that are gone). */
export const syncProductsStep = createStep("aisle-sync-products", async (input: { ids: string[] }, { container }) => {
  const result = await resolveAisle(container).syncProducts(input.ids);
  return new StepResponse(result);
});

export const removeProductsStep = createStep("aisle-remove-products", async (input: { ids: string[] }, { container }) => {
  const removed = await resolveAisle(container).removeProducts(input.ids);
  return new StepResponse({ removed });
});
