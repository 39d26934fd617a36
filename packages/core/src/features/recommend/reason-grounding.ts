import { moneyToNumber, priceRange, type Product } from "../../catalog/product";
import { fold } from "./product-features";
import type { Recommendation, RecommendationReason } from "./recommend-types";

const listOf = (value: unknown): string[] =>
  value === undefined || value === null ? [] : (Array.isArray(value) ? value : [value]).map(String).flatMap((entry) => entry.split("/")).map((entry) => entry.trim());

const optionValues = (product: Product, pattern: RegExp) =>
  product.options.filter((option) => pattern.test(option.name.trim())).flatMap((option) => option.values);

/** Whether the attribute value a reason names is really the product's. */
function attributeHolds(reason: RecommendationReason, product: Product): boolean {
  const attribute = reason.attribute;
  if (attribute === undefined) return true;
  const value = fold(attribute.value);
  const has = (values: readonly string[]) => values.some((entry) => fold(entry) === value);
  switch (attribute.name) {
    case "material":
      return listOf(product.attributes.material).some((entry) => fold(entry).includes(value));
    case "color":
      return has([...optionValues(product, /^colou?r$/iu), ...listOf(product.attributes.color ?? product.attributes.colour)]);
    case "vendor":
      return product.vendor !== undefined && fold(product.vendor) === value;
    case "category":
      return product.categories.some((category) => category.kind === "category" && has([category.title, ...category.path]));
    case "collection":
      return product.categories.some((category) => category.kind === "collection" && fold(category.title) === value);
    case "tag":
      return has(product.tags);
    case "productType":
      return product.productType !== undefined && fold(product.productType) === value;
    case "size":
      return has(optionValues(product, /^size$/iu));
    case "price":
      return Number(attribute.value) === moneyToNumber(priceRange(product).min);
  }
}

/**
 * What is wrong with a recommendation's explanation, if anything: an attribute value the product does not
 * have, a related product whose title the reason does not name, a why that is not built from the reasons.
 * `lookup` resolves related product ids (the catalog's `get`). An empty list means every claim holds.
 */
export function findUngroundedReasons(recommendation: Recommendation, lookup: (id: string) => Product | undefined): string[] {
  const problems: string[] = [];
  const { product, reasons, why } = recommendation;
  if (reasons.length === 0) problems.push(`${product.id}: no reasons`);
  if (why.trim() === "") problems.push(`${product.id}: empty why`);
  for (const reason of reasons) {
    if (!attributeHolds(reason, product)) {
      problems.push(`${product.id}: ${reason.attribute?.name} "${reason.attribute?.value}" is not the product's`);
    }
    if (reason.relatedProductId !== undefined) {
      const related = lookup(reason.relatedProductId);
      if (related === undefined) problems.push(`${product.id}: related product ${reason.relatedProductId} is unknown`);
      else if (["in-your-cart", "viewed", "purchased", "bought-together", "complements"].includes(reason.kind) && !reason.detail.includes(related.title)) {
        problems.push(`${product.id}: "${reason.detail}" does not name ${related.title}`);
      }
    }
    if (reason.attribute !== undefined && reason.attribute.name !== "price" && !fold(reason.detail).includes(fold(reason.attribute.value))) {
      problems.push(`${product.id}: "${reason.detail}" does not show the value "${reason.attribute.value}"`);
    }
  }
  if (recommendation.whySource === "code") {
    const parts = why.split(" · ");
    for (const part of parts) {
      if (!reasons.some((reason) => reason.detail === part)) problems.push(`${product.id}: why part "${part}" is not a reason`);
    }
  }
  return problems;
}
