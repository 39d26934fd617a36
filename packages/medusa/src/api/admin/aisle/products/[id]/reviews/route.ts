import type { Review } from "@aisle/core";
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { resolveAisle } from "../../../../../../lib/resolve-aisle";
import { analyzeReviewsWorkflow } from "../../../../../../workflows/analyze-reviews";
import type { AdminAnalyzeReviewsBodyType } from "../../../../../validators";

/** GET /admin/aisle/products/:id/reviews: the latest review summary (null before the first analysis). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const summary = await resolveAisle(req.scope).latestReviewSummary(req.params.id as string);
  res.json({ review_summary: summary ?? null });
}

/** POST /admin/aisle/products/:id/reviews: analyses the given reviews, or those of the plugin's review source. */
export async function POST(req: AuthenticatedMedusaRequest<AdminAnalyzeReviewsBodyType>, res: MedusaResponse) {
  const productId = req.params.id as string;
  const reviews: Review[] | undefined = req.validatedBody.reviews?.map((review) => ({
    id: review.id,
    productId,
    rating: review.rating,
    title: review.title,
    body: review.body,
    author: review.author,
    createdAt: review.created_at ?? new Date().toISOString(),
    verifiedBuyer: review.verified_buyer,
    locale: "en",
  }));
  const { result } = await analyzeReviewsWorkflow(req.scope).run({ input: { product_id: productId, ...(reviews === undefined ? {} : { reviews }) } });
  res.json({ review_summary: result });
}
