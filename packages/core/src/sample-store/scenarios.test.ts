import { describe, expect, it } from "vitest";
import type { Product, ProductVariant } from "../catalog/product";
import { loadSampleStore } from "./load-sample-store";
import { sampleOrderScenarios, sampleProductScenarios, sampleReviewScenarios } from "./scenarios";
import type { SampleOrder } from "./schemas";
import { sampleStoreFacts as facts } from "./store-facts";

const store = loadSampleStore();
const today = Date.parse(store.today);
const cents = (amount: string) => Math.round(Number(amount) * 100);
const dayMs = 86_400_000;

/** Calendar days between two instants' UTC dates: delivered yesterday is 1, whatever the hour. */
const calendarDays = (from: string, to: string) =>
  Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / dayMs);

const orderFor = (scenario: keyof typeof sampleOrderScenarios): SampleOrder => {
  const { orderName } = sampleOrderScenarios[scenario];
  const order = store.orders.find((candidate) => candidate.name === orderName);
  if (order === undefined) throw new Error(`No order ${orderName}`);
  return order;
};

const variantOf = (variantId: string): { product: Product; variant: ProductVariant } => {
  for (const product of store.products) {
    const variant = product.variants.find((candidate) => candidate.id === variantId);
    if (variant !== undefined) return { product, variant };
  }
  throw new Error(`No variant ${variantId}`);
};

const isFinalSale = (variantId: string) => variantOf(variantId).product.attributes.final_sale === true;
const deliveredAt = (order: SampleOrder, variantId?: string): string => {
  const lineIds = new Set(
    order.lineItems.filter((item) => variantId === undefined || item.variantId === variantId).map((item) => item.id),
  );
  const fulfillment = order.fulfillments.find((candidate) => candidate.lineItems.some((line) => lineIds.has(line.lineItemId)));
  if (fulfillment?.deliveredAt === undefined) throw new Error(`${order.name} is not delivered`);
  return fulfillment.deliveredAt;
};

/** What the shipping policy charges for an order, from the line items and the method chosen. */
function expectedShipping(order: SampleOrder): number {
  const freight = order.lineItems.some((item) => variantOf(item.variantId).product.attributes.shipping_method === "freight");
  if (freight) {
    const whiteGlove = order.shippingMethod.includes("white-glove") ? cents(facts.whiteGloveUpgradeFee) : 0;
    return cents(facts.freightDeliveryFee) + whiteGlove;
  }
  if (order.shippingAddress.countryCode !== "US") return cents(facts.internationalShippingFee);
  if (order.shippingMethod === "Expedited") return cents(facts.expeditedShippingFee);
  if (order.shippingMethod === "Express") return cents(facts.expressShippingFee);
  const discounted = cents(order.subtotalPrice.amount) - cents(order.totalDiscounts.amount);
  return discounted >= cents(facts.freeShippingThreshold) ? 0 : cents(facts.standardShippingFee);
}

describe("order scenarios", () => {
  it("name existing orders of the stated customers", () => {
    for (const [name, scenario] of Object.entries(sampleOrderScenarios)) {
      const order = store.orders.find((candidate) => candidate.name === scenario.orderName);
      expect(order?.email, name).toBe(scenario.email);
      expect(store.customers.some((customer) => customer.email === scenario.email), name).toBe(true);
    }
  });

  it("charge shipping exactly as the shipping policy says", () => {
    for (const order of store.orders) {
      expect(cents(order.totalShipping.amount), order.name).toBe(expectedShipping(order));
    }
  });

  it("charge today's price or the pre-sale compare-at price", () => {
    for (const order of store.orders) {
      for (const item of order.lineItems) {
        const { variant } = variantOf(item.variantId);
        expect([variant.price.amount, variant.compareAtPrice?.amount], `${order.name} ${item.sku}`).toContain(item.price.amount);
      }
    }
  });

  it("returnable: delivered 10 days ago, nothing final sale", () => {
    const order = orderFor("returnable");
    expect(calendarDays(deliveredAt(order), store.today)).toBe(10);
    expect(order.lineItems.some((item) => isFinalSale(item.variantId))).toBe(false);
  });

  it("outside the window: delivered 45 days ago", () => {
    expect(calendarDays(deliveredAt(orderFor("outsideReturnWindow")), store.today)).toBe(45);
  });

  it("return window edges: day 30 is in, day 31 is out", () => {
    expect(calendarDays(deliveredAt(orderFor("lastDayToReturn")), store.today)).toBe(facts.returnWindowDays);
    expect(calendarDays(deliveredAt(orderFor("oneDayPastReturnWindow")), store.today)).toBe(facts.returnWindowDays + 1);
  });

  it("shipments on the way carry an estimate after today", () => {
    for (const [scenario, status] of [
      ["inTransit", "in_transit"],
      ["internationalInTransit", "in_transit"],
      ["outForDelivery", "out_for_delivery"],
      ["deliveryAttempted", "attempted_delivery"],
    ] as const) {
      const fulfillment = orderFor(scenario).fulfillments[0];
      expect(fulfillment?.shipmentStatus, scenario).toBe(status);
      expect(Date.parse(fulfillment?.estimatedDeliveryAt ?? ""), scenario).toBeGreaterThan(today);
    }
    expect(orderFor("internationalInTransit").shippingAddress.countryCode).not.toBe("US");
    expect(orderFor("deliveryAttempted").shippingAddress.countryCode).toBe("DE");
  });

  it("unfulfilled: a paid freight order not yet past freight processing time", () => {
    const order = orderFor("unfulfilled");
    expect(order.fulfillmentStatus).toBe("unfulfilled");
    expect(order.financialStatus).toBe("paid");
    expect(order.cancelledAt).toBeUndefined();
    expect(order.shippingMethod).toBe("Freight");
    expect(calendarDays(order.createdAt, store.today)).toBeLessThan(7);
  });

  it("payment authorized only: placed today", () => {
    const order = orderFor("paymentAuthorizedOnly");
    expect(order.financialStatus).toBe("authorized");
    expect(calendarDays(order.createdAt, store.today)).toBe(0);
  });

  it("partially fulfilled: the unshipped line is the backordered variant", () => {
    const order = orderFor("partiallyFulfilled");
    const shipped = new Set(order.fulfillments.flatMap((fulfillment) => fulfillment.lineItems.map((line) => line.lineItemId)));
    const unshipped = order.lineItems.filter((item) => !shipped.has(item.id));
    expect(order.fulfillmentStatus).toBe("partially_fulfilled");
    expect(unshipped.map((item) => item.sku)).toEqual([sampleProductScenarios.backorderedSku]);
  });

  it("cancelled by the store: refunded in full for a sold-out product", () => {
    const order = orderFor("cancelledAndRefunded");
    expect(order.cancelReason).toBe("inventory");
    expect(order.financialStatus).toBe("refunded");
    expect(order.refunds.reduce((sum, refund) => sum + cents(refund.amount.amount), 0)).toBe(cents(order.totalPrice.amount));
    const handles = order.lineItems.map((item) => variantOf(item.variantId).product.handle);
    expect(sampleProductScenarios.soldOut).toEqual(expect.arrayContaining(handles));
  });

  it("cancelled by the customer: voided, never shipped", () => {
    const order = orderFor("cancelledByCustomer");
    expect(order.cancelReason).toBe("customer");
    expect(order.financialStatus).toBe("voided");
    expect(order.fulfillments).toEqual([]);
  });

  it("final-sale order: inside the window, one final-sale line and one returnable line", () => {
    const order = orderFor("containsFinalSaleItem");
    expect(calendarDays(deliveredAt(order), store.today)).toBeLessThanOrEqual(facts.returnWindowDays);
    const finalSale = order.lineItems.map((item) => isFinalSale(item.variantId));
    expect(finalSale).toContain(true);
    expect(finalSale).toContain(false);
  });

  it("mattress trial: one order inside it, past the return window; one past it", () => {
    const inTrial = orderFor("mattressInTrial");
    const mattressLine = (order: SampleOrder) => {
      const item = order.lineItems.find((candidate) =>
        (sampleProductScenarios.mattresses as readonly string[]).includes(variantOf(candidate.variantId).product.handle),
      );
      if (item === undefined) throw new Error(`${order.name} has no mattress`);
      return item;
    };
    const nights = calendarDays(deliveredAt(inTrial, mattressLine(inTrial).variantId), store.today);
    expect(nights).toBeGreaterThan(facts.returnWindowDays);
    expect(nights).toBeGreaterThanOrEqual(facts.mattressMinimumNights);
    expect(nights).toBeLessThanOrEqual(facts.mattressTrialNights);
    const over = orderFor("mattressTrialOver");
    expect(calendarDays(deliveredAt(over, mattressLine(over).variantId), store.today)).toBeGreaterThan(facts.mattressTrialNights);
  });

  it("refund pending: return received within the last refund period, no refund yet", () => {
    const order = orderFor("refundPending");
    const entry = order.returns[0];
    expect(entry?.status).toBe("received");
    expect(order.refunds).toEqual([]);
    expect(calendarDays(entry?.receivedAt ?? "", store.today)).toBeLessThanOrEqual(facts.refundBusinessDaysMax);
  });

  it("returned and refunded: the refund is the item with its tax, less the return label fee", () => {
    const order = orderFor("returnedAndRefunded");
    const refund = order.refunds[0]!;
    const item = order.lineItems.find((candidate) => candidate.id === refund.lineItems[0]?.lineItemId)!;
    const taxRate = cents(order.totalTax.amount) / (cents(order.subtotalPrice.amount) - cents(order.totalDiscounts.amount));
    const expected = cents(item.price.amount) * (1 + taxRate) - cents(facts.returnLabelFee);
    expect(Math.abs(cents(refund.amount.amount) - expected)).toBeLessThanOrEqual(1);
    expect(order.financialStatus).toBe("partially_refunded");
    expect(order.returns[0]?.status).toBe("closed");
  });

  it("price adjustment: bought within the adjustment period at $50 above today's price", () => {
    const order = orderFor("priceAdjustmentEligible");
    expect(calendarDays(order.createdAt, store.today)).toBeLessThanOrEqual(facts.priceAdjustmentDays);
    const item = order.lineItems[0]!;
    expect(cents(item.price.amount) - cents(variantOf(item.variantId).variant.price.amount)).toBe(5000);
  });

  it("damage report window: delivered less than 48 hours ago", () => {
    const hours = (today - Date.parse(deliveredAt(orderFor("damageReportWindowOpen")))) / 3_600_000;
    expect(hours).toBeGreaterThan(0);
    expect(hours).toBeLessThan(facts.damageReportHours);
  });

  it("discount below the free-shipping threshold: shipping charged", () => {
    const order = orderFor("discountBelowFreeShipping");
    const threshold = cents(facts.freeShippingThreshold);
    expect(cents(order.subtotalPrice.amount)).toBeGreaterThanOrEqual(threshold);
    expect(cents(order.subtotalPrice.amount) - cents(order.totalDiscounts.amount)).toBeLessThan(threshold);
    expect(order.totalShipping.amount).toBe(facts.standardShippingFee);
  });

  it("white-glove freight: freight fee plus the upgrade", () => {
    const order = orderFor("whiteGloveFreight");
    expect(cents(order.totalShipping.amount)).toBe(cents(facts.freightDeliveryFee) + cents(facts.whiteGloveUpgradeFee));
  });
});

describe("customers", () => {
  it("are on example.com with phones in US, UK and German formats", () => {
    for (const customer of store.customers) expect(customer.email).toMatch(/@example\.com$/);
    const phones = store.customers.flatMap((customer) => (customer.phone === undefined ? [] : [customer.phone]));
    expect(phones.some((phone) => /^\+44 /.test(phone))).toBe(true);
    expect(phones.some((phone) => /^\+49 /.test(phone))).toBe(true);
    expect(phones.some((phone) => /^0\d{3} \d+$/.test(phone))).toBe(true);
    expect(phones.some((phone) => /^\(\d{3}\) 555-01\d\d$/.test(phone))).toBe(true);
  });
});

describe("reviews", () => {
  const byId = new Map(store.reviews.map((review) => [review.id, review]));

  it("cover about twenty products with every rating from 1 to 5", () => {
    const products = new Set(store.reviews.map((review) => review.productId));
    expect(products.size).toBeGreaterThanOrEqual(18);
    expect(new Set(store.reviews.map((review) => review.rating))).toEqual(new Set([1, 2, 3, 4, 5]));
    const mean = store.reviews.reduce((sum, review) => sum + review.rating, 0) / store.reviews.length;
    expect(mean).toBeGreaterThan(3.2);
    expect(mean).toBeLessThan(4.5);
    expect(store.reviews.some((review) => !review.verifiedBuyer)).toBe(true);
  });

  it("name review scenarios that exist", () => {
    for (const ids of Object.values(sampleReviewScenarios)) {
      for (const id of ids) expect(byId.has(id), id).toBe(true);
    }
  });

  it("have exactly the listed non-English reviews", () => {
    const nonEnglish = store.reviews.filter((review) => review.locale !== "en").map((review) => review.id);
    expect(nonEnglish.sort()).toEqual([...sampleReviewScenarios.nonEnglish].sort());
    expect(new Set(nonEnglish.map((id) => byId.get(id)?.locale))).toEqual(new Set(["de", "fr", "es"]));
  });

  it("put contact details in exactly one review", () => {
    const email = /[\w.+-]+@[\w-]+\.[\w.]+/;
    const phone = /\b\d{3}[-. ]\d{3}[-. ]\d{4}\b/;
    const withContact = store.reviews.filter((review) => email.test(review.body) || phone.test(review.body));
    expect(withContact.map((review) => review.id)).toEqual([...sampleReviewScenarios.containsContactDetails]);
    expect(email.test(withContact[0]!.body) && phone.test(withContact[0]!.body)).toBe(true);
  });

  it("mark spam as unverified one-star posts", () => {
    for (const id of sampleReviewScenarios.spam) {
      expect(byId.get(id)?.verifiedBuyer, id).toBe(false);
      expect(byId.get(id)?.rating, id).toBe(1);
    }
  });
});
