import { z } from "zod";
import { moneySchema } from "../catalog/product";

/*
 * Platform-neutral shapes for customers, orders and reviews. Orders follow Shopify's Admin API closely (order
 * name "#1001", financial and fulfillment status, fulfillments carrying tracking) because that is the shape
 * most merchants and support agents know; Medusa's order maps onto it field by field.
 */

const dateTimeSchema = z.iso.datetime({ offset: true, message: "Must be an ISO 8601 date-time" });

export const addressSchema = z.object({
  name: z.string().min(1),
  address1: z.string().min(1),
  address2: z.string().optional(),
  city: z.string().min(1),
  /** State, county or Land, as the shopper wrote it. */
  province: z.string().optional(),
  zip: z.string().min(1),
  country: z.string().min(1),
  /** ISO 3166-1 alpha-2. */
  countryCode: z.string().regex(/^[A-Z]{2}$/, "Must be an ISO 3166-1 alpha-2 code"),
  phone: z.string().optional(),
});

export const customerSchema = z.object({
  id: z.string().min(1),
  email: z.email(),
  firstName: z.string().min(1),
  lastName: z.string().min(1),
  /** As the customer typed it: national or international format. */
  phone: z.string().optional(),
  /** BCP 47 tag of the language the customer writes in. */
  locale: z.string().default("en"),
  createdAt: dateTimeSchema,
  acceptsMarketing: z.boolean().default(false),
  tags: z.array(z.string()).default([]),
  defaultAddress: addressSchema,
  note: z.string().optional(),
});

export const orderLineItemSchema = z.object({
  id: z.string().min(1),
  productId: z.string().min(1),
  variantId: z.string().min(1),
  /** Product and variant titles as they were when the order was placed. */
  title: z.string().min(1),
  variantTitle: z.string().default(""),
  sku: z.string().optional(),
  quantity: z.number().int().positive(),
  /** Unit price paid, before order-level discounts. */
  price: moneySchema,
});

export const lineItemQuantitySchema = z.object({
  lineItemId: z.string().min(1),
  quantity: z.number().int().positive(),
});

export const carrierSchema = z.enum(["UPS", "FedEx", "USPS"]);

export const shipmentStatusSchema = z.enum([
  "label_printed",
  "in_transit",
  "out_for_delivery",
  "attempted_delivery",
  "delivered",
  "failure",
]);

export const fulfillmentSchema = z.object({
  id: z.string().min(1),
  status: z.enum(["pending", "open", "success", "cancelled"]),
  shipmentStatus: shipmentStatusSchema,
  carrier: carrierSchema,
  /** Carrier service, e.g. "UPS Ground" or "FedEx Freight Priority". */
  service: z.string().min(1),
  trackingNumber: z.string().min(1),
  trackingUrl: z.url(),
  /** When the parcel was handed to the carrier. */
  createdAt: dateTimeSchema,
  estimatedDeliveryAt: dateTimeSchema.optional(),
  deliveredAt: dateTimeSchema.optional(),
  lineItems: z.array(lineItemQuantitySchema).min(1),
});

export const refundSchema = z.object({
  id: z.string().min(1),
  createdAt: dateTimeSchema,
  amount: moneySchema,
  note: z.string().optional(),
  lineItems: z.array(lineItemQuantitySchema).default([]),
});

export const returnSchema = z.object({
  id: z.string().min(1),
  status: z.enum(["requested", "open", "received", "closed", "declined"]),
  createdAt: dateTimeSchema,
  reason: z.enum(["size_too_small", "size_too_large", "unwanted", "not_as_described", "defective", "wrong_item", "other"]),
  customerNote: z.string().optional(),
  lineItems: z.array(lineItemQuantitySchema).min(1),
  /** Prepaid return label, when one was issued. */
  carrier: carrierSchema.optional(),
  trackingNumber: z.string().optional(),
  receivedAt: dateTimeSchema.optional(),
});

export const financialStatusSchema = z.enum([
  "pending",
  "authorized",
  "paid",
  "partially_paid",
  "partially_refunded",
  "refunded",
  "voided",
]);

export const fulfillmentStatusSchema = z.enum(["unfulfilled", "partially_fulfilled", "fulfilled", "restocked"]);

export const orderSchema = z.object({
  id: z.string().min(1),
  /** What the shopper sees and quotes, e.g. "#1001". */
  name: z.string().regex(/^#\d+$/, 'Order name must look like "#1001"'),
  customerId: z.string().min(1),
  email: z.email(),
  createdAt: dateTimeSchema,
  processedAt: dateTimeSchema,
  cancelledAt: dateTimeSchema.optional(),
  cancelReason: z.enum(["customer", "fraud", "inventory", "declined", "other"]).optional(),
  closedAt: dateTimeSchema.optional(),
  currencyCode: z.string().regex(/^[A-Z]{3}$/),
  financialStatus: financialStatusSchema,
  fulfillmentStatus: fulfillmentStatusSchema,
  lineItems: z.array(orderLineItemSchema).min(1),
  discountCodes: z.array(z.string()).default([]),
  subtotalPrice: moneySchema,
  totalDiscounts: moneySchema,
  totalShipping: moneySchema,
  /** Standard, Expedited, Express, Freight or International, as chosen at checkout. */
  shippingMethod: z.string().min(1),
  totalTax: moneySchema,
  totalPrice: moneySchema,
  shippingAddress: addressSchema,
  fulfillments: z.array(fulfillmentSchema).default([]),
  refunds: z.array(refundSchema).default([]),
  returns: z.array(returnSchema).default([]),
  tags: z.array(z.string()).default([]),
  note: z.string().optional(),
});

export const reviewSchema = z.object({
  id: z.string().min(1),
  productId: z.string().min(1),
  rating: z.number().int().min(1).max(5),
  title: z.string().default(""),
  body: z.string().min(1),
  /** Display name as shown on the storefront, e.g. "Maya O.". */
  author: z.string().min(1),
  createdAt: dateTimeSchema,
  verifiedBuyer: z.boolean().default(false),
  /** BCP 47 tag of the review's language. */
  locale: z.string().default("en"),
});

export const policySchema = z.object({
  /** Stable id, e.g. "policy:returns"; knowledge chunk ids start with it. */
  id: z.string().regex(/^[a-z]+:[a-z0-9-]+$/, 'Policy id must look like "policy:returns"'),
  title: z.string().min(1),
  markdown: z.string().min(1),
  url: z.url().optional(),
});

export type SampleAddress = z.output<typeof addressSchema>;
export type SampleCustomer = z.output<typeof customerSchema>;
export type SampleOrderLineItem = z.output<typeof orderLineItemSchema>;
export type SampleCarrier = z.output<typeof carrierSchema>;
export type SampleShipmentStatus = z.output<typeof shipmentStatusSchema>;
export type SampleFulfillment = z.output<typeof fulfillmentSchema>;
export type SampleRefund = z.output<typeof refundSchema>;
export type SampleReturn = z.output<typeof returnSchema>;
export type SampleFinancialStatus = z.output<typeof financialStatusSchema>;
export type SampleFulfillmentStatus = z.output<typeof fulfillmentStatusSchema>;
export type SampleOrder = z.output<typeof orderSchema>;
export type SampleReview = z.output<typeof reviewSchema>;
export type SamplePolicy = z.output<typeof policySchema>;
export type SampleCustomerInput = z.input<typeof customerSchema>;
export type SampleOrderInput = z.input<typeof orderSchema>;
export type SampleReviewInput = z.input<typeof reviewSchema>;
export type SamplePolicyInput = z.input<typeof policySchema>;

/*
 * The platform-neutral order that order sources return. Looser than the sample store's own schema because
 * real platforms are: any carrier (or none), parcels without tracking, orders without an email or a shipping
 * address (point of sale, digital goods), and order names in the shop's own format ("SHOP-1001-EU").
 */
export const platformFulfillmentSchema = fulfillmentSchema.extend({
  /** The carrier's name as the platform reports it ("DHL Express", "Royal Mail", "Local courier"). */
  carrier: z.string().min(1).optional(),
  trackingNumber: z.string().min(1).optional(),
  trackingUrl: z.url().optional(),
});

export const platformOrderSchema = orderSchema.extend({
  /** What the shopper sees and quotes: "#1001" on Shopify by default, or the shop's own format. */
  name: z.string().min(1),
  email: z.email().optional(),
  shippingAddress: addressSchema.optional(),
  fulfillments: z.array(platformFulfillmentSchema).default([]),
});

export type PlatformOrder = z.output<typeof platformOrderSchema>;
export type PlatformOrderInput = z.input<typeof platformOrderSchema>;

