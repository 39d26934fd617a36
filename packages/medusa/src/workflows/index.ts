export { analyzeReviewsWorkflow, type AnalyzeReviewsWorkflowInput } from "./analyze-reviews";
export { approveCopyDraftWorkflow, type ApproveCopyDraftWorkflowInput } from "./approve-copy-draft";
export { generateCopyDraftsWorkflow, type GenerateCopyDraftsWorkflowInput } from "./generate-copy-drafts";
export { removeProductsWorkflow, syncProductsWorkflow } from "./sync-products";
