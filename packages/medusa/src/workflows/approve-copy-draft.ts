import { emitEventStep } from "@medusajs/medusa/core-flows";
import type { CopyDraft } from "@aisle/core";
import { createHook, createWorkflow, transform, WorkflowResponse, type Hook, type ReturnWorkflow } from "@medusajs/framework/workflows-sdk";
import { approveCopyDraftStep } from "./steps/approve-copy-draft";
import { updateProductCopyStep } from "./steps/update-product-copy";

export type ApproveCopyDraftWorkflowInput = { draft_id: string; approved_by?: string };
export type ApproveCopyDraftWorkflowOutput = { draft: CopyDraft; product_id: string };
/** Register with `approveCopyDraftWorkflow.hooks.draftApproved(async ({ draft, product_id }) => …)`. */
export type DraftApprovedHook = Hook<"draftApproved", { draft: CopyDraft; product_id: string }, unknown>;

/**
 * Approves a draft and writes it to the product. If anything after the write fails (including a
 * `draftApproved` hook handler), the product gets its old text back and the draft its old status.
 */
export const approveCopyDraftWorkflow: ReturnWorkflow<ApproveCopyDraftWorkflowInput, ApproveCopyDraftWorkflowOutput, [DraftApprovedHook]> = createWorkflow("aisle-approve-copy-draft", (input: ApproveCopyDraftWorkflowInput) => {
  const draft = approveCopyDraftStep(input);
  const updated = updateProductCopyStep(draft);
  emitEventStep({ eventName: "product.updated", data: transform({ updated }, ({ updated }) => ({ id: updated.product_id })) });
  const draftApproved = createHook("draftApproved", { draft, product_id: updated.product_id });
  return new WorkflowResponse({ draft, product_id: updated.product_id }, { hooks: [draftApproved] });
});
