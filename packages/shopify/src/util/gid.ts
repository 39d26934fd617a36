/*
 * Shopify names objects two ways: GraphQL global ids ("gid://shopify/Product/123") and the numeric ids of REST
 * payloads, webhooks and the app proxy (`logged_in_customer_id=123`). Aisle keeps the global id everywhere, so
 * the ids in the index are the ones `productUpdate` takes.
 */

export type ShopifyResource = "Product" | "ProductVariant" | "Customer" | "Order" | "Collection";

/** The global id for a numeric id (or a global id, returned as is). */
export function toGid(resource: ShopifyResource, id: string | number): string {
  const text = String(id).trim();
  if (text.startsWith("gid://shopify/")) return text;
  return `gid://shopify/${resource}/${text}`;
}

/** The numeric part of a global id ("gid://shopify/Customer/42" → "42"). */
export function numericId(id: string): string {
  const match = /\/(\d+)(?:\?.*)?$/.exec(id);
  return match?.[1] ?? id;
}
