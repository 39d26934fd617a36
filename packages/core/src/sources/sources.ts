import type { Product } from "../catalog/product";
import type { KnowledgeDocument } from "../knowledge/knowledge-settings";
import type { PlatformOrder, SampleCustomer, SampleReview } from "../sample-store/schemas";

/*
 * How platform data reaches Aisle. Each plugin implements these small interfaces over its platform's API
 * (Shopify Admin GraphQL, Medusa's module services); core ships in-memory implementations and the sample
 * store. Every method may be called concurrently and must not mutate what it returns to other callers.
 */

/**
 * A platform-neutral order: Shopify's shape (name "#1001", financial and fulfillment status, fulfillments with
 * tracking), with what real platforms may leave out optional (`platformOrderSchema`).
 */
export type Order = PlatformOrder;
export type Customer = SampleCustomer;
export type Review = SampleReview;

export type CatalogSource = {
  /** Every product that may be shown to shoppers (drafts and archived products are filtered by Aisle). */
  listProducts(options?: { abortSignal?: AbortSignal }): Promise<readonly Product[]>;
};

export type KnowledgeSource = {
  /** Store policies, FAQs and guides as Markdown, HTML or text documents. */
  listDocuments(options?: { abortSignal?: AbortSignal }): Promise<readonly KnowledgeDocument[]>;
};

export type OrderSource = {
  /** The order a shopper quotes, by its name ("#1015" or "1015"); undefined when there is none. */
  findOrderByName(name: string, options?: { abortSignal?: AbortSignal }): Promise<Order | undefined>;
  /** A signed-in customer's orders, newest first. */
  listOrdersForCustomer(customerId: string, options?: { abortSignal?: AbortSignal; limit?: number }): Promise<readonly Order[]>;
  /**
   * Orders placed since a date, newest first, for store-wide statistics (co-purchases, trending). Optional:
   * without it those features fall back to catalog rules.
   */
  listOrders?(options?: { since?: string; limit?: number; abortSignal?: AbortSignal }): Promise<readonly Order[]>;
};

export type ReviewSource = {
  /** Published reviews, all of them or one product's. */
  listReviews(options?: { productId?: string; abortSignal?: AbortSignal }): Promise<readonly Review[]>;
};

/** Where Aisle's analytics events go (a queue, a warehouse, the platform's event bus). Must not throw. */
export type EventSink = {
  emit(event: AisleEvent): void | Promise<void>;
};

/** Events emitted by the features; `type` names the feature and what happened, noun-action. */
export type AisleEvent = {
  type: string;
  at: string;
  conversationId?: string;
  [key: string]: unknown;
};
