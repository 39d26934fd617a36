import { normalizeOrderName, type Order, type OrderSource } from "@aisle/core";
import { z } from "zod";
import type { ShopifyAdminClient } from "../admin/admin-client";
import { mapShopifyOrder, shopifyOrderSchema } from "./map-order";
import { ordersQuery } from "./order-documents";

export type ShopifyOrderSourceSettings = {
  admin: ShopifyAdminClient;
  /** Called for an order Aisle's model cannot hold (no email, no address), which support then treats as not found. */
  onUnmappedOrder?: (problem: { id: string; reason: string }) => void;
};

const pageSchema = z.looseObject({
  orders: z.looseObject({
    nodes: z.array(z.unknown()),
    pageInfo: z.looseObject({ hasNextPage: z.boolean(), endCursor: z.string().nullable().optional() }),
  }),
});

/** Shopify's search syntax needs quotes around values with a "#"; quotes inside are dropped. */
const quote = (value: string) => `'${value.replace(/['\\]/g, "")}'`;

/**
 * Orders for support, read live from the Admin API. Which orders a shopper may see is decided in core
 * (`verifyOrderAccess`): the signed-in customer from the app proxy must own the order, or the shopper must
 * give its number and email. This source only finds orders; it never decides access.
 *
 * Reading orders older than 60 days needs the `read_all_orders` scope.
 */
export function createShopifyOrderSource({ admin, onUnmappedOrder }: ShopifyOrderSourceSettings): OrderSource {
  const list = async (query: string | null, limit: number, abortSignal?: AbortSignal): Promise<Order[]> => {
    const orders: Order[] = [];
    let after: string | undefined;
    while (orders.length < limit) {
      const response = await admin.request<unknown>(ordersQuery, {
        variables: { first: Math.min(50, limit - orders.length), after: after ?? null, query },
        ...(abortSignal === undefined ? {} : { abortSignal }),
      });
      const page = pageSchema.parse(response.data);
      for (const node of page.orders.nodes) {
        const parsed = shopifyOrderSchema.safeParse(node);
        const mapped = parsed.success ? mapShopifyOrder(parsed.data) : { ok: false as const, id: "unknown", reason: parsed.error.issues[0]?.message ?? "unexpected shape" };
        if (mapped.ok) orders.push(mapped.order);
        else onUnmappedOrder?.({ id: mapped.id, reason: mapped.reason });
      }
      if (!page.orders.pageInfo.hasNextPage || !page.orders.pageInfo.endCursor) break;
      after = page.orders.pageInfo.endCursor;
    }
    return orders;
  };

  return {
    async findOrderByName(name, options = {}) {
      const normalized = normalizeOrderName(name);
      const [order] = await list(`name:${quote(normalized)}`, 1, options.abortSignal);
      return order?.name === normalized ? order : undefined;
    },
    async listOrdersForCustomer(customerId, options = {}) {
      // Only a customer's global or numeric id names a customer; anything else (a guest, a forged value) finds nothing.
      const id = /^(?:gid:\/\/shopify\/Customer\/)?(\d+)$/.exec(customerId)?.[1];
      if (id === undefined) return [];
      return list(`customer_id:${id}`, options.limit ?? 20, options.abortSignal);
    },
    async listOrders(options = {}) {
      return list(options.since === undefined ? null : `created_at:>=${quote(options.since)}`, options.limit ?? 250, options.abortSignal);
    },
  };
}
