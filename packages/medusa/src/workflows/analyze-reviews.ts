import type { Review } from "@aisle/core";
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import { analyzeReviewsStep } from "./steps/analyze-reviews";

export type AnalyzeReviewsWorkflowInput = {
  product_id: string;
  /** The reviews to analyse; read from the plugin's `reviews` source when left out. */
  reviews?: Review[];
};

/** Summarises a product's reviews (ratings, sentiment, flagged reviews) and stores the summary for the admin. */
export const analyzeReviewsWorkflow = createWorkflow("aisle-analyze-reviews", (input: AnalyzeReviewsWorkflowInput) => {
  const summary = analyzeReviewsStep(input);
  return new WorkflowResponse(summary);
});
