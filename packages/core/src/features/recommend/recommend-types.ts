import type { Product } from "../../catalog/product";
import type { ProtectedAttributeFinding } from "./protected-attributes";

/** What a shopper chose for themselves; each value is matched against real product attributes. */
export type ShopperPreferences = {
  colors?: string[];
  materials?: string[];
  sizes?: string[];
  vendors?: string[];
  /** Category names as the shop writes them ("Sofas", "Camping"). */
  categories?: string[];
  productTypes?: string[];
  /** A soft price band: products inside it rank higher. Use `filters` for a hard one. */
  priceMin?: number;
  priceMax?: number;
};

/**
 * A shopper profile as a platform or CRM holds it. Anything may be in it; `stripProtectedAttributes` removes
 * protected attributes before ranking, and ranking reads only `customerId`, `preferences` and `notes`.
 */
export type ShopperProfile = {
  customerId?: string;
  preferences?: ShopperPreferences;
  /** Free text ("loves oak and linen"); only words the catalog uses are read, after stripping. */
  notes?: string | string[];
  [key: string]: unknown;
};

/** A product the shopper bought: its id, or an order line with when it was ordered (recent counts more). */
export type HistoryItem = string | { productId: string; variantId?: string; quantity?: number; orderedAt?: string };

export type RecommendationFilters = {
  /** Default true: a product shows only when a variant can be bought now (and, with a price band, one in it). */
  inStockOnly?: boolean;
  /** In the shop's currency, inclusive, against variant prices. */
  priceMin?: number;
  priceMax?: number;
  excludeIds?: string[];
};

/** MMR over the ranked candidates plus a cap per leaf category; `false` turns both off. */
export type DiversityOptions = false | { lambda?: number; maxPerCategory?: number };

export type RecommendOptions = {
  limit?: number;
  filters?: RecommendationFilters;
  diversity?: DiversityOptions;
  /** `model` lets the recommender's model phrase each why; a phrasing that says more than the reasons is dropped. */
  explain?: "code" | "model";
  abortSignal?: AbortSignal;
};

export type ForShopperRequest = RecommendOptions & {
  /** Bought products. Without it, a profile's `customerId` loads the customer's orders when an order source is set. */
  history?: HistoryItem[];
  /** Viewed products, most recent first. */
  browsing?: string[];
  cart?: string[];
  profile?: ShopperProfile;
};

export type TrendingOptions = RecommendOptions & {
  /** Days of orders counted; default from the settings (30). */
  windowDays?: number;
};

export type RecommendationReasonKind =
  | "in-your-cart"
  | "viewed"
  | "purchased"
  | "bought-together"
  | "complements"
  | "same-category"
  | "same-collection"
  | "shared-attribute"
  | "matches-preference"
  | "trending"
  | "bestseller"
  | "new-arrival"
  | "featured";

export type RecommendationAttributeName = "category" | "collection" | "material" | "color" | "vendor" | "tag" | "productType" | "size" | "price";

export type RecommendationReason = {
  kind: RecommendationReasonKind;
  /** A short phrase built from real values: product titles, attribute values as written, order counts. */
  detail: string;
  /** The shopper's product, or the anchor product, the reason points to. */
  relatedProductId?: string;
  /** The attribute the reason rests on and its value on the recommended product. */
  attribute?: { name: RecommendationAttributeName; value: string };
  /** Orders counted, for `bought-together` and `trending`. */
  orders?: number;
};

export type Recommendation = {
  product: Product;
  score: number;
  /** One line for the shopper, from the reasons (or the model's phrasing of them, when it says nothing more). */
  why: string;
  whySource: "code" | "model";
  reasons: RecommendationReason[];
};

export type RecommendationStrategy = "personalized" | "similar" | "co-purchase" | "rules" | "trending" | "cold-start";

export type RecommendationList = {
  recommendations: Recommendation[];
  /** How the list was made; `strategies` lists every source used when several filled it. */
  strategy: RecommendationStrategy;
  strategies: RecommendationStrategy[];
  /** True when there was nothing to personalise from (no known products, no preferences). */
  coldStart: boolean;
  /** Protected attributes removed from the profile before ranking: paths and kinds, never values. */
  removedAttributes: ProtectedAttributeFinding[];
  /** Shopper product ids that are not in the catalog (removed since, or mistyped), ignored. */
  unknownProductIds: string[];
};

export type Recommender = {
  forShopper(request?: ForShopperRequest): Promise<RecommendationList>;
  similar(productId: string, options?: RecommendOptions): Promise<RecommendationList>;
  /** Goes-with products: co-purchases from orders when there are any, complement rules otherwise. */
  complementary(productId: string, options?: RecommendOptions): Promise<RecommendationList>;
  trending(options?: TrendingOptions): Promise<RecommendationList>;
};
