import { detectCarrier, orderSchema, trackingUrl, type Order, type SampleOrderInput } from "@aisle/core";
import { z } from "zod";

/*
 * Shopify orders onto Aisle's order model. That model is Shopify-shaped, but stricter than Shopify in places
 * (see the guide's "Limits" section): a fulfillment needs a UPS, FedEx or USPS tracking number, an order an
 * email and a shipping address. What does not fit is left out of the order (fulfillments) or makes the order
 * unmappable, so support falls back to asking for a person instead of stating something wrong.
 */

const moneyBag = z.looseObject({ presentmentMoney: z.looseObject({ amount: z.union([z.string(), z.number()]), currencyCode: z.string() }) });
const address = z
  .looseObject({
    name: z.string().nullable().optional(),
    address1: z.string().nullable().optional(),
    address2: z.string().nullable().optional(),
    city: z.string().nullable().optional(),
    province: z.string().nullable().optional(),
    zip: z.string().nullable().optional(),
    country: z.string().nullable().optional(),
    countryCodeV2: z.string().nullable().optional(),
    phone: z.string().nullable().optional(),
  })
  .nullable()
  .optional();
const lineItemQuantities = z.looseObject({
  nodes: z.array(z.looseObject({ quantity: z.number().int().nullable().optional(), lineItem: z.looseObject({ id: z.string() }) })),
});

export const shopifyOrderSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  number: z.number().int(),
  email: z.string().nullable().optional(),
  createdAt: z.string(),
  processedAt: z.string(),
  cancelledAt: z.string().nullable().optional(),
  cancelReason: z.string().nullable().optional(),
  closedAt: z.string().nullable().optional(),
  presentmentCurrencyCode: z.string(),
  displayFinancialStatus: z.string().nullable().optional(),
  displayFulfillmentStatus: z.string(),
  discountCodes: z.array(z.string()).default([]),
  tags: z.array(z.string()).default([]),
  note: z.string().nullable().optional(),
  customer: z.looseObject({ id: z.string() }).nullable().optional(),
  subtotalPriceSet: moneyBag.nullable().optional(),
  totalDiscountsSet: moneyBag.nullable().optional(),
  totalShippingPriceSet: moneyBag,
  totalTaxSet: moneyBag.nullable().optional(),
  totalPriceSet: moneyBag,
  shippingLine: z.looseObject({ title: z.string() }).nullable().optional(),
  shippingAddress: address,
  billingAddress: address,
  lineItems: z.looseObject({
    nodes: z.array(
      z.looseObject({
        id: z.string(),
        title: z.string(),
        variantTitle: z.string().nullable().optional(),
        sku: z.string().nullable().optional(),
        quantity: z.number().int(),
        product: z.looseObject({ id: z.string() }).nullable().optional(),
        variant: z.looseObject({ id: z.string() }).nullable().optional(),
        originalUnitPriceSet: moneyBag,
      }),
    ),
  }),
  fulfillments: z
    .array(
      z.looseObject({
        id: z.string(),
        status: z.string(),
        displayStatus: z.string().nullable().optional(),
        createdAt: z.string(),
        estimatedDeliveryAt: z.string().nullable().optional(),
        deliveredAt: z.string().nullable().optional(),
        trackingInfo: z.array(z.looseObject({ company: z.string().nullable().optional(), number: z.string().nullable().optional(), url: z.string().nullable().optional() })).default([]),
        fulfillmentLineItems: lineItemQuantities,
      }),
    )
    .default([]),
  refunds: z
    .array(
      z.looseObject({
        id: z.string(),
        createdAt: z.string().nullable().optional(),
        note: z.string().nullable().optional(),
        totalRefundedSet: moneyBag,
        refundLineItems: lineItemQuantities,
      }),
    )
    .default([]),
});

export type ShopifyOrderNode = z.output<typeof shopifyOrderSchema>;

export type MappedOrder = { ok: true; order: Order } | { ok: false; id: string; reason: string };

const money = (bag: z.output<typeof moneyBag> | null | undefined, currency: string) =>
  bag === null || bag === undefined ? { amount: "0", currencyCode: currency } : { amount: bag.presentmentMoney.amount, currencyCode: bag.presentmentMoney.currencyCode };

const financial: Record<string, Order["financialStatus"]> = {
  AUTHORIZED: "authorized",
  EXPIRED: "voided",
  PAID: "paid",
  PARTIALLY_PAID: "partially_paid",
  PARTIALLY_REFUNDED: "partially_refunded",
  PENDING: "pending",
  REFUNDED: "refunded",
  VOIDED: "voided",
};

const fulfillmentStatus: Record<string, Order["fulfillmentStatus"]> = {
  FULFILLED: "fulfilled",
  PARTIALLY_FULFILLED: "partially_fulfilled",
  RESTOCKED: "restocked",
};

type Shipment = Order["fulfillments"][number]["shipmentStatus"];
const shipment: Record<string, Shipment> = {
  ATTEMPTED_DELIVERY: "attempted_delivery",
  CARRIER_PICKED_UP: "in_transit",
  DELAYED: "in_transit",
  IN_TRANSIT: "in_transit",
  OUT_FOR_DELIVERY: "out_for_delivery",
  DELIVERED: "delivered",
  PICKED_UP: "delivered",
  FAILURE: "failure",
  NOT_DELIVERED: "failure",
  CANCELED: "failure",
  LABEL_VOIDED: "failure",
};

const fulfillmentState: Record<string, Order["fulfillments"][number]["status"]> = {
  PENDING: "pending",
  OPEN: "open",
  SUCCESS: "success",
  CANCELLED: "cancelled",
  ERROR: "cancelled",
  FAILURE: "cancelled",
};

const carriers: Record<string, "UPS" | "FedEx" | "USPS"> = { ups: "UPS", fedex: "FedEx", "fedex ground": "FedEx", usps: "USPS", "united states postal service": "USPS" };

/**
 * Maps an Admin order. Customer ids stay global ids (`gid://shopify/Customer/…`), the form the app proxy's
 * customer id is turned into, so `order.customerId === shopper.customerId` is the ownership check.
 */
export function mapShopifyOrder(node: ShopifyOrderNode): MappedOrder {
  const currency = node.presentmentCurrencyCode;
  const address = node.shippingAddress ?? node.billingAddress;
  const fulfillments: NonNullable<SampleOrderInput["fulfillments"]> = [];
  for (const fulfillment of node.fulfillments) {
    const tracking = fulfillment.trackingInfo.find((info) => info.number);
    if (tracking?.number === undefined || tracking.number === null) continue;
    const company = (tracking.company ?? "").trim().toLowerCase();
    // A named carrier is taken at its word; only an unnamed one is recognised from the number's format.
    const carrier = company === "" ? detectCarrier(tracking.number) : carriers[company];
    // Aisle's order model knows three carriers; a parcel with another is left out rather than misnamed.
    if (carrier === undefined) continue;
    const lineItems = fulfillment.fulfillmentLineItems.nodes
      .filter((item) => (item.quantity ?? 0) > 0)
      .map((item) => ({ lineItemId: item.lineItem.id, quantity: item.quantity as number }));
    if (lineItems.length === 0) continue;
    fulfillments.push({
      id: fulfillment.id,
      status: fulfillmentState[fulfillment.status] ?? "open",
      shipmentStatus: fulfillment.deliveredAt ? "delivered" : (shipment[fulfillment.displayStatus ?? ""] ?? "label_printed"),
      carrier,
      service: node.shippingLine?.title ? `${carrier} ${node.shippingLine.title}` : carrier,
      trackingNumber: tracking.number,
      trackingUrl: tracking.url ?? trackingUrl(carrier, tracking.number),
      createdAt: fulfillment.createdAt,
      ...(fulfillment.estimatedDeliveryAt ? { estimatedDeliveryAt: fulfillment.estimatedDeliveryAt } : {}),
      ...(fulfillment.deliveredAt ? { deliveredAt: fulfillment.deliveredAt } : {}),
      lineItems,
    });
  }
  const input: SampleOrderInput = {
    id: node.id,
    // Shops may add a prefix or suffix to order names; Aisle's model keeps the "#1001" form shoppers quote.
    name: /^#\d+$/.test(node.name) ? node.name : `#${node.number}`,
    // A guest order has no customer: its id can never equal a signed-in shopper's.
    customerId: node.customer?.id ?? `guest:${node.id}`,
    email: node.email ?? "",
    createdAt: node.createdAt,
    processedAt: node.processedAt,
    ...(node.cancelledAt ? { cancelledAt: node.cancelledAt } : {}),
    ...(node.cancelReason ? { cancelReason: node.cancelReason === "STAFF" ? "other" : (node.cancelReason.toLowerCase() as Order["cancelReason"]) } : {}),
    ...(node.closedAt ? { closedAt: node.closedAt } : {}),
    currencyCode: currency,
    financialStatus: financial[node.displayFinancialStatus ?? ""] ?? "pending",
    fulfillmentStatus: fulfillmentStatus[node.displayFulfillmentStatus] ?? "unfulfilled",
    lineItems: node.lineItems.nodes
      .filter((item) => item.quantity > 0)
      .map((item) => ({
        id: item.id,
        productId: item.product?.id ?? "deleted",
        variantId: item.variant?.id ?? "deleted",
        title: item.title,
        variantTitle: item.variantTitle ?? "",
        ...(item.sku ? { sku: item.sku } : {}),
        quantity: item.quantity,
        price: money(item.originalUnitPriceSet, currency),
      })),
    discountCodes: node.discountCodes,
    subtotalPrice: money(node.subtotalPriceSet, currency),
    totalDiscounts: money(node.totalDiscountsSet, currency),
    totalShipping: money(node.totalShippingPriceSet, currency),
    shippingMethod: node.shippingLine?.title || "No shipping",
    totalTax: money(node.totalTaxSet, currency),
    totalPrice: money(node.totalPriceSet, currency),
    shippingAddress: {
      name: address?.name ?? "",
      address1: address?.address1 ?? "",
      ...(address?.address2 ? { address2: address.address2 } : {}),
      city: address?.city ?? "",
      ...(address?.province ? { province: address.province } : {}),
      zip: address?.zip ?? "",
      country: address?.country ?? "",
      countryCode: address?.countryCodeV2 ?? "",
      ...(address?.phone ? { phone: address.phone } : {}),
    },
    fulfillments,
    refunds: node.refunds.map((refund) => ({
      id: refund.id,
      createdAt: refund.createdAt ?? node.processedAt,
      amount: money(refund.totalRefundedSet, currency),
      ...(refund.note ? { note: refund.note } : {}),
      lineItems: refund.refundLineItems.nodes
        .filter((item) => (item.quantity ?? 0) > 0)
        .map((item) => ({ lineItemId: item.lineItem.id, quantity: item.quantity as number })),
    })),
    tags: node.tags,
    ...(node.note ? { note: node.note } : {}),
  };
  const parsed = orderSchema.safeParse(input);
  if (parsed.success) return { ok: true, order: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, id: node.id, reason: `${issue?.path.join(".") || "order"}: ${issue?.message ?? "invalid"}` };
}
