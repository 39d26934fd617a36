import { isVariantOnSale, moneyToNumber, type Product, type ProductVariant } from "../../../catalog/product";
import type { UnitLookup } from "../extract/unit-lookup";
import { wordTokens } from "../text/fold-text";
import type { FactIndexBuilder } from "./facts-index";

export function isProduct(value: unknown): value is Product {
  if (value === null || typeof value !== "object") return false;
  const candidate = value as Partial<Product>;
  return Array.isArray(candidate.variants) && typeof candidate.handle === "string" && typeof candidate.title === "string";
}

/**
 * A catalog product as facts: its wording (title, brand, type, tags, options, attributes, description),
 * every variant's price and compare-at price with currency, the discount those imply, and stock.
 */
export function addProductFacts(builder: FactIndexBuilder, product: Product, units: UnitLookup): void {
  const source = `product:${product.id}`;
  const lines = [
    product.title,
    product.vendor === undefined ? "" : `Brand: ${product.vendor}`,
    product.productType === undefined ? "" : `Type: ${product.productType}`,
    product.tags.length === 0 ? "" : `Tags: ${product.tags.join(", ")}`,
    ...product.categories.map((category) => (category.path.length > 0 ? category.path : [category.title]).join(" > ")),
    ...product.options.filter((option) => option.values.length > 0).map((option) => `${option.name}: ${option.values.join(", ")}`),
    ...product.variants.map((variant) => [variant.title, ...Object.entries(variant.options).map(([name, value]) => `${name}: ${value}`)].join("; ")),
    product.description,
  ];
  for (const line of lines) builder.addText(line, source);
  for (const [key, value] of Object.entries(product.attributes)) {
    const written = Array.isArray(value) ? value.join(", ") : String(value);
    builder.addText(`${key}: ${written}`, source);
    addAttributeQuantity(builder, key, value, units, source);
  }
  for (const variant of product.variants) {
    if (variant.sku !== undefined && variant.sku !== "") builder.addCode(variant.sku.toUpperCase().replace(/[#\-./\s]/g, ""), { text: `SKU ${variant.sku}`, source });
    addVariantFacts(builder, variant, source);
  }
}

function addVariantFacts(builder: FactIndexBuilder, variant: ProductVariant, source: string): void {
  const label = variant.title === "" ? "the product" : `variant ${variant.title}`;
  const price = variant.price;
  builder.addMoney({ amount: moneyToNumber(price), currency: price.currencyCode, evidence: { text: `${label} costs ${price.amount} ${price.currencyCode}`, source } });
  const compareAt = variant.compareAtPrice;
  if (compareAt !== undefined) {
    builder.addMoney({ amount: moneyToNumber(compareAt), currency: compareAt.currencyCode, evidence: { text: `${label} was ${compareAt.amount} ${compareAt.currencyCode}`, source } });
  }
  if (compareAt !== undefined && isVariantOnSale(variant)) {
    const saved = moneyToNumber(compareAt) - moneyToNumber(price);
    const percent = (saved / moneyToNumber(compareAt)) * 100;
    const evidence = { text: `${label}: ${price.amount} ${price.currencyCode}, was ${compareAt.amount} (${percent.toFixed(1)}% off)`, source };
    builder.addMoney({ amount: Math.round(saved * 100) / 100, currency: price.currencyCode, evidence });
    builder.addPercentage({ value: percent, derived: true, evidence });
  }
  if (variant.availableForSale) {
    const quantity = variant.inventoryQuantity;
    const status = quantity !== undefined && quantity <= 0 ? "backorder" : "in-stock";
    const stock = quantity === undefined ? "" : ` (${quantity} in stock)`;
    const left = quantity !== undefined && quantity > 0 ? quantity : undefined;
    builder.addAvailability(status, { text: `${label} is available for sale${stock}`, source }, left);
    if (status === "backorder") builder.addAvailability("in-stock", { text: `${label} can be ordered`, source });
  } else {
    builder.addAvailability("out-of-stock", { text: `${label} is not available for sale`, source });
  }
}

/** `{ "Width (cm)": 152 }` and `{ width_cm: "152" }`: the key names the unit the value lacks. */
function addAttributeQuantity(builder: FactIndexBuilder, key: string, value: unknown, units: UnitLookup, source: string): void {
  const number = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : undefined;
  if (number === undefined) return;
  const words = wordTokens(key.replaceAll("_", " ")).map((token) => token.folded);
  for (let index = words.length - 1; index >= 0; index--) {
    const reading = units.read(` ${words[index] as string}`, 0, number);
    if (reading?.unit !== undefined) {
      builder.addQuantity({ value: number, unit: reading.unit, evidence: { text: `${key}: ${String(value)}`, source } });
      return;
    }
  }
}
