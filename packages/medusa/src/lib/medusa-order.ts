import { orderSchema, type Order, type SampleOrderInput } from "@aisle/core";
import { toNumber, type MedusaAmount } from "./medusa-product";

/*
 * Medusa's order mapped onto the core's Order (Shopify's shape): `display_id` 1001 becomes the name "#1001",
 * payment collections give the financial status, item fulfilled quantities the fulfillment status, and
 * fulfillment labels the tracking. Medusa allows addresses with missing parts; the Order schema does not, so
 * gaps are filled with "(not given)" rather than dropping the order a customer asks about.
 */

export const orderFields = [
  "id",
  "display_id",
  "email",
  "customer_id",
  "created_at",
  "canceled_at",
  "status",
  "currency_code",
  "total",
  "subtotal",
  "tax_total",
  "discount_total",
  "shipping_total",
  "items.id",
  "items.title",
  "items.subtitle",
  "items.variant_title",
  "items.product_id",
  "items.variant_id",
  "items.variant_sku",
  "items.quantity",
  "items.unit_price",
  "items.detail.fulfilled_quantity",
  "items.detail.shipped_quantity",
  "items.detail.delivered_quantity",
  "shipping_methods.name",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.city",
  "shipping_address.province",
  "shipping_address.postal_code",
  "shipping_address.country_code",
  "shipping_address.phone",
  "payment_collections.status",
  "fulfillments.id",
  "fulfillments.created_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.provider_id",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
  "fulfillments.items.line_item_id",
  "fulfillments.items.quantity",
] as const;

export type MedusaOrder = {
  id: string;
  display_id?: number | null;
  email?: string | null;
  customer_id?: string | null;
  created_at?: string | Date | null;
  canceled_at?: string | Date | null;
  status?: string | null;
  currency_code?: string | null;
  total?: MedusaAmount;
  subtotal?: MedusaAmount;
  tax_total?: MedusaAmount;
  discount_total?: MedusaAmount;
  shipping_total?: MedusaAmount;
  items?: Array<{
    id: string;
    title?: string | null;
    subtitle?: string | null;
    variant_title?: string | null;
    product_id?: string | null;
    variant_id?: string | null;
    variant_sku?: string | null;
    quantity?: MedusaAmount;
    unit_price?: MedusaAmount;
    detail?: { fulfilled_quantity?: MedusaAmount; shipped_quantity?: MedusaAmount; delivered_quantity?: MedusaAmount } | null;
  } | null> | null;
  shipping_methods?: Array<{ name?: string | null } | null> | null;
  shipping_address?: {
    first_name?: string | null;
    last_name?: string | null;
    address_1?: string | null;
    address_2?: string | null;
    city?: string | null;
    province?: string | null;
    postal_code?: string | null;
    country_code?: string | null;
    phone?: string | null;
  } | null;
  payment_collections?: Array<{ status?: string | null } | null> | null;
  fulfillments?: Array<{
    id: string;
    created_at?: string | Date | null;
    shipped_at?: string | Date | null;
    delivered_at?: string | Date | null;
    canceled_at?: string | Date | null;
    provider_id?: string | null;
    labels?: Array<{ tracking_number?: string | null; tracking_url?: string | null } | null> | null;
    items?: Array<{ line_item_id?: string | null; quantity?: MedusaAmount } | null> | null;
  } | null> | null;
};

const notGiven = "(not given)";
const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;
const iso = (value: string | Date | null | undefined): string | undefined => (value ? new Date(value).toISOString() : undefined);

function financialStatus(order: MedusaOrder): Order["financialStatus"] {
  const statuses = (order.payment_collections ?? []).filter(present).map((collection) => collection.status ?? "");
  if (statuses.includes("refunded")) return "refunded";
  if (statuses.includes("partially_refunded")) return "partially_refunded";
  if (statuses.length > 0 && statuses.every((status) => status === "completed" || status === "captured")) return "paid";
  if (statuses.includes("partially_captured")) return "partially_paid";
  if (statuses.includes("authorized") || statuses.includes("partially_authorized")) return "authorized";
  if (statuses.length > 0 && statuses.every((status) => status === "canceled")) return "voided";
  return "pending";
}

function carrierOf(text: string): "UPS" | "FedEx" | "USPS" | undefined {
  const lower = text.toLowerCase();
  if (lower.includes("fedex")) return "FedEx";
  if (lower.includes("usps")) return "USPS";
  if (lower.includes("ups")) return "UPS";
  return undefined;
}

/** The Order for a Medusa order; undefined when it has no items (nothing a shopper could ask about). */
export function medusaOrderToOrder(row: MedusaOrder): Order | undefined {
  const currencyCode = (row.currency_code ?? "USD").toUpperCase();
  const money = (value: MedusaAmount) => ({ amount: Math.max(0, toNumber(value)), currencyCode });
  const items = (row.items ?? []).filter(present).filter((item) => toNumber(item.quantity) > 0);
  if (items.length === 0 || row.display_id === null || row.display_id === undefined) return undefined;

  let ordered = 0;
  let fulfilled = 0;
  for (const item of items) {
    ordered += toNumber(item.quantity);
    fulfilled += Math.min(toNumber(item.quantity), toNumber(item.detail?.fulfilled_quantity));
  }
  const fulfillmentStatus: Order["fulfillmentStatus"] = fulfilled === 0 ? "unfulfilled" : fulfilled >= ordered ? "fulfilled" : "partially_fulfilled";

  const itemIds = new Set(items.map((item) => item.id));
  const fulfillments: NonNullable<SampleOrderInput["fulfillments"]> = [];
  for (const fulfillment of (row.fulfillments ?? []).filter(present)) {
    const label = (fulfillment.labels ?? []).filter(present).find((candidate) => candidate.tracking_number);
    const trackingUrl = label?.tracking_url ?? "";
    const carrier = carrierOf(`${fulfillment.provider_id ?? ""} ${trackingUrl}`);
    const lineItems = (fulfillment.items ?? [])
      .filter(present)
      .filter((item) => item.line_item_id && itemIds.has(item.line_item_id) && toNumber(item.quantity) > 0)
      .map((item) => ({ lineItemId: item.line_item_id as string, quantity: toNumber(item.quantity) }));
    // The Order shape carries tracking for UPS, FedEx and USPS parcels only; others still count in the status.
    if (label?.tracking_number === undefined || label.tracking_number === null || carrier === undefined || !/^https?:\/\//.test(trackingUrl) || lineItems.length === 0) continue;
    const createdAt = iso(fulfillment.shipped_at ?? fulfillment.created_at) ?? new Date(0).toISOString();
    const deliveredAt = iso(fulfillment.delivered_at);
    fulfillments.push({
      id: fulfillment.id,
      status: fulfillment.canceled_at ? "cancelled" : "success",
      shipmentStatus: deliveredAt !== undefined ? "delivered" : fulfillment.shipped_at ? "in_transit" : "label_printed",
      carrier,
      service: carrier,
      trackingNumber: label.tracking_number,
      trackingUrl,
      createdAt,
      ...(deliveredAt === undefined ? {} : { deliveredAt }),
      lineItems,
    });
  }

  const address = row.shipping_address ?? {};
  const name = [address.first_name, address.last_name].filter((part) => part).join(" ");
  const createdAt = iso(row.created_at) ?? new Date(0).toISOString();
  const cancelledAt = iso(row.canceled_at);
  const input: SampleOrderInput = {
    id: row.id,
    name: `#${row.display_id}`,
    customerId: row.customer_id || "guest",
    email: row.email || "unknown@invalid.example",
    createdAt,
    processedAt: createdAt,
    ...(cancelledAt === undefined ? {} : { cancelledAt, cancelReason: "other" as const }),
    currencyCode,
    financialStatus: financialStatus(row),
    fulfillmentStatus,
    lineItems: items.map((item) => ({
      id: item.id,
      productId: item.product_id || item.id,
      variantId: item.variant_id || item.id,
      title: item.title || item.subtitle || "Item",
      variantTitle: item.variant_title ?? "",
      ...(item.variant_sku ? { sku: item.variant_sku } : {}),
      quantity: toNumber(item.quantity),
      price: money(item.unit_price),
    })),
    subtotalPrice: money(row.subtotal),
    totalDiscounts: money(row.discount_total),
    totalShipping: money(row.shipping_total),
    shippingMethod: row.shipping_methods?.find(present)?.name || "Standard",
    totalTax: money(row.tax_total),
    totalPrice: money(row.total),
    shippingAddress: {
      name: name || notGiven,
      address1: address.address_1 || notGiven,
      ...(address.address_2 ? { address2: address.address_2 } : {}),
      city: address.city || notGiven,
      ...(address.province ? { province: address.province } : {}),
      zip: address.postal_code || notGiven,
      country: (address.country_code ?? "").toUpperCase() || notGiven,
      // ZZ is ISO 3166's code for an unknown country.
      countryCode: /^[a-z]{2}$/i.test(address.country_code ?? "") ? (address.country_code as string).toUpperCase() : "ZZ",
      ...(address.phone ? { phone: address.phone } : {}),
    },
    fulfillments,
  };
  const parsed = orderSchema.safeParse(input);
  return parsed.success ? parsed.data : undefined;
}
