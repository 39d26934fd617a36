import { isInStock, moneyToNumber, priceRange, type Product, type ProductCategory } from "../../catalog/product";
import { normalizeColor as lookUpColor } from "../../catalog/query-filters";
import { foldText } from "../../retrieval/fold-text";

/*
 * What recommendations compare products on: leaf categories and their departments, product type, descriptive
 * tags, materials, colours, vendor and price. Everything is read from the product's own data, so a reason
 * built from a comparison only ever names values the product really has.
 */

const colorCache = new Map<string, { name: string; family: string } | undefined>();

/** The colour lexicon's name and family for a colour as written; memoised, since the lexicon scan is slow. */
export function normalizeColor(value: string): { name: string; family: string } | undefined {
  if (colorCache.has(value)) return colorCache.get(value);
  const found = lookUpColor(value);
  if (colorCache.size > 10_000) colorCache.clear();
  colorCache.set(value, found);
  return found;
}

export const fold = (value: string): string => foldText(value).trim();

/** Tags about merchandising, not about the product: never a reason to recommend it. */
const merchandisingTags = new Set([
  "sale",
  "on sale",
  "clearance",
  "final sale",
  "final-sale",
  "freight",
  "gift",
  "gifts",
  "new",
  "new arrival",
  "new arrivals",
  "bestseller",
  "best seller",
  "coming soon",
  "discontinued",
  "limited edition",
  "exclusive",
  "featured",
]);

/**
 * Who a product is cut for ("men", "women"). They keep a men's-jacket viewer among men's products (product-side
 * data) but are never written into a why, and nothing about the shopper selects them.
 */
const audienceTags = new Set([
  "men",
  "mens",
  "men's",
  "women",
  "womens",
  "women's",
  "unisex",
  "male",
  "female",
  "boys",
  "girls",
  "kids",
  "ladies",
  "herren",
  "damen",
  "homme",
  "femme",
  "hombre",
  "mujer",
]);

/** Parts of a material description that are not the material ("powder-coated steel base"). */
const materialNoise = new Set([
  "fabric",
  "finish",
  "coating",
  "cover",
  "shell",
  "backing",
  "core",
  "base",
  "frame",
  "lining",
  "trim",
  "strap",
  "knob",
  "handle",
  "outsole",
  "slats",
  "boxes",
  "plate",
  "burners",
  "poles",
  "fill",
  "blend",
  "solid",
  "certified",
]);

/** Units left over once the numbers of "1.6 mm carbon steel" or "650 GSM" are dropped. */
const measureUnits = new Set(["mm", "cm", "m", "in", "oz", "g", "kg", "lb", "lbs", "gsm", "d", "qt", "l", "ml", "ply"]);

export type MaterialPart = { words: string[]; labels: string[] };
export type ColorValue = { key: string; label: string; family: string | undefined };

export type ProductFeatures = {
  product: Product;
  id: string;
  /** Leaf categories (not collections). */
  categories: ProductCategory[];
  /** Parent paths of the leaf categories, folded: "furniture > living room". */
  departments: Map<string, string>;
  collections: ProductCategory[];
  productType: string | undefined;
  /** Descriptive tags, folded → as written. */
  tags: Map<string, string>;
  audience: Set<string>;
  materials: MaterialPart[];
  colors: ColorValue[];
  sizes: Set<string>;
  vendor: { key: string; label: string } | undefined;
  /** Lowest variant price. */
  price: number;
  inStock: boolean;
  /** Folded title and tags, padded: what complement terms match first. */
  text: string;
  /** Folded product type and leaf category titles: read only when title and tags match no term. */
  categoryText: string;
};

const cache = new WeakMap<Product, ProductFeatures>();

const tokenPattern = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

function materialParts(product: Product): MaterialPart[] {
  const raw = product.attributes.material;
  const values = raw === undefined ? [] : (Array.isArray(raw) ? raw : [raw]).map(String);
  const parts: MaterialPart[] = [];
  for (const value of values) {
    for (const piece of value.split(/[,;/]|\s+(?:and|or|with|&)\s+/u)) {
      const labels = (piece.match(tokenPattern) ?? [])
        .filter((token) => !/^\d/u.test(token) && !measureUnits.has(token.toLowerCase()))
        .map((token) => token.toLowerCase());
      if (labels.length === 0) continue;
      parts.push({ words: labels.map(fold), labels });
    }
  }
  return parts;
}

function colorValues(product: Product): ColorValue[] {
  const written: string[] = [];
  for (const option of product.options) {
    if (/^colou?r$/iu.test(option.name.trim())) written.push(...option.values);
  }
  const attribute = product.attributes.color ?? product.attributes.colour;
  if (attribute !== undefined) written.push(...(Array.isArray(attribute) ? attribute : [String(attribute)]));
  const seen = new Map<string, ColorValue>();
  for (const entry of written) {
    for (const piece of entry.split("/")) {
      const label = piece.trim();
      if (label === "") continue;
      const normalized = normalizeColor(label);
      const key = normalized?.name ?? fold(label);
      if (seen.has(key)) continue;
      const lastWord = label.split(/\s+/u).at(-1) ?? label;
      seen.set(key, { key, label, family: normalized?.family ?? normalizeColor(lastWord)?.family });
    }
  }
  return [...seen.values()];
}

export function productFeatures(product: Product): ProductFeatures {
  const cached = cache.get(product);
  if (cached !== undefined) return cached;
  const categories = product.categories.filter((category) => category.kind === "category");
  const collections = product.categories.filter((category) => category.kind === "collection");
  const departments = new Map<string, string>();
  for (const category of categories) {
    const parents = category.path.slice(0, -1);
    if (parents.length > 0) departments.set(fold(parents.join(" > ")), parents.at(-1) as string);
  }
  const tags = new Map<string, string>();
  const audience = new Set<string>();
  for (const tag of product.tags) {
    const key = fold(tag);
    if (key === "" || merchandisingTags.has(key)) continue;
    if (audienceTags.has(key)) audience.add(key);
    else tags.set(key, tag);
  }
  const sizes = new Set<string>();
  for (const option of product.options) {
    if (/^size$/iu.test(option.name.trim())) for (const value of option.values) sizes.add(fold(value));
  }
  const searchable = (parts: readonly string[]) =>
    ` ${parts.map((part) => (fold(part).match(tokenPattern) ?? []).join(" ")).join(" | ")} `;
  const features: ProductFeatures = {
    product,
    id: product.id,
    categories,
    departments,
    collections,
    productType: product.productType === undefined || product.productType.trim() === "" ? undefined : fold(product.productType),
    tags,
    audience,
    materials: materialParts(product),
    colors: colorValues(product),
    sizes,
    vendor: product.vendor === undefined || product.vendor.trim() === "" ? undefined : { key: fold(product.vendor), label: product.vendor },
    price: moneyToNumber(priceRange(product).min),
    inStock: isInStock(product),
    text: searchable([product.title, ...product.tags]),
    categoryText: searchable([product.productType ?? "", ...categories.map((category) => category.title)]),
  };
  cache.set(product, features);
  return features;
}

const termPatterns = new Map<string, RegExp>();

/**
 * Whole-word match of a term ("side table", "socks"), plurals too, in the product's title and tags; with
 * `categories`, in its product type and category names as well. Types and categories are often broad ("Beds &
 * Mattresses"), so they are only a fallback.
 */
export function matchesTerm(features: ProductFeatures, term: string, scope: "title-and-tags" | "categories" = "title-and-tags"): boolean {
  let pattern = termPatterns.get(term);
  if (pattern === undefined) {
    const words = fold(term).match(tokenPattern) ?? [];
    const last = words.at(-1) ?? "";
    const stem = last.length > 3 && last.endsWith("s") && !last.endsWith("ss") ? last.slice(0, -1) : last;
    const escaped = [...words.slice(0, -1), stem].map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped.join("[\\s-]+")}(?:s|es)?(?![\\p{L}\\p{N}])`, "u");
    termPatterns.set(term, pattern);
  }
  return scope === "title-and-tags" ? pattern.test(features.text) : pattern.test(features.categoryText);
}

/** The shared material as the second product writes it, or undefined. */
function sharedMaterial(first: MaterialPart, second: MaterialPart): string | undefined {
  const a = first.words;
  const b = second.words;
  if (a.join(" ") === b.join(" ")) return second.labels.join(" ");
  const at = indexOfPhrase(b, a);
  if (at >= 0) return second.labels.slice(at, at + a.length).join(" ");
  if (indexOfPhrase(a, b) >= 0) return second.labels.join(" ");
  const lastA = a.at(-1);
  if (lastA !== undefined && lastA === b.at(-1) && !materialNoise.has(lastA) && lastA.length > 2) return second.labels.at(-1);
  return undefined;
}

function indexOfPhrase(words: readonly string[], phrase: readonly string[]): number {
  if (phrase.length === 0 || phrase.length > words.length) return -1;
  for (let start = 0; start + phrase.length <= words.length; start++) {
    if (phrase.every((word, offset) => words[start + offset] === word)) return start;
  }
  return -1;
}

export type Comparison = {
  /** 0..1. */
  score: number;
  sameCategory: ProductCategory | undefined;
  sameDepartment: string | undefined;
  sameType: boolean;
  /** Values as the second product writes them. */
  sharedTags: string[];
  sharedMaterials: string[];
  sharedColors: string[];
  sameVendor: string | undefined;
};

const weights = { category: 0.35, department: 0.12, type: 0.1, tags: 0.2, materials: 0.15, colors: 0.07, vendor: 0.06, price: 0.07 };

const cosine = (shared: number, first: number, second: number) => (first === 0 || second === 0 ? 0 : shared / Math.sqrt(first * second));

/** How alike two products are, and in what, from the second product's side. */
export function compareProducts(first: ProductFeatures, second: ProductFeatures): Comparison {
  const sameCategory = second.categories.find((category) => first.categories.some((other) => other.id === category.id));
  let sameDepartment: string | undefined;
  if (sameCategory === undefined) {
    for (const [key, label] of second.departments) if (first.departments.has(key)) sameDepartment = label;
  }
  const sameType = first.productType !== undefined && first.productType === second.productType;

  const sharedTags: string[] = [];
  for (const [key, label] of second.tags) if (first.tags.has(key)) sharedTags.push(label);
  const sharedAudience = [...second.audience].filter((key) => first.audience.has(key)).length;

  const sharedMaterials: string[] = [];
  for (const part of second.materials) {
    for (const other of first.materials) {
      const label = sharedMaterial(other, part);
      if (label !== undefined && !sharedMaterials.includes(label)) {
        sharedMaterials.push(label);
        break;
      }
    }
  }

  const sharedColors: string[] = [];
  let colorFamilies = 0;
  for (const color of second.colors) {
    if (first.colors.some((other) => other.key === color.key)) sharedColors.push(color.label);
    else if (color.family !== undefined && first.colors.some((other) => other.family === color.family)) colorFamilies++;
  }
  const sameVendor = first.vendor !== undefined && first.vendor.key === second.vendor?.key ? second.vendor.label : undefined;
  const priceCloseness =
    first.price > 0 && second.price > 0 ? Math.max(0, 1 - Math.abs(Math.log(first.price / second.price)) / Math.log(4)) : 0;

  const score =
    (sameCategory !== undefined ? weights.category : sameDepartment !== undefined ? weights.department : 0) +
    (sameType ? weights.type : 0) +
    weights.tags * Math.min(1, cosine(sharedTags.length + sharedAudience, first.tags.size + first.audience.size, second.tags.size + second.audience.size)) +
    weights.materials * Math.min(1, cosine(sharedMaterials.length, first.materials.length, second.materials.length)) +
    weights.colors * Math.min(1, cosine(sharedColors.length + colorFamilies / 2, first.colors.length, second.colors.length)) +
    (sameVendor !== undefined ? weights.vendor : 0) +
    weights.price * priceCloseness;

  return { score, sameCategory, sameDepartment, sameType, sharedTags, sharedMaterials, sharedColors, sameVendor };
}

export type VocabularyKind = "color" | "material" | "vendor" | "category" | "productType" | "tag";
export type CatalogVocabulary = Map<string, { kind: VocabularyKind; label: string }>;

const vocabularyCache = new WeakMap<object, { size: number; vocabulary: CatalogVocabulary }>();

/**
 * The words the catalog itself uses for colours, materials, brands, categories, types and tags (folded → kind
 * and label). Free text is read only through it, and a model's phrasing is checked against it.
 */
export function catalogVocabulary(owner: object, products: () => readonly Product[], size: number): CatalogVocabulary {
  const cached = vocabularyCache.get(owner);
  if (cached !== undefined && cached.size === size) return cached.vocabulary;
  const vocabulary: CatalogVocabulary = new Map();
  const add = (label: string, kind: VocabularyKind) => {
    const key = phraseKey(label);
    if (key.length < 3 || vocabulary.has(key)) return;
    vocabulary.set(key, { kind, label });
  };
  for (const product of products()) {
    const features = productFeatures(product);
    for (const color of features.colors) add(color.label, "color");
    for (const part of features.materials) {
      add(part.labels.join(" "), "material");
      const last = part.labels.at(-1);
      if (last !== undefined && !materialNoise.has(fold(last))) add(last, "material");
    }
    if (features.vendor !== undefined) add(features.vendor.label, "vendor");
    for (const category of features.categories) add(category.title, "category");
    if (product.productType !== undefined) add(product.productType, "productType");
    for (const tag of features.tags.values()) add(tag, "tag");
  }
  vocabularyCache.set(owner, { size, vocabulary });
  return vocabulary;
}

/** A phrase as the vocabulary keys it: folded words joined by single spaces. */
export const phraseKey = (text: string): string => (fold(text).match(tokenPattern) ?? []).join(" ");

/** Every run of one to `maxWords` consecutive words in the text, keyed like `phraseKey`. */
export function phrasesIn(text: string, maxWords = 4): Set<string> {
  const phrases = new Set<string>();
  for (const piece of fold(text).split(/[|.;!?\n]/u)) {
    const words = piece.match(tokenPattern) ?? [];
    for (let start = 0; start < words.length; start++) {
      for (let length = 1; length <= maxWords && start + length <= words.length; length++) phrases.add(words.slice(start, start + length).join(" "));
    }
  }
  return phrases;
}
