/*
 * Readers for the product shapes the Admin API returns, checked field by field. They stand in for zod schemas
 * here because the bulk path reads about ten rows a product: zod took 40% of a 100,000-product sync, these take
 * a few percent. Each returns the typed value or a string saying what is wrong; extra fields are ignored.
 */

export type ShopifyVariantNode = {
  id: string;
  sku: string | null;
  title: string;
  price: string;
  compareAtPrice: string | null;
  availableForSale: boolean;
  inventoryQuantity: number | null;
  selectedOptions: Array<{ name: string; value: string }>;
};
export type ShopifyCollectionNode = { id: string; title: string };
export type ShopifyMetafieldNode = { namespace: string; key: string; type: string; value: string };
export type ShopifyMediaNode = { image: { url: string; altText: string | null } | null };
export type ShopifyProductFields = {
  id: string;
  handle: string;
  title: string;
  descriptionHtml: string;
  vendor: string | null;
  productType: string | null;
  tags: string[];
  status: string;
  publishedAt: string | null;
  onlineStoreUrl: string | null;
  updatedAt: string;
  options: Array<{ name: string; values: string[] }>;
  category: { id: string; name: string; fullName: string } | null;
};

/** A product with its connections gathered, whichever path read it. */
export type ShopifyProductRecord = ShopifyProductFields & {
  variants: ShopifyVariantNode[];
  collections: ShopifyCollectionNode[];
  metafields: ShopifyMetafieldNode[];
  media: ShopifyMediaNode[];
};

type Row = Record<string, unknown>;
export type Read<T> = T | string;

const isRow = (value: unknown): value is Row => typeof value === "object" && value !== null && !Array.isArray(value);
const text = (row: Row, key: string): string | undefined => (typeof row[key] === "string" ? (row[key] as string) : undefined);
const optionalText = (row: Row, key: string): string | null | false => {
  const value = row[key];
  return value === undefined || value === null ? null : typeof value === "string" ? value : false;
};
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === "string");
/** Money arrives as a decimal string; numbers are accepted and written as Shopify would. */
const money = (value: unknown): string | null | false =>
  value === undefined || value === null ? null : typeof value === "string" ? value : typeof value === "number" && Number.isFinite(value) ? String(value) : false;

export function readVariant(value: unknown): Read<ShopifyVariantNode> {
  if (!isRow(value)) return "variant is not an object";
  const id = text(value, "id");
  const price = money(value.price);
  const compareAtPrice = money(value.compareAtPrice);
  const sku = optionalText(value, "sku");
  const quantity = value.inventoryQuantity;
  const selected = value.selectedOptions ?? [];
  if (id === undefined) return "variant id is missing";
  if (price === null || price === false) return `variant ${id}: price is missing`;
  if (compareAtPrice === false || sku === false) return `variant ${id}: compareAtPrice or sku is not text`;
  if (quantity !== undefined && quantity !== null && !Number.isInteger(quantity)) return `variant ${id}: inventoryQuantity is not an integer`;
  if (!Array.isArray(selected) || !selected.every((option) => isRow(option) && typeof option.name === "string" && typeof option.value === "string")) {
    return `variant ${id}: selectedOptions are not name/value pairs`;
  }
  return {
    id,
    sku,
    title: text(value, "title") ?? "",
    price,
    compareAtPrice,
    availableForSale: value.availableForSale !== false,
    inventoryQuantity: (quantity as number | null | undefined) ?? null,
    selectedOptions: selected as Array<{ name: string; value: string }>,
  };
}

export function readCollection(value: unknown): Read<ShopifyCollectionNode> {
  if (!isRow(value)) return "collection is not an object";
  const id = text(value, "id");
  const title = text(value, "title");
  return id === undefined || title === undefined ? "collection id or title is missing" : { id, title };
}

export function readMetafield(value: unknown): Read<ShopifyMetafieldNode> {
  if (!isRow(value)) return "metafield is not an object";
  const [namespace, key, type, content] = [text(value, "namespace"), text(value, "key"), text(value, "type"), text(value, "value")];
  if (namespace === undefined || key === undefined || type === undefined || content === undefined) return "metafield namespace, key, type or value is missing";
  return { namespace, key, type, value: content };
}

export function readMedia(value: unknown): Read<ShopifyMediaNode> {
  if (!isRow(value)) return "media is not an object";
  const image = value.image;
  if (image === undefined || image === null) return { image: null };
  if (!isRow(image) || typeof image.url !== "string") return "media image has no url";
  const altText = optionalText(image, "altText");
  return { image: { url: image.url, altText: altText === false ? null : altText } };
}

export function readProductFields(value: unknown): Read<ShopifyProductFields> {
  if (!isRow(value)) return "product is not an object";
  const id = text(value, "id");
  if (id === undefined) return "product id is missing";
  const [handle, title, status, updatedAt] = [text(value, "handle"), text(value, "title"), text(value, "status"), text(value, "updatedAt")];
  if (handle === undefined || title === undefined || status === undefined || updatedAt === undefined) return `product ${id}: handle, title, status or updatedAt is missing`;
  const [vendor, productType, publishedAt, onlineStoreUrl] = [optionalText(value, "vendor"), optionalText(value, "productType"), optionalText(value, "publishedAt"), optionalText(value, "onlineStoreUrl")];
  if (vendor === false || productType === false || publishedAt === false || onlineStoreUrl === false) return `product ${id}: a text field is not text`;
  const tags = value.tags ?? [];
  if (!isStringArray(tags)) return `product ${id}: tags are not a list of text`;
  const options = value.options ?? [];
  if (!Array.isArray(options) || !options.every((option) => isRow(option) && typeof option.name === "string" && isStringArray(option.values ?? []))) {
    return `product ${id}: options are not name/values pairs`;
  }
  const category = value.category;
  if (category !== undefined && category !== null && !(isRow(category) && typeof category.id === "string" && typeof category.name === "string" && typeof category.fullName === "string")) {
    return `product ${id}: category is not a taxonomy category`;
  }
  return {
    id,
    handle,
    title,
    descriptionHtml: text(value, "descriptionHtml") ?? "",
    vendor,
    productType,
    tags,
    status,
    publishedAt,
    onlineStoreUrl,
    updatedAt,
    options: (options as Row[]).map((option) => ({ name: option.name as string, values: (option.values ?? []) as string[] })),
    category: category === undefined || category === null ? null : { id: category.id as string, name: category.name as string, fullName: category.fullName as string },
  };
}

/** Reads every node of a list with `read`; the first problem wins. */
export function readAll<T>(values: unknown, read: (value: unknown) => Read<T>, what: string): Read<T[]> {
  if (!Array.isArray(values)) return `${what} is not a list`;
  const items: T[] = [];
  for (const value of values) {
    const item = read(value);
    if (typeof item === "string") return item;
    items.push(item);
  }
  return items;
}

/** A product node of the paginated query (connections as `{ nodes }`) as a record. */
export function readProductRecord(node: unknown): Read<ShopifyProductRecord> {
  const fields = readProductFields(node);
  if (typeof fields === "string") return fields;
  const raw = node as Record<string, { nodes?: unknown } | null | undefined>;
  const variants = readAll(raw.variants?.nodes ?? [], readVariant, "variants");
  if (typeof variants === "string") return variants;
  const collections = readAll(raw.collections?.nodes ?? [], readCollection, "collections");
  if (typeof collections === "string") return collections;
  const metafields = readAll(raw.metafields?.nodes ?? [], readMetafield, "metafields");
  if (typeof metafields === "string") return metafields;
  const media = readAll(raw.media?.nodes ?? [], readMedia, "media");
  if (typeof media === "string") return media;
  return { ...fields, variants, collections, metafields, media };
}
