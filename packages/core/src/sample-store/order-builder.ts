import type { ProductInput } from "../catalog/product";
import { InvalidArgumentError } from "../errors/invalid-argument-error";
import { type SampleCarrier, type SampleCustomerInput, type SampleOrderInput } from "./schemas";
import { trackingUrl } from "./tracking-number";

type Line = [sku: string, quantity: number, unitPrice?: number];

export type FulfillmentSpec = {
  carrier: SampleCarrier;
  service: string;
  trackingNumber: string;
  shippedAt: string;
  shipmentStatus: "label_printed" | "in_transit" | "out_for_delivery" | "attempted_delivery" | "delivered" | "failure";
  estimatedDeliveryAt?: string;
  deliveredAt?: string;
  /** SKU and quantity of what the parcel holds. */
  lines: Array<[sku: string, quantity: number]>;
};

export type RefundSpec = {
  createdAt: string;
  note?: string;
  /** Refunds these lines with their share of tax, less `deduct`. */
  lines?: Array<[sku: string, quantity: number]>;
  deduct?: number;
  /** The whole order total, for cancellations. */
  fullOrder?: boolean;
};

export type ReturnSpec = {
  status: "requested" | "open" | "received" | "closed" | "declined";
  createdAt: string;
  reason: "size_too_small" | "size_too_large" | "unwanted" | "not_as_described" | "defective" | "wrong_item" | "other";
  customerNote?: string;
  lines: Array<[sku: string, quantity: number]>;
  carrier?: SampleCarrier;
  trackingNumber?: string;
  receivedAt?: string;
};

export type OrderSpec = {
  number: number;
  customerId: string;
  createdAt: string;
  /** SKU, quantity and the unit price paid when it differs from today's price (e.g. bought before a sale). */
  lines: Line[];
  discount?: { code: string; percent: number };
  shippingMethod: string;
  /** Charged shipping in dollars; stated, not derived, so tests can check it against the shipping policy. */
  shipping: number;
  /** Sales tax or VAT rate of the destination, applied to the discounted subtotal. */
  taxRate: number;
  financialStatus: SampleOrderInput["financialStatus"];
  fulfillmentStatus: SampleOrderInput["fulfillmentStatus"];
  fulfillments?: FulfillmentSpec[];
  refunds?: RefundSpec[];
  returns?: ReturnSpec[];
  cancelledAt?: string;
  cancelReason?: SampleOrderInput["cancelReason"];
  tags?: string[];
  note?: string;
};

const invalidOrder = (number: number, message: string) =>
  new InvalidArgumentError({ argument: `order #${number}`, message });

const toCents = (dollars: number) => Math.round(dollars * 100);
const money = (cents: number) => ({ amount: (cents / 100).toFixed(2), currencyCode: "USD" });

/**
 * Expands compact order descriptions. Line items take their ids, titles and current prices from the catalog by
 * SKU, and money totals are computed in cents, so the data cannot carry arithmetic slips.
 */
export function createOrderBuilder(products: readonly ProductInput[], customers: readonly SampleCustomerInput[]) {
  const variantsBySku = new Map(
    products.flatMap((product) =>
      product.variants.map((variant) => [variant.sku ?? "", { product, variant }] as const),
    ),
  );
  const customersById = new Map(customers.map((customer) => [customer.id, customer]));

  return function defineOrder(spec: OrderSpec): SampleOrderInput {
    const id = `order-${spec.number}`;
    const customer = customersById.get(spec.customerId);
    if (customer === undefined) throw invalidOrder(spec.number, `unknown customer ${spec.customerId}`);

    const lineItems = spec.lines.map(([sku, quantity, unitPrice], index) => {
      const entry = variantsBySku.get(sku);
      if (entry === undefined) throw invalidOrder(spec.number, `unknown SKU ${sku}`);
      const price = unitPrice ?? Number(entry.variant.price.amount);
      return {
        id: `${id}-line-${index + 1}`,
        productId: entry.product.id,
        variantId: entry.variant.id,
        title: entry.product.title,
        variantTitle: entry.variant.title ?? "",
        sku,
        quantity,
        price: money(toCents(price)),
        unitCents: toCents(price),
      };
    });
    const lineIdFor = (sku: string) => {
      const line = lineItems.find((item) => item.sku === sku);
      if (line === undefined) throw invalidOrder(spec.number, `no line item with SKU ${sku}`);
      return line.id;
    };
    const quantities = (lines: Array<[string, number]>) =>
      lines.map(([sku, quantity]) => ({ lineItemId: lineIdFor(sku), quantity }));

    const subtotal = lineItems.reduce((sum, item) => sum + item.unitCents * item.quantity, 0);
    const discount = spec.discount === undefined ? 0 : Math.round((subtotal * spec.discount.percent) / 100);
    const tax = Math.round((subtotal - discount) * spec.taxRate);
    const shipping = toCents(spec.shipping);
    const total = subtotal - discount + shipping + tax;

    const refundCents = (refund: RefundSpec): number => {
      if (refund.fullOrder === true) return total;
      const lines = refund.lines ?? [];
      const goods = lines.reduce((sum, [sku, quantity]) => {
        const line = lineItems.find((item) => item.sku === sku);
        return sum + (line?.unitCents ?? 0) * quantity;
      }, 0);
      const discounted = goods - Math.round((goods * (spec.discount?.percent ?? 0)) / 100);
      return discounted + Math.round(discounted * spec.taxRate) - toCents(refund.deduct ?? 0);
    };

    return {
      id,
      name: `#${spec.number}`,
      customerId: customer.id,
      email: customer.email,
      createdAt: spec.createdAt,
      processedAt: spec.createdAt,
      ...(spec.cancelledAt === undefined ? {} : { cancelledAt: spec.cancelledAt }),
      ...(spec.cancelReason === undefined ? {} : { cancelReason: spec.cancelReason }),
      currencyCode: "USD",
      financialStatus: spec.financialStatus,
      fulfillmentStatus: spec.fulfillmentStatus,
      lineItems: lineItems.map(({ unitCents: _unitCents, ...item }) => item),
      discountCodes: spec.discount === undefined ? [] : [spec.discount.code],
      subtotalPrice: money(subtotal),
      totalDiscounts: money(discount),
      totalShipping: money(shipping),
      shippingMethod: spec.shippingMethod,
      totalTax: money(tax),
      totalPrice: money(total),
      shippingAddress: customer.defaultAddress,
      fulfillments: (spec.fulfillments ?? []).map((fulfillment, index) => ({
        id: `${id}-fulfillment-${index + 1}`,
        status: "success",
        shipmentStatus: fulfillment.shipmentStatus,
        carrier: fulfillment.carrier,
        service: fulfillment.service,
        trackingNumber: fulfillment.trackingNumber,
        trackingUrl: trackingUrl(fulfillment.carrier, fulfillment.trackingNumber),
        createdAt: fulfillment.shippedAt,
        ...(fulfillment.estimatedDeliveryAt === undefined ? {} : { estimatedDeliveryAt: fulfillment.estimatedDeliveryAt }),
        ...(fulfillment.deliveredAt === undefined ? {} : { deliveredAt: fulfillment.deliveredAt }),
        lineItems: quantities(fulfillment.lines),
      })),
      refunds: (spec.refunds ?? []).map((refund, index) => ({
        id: `${id}-refund-${index + 1}`,
        createdAt: refund.createdAt,
        amount: money(refundCents(refund)),
        ...(refund.note === undefined ? {} : { note: refund.note }),
        lineItems: quantities(refund.lines ?? []),
      })),
      returns: (spec.returns ?? []).map((entry, index) => ({
        id: `${id}-return-${index + 1}`,
        status: entry.status,
        createdAt: entry.createdAt,
        reason: entry.reason,
        ...(entry.customerNote === undefined ? {} : { customerNote: entry.customerNote }),
        lineItems: quantities(entry.lines),
        ...(entry.carrier === undefined ? {} : { carrier: entry.carrier }),
        ...(entry.trackingNumber === undefined ? {} : { trackingNumber: entry.trackingNumber }),
        ...(entry.receivedAt === undefined ? {} : { receivedAt: entry.receivedAt }),
      })),
      tags: spec.tags ?? [],
      ...(spec.note === undefined ? {} : { note: spec.note }),
    };
  };
}
