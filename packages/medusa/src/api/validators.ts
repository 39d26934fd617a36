import { MedusaError } from "@medusajs/framework/utils";
import { z } from "@medusajs/framework/zod";

/*
 * Request schemas. Bodies are validated by Medusa's `validateAndTransformBody` (400 `invalid_data` naming the
 * field); query strings by `parseQuery`, which answers the same way.
 */

export const StoreChatBody = z
  .object({
    message: z.string().trim().min(1, "message must not be empty").max(20_000),
    conversation_id: z.string().min(1).max(100).optional(),
  })
  .strict();
export type StoreChatBodyType = z.infer<typeof StoreChatBody>;

export const StoreSearchQuery = z
  .object({
    q: z.string().trim().min(1, "q must not be empty").max(500),
    limit: z.coerce.number().int().min(1).max(50).default(10),
    offset: z.coerce.number().int().min(0).max(1000).default(0),
    category_id: z.string().min(1).optional(),
  })
  .strict();

export const StoreRecommendationsQuery = z
  .object({
    product_id: z.string().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(24).default(6),
  })
  .strict();

const copyKinds = ["product-description", "seo-meta", "alt-text", "ad-copy"] as const;

export const AdminGenerateCopyDraftsBody = z
  .object({
    product_ids: z.array(z.string().min(1)).min(1, "name at least one product").max(500, "at most 500 products per request"),
    kind: z.enum(copyKinds).default("product-description"),
    job_id: z.string().regex(/^[\w.-]{1,100}$/, "1-100 letters, digits, '.', '_' or '-'").optional(),
    language: z.enum(["en", "de", "fr", "es"]).optional(),
    keywords: z.array(z.string().min(1).max(60)).max(20).optional(),
    length: z.enum(["short", "medium", "long"]).optional(),
  })
  .strict();
export type AdminGenerateCopyDraftsBodyType = z.infer<typeof AdminGenerateCopyDraftsBody>;

export const AdminListCopyDraftsQuery = z
  .object({
    product_id: z.string().min(1).optional(),
    status: z.enum(["draft", "approved", "rejected"]).optional(),
    job_id: z.string().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

export const AdminReviewDraftBody = z.object({}).strict();

const reviewSchema = z
  .object({
    id: z.string().min(1),
    rating: z.number().int().min(1).max(5),
    title: z.string().max(300).default(""),
    body: z.string().min(1).max(10_000),
    author: z.string().min(1).max(200).default("Anonymous"),
    created_at: z.iso.datetime({ offset: true }).optional(),
    verified_buyer: z.boolean().default(false),
  })
  .strict();

export const AdminAnalyzeReviewsBody = z
  .object({
    /** Left out: the plugin's `reviews` source is read. */
    reviews: z.array(reviewSchema).max(5000).optional(),
  })
  .strict();
export type AdminAnalyzeReviewsBodyType = z.infer<typeof AdminAnalyzeReviewsBody>;

/** Validates a query string; a failure is a 400 `invalid_data` naming every bad parameter. */
export function parseQuery<Schema extends z.ZodType>(schema: Schema, query: unknown): z.output<Schema> {
  const result = schema.safeParse(query);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "query"}: ${issue.message}`);
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${problems.join("; ")}`);
}
