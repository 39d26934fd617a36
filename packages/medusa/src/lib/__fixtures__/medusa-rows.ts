import type { MedusaOrder } from "../medusa-order";
import type { MedusaProduct } from "../medusa-product";
import type { GraphQuery } from "../query-sources";

/** Products as Query returns them with `productFields` (made-up catalog, Medusa 2 shapes). */
export function medusaProductRow(overrides: Partial<MedusaProduct> & { id: string; title: string; price?: number; stocked?: number }): MedusaProduct {
  const { price = 100, stocked = 5, ...product } = overrides;
  return {
    handle: product.title.toLowerCase().replaceAll(" ", "-"),
    description: `${product.title} for everyday use.`,
    status: "published",
    type: { value: "Sofa" },
    tags: [{ value: "living room" }],
    images: [{ url: "https://cdn.example.test/image.jpg" }],
    options: [{ title: "Color", values: [{ value: "Sand" }] }],
    categories: [{ id: "pcat_sofas", name: "Sofas", mpath: "pcat_furniture.pcat_sofas" }],
    collection: null,
    variants: [
      {
        id: `${product.id}_v1`,
        sku: `${product.id.toUpperCase()}-1`,
        title: "Sand",
        manage_inventory: true,
        allow_backorder: false,
        options: [{ value: "Sand", option: { title: "Color" } }],
        prices: [
          { amount: price, currency_code: "usd", price_list_id: null, rules_count: 0 },
          { amount: price * 0.9, currency_code: "eur", price_list_id: null, rules_count: 0 },
        ],
        inventory_items: [{ required_quantity: 1, inventory: { location_levels: [{ stocked_quantity: stocked, reserved_quantity: 0 }] } }],
      },
    ],
    ...product,
  };
}

export const categoryRows = [
  { id: "pcat_furniture", name: "Furniture" },
  { id: "pcat_sofas", name: "Sofas" },
];

/**
 * A stand-in for Medusa's Query over fixed Medusa-shaped product and order rows: the entities the Query sources
 * read (products, variants, the price and inventory link tables, prices, inventory levels, categories), with
 * equality, `in` (array) and `$gt` filters, id order and `take`.
 */
export function createFakeQuery(tables: { product?: MedusaProduct[]; order?: MedusaOrder[] }): GraphQuery & { calls: number } {
  const entities = (): Record<string, Array<Record<string, unknown>>> => {
    const products = tables.product ?? [];
    const optionId = (productId: string, title: string) => `opt_${productId}_${title}`;
    const variants = products.flatMap((product) =>
      (product.variants ?? []).flatMap((variant) =>
        variant === null
          ? []
          : [{ ...variant, product_id: product.id, options: (variant.options ?? []).map((option) => ({ value: option?.value, option_id: optionId(product.id, option?.option?.title ?? "") })) }],
      ),
    );
    const optionRows = products.flatMap((product) =>
      (product.variants ?? []).flatMap((variant) => (variant?.options ?? []).map((option) => ({ id: optionId(product.id, option?.option?.title ?? ""), title: option?.option?.title, product_id: product.id }))),
    );
    const images = products.flatMap((product) => (product.images ?? []).map((image, rank) => ({ product_id: product.id, url: image?.url, rank })));
    const typeValues = [...new Set(products.map((product) => product.type?.value).filter((value): value is string => typeof value === "string"))];
    const tagValues = [...new Set(products.flatMap((product) => (product.tags ?? []).map((tag) => tag?.value)).filter((value): value is string => typeof value === "string"))];
    const priceLinks = variants.map((variant) => ({ variant_id: variant.id, price_set_id: `pset_${variant.id}` }));
    const prices = variants.flatMap((variant) => (variant.prices ?? []).map((price) => ({ ...price, price_set_id: `pset_${variant.id}` })));
    const inventoryLinks = variants.flatMap((variant) =>
      (variant.inventory_items ?? []).map((item, index) => ({ variant_id: variant.id, inventory_item_id: `iitem_${variant.id}_${index}`, required_quantity: item?.required_quantity ?? 1 })),
    );
    const levels = variants.flatMap((variant) =>
      (variant.inventory_items ?? []).flatMap((item, index) => (item?.inventory?.location_levels ?? []).map((level) => ({ ...level, inventory_item_id: `iitem_${variant.id}_${index}` }))),
    );
    const categories = categoryRows.map((category) => ({
      ...category,
      mpath: category.id === "pcat_sofas" ? "pcat_furniture.pcat_sofas" : category.id,
      products: products.filter((product) => (product.categories ?? []).some((entry) => entry?.id === category.id)).map((product) => ({ id: product.id })),
    }));
    return {
      product: products.map((product) => ({ ...product, type_id: product.type?.value ? `ptyp_${product.type.value}` : null, collection_id: product.collection?.id ?? null })),
      product_image: images,
      product_option: optionRows,
      product_type: typeValues.map((value) => ({ id: `ptyp_${value}`, value })),
      product_collection: products.flatMap((product) => (product.collection ? [product.collection] : [])),
      product_tag: tagValues.map((value) => ({ value, products: products.filter((product) => (product.tags ?? []).some((tag) => tag?.value === value)).map((product) => ({ id: product.id })) })),
      order: (tables.order ?? []) as unknown as Array<Record<string, unknown>>,
      product_variant: variants as unknown as Array<Record<string, unknown>>,
      product_variant_price_set: priceLinks,
      price: prices as unknown as Array<Record<string, unknown>>,
      product_variant_inventory_item: inventoryLinks,
      inventory_level: levels as unknown as Array<Record<string, unknown>>,
      product_category: categories,
    };
  };
  const fake = {
    calls: 0,
    async graph(config: Parameters<GraphQuery["graph"]>[0]) {
      fake.calls++;
      let rows = [...(entities()[config.entity] ?? [])];
      for (const [key, condition] of Object.entries(config.filters ?? {})) {
        rows = rows.filter((row) => {
          const value = row[key];
          if (Array.isArray(condition)) return condition.includes(value);
          if (typeof condition === "object" && condition !== null && "$gt" in condition) return String(value) > String((condition as { $gt: string }).$gt);
          return value === condition;
        });
      }
      rows.sort((a, b) => String(a.id ?? "").localeCompare(String(b.id ?? "")));
      const take = config.pagination?.take;
      return { data: take === undefined ? rows : rows.slice(0, take) };
    },
  };
  return fake;
}
