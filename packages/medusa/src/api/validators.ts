import { MedusaError } from "@medusajs/framework/utils";
import { z } from "@medusajs/framework/zod";

/*
 * Request schemas. Bodies are validated by Medusa's `validateAndTransformBody` (400 `invalid_data` naming the
 * field); query strings by `parseQuery`, which answers the same way.
 */

/**
 * One chat turn: the short form `{ message, conversation_id }`, or an `aisle-chat/1` request (what the
 * `<aisle-chat>` widget sends: `{ conversationId, messages }`), of which only the newest message is used; the
 * conversation's earlier turns come from the module, never from the browser.
 */
const ShortChatBody = z
  .object({
    message: z.string().trim().min(1, "message must not be empty").max(20_000),
    conversation_id: z.string().min(1).max(100).optional(),
  })
  .strict();
const ProtocolChatBody = z
  .object({
    conversationId: z.string().min(1).max(100).optional(),
    messages: z
      .array(z.object({ role: z.enum(["user", "assistant"]), content: z.string().max(20_000) }).strict())
      .min(1, "messages must hold at least the shopper's message")
      .max(200),
  })
  .strict()
  .refine((body) => body.messages.at(-1)?.role === "user" && body.messages.at(-1)?.content.trim() !== "", {
    message: "the last message must be the shopper's (role 'user') and not empty",
    path: ["messages"],
  });
export const StoreChatBody = z.unknown().transform((body, context) => {
  // The request's shape picks the schema, so errors name the fields of the form the client meant.
  const protocol = typeof body === "object" && body !== null && "messages" in body;
  const parsed = protocol ? ProtocolChatBody.safeParse(body) : ShortChatBody.safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) context.addIssue({ code: "custom", path: issue.path, message: issue.message });
    return z.NEVER;
  }
  const value = parsed.data;
  return "message" in value
    ? value
    : {
        message: (value.messages.at(-1)?.content ?? "").trim(),
        ...(value.conversationId === undefined ? {} : { conversation_id: value.conversationId }),
      };
});
export type StoreChatBodyType = z.output<typeof StoreChatBody>;

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
