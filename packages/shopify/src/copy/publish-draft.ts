import type { CopyDraft, Copywriter, ProductDescription, SeoMeta } from "@aisle/core";
import { z } from "zod";
import type { ShopifyAdminClient } from "../admin/admin-client";
import { ShopifyGraphqlError } from "../errors/shopify-graphql-error";

export const productUpdateMutation = /* GraphQL */ `
  mutation AisleProductUpdate($product: ProductUpdateInput!) {
    productUpdate(product: $product) {
      product {
        id
        updatedAt
      }
      userErrors {
        field
        message
      }
    }
  }
`;

/** The kinds of draft `publishDraft` can write to a product. */
export const publishableKinds = ["product-description", "seo-meta"] as const;
export type PublishableKind = (typeof publishableKinds)[number];

const payloadSchema = z.looseObject({
  productUpdate: z.looseObject({
    product: z.looseObject({ id: z.string(), updatedAt: z.string() }).nullable(),
    userErrors: z.array(z.looseObject({ message: z.string(), field: z.array(z.string()).nullable().optional() })),
  }),
});

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A description draft as the product's HTML: the headline, the paragraphs and the bullets, all escaped. */
export function descriptionToHtml(content: ProductDescription): string {
  const paragraphs = content.body
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "")
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`);
  const bullets = content.bullets.map((bullet) => `<li>${escapeHtml(bullet)}</li>`).join("");
  return [`<h2>${escapeHtml(content.headline)}</h2>`, ...paragraphs, `<ul>${bullets}</ul>`].join("\n");
}

/** The `ProductUpdateInput` for an approved draft. */
export function draftToProductUpdate(draft: CopyDraft): Record<string, unknown> {
  if (draft.kind === "product-description") return { id: draft.productId, descriptionHtml: descriptionToHtml(draft.content as ProductDescription) };
  if (draft.kind === "seo-meta") {
    const seo = draft.content as SeoMeta;
    return { id: draft.productId, seo: { title: seo.title, description: seo.description } };
  }
  throw new ShopifyGraphqlError({
    message: `A ${draft.kind} draft is not written to the product by Aisle; publishable kinds are ${publishableKinds.join(", ")}`,
    issues: [{ message: "unsupported draft kind" }],
    operation: "AisleProductUpdate",
  });
}

/**
 * Writes an approved draft to its product with `productUpdate`. `copy.publishable` throws
 * `DraftNotApprovedError` for anything a merchant has not approved, so nothing else can reach a live product.
 */
export async function publishDraft({
  copy,
  admin,
  draftId,
  abortSignal,
}: {
  copy: Pick<Copywriter, "publishable">;
  admin: ShopifyAdminClient;
  draftId: string;
  abortSignal?: AbortSignal;
}): Promise<{ productId: string; updatedAt: string; kind: PublishableKind }> {
  const draft = await copy.publishable(draftId);
  const product = draftToProductUpdate(draft);
  const response = await admin.request<unknown>(productUpdateMutation, { variables: { product }, ...(abortSignal === undefined ? {} : { abortSignal }) });
  const payload = payloadSchema.parse(response.data).productUpdate;
  if (payload.product === null || payload.userErrors.length > 0) {
    throw new ShopifyGraphqlError({
      message: `Shopify refused the update of ${draft.productId}: ${payload.userErrors.map((error) => error.message).join("; ") || "no product returned"}`,
      issues: payload.userErrors.map((error) => ({ message: error.message, ...(error.field ? { path: error.field } : {}) })),
      operation: "AisleProductUpdate",
    });
  }
  return { productId: payload.product.id, updatedAt: payload.product.updatedAt, kind: draft.kind as PublishableKind };
}
