import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import { removeProductsStep, syncProductsStep } from "./steps/sync-products";

/** Re-reads products through Query into Aisle's index; used by the product subscribers. */
export const syncProductsWorkflow = createWorkflow("aisle-sync-products", (input: { ids: string[] }) => {
  return new WorkflowResponse(syncProductsStep(input));
});

/** Drops deleted products from Aisle's index. */
export const removeProductsWorkflow = createWorkflow("aisle-remove-products", (input: { ids: string[] }) => {
  return new WorkflowResponse(removeProductsStep(input));
});
