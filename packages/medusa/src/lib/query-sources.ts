import type { CatalogSource, Order, OrderSource, Product } from "@aisle/core";
import { medusaOrderToOrder, orderFields, type MedusaOrder } from "./medusa-order";
import { medusaProductToProduct, productFields, type MedusaProduct } from "./medusa-product";

/** The part of Medusa's Query the sources call (`container.resolve(ContainerRegistrationKeys.QUERY)`). */
export type GraphQuery = {
  graph(config: {
    entity: string;
    fields: string[];
    filters?: Record<string, unknown>;
    pagination?: { skip?: number; take?: number; order?: Record<string, "ASC" | "DESC"> };
  }): Promise<{ data: unknown[] }>;
};

export type QueryCatalogSource = CatalogSource & {
  /** Pages of products in id order, read with keyset pagination so every page costs the same. */
  pages(options?: { pageSize?: number; abortSignal?: AbortSignal }): AsyncIterable<{ products: Product[]; read: number }>;
  /** The given products as they are now; ids that no longer exist are missing from the result. */
  listProductsByIds(ids: readonly string[]): Promise<Product[]>;
};

/** Product fields read from the product module; variants, prices and inventory come in separate queries. */
const productBaseFields = productFields.filter((field) => !field.includes("."));
const productRelationFields = productFields.filter((field) => field.includes(".") && !field.startsWith("variants.") && !field.startsWith("options."));
const variantFields = ["id", "product_id", "sku", "title", "manage_inventory", "allow_backorder", "options.value", "options.option_id"];

type VariantRow = Omit<NonNullable<NonNullable<MedusaProduct["variants"]>[number]>, "options"> & {
  id: string;
  product_id: string;
  options?: Array<{ value?: string | null; option_id?: string | null } | null> | null;
};
type PriceRow = { price_set_id: string; amount: number; currency_code: string; price_list_id: string | null; rules_count: number | null };
type LevelRow = { inventory_item_id: string; stocked_quantity: number; reserved_quantity: number };

/**
 * What a full re-index reads once for the whole catalog instead of joining it per page: categories and tags
 * (many-to-many), types and collections (few rows).
 */
export type CatalogLookups = {
  categoriesOf: (productId: string) => Array<{ id: string }>;
  tagsOf: (productId: string) => Array<{ value: string }>;
  types: ReadonlyMap<string, string>;
  collections: ReadonlyMap<string, string>;
};

function groupBy<Row>(rows: readonly Row[], key: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const value = key(row);
    const group = groups.get(value);
    if (group === undefined) groups.set(value, [row]);
    else group.push(row);
  }
  return groups;
}

function membership(rows: unknown[], member: string): Map<string, string[]> {
  const of = new Map<string, string[]>();
  for (const row of rows as Array<Record<string, unknown> & { products?: Array<{ id: string } | null> | null }>) {
    for (const product of row.products ?? []) {
      if (product === null) continue;
      const list = of.get(product.id);
      if (list === undefined) of.set(product.id, [String(row[member])]);
      else list.push(String(row[member]));
    }
  }
  return of;
}

async function loadLookups(query: GraphQuery): Promise<CatalogLookups> {
  const [categories, tags, types, collections] = await Promise.all([
    query.graph({ entity: "product_category", fields: ["id", "products.id"] }),
    query.graph({ entity: "product_tag", fields: ["value", "products.id"] }),
    query.graph({ entity: "product_type", fields: ["id", "value"] }),
    query.graph({ entity: "product_collection", fields: ["id", "title"] }),
  ]);
  const categoriesOf = membership(categories.data, "id");
  const tagsOf = membership(tags.data, "value");
  return {
    categoriesOf: (productId) => (categoriesOf.get(productId) ?? []).map((id) => ({ id })),
    tagsOf: (productId) => (tagsOf.get(productId) ?? []).map((value) => ({ value })),
    types: new Map((types.data as Array<{ id: string; value: string }>).map((row) => [row.id, row.value])),
    collections: new Map((collections.data as Array<{ id: string; title: string }>).map((row) => [row.id, row.title])),
  };
}

/*
 * Query resolves a nested path such as `variants.prices.amount` or `tags.value` by hydrating every level as
 * entities, which costs about 3 ms per product. Asking each module for flat rows (products, images, options,
 * variants, the variant-price and variant-inventory link tables, prices, inventory levels) and joining them here
 * returns the same data several times faster, still entirely through `query.graph`. Without `lookups` (a few
 * products, e.g. from a subscriber) categories, tags, type and collection come through the nested paths.
 */
async function loadProductRows(
  query: GraphQuery,
  selection: { filters?: Record<string, unknown>; take?: number },
  lookups: CatalogLookups | undefined,
): Promise<MedusaProduct[]> {
  const { data } = await query.graph({
    entity: "product",
    fields: lookups === undefined ? [...productBaseFields, ...productRelationFields.filter((field) => !field.startsWith("images."))] : [...productBaseFields, "type_id", "collection_id"],
    ...(selection.filters === undefined ? {} : { filters: selection.filters }),
    ...(selection.take === undefined ? {} : { pagination: { take: selection.take, order: { id: "ASC" } } }),
  });
  const products = data as Array<MedusaProduct & { type_id?: string | null; collection_id?: string | null }>;
  if (products.length === 0) return [];
  const productIds = products.map((product) => product.id);
  const [variantData, imageData] = await Promise.all([
    query.graph({ entity: "product_variant", fields: variantFields, filters: { product_id: productIds } }),
    query.graph({ entity: "product_image", fields: ["product_id", "url", "rank"], filters: { product_id: productIds } }),
  ]);
  const variants = variantData.data as VariantRow[];
  const optionIds = [...new Set(variants.flatMap((variant) => (variant.options ?? []).map((option) => option?.option_id ?? "")).filter((id) => id !== ""))];
  const optionData = optionIds.length === 0 ? { data: [] } : await query.graph({ entity: "product_option", fields: ["id", "title"], filters: { id: optionIds } });
  const variantIds = variants.map((variant) => variant.id);
  const [priceLinks, inventoryLinks] = await Promise.all([
    query.graph({ entity: "product_variant_price_set", fields: ["variant_id", "price_set_id"], filters: { variant_id: variantIds } }),
    query.graph({ entity: "product_variant_inventory_item", fields: ["variant_id", "inventory_item_id", "required_quantity"], filters: { variant_id: variantIds } }),
  ]);
  const priceSetOf = new Map((priceLinks.data as Array<{ variant_id: string; price_set_id: string }>).map((link) => [link.variant_id, link.price_set_id]));
  const inventoryOf = groupBy(inventoryLinks.data as Array<{ variant_id: string; inventory_item_id: string; required_quantity: number }>, (link) => link.variant_id);
  const itemIds = [...new Set([...inventoryOf.values()].flat().map((link) => link.inventory_item_id))];
  const [prices, levels] = await Promise.all([
    priceSetOf.size === 0
      ? { data: [] }
      : query.graph({ entity: "price", fields: ["price_set_id", "amount", "currency_code", "price_list_id", "rules_count"], filters: { price_set_id: [...new Set(priceSetOf.values())] } }),
    itemIds.length === 0
      ? { data: [] }
      : query.graph({ entity: "inventory_level", fields: ["inventory_item_id", "stocked_quantity", "reserved_quantity"], filters: { inventory_item_id: itemIds } }),
  ]);
  const pricesOf = groupBy(prices.data as PriceRow[], (price) => price.price_set_id);
  const levelsOf = groupBy(levels.data as LevelRow[], (level) => level.inventory_item_id);
  const variantsOf = groupBy(variants, (variant) => variant.product_id);
  const imagesOf = groupBy(
    [...(imageData.data as Array<{ product_id: string; url: string; rank?: number | null }>)].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)),
    (image) => image.product_id,
  );
  const optionTitles = new Map((optionData.data as Array<{ id: string; title: string }>).map((option) => [option.id, option.title]));

  return products.map((product) => {
    const productVariants = (variantsOf.get(product.id) ?? []).map((variant) => {
      const priceSet = priceSetOf.get(variant.id);
      return {
        ...variant,
        options: (variant.options ?? []).flatMap((option) => (option === null ? [] : [{ value: option.value ?? null, option: { title: optionTitles.get(option.option_id ?? "") ?? null } }])),
        prices: priceSet === undefined ? [] : (pricesOf.get(priceSet) ?? []),
        inventory_items: (inventoryOf.get(variant.id) ?? []).map((link) => ({
          required_quantity: link.required_quantity,
          inventory: { location_levels: levelsOf.get(link.inventory_item_id) ?? [] },
        })),
      };
    });
    // Product options from the variants' option values: reading `options.values` costs more than all the rest.
    const options = new Map<string, Set<string>>();
    for (const variant of productVariants) {
      for (const option of variant.options) {
        const title = option.option.title;
        if (!title || !option.value) continue;
        if (!options.has(title)) options.set(title, new Set());
        options.get(title)?.add(option.value);
      }
    }
    const related =
      lookups === undefined
        ? {}
        : {
            categories: lookups.categoriesOf(product.id),
            tags: lookups.tagsOf(product.id),
            type: product.type_id ? { value: lookups.types.get(product.type_id) ?? null } : null,
            collection: product.collection_id ? { id: product.collection_id, title: lookups.collections.get(product.collection_id) ?? null } : null,
          };
    return {
      ...product,
      ...related,
      images: (imagesOf.get(product.id) ?? []).map((image) => ({ url: image.url })),
      options: [...options].map(([title, values]) => ({ title, values: [...values].map((value) => ({ value })) })),
      variants: productVariants,
    };
  });
}

export function createQueryCatalogSource({
  query,
  currency,
  storefrontUrl,
  pageSize = 500,
}: {
  query: GraphQuery;
  currency: string;
  storefrontUrl?: string;
  pageSize?: number;
}): QueryCatalogSource {
  const categories = async () => {
    const { data } = await query.graph({ entity: "product_category", fields: ["id", "name", "mpath"] });
    return data as Array<{ id: string; name?: string | null; mpath?: string | null }>;
  };
  const map = (rows: MedusaProduct[], rowsOfCategories: Array<{ id: string; name?: string | null; mpath?: string | null }>): Product[] => {
    const byId = new Map(rowsOfCategories.map((row) => [row.id, row]));
    const context = { currency, categoryNames: new Map(rowsOfCategories.map((row) => [row.id, row.name ?? ""])), ...(storefrontUrl === undefined ? {} : { storefrontUrl }) };
    const products: Product[] = [];
    for (const row of rows) {
      const withCategories = { ...row, categories: (row.categories ?? []).flatMap((category) => (category === null ? [] : [byId.get(category.id) ?? category])) };
      const product = medusaProductToProduct(withCategories, context);
      if (product !== undefined) products.push(product);
    }
    return products;
  };

  async function* pages(options: { pageSize?: number; abortSignal?: AbortSignal } = {}) {
    const take = options.pageSize ?? pageSize;
    const [categoryRows, lookups] = await Promise.all([categories(), loadLookups(query)]);
    let after: string | undefined;
    let next: Promise<MedusaProduct[]> | undefined = loadProductRows(query, { take }, lookups);
    while (next !== undefined) {
      options.abortSignal?.throwIfAborted();
      const rows: MedusaProduct[] = await next;
      if (rows.length === 0) return;
      after = (rows[rows.length - 1] as MedusaProduct).id;
      // Read the next page while this one is mapped and written.
      next = rows.length < take ? undefined : loadProductRows(query, { take, filters: { id: { $gt: after } } }, lookups);
      yield { products: map(rows, categoryRows), read: rows.length };
    }
  }

  return {
    pages,
    async listProducts(options = {}) {
      const all: Product[] = [];
      for await (const page of pages(options.abortSignal === undefined ? {} : { abortSignal: options.abortSignal })) all.push(...page.products);
      return all;
    },
    async listProductsByIds(ids) {
      if (ids.length === 0) return [];
      const [categoryRows, rows] = await Promise.all([categories(), loadProductRows(query, { filters: { id: [...ids] } }, undefined)]);
      return map(rows, categoryRows);
    },
  };
}

/** Orders through Query. `findOrderByName` takes "#1001" or "1001" (Medusa's `display_id`). */
export function createQueryOrderSource({ query }: { query: GraphQuery }): OrderSource & { findOrderById(id: string): Promise<Order | undefined> } {
  const first = (data: unknown[]) => {
    const row = data[0] as MedusaOrder | undefined;
    return row === undefined ? undefined : medusaOrderToOrder(row);
  };
  return {
    async findOrderByName(name) {
      const displayId = Number(name.replace(/^#/, "").trim());
      if (!Number.isSafeInteger(displayId) || displayId <= 0) return undefined;
      const { data } = await query.graph({ entity: "order", fields: [...orderFields], filters: { display_id: displayId } });
      return first(data);
    },
    async findOrderById(id) {
      const { data } = await query.graph({ entity: "order", fields: [...orderFields], filters: { id } });
      return first(data);
    },
    async listOrdersForCustomer(customerId, options = {}) {
      const { data } = await query.graph({
        entity: "order",
        fields: [...orderFields],
        filters: { customer_id: customerId },
        pagination: { take: options.limit ?? 10, order: { created_at: "DESC" } },
      });
      return (data as MedusaOrder[]).map(medusaOrderToOrder).filter((order): order is Order => order !== undefined);
    },
    async listOrders(options = {}) {
      const { data } = await query.graph({
        entity: "order",
        fields: [...orderFields],
        ...(options.since === undefined ? {} : { filters: { created_at: { $gte: options.since } } }),
        pagination: { take: options.limit ?? 1000, order: { created_at: "DESC" } },
      });
      return (data as MedusaOrder[]).map(medusaOrderToOrder).filter((order): order is Order => order !== undefined);
    },
  };
}
