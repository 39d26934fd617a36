import type { Product } from "../catalog/product";
import type { ConfigIssue } from "../errors/invalid-config-error";
import type { SampleCustomer, SampleOrder, SamplePolicy, SampleReview } from "./schemas";
import { isValidTrackingNumber } from "./tracking-number";

export type SampleStoreRecords = {
  products: readonly Product[];
  policies: readonly SamplePolicy[];
  customers: readonly SampleCustomer[];
  orders: readonly SampleOrder[];
  reviews: readonly SampleReview[];
  /** ISO 8601 date-time that stands for "now". */
  today: string;
};

const cents = (amount: string) => Math.round(Number(amount) * 100);

/**
 * Cross-record checks a schema cannot express: references between records, tracking check digits, money
 * arithmetic, status consistency and date order. Returns every problem found; empty when the store is sound.
 */
export function findSampleStoreProblems(store: SampleStoreRecords): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const report = (path: string, message: string) => issues.push({ path, message });
  const now = Date.parse(store.today);

  const requireUnique = (kind: string, values: readonly string[]) => {
    const seen = new Set<string>();
    for (const value of values) {
      if (seen.has(value)) report(kind, `duplicate ${value}`);
      seen.add(value);
    }
  };
  requireUnique("products.id", store.products.map((product) => product.id));
  requireUnique("products.handle", store.products.map((product) => product.handle));
  requireUnique("variants.id", store.products.flatMap((product) => product.variants.map((variant) => variant.id)));
  requireUnique("variants.sku", store.products.flatMap((product) => product.variants.map((variant) => variant.sku ?? "")));
  requireUnique("customers.id", store.customers.map((customer) => customer.id));
  requireUnique("customers.email", store.customers.map((customer) => customer.email));
  requireUnique("orders.id", store.orders.map((order) => order.id));
  requireUnique("orders.name", store.orders.map((order) => order.name));
  requireUnique("reviews.id", store.reviews.map((review) => review.id));
  requireUnique("policies.id", store.policies.map((policy) => policy.id));

  for (const product of store.products) {
    const optionNames = new Set(product.options.map((option) => option.name));
    for (const variant of product.variants) {
      const path = `products.${product.handle}.${variant.sku ?? variant.id}`;
      for (const [name, value] of Object.entries(variant.options)) {
        const option = product.options.find((candidate) => candidate.name === name);
        if (option === undefined || !option.values.includes(value)) report(path, `option ${name}=${value} is not declared`);
      }
      if (Object.keys(variant.options).length !== optionNames.size) report(path, "does not set every option");
      if (variant.compareAtPrice !== undefined && cents(variant.compareAtPrice.amount) <= cents(variant.price.amount)) {
        report(path, "compare-at price is not above the price");
      }
    }
    if (product.updatedAt !== undefined && Date.parse(product.updatedAt) > now) report(`products.${product.handle}`, "updated after today");
  }

  const productsById = new Map(store.products.map((product) => [product.id, product]));
  const customersById = new Map(store.customers.map((customer) => [customer.id, customer]));

  for (const order of store.orders) {
    const path = `orders.${order.name}`;
    const created = Date.parse(order.createdAt);
    const customer = customersById.get(order.customerId);
    if (customer === undefined) report(path, `unknown customer ${order.customerId}`);
    else if (customer.email !== order.email) report(path, "email differs from the customer's");
    if (created > now) report(path, "created after today");
    if (Date.parse(order.processedAt) < created) report(path, "processed before it was created");
    if (order.cancelledAt !== undefined && Date.parse(order.cancelledAt) < created) report(path, "cancelled before it was created");
    if ((order.cancelledAt === undefined) !== (order.cancelReason === undefined)) report(path, "cancelledAt and cancelReason must come together");

    const ordered = new Map<string, number>();
    let subtotal = 0;
    for (const item of order.lineItems) {
      ordered.set(item.id, item.quantity);
      subtotal += cents(item.price.amount) * item.quantity;
      const product = productsById.get(item.productId);
      const variant = product?.variants.find((candidate) => candidate.id === item.variantId);
      if (product === undefined) report(`${path}.${item.id}`, `unknown product ${item.productId}`);
      else if (variant === undefined) report(`${path}.${item.id}`, `variant ${item.variantId} is not a variant of ${product.handle}`);
      else if (variant.sku !== item.sku) report(`${path}.${item.id}`, "SKU differs from the variant's");
    }
    if (subtotal !== cents(order.subtotalPrice.amount)) report(path, "subtotal is not the sum of its lines");
    const total =
      cents(order.subtotalPrice.amount) -
      cents(order.totalDiscounts.amount) +
      cents(order.totalShipping.amount) +
      cents(order.totalTax.amount);
    if (total !== cents(order.totalPrice.amount)) report(path, "total is not subtotal - discounts + shipping + tax");

    const checkLines = (where: string, lines: ReadonlyArray<{ lineItemId: string; quantity: number }>) => {
      for (const line of lines) {
        const quantity = ordered.get(line.lineItemId);
        if (quantity === undefined) report(where, `unknown line item ${line.lineItemId}`);
        else if (line.quantity > quantity) report(where, `more than the ${quantity} ordered of ${line.lineItemId}`);
      }
    };

    const shipped = new Map<string, number>();
    for (const fulfillment of order.fulfillments) {
      const where = `${path}.${fulfillment.id}`;
      checkLines(where, fulfillment.lineItems);
      for (const line of fulfillment.lineItems) shipped.set(line.lineItemId, (shipped.get(line.lineItemId) ?? 0) + line.quantity);
      if (!isValidTrackingNumber(fulfillment.carrier, fulfillment.trackingNumber)) {
        report(where, `tracking number ${fulfillment.trackingNumber} is not a valid ${fulfillment.carrier} number`);
      }
      const shippedAt = Date.parse(fulfillment.createdAt);
      if (shippedAt < created) report(where, "shipped before the order was placed");
      if (shippedAt > now) report(where, "shipped after today");
      const delivered = fulfillment.shipmentStatus === "delivered";
      if (delivered !== (fulfillment.deliveredAt !== undefined)) report(where, "deliveredAt must be set exactly when delivered");
      if (fulfillment.deliveredAt !== undefined) {
        const deliveredAt = Date.parse(fulfillment.deliveredAt);
        if (deliveredAt <= shippedAt) report(where, "delivered before it shipped");
        if (deliveredAt > now) report(where, "delivered after today");
      }
      if (!delivered && fulfillment.estimatedDeliveryAt === undefined) report(where, "an undelivered shipment needs an estimate");
    }
    for (const [lineItemId, quantity] of shipped) {
      if (quantity > (ordered.get(lineItemId) ?? 0)) report(path, `ships more of ${lineItemId} than ordered`);
    }
    const unitsOrdered = [...ordered.values()].reduce((sum, quantity) => sum + quantity, 0);
    const unitsShipped = [...shipped.values()].reduce((sum, quantity) => sum + quantity, 0);
    const expectedStatus = unitsShipped === 0 ? "unfulfilled" : unitsShipped < unitsOrdered ? "partially_fulfilled" : "fulfilled";
    if (order.fulfillmentStatus !== "restocked" && order.fulfillmentStatus !== expectedStatus) {
      report(path, `fulfillment status ${order.fulfillmentStatus} but ${unitsShipped} of ${unitsOrdered} units shipped`);
    }

    let refunded = 0;
    for (const refund of order.refunds) {
      checkLines(`${path}.${refund.id}`, refund.lineItems);
      refunded += cents(refund.amount.amount);
      if (Date.parse(refund.createdAt) < created || Date.parse(refund.createdAt) > now) report(`${path}.${refund.id}`, "dated outside the order's life");
    }
    if (refunded > cents(order.totalPrice.amount)) report(path, "refunds exceed the total");
    const expectedFinancial = refunded === 0 ? undefined : refunded === cents(order.totalPrice.amount) ? "refunded" : "partially_refunded";
    if (expectedFinancial !== undefined && order.financialStatus !== expectedFinancial) {
      report(path, `financial status ${order.financialStatus} but ${refunded / 100} of ${order.totalPrice.amount} refunded`);
    }

    for (const entry of order.returns) {
      const where = `${path}.${entry.id}`;
      checkLines(where, entry.lineItems);
      const deliveries = order.fulfillments.flatMap((fulfillment) =>
        fulfillment.deliveredAt === undefined ? [] : [Date.parse(fulfillment.deliveredAt)],
      );
      if (deliveries.length === 0 || Date.parse(entry.createdAt) < Math.min(...deliveries)) report(where, "requested before delivery");
      if (entry.receivedAt !== undefined && Date.parse(entry.receivedAt) < Date.parse(entry.createdAt)) report(where, "received before requested");
      if (entry.carrier !== undefined && entry.trackingNumber !== undefined && !isValidTrackingNumber(entry.carrier, entry.trackingNumber)) {
        report(where, `return tracking number ${entry.trackingNumber} is not a valid ${entry.carrier} number`);
      }
    }
  }

  for (const review of store.reviews) {
    const path = `reviews.${review.id}`;
    if (!productsById.has(review.productId)) report(path, `unknown product ${review.productId}`);
    if (Date.parse(review.createdAt) > now) report(path, "written after today");
  }

  return issues;
}
