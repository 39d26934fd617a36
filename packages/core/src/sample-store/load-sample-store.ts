import { z } from "zod";
import { htmlToText } from "../catalog/html-to-text";
import { productSchema, type Product } from "../catalog/product";
import { InvalidConfigError } from "../errors/invalid-config-error";
import { parseSettings } from "../util/parse-settings";
import { findSampleStoreProblems } from "./check-sample-store";
import { sampleCustomerInputs } from "./customers";
import { sampleOrderInputs } from "./orders";
import { samplePolicyInputs } from "./policies";
import { sampleProductInputs } from "./products";
import { sampleReviewInputs } from "./reviews";
import {
  customerSchema,
  orderSchema,
  policySchema,
  reviewSchema,
  type SampleCustomer,
  type SampleOrder,
  type SamplePolicy,
  type SampleReview,
} from "./schemas";

/** The sample store's "now": order dates, return windows and review dates are all relative to it. */
export const sampleStoreToday = "2026-11-20T12:00:00Z";

export type SampleStore = {
  products: Product[];
  policies: SamplePolicy[];
  customers: SampleCustomer[];
  orders: SampleOrder[];
  reviews: SampleReview[];
  /** Equal to `sampleStoreToday`. */
  today: string;
};

/**
 * The Northwind Home & Outdoor sample store, validated: every record through its schema, then the references,
 * tracking numbers, totals and dates between records. Returns fresh objects on every call, so callers may
 * mutate what they get.
 */
export function loadSampleStore(): SampleStore {
  const products = parseSettings(
    "sample store products",
    z.array(productSchema),
    sampleProductInputs.map((product) => ({
      ...product,
      // Plain text is what search and prompts read; the markup stays for display.
      description: htmlToText(product.descriptionHtml ?? ""),
    })),
  );
  const store: SampleStore = {
    products,
    policies: parseSettings("sample store policies", z.array(policySchema), samplePolicyInputs),
    customers: parseSettings("sample store customers", z.array(customerSchema), sampleCustomerInputs),
    orders: parseSettings("sample store orders", z.array(orderSchema), sampleOrderInputs),
    reviews: parseSettings("sample store reviews", z.array(reviewSchema), sampleReviewInputs),
    today: sampleStoreToday,
  };
  const issues = findSampleStoreProblems(store);
  if (issues.length > 0) throw new InvalidConfigError({ subject: "sample store", issues });
  return store;
}
