import type { Review } from "@aisle/core";
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { resolveAisle } from "../../lib/resolve-aisle";

/** Summarises a product's reviews and stores the summary; compensation deletes it. */
export const analyzeReviewsStep = createStep(
  "aisle-analyze-reviews",
  async (input: { product_id: string; reviews?: Review[] }, { container }) => {
    const aisle = resolveAisle(container);
    const reviews = input.reviews ?? (await aisle.reviewsFor(input.product_id));
    const { summary, eventId } = await aisle.analyzeReviews(input.product_id, reviews);
    return new StepResponse(summary, eventId);
  },
  async (eventId, { container }) => {
    if (eventId === undefined) return;
    await resolveAisle(container).deleteAnalyticsEvents([eventId]);
  },
);
