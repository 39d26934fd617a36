import { htmlToText, type Product, type ProductAttributeValue, type ProductCategory, type ProductImage, type ProductVariant } from "@aisle/core";
import type { ShopifyMetafieldNode, ShopifyProductRecord } from "./shopify-records";

/*
 * Shopify's product, as both paths read it, mapped onto Aisle's product model. The product is built in the
 * model's output shape and checked here against the same rules as core's `productSchema` (decimal amounts,
 * http(s) URLs, ISO times, non-empty names): running the schema took a third of a bulk sync. The mapping test
 * parses every mapped product with `productSchema` and expects it back unchanged.
 */

export type { ShopifyProductRecord };

export type MapProductContext = {
  /** The shop's currency: Admin prices are amounts without one. */
  currency: string;
};

export type MappedProduct = { ok: true; product: Product } | { ok: false; id: string; reason: string };

/** Shopify's placeholder for products without real options. */
const isDefaultOption = (name: string, value: string) => name === "Title" && value === "Default Title";

/**
 * Maps a Shopify product onto Aisle's model. Visibility: ACTIVE products published to the Online Store are
 * `active`; an ACTIVE product not on the Online Store, an UNLISTED one (reachable only by its link) and a
 * DRAFT are `draft`, so Aisle never recommends what shoppers cannot find; ARCHIVED stays `archived`.
 */
export function mapShopifyProduct(record: ShopifyProductRecord, context: MapProductContext): MappedProduct {
  const fail = (reason: string): MappedProduct => ({ ok: false, id: record.id, reason });
  const handle = record.handle.trim();
  const title = record.title.trim();
  if (record.id === "" || handle === "" || title === "") return fail("id, handle or title is empty");
  if (!isoTime.test(record.updatedAt)) return fail(`updatedAt: not an ISO 8601 date-time (${record.updatedAt})`);
  const currencyCode = context.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currencyCode)) return fail(`currency: not an ISO 4217 code (${context.currency})`);

  const categories: ProductCategory[] = [];
  if (record.category !== null) {
    const path = record.category.fullName.split(" > ").filter((part) => part !== "");
    if (record.category.id !== "" && record.category.name !== "") categories.push({ id: record.category.id, title: record.category.name, path, kind: "category" });
  }
  for (const collection of record.collections) {
    if (collection.id !== "" && collection.title !== "") categories.push({ id: collection.id, title: collection.title, path: [collection.title], kind: "collection" });
  }

  const attributes: Record<string, ProductAttributeValue> = {};
  for (const metafield of record.metafields) {
    const value = metafieldValue(metafield);
    if (value === undefined || metafield.key === "") continue;
    // The merchant's own namespace reads as plain keys (`final_sale`, which the return rules look for).
    attributes[metafield.namespace === "custom" ? metafield.key : `${metafield.namespace}.${metafield.key}`] = value;
  }

  const images: ProductImage[] = [];
  for (const media of record.media) {
    if (media.image === null || !isHttpUrl(media.image.url)) continue;
    images.push({ url: media.image.url, ...(media.image.altText ? { alt: media.image.altText } : {}) });
  }

  if (record.variants.length === 0) return fail("variants: a product needs at least one variant");
  const variants: ProductVariant[] = [];
  for (const variant of record.variants) {
    const amount = decimal(variant.price);
    const compareAt = variant.compareAtPrice === null ? undefined : decimal(variant.compareAtPrice);
    if (variant.id === "" || amount === null || compareAt === null) return fail(`variant ${variant.id}: price must be a non-negative decimal`);
    variants.push({
      id: variant.id,
      ...(variant.sku ? { sku: variant.sku } : {}),
      title: variant.title === "Default Title" ? "" : variant.title,
      price: { amount, currencyCode },
      ...(compareAt === undefined ? {} : { compareAtPrice: { amount: compareAt, currencyCode } }),
      availableForSale: variant.availableForSale,
      ...(variant.inventoryQuantity === null ? {} : { inventoryQuantity: variant.inventoryQuantity }),
      options: Object.fromEntries(
        variant.selectedOptions.filter((option) => !isDefaultOption(option.name, option.value)).map((option) => [option.name, option.value]),
      ),
    });
  }

  const product: Product = {
    id: record.id,
    handle,
    title,
    description: record.descriptionHtml === "" ? "" : htmlToText(record.descriptionHtml),
    ...(record.descriptionHtml === "" ? {} : { descriptionHtml: record.descriptionHtml }),
    ...(record.vendor ? { vendor: record.vendor } : {}),
    ...(record.productType ? { productType: record.productType } : {}),
    tags: record.tags,
    categories,
    options: record.options
      .filter((option) => option.name.trim() !== "" && !(option.values.length === 1 && isDefaultOption(option.name, option.values[0] as string)))
      .map((option) => ({ name: option.name.trim(), values: option.values })),
    variants,
    images,
    attributes,
    ...(record.onlineStoreUrl && isHttpUrl(record.onlineStoreUrl) ? { url: record.onlineStoreUrl } : {}),
    updatedAt: record.updatedAt,
    status: mapStatus(record.status, record.publishedAt),
  };
  return { ok: true, product };
}

/** Core's amount rule: up to 15 digits and 6 decimals, no sign, leading zeros dropped; `null` when invalid. */
function decimal(value: string): string | null {
  const trimmed = value.trim();
  return /^\d{1,15}(?:\.\d{1,6})?$/.test(trimmed) ? trimmed.replace(/^0+(?=\d)/, "") : null;
}

const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const isHttpUrl = (value: string) => /^https?:\/\//i.test(value) && URL.canParse(value);

function mapStatus(status: string, publishedAt: string | null | undefined): Product["status"] {
  if (status === "ARCHIVED") return "archived";
  if (status === "ACTIVE" && publishedAt !== null && publishedAt !== undefined) return "active";
  return "draft";
}

/** A metafield as an attribute value; rich text, JSON objects and references are left out. */
export function metafieldValue(metafield: ShopifyMetafieldNode): ProductAttributeValue | undefined {
  const { type, value } = metafield;
  if (type === "boolean") return value === "true";
  if (type === "number_integer" || type === "number_decimal") {
    const number = Number(value);
    return Number.isFinite(number) ? number : undefined;
  }
  if (type.startsWith("list.")) {
    const list = safeJson(value);
    if (!Array.isArray(list)) return undefined;
    const items = list.flatMap((item) => (typeof item === "string" || typeof item === "number" ? [String(item)] : measurement(item)));
    return items.length === list.length ? items : undefined;
  }
  if (type === "dimension" || type === "weight" || type === "volume") {
    const [text] = measurement(safeJson(value));
    return text;
  }
  if (type === "rating") {
    const rating = safeJson(value) as { value?: unknown; scale_max?: unknown } | undefined;
    return typeof rating?.value === "string" || typeof rating?.value === "number" ? Number(rating.value) : undefined;
  }
  if (type === "single_line_text_field" || type === "multi_line_text_field" || type === "color" || type === "url" || type === "date" || type === "date_time") {
    return value;
  }
  return undefined;
}

function measurement(value: unknown): string[] {
  if (typeof value !== "object" || value === null) return [];
  const { value: amount, unit } = value as { value?: unknown; unit?: unknown };
  if ((typeof amount !== "number" && typeof amount !== "string") || typeof unit !== "string") return [];
  return [`${amount} ${unitNames[unit] ?? unit.toLowerCase()}`];
}

const unitNames: Record<string, string> = {
  MILLIMETERS: "mm",
  CENTIMETERS: "cm",
  METERS: "m",
  INCHES: "in",
  FEET: "ft",
  GRAMS: "g",
  KILOGRAMS: "kg",
  POUNDS: "lb",
  OUNCES: "oz",
  MILLILITERS: "ml",
  LITERS: "l",
  FLUID_OUNCES: "fl oz",
};

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
