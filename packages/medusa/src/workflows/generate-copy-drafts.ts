import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import { generateCopyDraftsStep, type GenerateCopyDraftsStepInput } from "./steps/generate-copy-drafts";

export type GenerateCopyDraftsWorkflowInput = GenerateCopyDraftsStepInput;

/**
 * Drafts product copy for one product or many (bulk): every draft is checked against the product's facts and
 * the brand voice, stored for approval, and nothing reaches the product until `approveCopyDraftWorkflow`.
 * Re-running a `job_id` skips the products it already drafted.
 */
export const generateCopyDraftsWorkflow = createWorkflow("aisle-generate-copy-drafts", (input: GenerateCopyDraftsWorkflowInput) => {
  const result = generateCopyDraftsStep(input);
  return new WorkflowResponse(result);
});
