import type { Order, OrderSource } from "../../sources/sources";
import { normalizeOrderName } from "../../sources/in-memory-sources";

/** Who the shopper is, as far as the platform vouches for it. */
export type ShopperIdentity = {
  /** A customer id the platform authenticated (a signed-in storefront session). Never taken from chat text. */
  customerId?: string;
};

export type OrderAccess =
  | { status: "verified"; order: Order; via: "email" | "customer-id" }
  /**
   * No order shown. `needs` says what to ask for; a wrong email and an unknown order number give the same
   * answer, so the assistant cannot be used to find out which order numbers exist.
   */
  | { status: "unverified"; needs: "order-number" | "email" | "order-number-and-email" | "matching-details" };

const orderNamePattern = /(?:#\s?|\border\s*(?:number|no\.?|nr\.?|#)?\s*:?\s*|\bbestellung\s*(?:nr\.?|nummer)?\s*|\bcommande\s*(?:n°|no)?\s*|\bpedido\s*(?:n[º°o]\.?)?\s*)(\d{3,10})\b/giu;
const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

/** The order names and emails a shopper wrote in the conversation, most recent last. */
export function extractOrderDetails(texts: readonly string[]): { orderNames: string[]; emails: string[] } {
  const orderNames: string[] = [];
  const emails: string[] = [];
  for (const text of texts) {
    for (const match of text.matchAll(orderNamePattern)) orderNames.push(normalizeOrderName(match[1] as string));
    for (const match of text.matchAll(emailPattern)) emails.push(match[0].toLowerCase());
  }
  return { orderNames, emails };
}

/**
 * Checks, in code, that the shopper may see an order: the order number together with the order's email, or
 * a customer id the platform authenticated that owns the order. The model's word never grants access.
 */
export async function verifyOrderAccess({
  orders,
  texts,
  identity,
  abortSignal,
}: {
  orders: OrderSource;
  /** The shopper's own messages (never the assistant's or documents). */
  texts: readonly string[];
  identity?: ShopperIdentity;
  abortSignal?: AbortSignal;
}): Promise<OrderAccess> {
  const { orderNames, emails } = extractOrderDetails(texts);
  const orderName = orderNames.at(-1);
  const customerId = identity?.customerId;
  if (orderName === undefined) {
    if (customerId !== undefined) {
      const [latest] = await orders.listOrdersForCustomer(customerId, { limit: 1, ...(abortSignal === undefined ? {} : { abortSignal }) });
      if (latest !== undefined) return { status: "verified", order: latest, via: "customer-id" };
    }
    return { status: "unverified", needs: emails.length > 0 || customerId !== undefined ? "order-number" : "order-number-and-email" };
  }
  const order = await orders.findOrderByName(orderName, abortSignal === undefined ? {} : { abortSignal });
  if (order !== undefined && customerId !== undefined && order.customerId === customerId) {
    return { status: "verified", order, via: "customer-id" };
  }
  if (emails.length === 0) return { status: "unverified", needs: "email" };
  // An order without an email (point of sale) can only be verified through an authenticated customer id.
  if (order?.email !== undefined && emails.includes(order.email.toLowerCase())) return { status: "verified", order, via: "email" };
  return { status: "unverified", needs: "matching-details" };
}
