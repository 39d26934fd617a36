import type { ProductAttributeValue, ProductInput } from "../catalog/product";
import { slugify } from "../catalog/slugify";
import { sampleCategories, type SampleCategoryKey } from "./categories";

export const sampleCdnBaseUrl = "https://cdn.northwind.example";
export const sampleStorefrontUrl = "https://shop.northwind.example";

export type VariantSpec = {
  sku: string;
  /** Option name → value; the keys must be the product's option names. */
  options: Record<string, string>;
  /** US dollars. */
  price: number;
  compareAtPrice?: number;
  /** On hand; zero or below without `backorder` means sold out. */
  stock: number;
  /** Keeps selling when stock runs out (ships later); inventory may go negative. */
  backorder?: boolean;
};

export type ProductSpec = {
  handle: string;
  title: string;
  vendor: string;
  productType: string;
  categories: SampleCategoryKey[];
  tags: string[];
  /** Paragraphs and lists as the merchant wrote them. */
  descriptionHtml: string;
  /** Option name → values in display order. */
  options: Record<string, string[]>;
  variants: VariantSpec[];
  /** Alt text of each product image, in order; the first is the primary image. */
  imageAlts: string[];
  /** Give each variant a photo named after the value of this option (usually "Color"). */
  variantImageOption?: string;
  attributes: Record<string, ProductAttributeValue>;
  updatedAt: string;
  status?: "active" | "draft" | "archived";
};

export const productIdFor = (handle: string): string => `prod-${handle}`;
export const variantIdFor = (sku: string): string => `var-${sku.toLowerCase()}`;
const money = (amount: number) => ({ amount: amount.toFixed(2), currencyCode: "USD" });

/**
 * Expands a compact product description into the catalog's input shape. Ids, URLs and image addresses are
 * derived from the handle and SKUs so that orders and reviews can refer to products by readable ids.
 */
export function defineProduct(spec: ProductSpec): ProductInput {
  const imageBase = `${sampleCdnBaseUrl}/products/${spec.handle}`;
  const optionNames = Object.keys(spec.options);
  return {
    id: productIdFor(spec.handle),
    handle: spec.handle,
    title: spec.title,
    descriptionHtml: spec.descriptionHtml.trim(),
    vendor: spec.vendor,
    productType: spec.productType,
    tags: spec.tags,
    categories: spec.categories.map((key) => sampleCategories[key]),
    options: optionNames.map((name) => ({ name, values: spec.options[name] ?? [] })),
    variants: spec.variants.map((variant) => {
      const imageValue = spec.variantImageOption === undefined ? undefined : variant.options[spec.variantImageOption];
      return {
        id: variantIdFor(variant.sku),
        sku: variant.sku,
        title: optionNames.map((name) => variant.options[name]).filter((value) => value !== undefined).join(" / "),
        price: money(variant.price),
        ...(variant.compareAtPrice === undefined ? {} : { compareAtPrice: money(variant.compareAtPrice) }),
        availableForSale: variant.stock > 0 || variant.backorder === true,
        inventoryQuantity: variant.stock,
        options: variant.options,
        ...(imageValue === undefined
          ? {}
          : { image: { url: `${imageBase}/${slugify(imageValue)}.jpg`, alt: `${spec.title} in ${imageValue}` } }),
      };
    }),
    images: spec.imageAlts.map((alt, index) => ({ url: `${imageBase}/${index + 1}.jpg`, alt })),
    attributes: spec.attributes,
    url: `${sampleStorefrontUrl}/products/${spec.handle}`,
    updatedAt: spec.updatedAt,
    locale: "en",
    status: spec.status ?? "active",
  };
}
