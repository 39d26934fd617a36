import { z } from "zod";
import type { Product } from "../../catalog/product";
import type { Order } from "../../sources/sources";

export const returnRulesSchema = z
  .object({
    /** Calendar days from delivery to start a return; the last of them counts (delivered Nov 1, 30 days: until Dec 1). */
    windowDays: z.number().int().min(0).max(365).default(30),
    /** Calendar days are counted in the store's time zone (IANA name). */
    timeZone: z.string().min(1).default("UTC"),
    /** A product is final sale when it has one of these tags, is in one of these collections, or has `finalSaleAttribute` true. */
    finalSaleTags: z.array(z.string().min(1)).default(["final sale", "final-sale"]),
    finalSaleCollections: z.array(z.string().min(1)).default([]),
    finalSaleAttribute: z.string().min(1).default("final_sale"),
    /** Products with this numeric attribute (e.g. a mattress's `trial_nights`) follow a trial instead of the window. */
    trialAttribute: z.string().min(1).default("trial_nights"),
    /** Nights a trial product must be kept before it can be returned. */
    trialMinimumNights: z.number().int().min(0).default(0),
  })
  .strict();

export type ReturnRules = z.input<typeof returnRulesSchema>;
export type ResolvedReturnRules = z.output<typeof returnRulesSchema>;

export type ReturnEligibilityReason =
  | "within-window"
  | "window-closed"
  | "final-sale"
  | "in-trial"
  | "trial-too-early"
  | "trial-ended"
  | "not-delivered"
  | "already-returned"
  | "order-cancelled";

export type LineItemEligibility = {
  lineItemId: string;
  productId: string;
  title: string;
  eligible: boolean;
  reason: ReturnEligibilityReason;
  /** Calendar days since delivery in the store's time zone (0 on the delivery day). */
  daysSinceDelivery?: number;
  /** The last calendar day (YYYY-MM-DD) a return can be started. */
  lastDay?: string;
};

export type ReturnEligibility = {
  orderName: string;
  /** True when at least one item can be returned. */
  eligible: boolean;
  items: LineItemEligibility[];
};

const dayMs = 86_400_000;

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function calendarDate(instant: string | Date, timeZone: string): string {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

export function isFinalSale(product: Product | undefined, rules: ResolvedReturnRules): boolean {
  if (product === undefined) return false;
  const tags = new Set(product.tags.map((tag) => tag.toLowerCase()));
  if (rules.finalSaleTags.some((tag) => tags.has(tag.toLowerCase()))) return true;
  const collections = new Set(product.categories.flatMap((category) => [category.id.toLowerCase(), category.title.toLowerCase()]));
  if (rules.finalSaleCollections.some((collection) => collections.has(collection.toLowerCase()))) return true;
  return product.attributes[rules.finalSaleAttribute] === true;
}

function trialNights(product: Product | undefined, rules: ResolvedReturnRules): number | undefined {
  const value = product?.attributes[rules.trialAttribute];
  return typeof value === "number" && value > 0 ? value : undefined;
}

/**
 * Which items of an order can be returned today, computed from the rules and the order's own dates, never
 * guessed by a model. Delivery is the fulfillment's `deliveredAt`; the window counts calendar days in the
 * store's time zone, the last day included.
 */
export function checkReturnEligibility({
  order,
  products,
  rules,
  now,
}: {
  order: Order;
  /** Looks up the ordered products (for final-sale and trial rules). */
  products: (productId: string) => Product | undefined;
  rules: ResolvedReturnRules;
  now: Date;
}): ReturnEligibility {
  const today = calendarDate(now, rules.timeZone);
  const returned = new Map<string, number>();
  for (const entry of order.returns) {
    if (entry.status === "declined") continue;
    for (const line of entry.lineItems) returned.set(line.lineItemId, (returned.get(line.lineItemId) ?? 0) + line.quantity);
  }
  const items = order.lineItems.map((line): LineItemEligibility => {
    const base = { lineItemId: line.id, productId: line.productId, title: line.title };
    if (order.cancelledAt !== undefined) return { ...base, eligible: false, reason: "order-cancelled" };
    if ((returned.get(line.id) ?? 0) >= line.quantity) return { ...base, eligible: false, reason: "already-returned" };
    const delivery = order.fulfillments.find(
      (fulfillment) => fulfillment.deliveredAt !== undefined && fulfillment.lineItems.some((entry) => entry.lineItemId === line.id),
    )?.deliveredAt;
    if (delivery === undefined) return { ...base, eligible: false, reason: "not-delivered" };
    const deliveredOn = calendarDate(delivery, rules.timeZone);
    const days = daysBetween(deliveredOn, today);
    const product = products(line.productId);
    if (isFinalSale(product, rules)) return { ...base, eligible: false, reason: "final-sale", daysSinceDelivery: days };
    const trial = trialNights(product, rules);
    if (trial !== undefined) {
      const lastDay = addDays(deliveredOn, trial);
      if (days > trial) return { ...base, eligible: false, reason: "trial-ended", daysSinceDelivery: days, lastDay };
      if (days < rules.trialMinimumNights) return { ...base, eligible: false, reason: "trial-too-early", daysSinceDelivery: days, lastDay };
      return { ...base, eligible: true, reason: "in-trial", daysSinceDelivery: days, lastDay };
    }
    const lastDay = addDays(deliveredOn, rules.windowDays);
    if (days > rules.windowDays) return { ...base, eligible: false, reason: "window-closed", daysSinceDelivery: days, lastDay };
    return { ...base, eligible: true, reason: "within-window", daysSinceDelivery: days, lastDay };
  });
  return { orderName: order.name, eligible: items.some((item) => item.eligible), items };
}

const reasonText: Record<ReturnEligibilityReason, (item: LineItemEligibility, rules: ResolvedReturnRules) => string> = {
  "within-window": (item, rules) => `can be returned until ${item.lastDay} (${rules.windowDays}-day window from delivery; day ${item.daysSinceDelivery} today)`,
  "window-closed": (item, rules) => `cannot be returned: the ${rules.windowDays}-day return window closed on ${item.lastDay} (delivered ${item.daysSinceDelivery} days ago)`,
  "final-sale": () => "cannot be returned: it is a final-sale item",
  "in-trial": (item) => `can be returned under the sleep trial until ${item.lastDay} (night ${item.daysSinceDelivery})`,
  "trial-too-early": (item, rules) => `cannot be returned yet: the trial asks for at least ${rules.trialMinimumNights} nights (night ${item.daysSinceDelivery})`,
  "trial-ended": (item) => `cannot be returned: the trial ended on ${item.lastDay}`,
  "not-delivered": () => "has not been delivered yet, so there is nothing to return (it may still be cancellable)",
  "already-returned": () => "has already been returned",
  "order-cancelled": () => "was cancelled, so there is nothing to return",
};

/** One line per item, for a context document the model may quote. */
export function describeReturnEligibility(eligibility: ReturnEligibility, rules: ResolvedReturnRules): string {
  // One self-contained sentence per item, so a quoted line still names its order.
  return eligibility.items.map((item) => `- ${item.title} from order ${eligibility.orderName} ${reasonText[item.reason](item, rules)}.`).join("\n");
}
