import { DraftNotApprovedError, InvalidArgumentError, type CopyDraft, type Product } from "@aisle/core";
import { z } from "zod";
import { publishDraft, publishableKinds, type PublishableKind } from "../copy/publish-draft";
import { ShopifyGraphqlError } from "../errors/shopify-graphql-error";
import type { ShopRuntime } from "../plugin/shop-runtime";
import { toGid } from "../util/gid";

const productId = z.string().trim().min(1).transform((id) => toGid("Product", id));
const kind = z.enum(publishableKinds);
const copyOptions = {
  language: z.enum(["en", "de", "fr", "es"]).optional(),
  keywords: z.array(z.string().trim().min(1).max(60)).max(10).optional(),
};

export const copyActionRequestSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("draft"), productId, kinds: z.array(kind).min(1).default(["product-description", "seo-meta"]), ...copyOptions }).strict(),
  z.object({ intent: z.literal("bulk"), productIds: z.array(productId).min(1).max(250), kind, jobId: z.string().regex(/^[\w.-]{1,100}$/).optional(), ...copyOptions }).strict(),
  z.object({ intent: z.literal("approve"), draftId: z.string().min(1), by: z.string().max(200).optional() }).strict(),
  z.object({ intent: z.literal("reject"), draftId: z.string().min(1), by: z.string().max(200).optional() }).strict(),
  z.object({ intent: z.literal("publish"), draftId: z.string().min(1) }).strict(),
  z.object({ intent: z.literal("list"), productId: productId.optional(), status: z.enum(["draft", "approved", "rejected"]).optional() }).strict(),
]);

/** What the admin UI (an admin action extension, an app page) posts to the copy route. */
export type CopyActionRequest = z.input<typeof copyActionRequestSchema>;

/** The copy route's JSON answers, by intent. */
export type CopyActionResponse =
  | { intent: "draft"; drafts: CopyDraft[] }
  | { intent: "bulk"; jobId: string; drafts: CopyDraft[]; skipped: string[]; failures: Array<{ productId: string; error: string }> }
  | { intent: "approve" | "reject"; draft: CopyDraft }
  | { intent: "publish"; productId: string; updatedAt: string; kind: PublishableKind }
  | { intent: "list"; drafts: CopyDraft[] }
  | { error: string; detail?: string };

const json = (body: CopyActionResponse | Record<string, unknown>, status = 200) => Response.json(body, { status });

async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/json")) return request.json();
  // Forms from app pages: a `payload` field carrying the JSON.
  const form = await request.formData();
  const payload = form.get("payload");
  return typeof payload === "string" ? JSON.parse(payload) : Object.fromEntries(form);
}

/**
 * "Generate description / SEO" for the admin. Drafts are written from the product as it is now (drafts and
 * unlisted products included), wait for a merchant's approval, and only an approved draft is written with
 * `productUpdate`.
 */
export async function handleCopyAction(request: Request, runtime: ShopRuntime): Promise<Response> {
  if (request.method !== "POST") return json({ error: "method-not-allowed" }, 405);
  let input: z.output<typeof copyActionRequestSchema>;
  try {
    const parsed = copyActionRequestSchema.safeParse(await readJson(request));
    if (!parsed.success) return json({ error: "invalid-body", detail: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ") }, 400);
    input = parsed.data;
  } catch {
    return json({ error: "invalid-body" }, 400);
  }
  const { aisle } = runtime;
  const load = async (id: string): Promise<Product> => {
    const product = await runtime.sync.product(id, { abortSignal: request.signal });
    if (product === undefined) throw new InvalidArgumentError({ argument: "productId", message: `no product ${id} in the shop` });
    return product;
  };
  const options = (value: { language?: "en" | "de" | "fr" | "es" | undefined; keywords?: string[] | undefined }) => ({
    ...(value.language === undefined ? {} : { language: value.language }),
    ...(value.keywords === undefined ? {} : { keywords: value.keywords }),
  });
  try {
    switch (input.intent) {
      case "draft": {
        const product = await load(input.productId);
        const drafts: CopyDraft[] = [];
        for (const kind_ of input.kinds) {
          drafts.push(kind_ === "seo-meta" ? await aisle.copy.seoMeta(product, options(input)) : await aisle.copy.productDescription(product, options(input)));
        }
        return json({ intent: "draft", drafts });
      }
      case "bulk": {
        const products: Product[] = [];
        for (const id of input.productIds) products.push(await load(id));
        const jobId = input.jobId ?? `${input.kind}-${Date.now()}`;
        const result = await aisle.copy.bulk({ jobId, kind: input.kind, products, options: options(input) });
        return json({ intent: "bulk", ...result });
      }
      case "approve":
        return json({ intent: "approve", draft: await aisle.copy.approve(input.draftId, input.by === undefined ? {} : { by: input.by }) });
      case "reject":
        return json({ intent: "reject", draft: await aisle.copy.reject(input.draftId, input.by === undefined ? {} : { by: input.by }) });
      case "publish":
        return json({ intent: "publish", ...(await publishDraft({ copy: aisle.copy, admin: runtime.admin, draftId: input.draftId, abortSignal: request.signal })) });
      case "list":
        return json({
          intent: "list",
          drafts: await aisle.copy.drafts.list({ ...(input.productId === undefined ? {} : { productId: input.productId }), ...(input.status === undefined ? {} : { status: input.status }) }),
        });
    }
  } catch (error) {
    if (DraftNotApprovedError.isInstance(error)) return json({ error: "draft-not-approved", detail: error.message }, 409);
    if (InvalidArgumentError.isInstance(error)) return json({ error: "invalid-argument", detail: error.message }, 404);
    if (ShopifyGraphqlError.isInstance(error)) return json({ error: "shopify-refused", detail: error.message }, 422);
    throw error;
  }
}

/** What the review-summary route calls: `aisle.reviews` by default, or your own (e.g. over a review app's API). */
export type ReviewSummarizer = { summarize(productId: string, options?: { abortSignal?: AbortSignal }): Promise<unknown> };

/**
 * "Review summary" on the product page: `GET …?productId=…` answers the summary as JSON. Shopify keeps no
 * reviews itself: give the Aisle client a `reviews` source over your review app, or pass a summariser.
 */
export async function handleReviewSummary(request: Request, runtime: ShopRuntime, reviews?: ReviewSummarizer): Promise<Response> {
  const summarizer = reviews ?? (runtime.aisle.sources.reviews === undefined ? undefined : runtime.aisle.reviews);
  if (summarizer === undefined) return json({ error: "reviews-not-configured" }, 501);
  const id = new URL(request.url).searchParams.get("productId");
  if (id === null || !/^(?:gid:\/\/shopify\/Product\/)?\d+$/.test(id)) return json({ error: "invalid-query", detail: "productId is required" }, 400);
  try {
    return json({ productId: toGid("Product", id), summary: await summarizer.summarize(toGid("Product", id), { abortSignal: request.signal }) });
  } catch (error) {
    if (InvalidArgumentError.isInstance(error)) return json({ error: "invalid-argument", detail: error.message }, 404);
    throw error;
  }
}
