import { z } from "zod";
import type { ContextDocument } from "../spec";

/*
 * Prices are decimal strings in major units ("19.99") with an ISO 4217 code, the shape of Shopify's MoneyV2.
 * We chose that over integer minor units because the exponent differs by currency (JPY 0, KWD 3), so minor
 * units would need a currency table to read, and Medusa 2 already stores major-unit amounts. Numbers are
 * accepted on input (Medusa hands them over as numbers) and turned into canonical decimal strings.
 */

const decimalPattern = /^\d{1,15}(?:\.\d{1,6})?$/;

/** Canonical decimal string of a non-negative number: no exponent, no trailing fraction zeros. */
export function numberToDecimal(value: number): string {
  const fixed = value.toFixed(6);
  return fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
}

const amountSchema = z.union([
  z
    .number()
    .finite()
    .nonnegative("Amount must not be negative")
    .max(1e15, "Amount is too large")
    .transform(numberToDecimal),
  z
    .string()
    .trim()
    .regex(decimalPattern, 'Amount must be a decimal string in major units, e.g. "19.99"')
    // Leading zeros would make equal prices compare unequal as strings.
    .transform((value) => value.replace(/^0+(?=\d)/, "")),
]);

export const currencyCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "Currency must be a three-letter ISO 4217 code");

export const moneySchema = z.object({
  amount: amountSchema,
  currencyCode: currencyCodeSchema,
});

const httpUrlSchema = z.url({ protocol: /^https?$/, message: "Must be an http(s) URL" });

export const productImageSchema = z.object({
  url: httpUrlSchema,
  alt: z.string().optional(),
});

export const productCategorySchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  /** From the root, ending with the category itself, e.g. `["Furniture", "Living room", "Sofas"]`. */
  path: z.array(z.string().min(1)).default([]),
  /** Shopify and Medusa both have hand-picked collections beside a category tree. */
  kind: z.enum(["category", "collection"]).default("category"),
});

export const productOptionSchema = z.object({
  name: z.string().trim().min(1),
  values: z.array(z.string()).default([]),
});

export const productVariantSchema = z.object({
  id: z.string().min(1),
  sku: z.string().optional(),
  title: z.string().default(""),
  price: moneySchema,
  compareAtPrice: moneySchema.optional(),
  /** Authoritative: platforms already fold inventory policy (continue selling when out of stock) into it. */
  availableForSale: z.boolean().default(true),
  inventoryQuantity: z.number().int().optional(),
  /** Option name → value, e.g. `{ Color: "Red", Size: "M" }`. */
  options: z.record(z.string(), z.string()).default({}),
  image: productImageSchema.optional(),
});

export const attributeValueSchema = z.union([
  z.string(),
  z.number().finite(),
  z.boolean(),
  z.array(z.string()),
]);

const dateTimeSchema = z.union([
  z.iso.datetime({ offset: true, message: "Must be an ISO 8601 date-time" }),
  z.date().transform((date) => date.toISOString()),
]);

export const productStatusSchema = z.enum(["active", "draft", "archived"]);

export const productSchema = z.object({
  id: z.string().min(1),
  handle: z.string().trim().min(1),
  title: z.string().trim().min(1),
  /** Plain text, what search and prompts read. */
  description: z.string().default(""),
  /** The merchant's original markup, kept for display; never fed to a model as is. */
  descriptionHtml: z.string().optional(),
  vendor: z.string().optional(),
  productType: z.string().optional(),
  tags: z.array(z.string()).default([]),
  categories: z.array(productCategorySchema).default([]),
  options: z.array(productOptionSchema).default([]),
  variants: z.array(productVariantSchema).min(1, "A product needs at least one variant"),
  images: z.array(productImageSchema).default([]),
  /** Metafields and custom attributes: key → value. */
  attributes: z.record(z.string().min(1), attributeValueSchema).default({}),
  url: httpUrlSchema.optional(),
  updatedAt: dateTimeSchema.optional(),
  /** BCP 47 tag of the product's text, e.g. "en" or "de-CH". */
  locale: z
    .string()
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "Must be a BCP 47 language tag")
    .optional(),
  status: productStatusSchema.default("active"),
});

export type Money = z.output<typeof moneySchema>;
export type ProductImage = z.output<typeof productImageSchema>;
export type ProductCategory = z.output<typeof productCategorySchema>;
export type ProductOption = z.output<typeof productOptionSchema>;
export type ProductVariant = z.output<typeof productVariantSchema>;
export type ProductAttributeValue = z.output<typeof attributeValueSchema>;
export type ProductStatus = z.output<typeof productStatusSchema>;
export type Product = z.output<typeof productSchema>;
/** What a platform mapping produces before validation: defaults may be left out, amounts may be numbers. */
export type ProductInput = z.input<typeof productSchema>;

export type PriceRange = { min: Money; max: Money };

/** Numeric value of a money amount; prices stay far inside the range where doubles are exact to the cent. */
export function moneyToNumber(money: Money): number {
  return Number(money.amount);
}

/**
 * Lowest and highest variant price. Variants priced in another currency than the first variant are left out,
 * since comparing them would need exchange rates.
 */
export function priceRange(product: Product): PriceRange {
  const [first, ...rest] = product.variants;
  // Unreachable for a validated product (the schema requires a variant); kept total for hand-built objects.
  if (first === undefined) return { min: zeroMoney("USD"), max: zeroMoney("USD") };
  let min = first.price;
  let max = first.price;
  for (const variant of rest) {
    if (variant.price.currencyCode !== first.price.currencyCode) continue;
    if (moneyToNumber(variant.price) < moneyToNumber(min)) min = variant.price;
    if (moneyToNumber(variant.price) > moneyToNumber(max)) max = variant.price;
  }
  return { min, max };
}

const zeroMoney = (currencyCode: string): Money => ({ amount: "0", currencyCode });

export function isVariantInStock(variant: ProductVariant): boolean {
  return variant.availableForSale;
}

/** True when at least one variant can be bought now. */
export function isInStock(product: Product): boolean {
  return product.variants.some(isVariantInStock);
}

/** A variant is on sale when its compare-at price is above its price in the same currency. */
export function isVariantOnSale(variant: ProductVariant): boolean {
  const compareAt = variant.compareAtPrice;
  return (
    compareAt !== undefined &&
    compareAt.currencyCode === variant.price.currencyCode &&
    moneyToNumber(compareAt) > moneyToNumber(variant.price)
  );
}

export function isOnSale(product: Product): boolean {
  return product.variants.some(isVariantOnSale);
}

export function primaryImage(product: Product): ProductImage | undefined {
  return product.images[0] ?? product.variants.find((variant) => variant.image !== undefined)?.image;
}

/** The product's text by field, ready for a search index that weighs fields differently. */
export type ProductTextFields = {
  title: string;
  vendor: string;
  type: string;
  /** Category paths, one per line, joined with " > ". */
  category: string;
  tags: string;
  /** "Color: Red, Blue" lines. */
  options: string;
  /** "key: value" lines. */
  attributes: string;
  skus: string;
  description: string;
};

export function productToText(product: Product): ProductTextFields {
  return {
    title: product.title,
    vendor: product.vendor ?? "",
    type: product.productType ?? "",
    category: product.categories
      .map((category) => (category.path.length > 0 ? category.path : [category.title]).join(" > "))
      .join("\n"),
    tags: product.tags.join(", "),
    options: product.options
      .filter((option) => option.values.length > 0)
      .map((option) => `${option.name}: ${option.values.join(", ")}`)
      .join("\n"),
    attributes: Object.entries(product.attributes)
      .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(", ") : String(value)}`)
      .join("\n"),
    skus: product.variants
      .map((variant) => variant.sku)
      .filter((sku): sku is string => sku !== undefined && sku !== "")
      .join(" "),
    description: product.description,
  };
}

export type ProductContextOptions = {
  /** Merchant-written catalogs are trusted; set false when descriptions come from third-party feeds. */
  trusted?: boolean;
};

/** The product as a context document for a prompt: the facts a shopper asks about, in a compact form. */
export function productToContextDocument(product: Product, options: ProductContextOptions = {}): ContextDocument {
  const fields = productToText(product);
  const range = priceRange(product);
  const price =
    range.min.amount === range.max.amount
      ? `${range.min.amount} ${range.min.currencyCode}`
      : `${range.min.amount}–${range.max.amount} ${range.min.currencyCode}`;
  const lines = [
    fields.vendor === "" ? "" : `Brand: ${fields.vendor}`,
    fields.type === "" ? "" : `Type: ${fields.type}`,
    fields.category === "" ? "" : `Category: ${fields.category.replaceAll("\n", "; ")}`,
    `Price: ${price}${isOnSale(product) ? " (on sale)" : ""}`,
    `In stock: ${isInStock(product) ? "yes" : "no"}`,
    fields.options,
    fields.attributes,
    fields.tags === "" ? "" : `Tags: ${fields.tags}`,
    fields.description,
  ].filter((line) => line !== "");
  return {
    id: `product:${product.id}`,
    title: product.title,
    text: lines.join("\n"),
    trusted: options.trusted ?? true,
  };
}
