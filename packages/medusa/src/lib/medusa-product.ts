import { htmlToText, productSchema, type Product, type ProductInput } from "@aisle/core";

/*
 * Medusa's product, as `query.graph({ entity: "product" })` returns it with `productFields`, mapped onto the
 * core's Product. Prices in Medusa 2 are numbers in major units (10 is $10.00), which the Product schema
 * turns into decimal strings. Inventory lives in another module: a variant is for sale when it does not
 * manage inventory, allows backorders, or every inventory item it needs has enough stock at some location.
 */

/** The fields read per product: variants with prices and inventory levels, categories, collection, tags. */
export const productFields = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "status",
  "material",
  "updated_at",
  "thumbnail",
  "metadata",
  "type.value",
  "collection.id",
  "collection.title",
  "tags.value",
  "images.url",
  "options.title",
  "options.values.value",
  "categories.id",
  "categories.name",
  "categories.mpath",
  "variants.id",
  "variants.sku",
  "variants.title",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.options.value",
  "variants.options.option.title",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.price_list_id",
  "variants.prices.rules_count",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
] as const;

/** Amounts come as numbers, numeric strings or Medusa's BigNumber (`{ value }` / `{ numeric }`). */
export type MedusaAmount = number | string | { value?: string | number; numeric?: number } | null | undefined;

export type MedusaPrice = {
  amount?: MedusaAmount;
  currency_code?: string | null;
  price_list_id?: string | null;
  rules_count?: number | null;
};

export type MedusaLocationLevel = { stocked_quantity?: MedusaAmount; reserved_quantity?: MedusaAmount };

export type MedusaVariant = {
  id: string;
  sku?: string | null;
  title?: string | null;
  manage_inventory?: boolean | null;
  allow_backorder?: boolean | null;
  options?: Array<{ value?: string | null; option?: { title?: string | null } | null } | null> | null;
  prices?: Array<MedusaPrice | null> | null;
  inventory_items?: Array<{
    required_quantity?: number | null;
    inventory?: { location_levels?: Array<MedusaLocationLevel | null> | null } | null;
  } | null> | null;
};

export type MedusaProduct = {
  id: string;
  handle?: string | null;
  title?: string | null;
  subtitle?: string | null;
  description?: string | null;
  status?: string | null;
  material?: string | null;
  updated_at?: string | Date | null;
  thumbnail?: string | null;
  metadata?: Record<string, unknown> | null;
  type?: { value?: string | null } | null;
  collection?: { id: string; title?: string | null } | null;
  tags?: Array<{ value?: string | null } | null> | null;
  images?: Array<{ url?: string | null } | null> | null;
  options?: Array<{ title?: string | null; values?: Array<{ value?: string | null } | null> | null } | null> | null;
  categories?: Array<{ id: string; name?: string | null; mpath?: string | null } | null> | null;
  variants?: Array<MedusaVariant | null> | null;
};

export type ProductMappingContext = {
  /** The store currency: the price indexed per variant is in it when the variant has one. */
  currency: string;
  /** Category id → name, to turn a category's `mpath` into a path of names. */
  categoryNames?: ReadonlyMap<string, string>;
  storefrontUrl?: string;
};

export function toNumber(value: MedusaAmount): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "string") return Number(value);
  if (typeof value.numeric === "number") return value.numeric;
  return Number(value.value ?? 0);
}

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

const statuses: Record<string, Product["status"]> = {
  published: "active",
  draft: "draft",
  proposed: "draft",
  rejected: "archived",
};

/** The price shown to shoppers: a plain price (no price list, no rules) in the store currency, else any plain one. */
function variantPrice(variant: MedusaVariant, currency: string): { amount: number; currencyCode: string } | undefined {
  const plain = (variant.prices ?? []).filter(present).filter((price) => !price.price_list_id && !(price.rules_count ?? 0));
  const candidates = plain.length > 0 ? plain : (variant.prices ?? []).filter(present);
  const inCurrency = candidates.filter((price) => (price.currency_code ?? "").toUpperCase() === currency);
  const pool = inCurrency.length > 0 ? inCurrency : candidates;
  let best: MedusaPrice | undefined;
  for (const price of pool) if (best === undefined || toNumber(price.amount) < toNumber(best.amount)) best = price;
  if (best === undefined || !best.currency_code) return undefined;
  return { amount: toNumber(best.amount), currencyCode: best.currency_code.toUpperCase() };
}

/** Units that can be sold now: for each inventory item, the best location's free stock over the quantity a unit needs. */
export function variantAvailability(variant: MedusaVariant): { availableForSale: boolean; inventoryQuantity?: number } {
  if (variant.manage_inventory === false) return { availableForSale: true };
  const items = (variant.inventory_items ?? []).filter(present);
  if (items.length === 0) return { availableForSale: variant.manage_inventory !== true || variant.allow_backorder === true };
  let units = Number.POSITIVE_INFINITY;
  for (const item of items) {
    const required = Math.max(1, item.required_quantity ?? 1);
    let free = 0;
    for (const level of (item.inventory?.location_levels ?? []).filter(present)) {
      free += Math.max(0, toNumber(level.stocked_quantity) - toNumber(level.reserved_quantity));
    }
    units = Math.min(units, Math.floor(free / required));
  }
  const quantity = Number.isFinite(units) ? units : 0;
  return { availableForSale: quantity > 0 || variant.allow_backorder === true, inventoryQuantity: quantity };
}

const isHttpUrl = (value: string | null | undefined): value is string => typeof value === "string" && /^https?:\/\//i.test(value);

/**
 * One Medusa product as an Aisle Product, or undefined when it cannot be shown to shoppers at all (no variant
 * with a price). Validated with the core's schema, so what is indexed is what the features expect.
 */
export function medusaProductToProduct(row: MedusaProduct, context: ProductMappingContext): Product | undefined {
  const currency = context.currency.toUpperCase();
  const variants: ProductInput["variants"] = [];
  for (const variant of (row.variants ?? []).filter(present)) {
    const price = variantPrice(variant, currency);
    if (price === undefined) continue;
    const options: Record<string, string> = {};
    for (const option of (variant.options ?? []).filter(present)) {
      const name = option.option?.title;
      if (name && option.value) options[name] = option.value;
    }
    const availability = variantAvailability(variant);
    variants.push({
      id: variant.id,
      ...(variant.sku ? { sku: variant.sku } : {}),
      title: variant.title ?? "",
      price,
      availableForSale: availability.availableForSale,
      ...(availability.inventoryQuantity === undefined ? {} : { inventoryQuantity: availability.inventoryQuantity }),
      options,
    });
  }
  if (variants.length === 0) return undefined;

  const categories: NonNullable<ProductInput["categories"]> = (row.categories ?? []).filter(present).map((category) => {
    const title = category.name ?? category.id;
    const ancestors = (category.mpath ?? "")
      .split(".")
      .filter((id) => id !== "" && id !== category.id)
      .map((id) => context.categoryNames?.get(id))
      .filter((name): name is string => name !== undefined && name !== "");
    return { id: category.id, title, path: [...ancestors, title], kind: "category" as const };
  });
  if (row.collection?.id) {
    categories.push({ id: row.collection.id, title: row.collection.title ?? row.collection.id, path: [row.collection.title ?? row.collection.id], kind: "collection" });
  }

  const description = row.description ?? "";
  const looksLikeHtml = /<[a-z][\s\S]*>/i.test(description);
  const images = [row.thumbnail, ...(row.images ?? []).map((image) => image?.url)].filter(isHttpUrl);
  const attributes: Record<string, string | number | boolean | string[]> = {};
  if (row.material) attributes.material = row.material;
  if (row.subtitle) attributes.subtitle = row.subtitle;
  for (const [key, value] of Object.entries(row.metadata ?? {})) {
    if (typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value))) attributes[key] = value;
  }

  const input: ProductInput = {
    id: row.id,
    handle: row.handle || row.id,
    title: row.title || row.handle || row.id,
    description: looksLikeHtml ? htmlToText(description) : description,
    ...(looksLikeHtml ? { descriptionHtml: description } : {}),
    ...(row.type?.value ? { productType: row.type.value } : {}),
    tags: (row.tags ?? []).map((tag) => tag?.value).filter((value): value is string => typeof value === "string" && value !== ""),
    categories,
    options: (row.options ?? []).filter(present).flatMap((option) =>
      option.title ? [{ name: option.title, values: (option.values ?? []).map((value) => value?.value).filter((value): value is string => typeof value === "string") }] : [],
    ),
    variants,
    images: [...new Set(images)].map((url) => ({ url })),
    attributes,
    ...(context.storefrontUrl === undefined || !row.handle ? {} : { url: `${context.storefrontUrl.replace(/\/$/, "")}/products/${row.handle}` }),
    ...(row.updated_at ? { updatedAt: new Date(row.updated_at).toISOString() } : {}),
    status: statuses[row.status ?? "published"] ?? "draft",
  };
  const parsed = productSchema.safeParse(input);
  return parsed.success ? parsed.data : undefined;
}
