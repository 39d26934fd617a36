import { priceRange, primaryImage, type RecommendationList } from "@aisle/core";
import { z } from "zod";
import type { ResolvedShopifyAisleSettings, ShopRuntimes } from "../plugin/shop-runtime";
import { toGid } from "../util/gid";
import { verifyAppProxyRequest } from "../verify/app-proxy-request";

export const storefrontRecommendationsQuerySchema = z
  .object({
    kind: z.enum(["similar", "complementary", "trending", "for-you"]),
    productId: z.string().regex(/^(?:gid:\/\/shopify\/Product\/)?\d+$/).optional(),
    limit: z.coerce.number().int().min(1).max(24).default(8),
  })
  .refine((query) => query.productId !== undefined || query.kind === "trending" || query.kind === "for-you", { message: "productId is required", path: ["productId"] });

/** What a storefront block receives: enough to render a card, with the one-line reason. */
export type StorefrontRecommendation = {
  id: string;
  handle: string;
  title: string;
  url?: string;
  image?: { url: string; alt?: string };
  price: { amount: string; currencyCode: string };
  why: string;
};

export type StorefrontRecommendationsResponse = { kind: string; strategy: RecommendationList["strategy"]; recommendations: StorefrontRecommendation[] };

/**
 * Recommendations for a theme block through the app proxy (`GET ?kind=similar&productId=…`). The signature
 * and timestamp are verified; "for-you" personalises only from the signed-in customer's own orders.
 */
export async function handleStorefrontRecommendations(request: Request, settings: ResolvedShopifyAisleSettings, runtimes: ShopRuntimes): Promise<Response> {
  const secret = typeof settings.apiSecretKey === "string" ? settings.apiSecretKey : settings.apiSecretKey();
  const verified = verifyAppProxyRequest(request, { secret, maxAgeSeconds: settings.appProxy.maxAgeSeconds, ...(settings.now === undefined ? {} : { now: settings.now }) });
  if (!verified.ok) return Response.json({ error: verified.reason }, { status: 401 });
  if (request.method !== "GET") return Response.json({ error: "method-not-allowed" }, { status: 405 });
  const parsed = storefrontRecommendationsQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: "invalid-query", detail: parsed.error.issues[0]?.message }, { status: 400 });
  const { kind, limit } = parsed.data;
  const productId = parsed.data.productId === undefined ? undefined : toGid("Product", parsed.data.productId);
  const { recommend } = runtimes.get(verified.shop).aisle;
  const options = { limit, abortSignal: request.signal };
  const list =
    kind === "similar"
      ? await recommend.similar(productId as string, options)
      : kind === "complementary"
        ? await recommend.complementary(productId as string, options)
        : kind === "trending"
          ? await recommend.trending(options)
          : await recommend.forShopper({
              ...options,
              ...(productId === undefined ? {} : { browsing: [productId] }),
              ...(verified.loggedInCustomerId === undefined ? {} : { profile: { customerId: toGid("Customer", verified.loggedInCustomerId) } }),
            });
  const body: StorefrontRecommendationsResponse = {
    kind,
    strategy: list.strategy,
    recommendations: list.recommendations.map(({ product, why }) => {
      const image = primaryImage(product);
      return {
        id: product.id,
        handle: product.handle,
        title: product.title,
        ...(product.url === undefined ? {} : { url: product.url }),
        ...(image === undefined ? {} : { image }),
        price: priceRange(product).min,
        why,
      };
    }),
  };
  return Response.json(body, { headers: { "cache-control": "private, max-age=60" } });
}
