import { z } from "zod";
import { isInStock, isOnSale, moneyToNumber, type Product } from "../catalog/product";
import {
  createQueryFilterParser,
  normalizeColor,
  type ParsedQuery,
  type QueryFilterKind,
  type QueryFilterParser,
  type QueryFilters,
} from "../catalog/query-filters";
import { InvalidArgumentError } from "../errors/invalid-argument-error";
import { parseSettings } from "../util/parse-settings";
import type { SearchFilter } from "./filters";
import { createSearchEngine } from "./search-engine";
import type { SearchStore } from "../spec/search-store";
import type { FacetCount, RerankFunction, SearchDocument, SearchMode, SearchRequest, SearchResult } from "./search-types";
import { embeddingModelSchema } from "../util/model-schemas";
import { foldText } from "./fold-text";


export const catalogIndexSettingsSchema = z
  .object({
    /** Adds vector search fused with the lexical ranking. Without it the index is lexical only. */
    embeddingModel: embeddingModelSchema.optional(),
    language: z.enum(["en", "de", "fr", "es"]).default("en"),
    /** The shop's currency: prices in queries without one ("under 500") are read in it. */
    currency: z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 code such as USD").default("USD"),
    /** Groups of words shoppers use for the same thing, e.g. `[["sofa", "couch"]]`. */
    synonyms: z.array(z.array(z.string().min(1)).min(2)).default([]),
    /** Whether plain-language filters ("under $500", "in stock", "red") are read from queries by default. */
    understandQueries: z.boolean().default(true),
    /**
     * Hits scoring below this share of the best hit are dropped when the query has text, so a list of matches
     * does not trail off into products that only share a colour or a filter. 0 keeps everything.
     */
    minRelativeScore: z.number().min(0).max(1).default(0.4),
    rerank: z.custom<RerankFunction>((value) => typeof value === "function", "must be a function").optional(),
    /**
     * Where the index lives instead of this process's memory: a store created with `catalogSearchSchema`'s
     * fields (e.g. `createPostgresStore({ client, table, ...catalogSearchSchema })`). Analysis (synonyms, typo
     * tolerance, vectors) is then the store's; products for `get` and `all` stay in memory.
     */
    store: z
      .custom<SearchStore>(
        (value) => typeof value === "object" && value !== null && typeof (value as { search?: unknown }).search === "function" && typeof (value as { upsert?: unknown }).upsert === "function",
        "must be a SearchStore (createEmbeddedStore or createPostgresStore)",
      )
      .optional(),
  })
  .strict();

export type CatalogIndexSettings = z.input<typeof catalogIndexSettingsSchema>;

export type CatalogSearchOptions = {
  limit?: number;
  offset?: number;
  mode?: SearchMode;
  /** Structured filters over `price`, `available`, `onSale`, `vendor`, `productType`, `color`, `size`, `material`, `tag`, `category`. */
  filter?: SearchFilter;
  facets?: readonly ("vendor" | "productType" | "color" | "size" | "material" | "tag" | "category" | "available" | "onSale")[];
  /** MMR over the top candidates; `lambda` 1 is pure relevance. */
  diversity?: { lambda: number; candidates?: number };
  /** Read price, colour, size, material, brand and availability from the query text. Default: the index's setting. */
  understandQuery?: boolean;
  /**
   * Kinds of understood filters not to apply, e.g. `["stock"]` when "is it in stock?" is the question rather
   * than a filter. They are still reported in `query.matches`.
   */
  ignoreFilters?: readonly QueryFilterKind[];
  /** Product ids to leave out (e.g. the product being viewed). */
  exclude?: readonly string[];
  abortSignal?: AbortSignal;
};

export type CatalogHit = { product: Product; score: number };

export type CatalogSearchResult = {
  hits: CatalogHit[];
  total: number;
  /** What was understood from the query: the residual text that was searched and the filters applied. */
  query: ParsedQuery;
  facets?: Record<string, FacetCount[]>;
};

export type CatalogIndex = {
  /** Adds or replaces products by id. Embeds them when the index has an embedding model. */
  upsert(products: readonly Product[], options?: { abortSignal?: AbortSignal }): Promise<void>;
  remove(ids: readonly string[]): number;
  get(id: string): Product | undefined;
  /** Every indexed product, in insertion order. */
  all(): Product[];
  readonly size: number;
  search(query: string, options?: CatalogSearchOptions): Promise<CatalogSearchResult>;
};

/** Words shoppers use interchangeably for the same kind of product; a shop adds its own through `synonyms`. */
export const defaultCatalogSynonyms: string[][] = [
  ["sofa", "couch", "settee"],
  ["tv", "television"],
  ["rug", "carpet"],
  ["duvet", "comforter"],
  ["sneakers", "trainers"],
  ["pants", "trousers"],
  ["nightstand", "bedside table"],
  ["dresser", "chest of drawers"],
  // Shoppers write in their language while many catalogs are in English: common product nouns in German,
  // French and Spanish reach the English word (and back).
  ["sofa", "canapé", "canape", "sofá", "couchgarnitur"],
  ["sleeping bag", "schlafsack", "sac de couchage", "saco de dormir"],
  ["tent", "zelt", "tente", "tienda de campaña", "carpa"],
  ["jacket", "jacke", "veste", "chaqueta"],
  ["rain jacket", "regenjacke", "veste de pluie", "chubasquero"],
  ["boots", "stiefel", "bottes", "botas"],
  ["socks", "socken", "chaussettes", "calcetines"],
  ["rug", "teppich", "tapis", "alfombra"],
  ["curtain", "vorhang", "gardine", "rideau", "cortina"],
  ["pillow", "kissen", "kopfkissen", "oreiller", "almohada"],
  ["blanket", "decke", "couverture", "manta"],
  ["throw", "wohndecke"],
  ["sheets", "bettwäsche", "bettlaken", "draps", "sábanas"],
  ["duvet cover", "bettbezug", "housse de couette", "funda nórdica"],
  ["towel", "handtuch", "serviette de bain", "toalla"],
  ["mattress", "matratze", "matelas", "colchón", "colchon"],
  ["bed", "bett", "cama"],
  ["table", "tisch", "mesa"],
  ["coffee table", "couchtisch", "table basse", "mesa de centro"],
  ["dining table", "esstisch", "table à manger", "mesa de comedor"],
  ["chair", "stuhl", "chaise", "silla"],
  ["armchair", "sessel", "fauteuil", "sillón"],
  ["stool", "hocker", "tabouret", "taburete"],
  ["desk", "schreibtisch", "escritorio"],
  ["bookcase", "bücherregal", "bibliothèque", "estantería"],
  ["skillet", "frying pan", "pfanne", "poêle", "sartén"],
  ["pot", "topf", "olla"],
  ["knife", "messer", "couteau", "cuchillo"],
  ["cutting board", "schneidebrett", "planche à découper", "tabla de cortar"],
  ["plates", "teller", "assiettes", "platos"],
  ["glasses", "gläser", "verres", "vasos"],
  ["napkins", "servietten", "serviettes de table", "servilletas"],
  ["backpack", "daypack", "rucksack", "sac à dos", "mochila"],
  ["stove", "kocher", "réchaud", "hornillo"],
  ["cooler", "kühlbox", "glacière", "nevera portátil"],
  ["headlamp", "stirnlampe", "lampe frontale", "linterna frontal"],
  ["trekking poles", "wanderstöcke", "bâtons de randonnée", "bastones de trekking"],
  ["sleeping pad", "isomatte", "matelas de camping", "esterilla"],
  ["parka", "winterjacke", "doudoune", "abrigo"],
];

const textFields = {
  title: { weight: 4 },
  type: { weight: 2 },
  category: { weight: 1.5 },
  tags: { weight: 1.5 },
  options: { weight: 1 },
  attributes: { weight: 0.8 },
  vendor: { weight: 1 },
  description: { weight: 0.5 },
} as const;

const filterFields = {
  id: "keyword",
  price: "number",
  available: "boolean",
  onSale: "boolean",
  vendor: "keyword",
  productType: "keyword",
  color: "keyword",
  size: "keyword",
  material: "keyword",
  tag: "keyword",
  category: "keyword",
} as const;

/**
 * A search index over catalog products: weighted fields, commerce-aware analysis, optional vectors, and
 * queries in plain language ("red sofa under $500 in stock" searches "sofa" among red, in-stock products up
 * to 500 in the shop's currency). Colours, materials and brands the shop actually sells are recognised too.
 */
/** The fields a search store must be created with to serve a catalog index (`createCatalogIndex({ store })`). */
export const catalogSearchSchema = { fields: textFields, filterFields };

type Backend = {
  add(documents: SearchDocument[], options: { abortSignal?: AbortSignal }): Promise<void>;
  remove(ids: readonly string[]): void;
  search(request: SearchRequest): Promise<SearchResult>;
};

/** A store as the index's backend; writes are chained so every search sees the writes made before it. */
function storeBackend(store: SearchStore): Backend {
  let pending: Promise<unknown> = Promise.resolve();
  const chain = <T>(write: () => Promise<T>): Promise<T> => {
    const next = pending.then(write);
    pending = next.catch(() => {});
    return next;
  };
  return {
    add: (documents, options) => chain(() => store.upsert(documents, options)),
    remove(ids) {
      void chain(() => store.delete(ids));
    },
    search: async (request) => {
      await pending;
      return store.search(request);
    },
  };
}

export function createCatalogIndex(settings: CatalogIndexSettings = {}): CatalogIndex {
  const resolved = parseSettings("catalog index", catalogIndexSettingsSchema, settings);
  const engine: Backend = resolved.store !== undefined ? storeBackend(resolved.store) : createSearchEngine({
    fields: textFields,
    filterFields,
    language: resolved.language,
    synonyms: [...defaultCatalogSynonyms, ...resolved.synonyms],
    ...(resolved.embeddingModel === undefined
      ? {}
      : { embedding: { model: resolved.embeddingModel, fields: ["title", "type", "category", "tags", "options", "description"] } }),
    ...(resolved.rerank === undefined ? {} : { rerank: resolved.rerank }),
  });
  const products = new Map<string, Product>();
  let parser: QueryFilterParser | undefined;

  const queryParser = (): QueryFilterParser => {
    if (parser !== undefined) return parser;
    const colors = new Set<string>();
    const materials = new Set<string>();
    const vendors = new Set<string>();
    for (const product of products.values()) {
      for (const color of productColors(product)) colors.add(color);
      for (const material of attributeValues(product, "material")) materials.add(material);
      if (product.vendor !== undefined && product.vendor !== "") vendors.add(product.vendor);
    }
    parser = createQueryFilterParser({
      currencies: [resolved.currency],
      colors: [...colors],
      materials: [...materials],
      vendors: [...vendors],
    });
    return parser;
  };

  return {
    get size() {
      return products.size;
    },
    async upsert(list, options = {}) {
      const documents = list.map(toSearchDocument);
      await engine.add(documents, { ...(options.abortSignal === undefined ? {} : { abortSignal: options.abortSignal }) });
      for (const product of list) products.set(product.id, product);
      parser = undefined;
    },
    remove(ids) {
      engine.remove(ids);
      let removed = 0;
      for (const id of ids) if (products.delete(id)) removed++;
      parser = undefined;
      return removed;
    },
    get(id) {
      return products.get(id);
    },
    all() {
      return [...products.values()];
    },
    async search(query, options = {}) {
      if (typeof query !== "string") {
        throw new InvalidArgumentError({ argument: "query", message: "the search query must be a string." });
      }
      const understood: ParsedQuery =
        options.understandQuery ?? resolved.understandQueries
          ? queryParser().parse(query)
          : { text: query, filters: {}, matches: [] };
      const filters: SearchFilter[] = [];
      const understoodFilter = toFilter(withoutKinds(understood.filters, options.ignoreFilters ?? []));
      if (understoodFilter !== undefined) filters.push(understoodFilter);
      if (options.filter !== undefined) filters.push(options.filter);
      if (options.exclude !== undefined && options.exclude.length > 0) filters.push({ $not: { id: { in: [...options.exclude] } } });
      const result = await engine.search({
        query: understood.text,
        limit: options.limit ?? 10,
        ...(options.offset === undefined ? {} : { offset: options.offset }),
        ...(options.mode === undefined ? {} : { mode: options.mode }),
        ...(filters.length === 0 ? {} : { filter: filters.length === 1 ? (filters[0] as SearchFilter) : { $and: filters } }),
        ...(options.facets === undefined ? {} : { facets: options.facets }),
        ...(options.diversity === undefined ? {} : { diversity: options.diversity }),
        ...(options.abortSignal === undefined ? {} : { abortSignal: options.abortSignal }),
      });
      const best = result.hits[0]?.score ?? 0;
      const hasText = understood.text.trim() !== "";
      const kept = hasText ? result.hits.filter((hit) => hit.score > 0 && hit.score >= best * resolved.minRelativeScore) : result.hits;
      return {
        hits: kept.flatMap((hit) => {
          const product = products.get(hit.id);
          return product === undefined ? [] : [{ product, score: hit.score }];
        }),
        total: result.total,
        query: understood,
        ...(result.facets === undefined ? {} : { facets: result.facets }),
      };
    },
  };
}

function fold(value: string): string {
  return foldText(value).trim();
}

function attributeValues(product: Product, key: string): string[] {
  const value = product.attributes[key];
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map(String).filter((entry) => entry.trim() !== "");
}

function optionValues(product: Product, names: readonly string[]): string[] {
  return product.options
    .filter((option) => names.includes(option.name.toLowerCase()))
    .flatMap((option) => option.values);
}

function productColors(product: Product): string[] {
  return [...new Set([...optionValues(product, ["color", "colour"]), ...attributeValues(product, "color")])];
}

/** A colour as written, its canonical name and its family, so "red" finds "Crimson". */
function colorKeys(colors: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const color of colors) {
    keys.add(fold(color));
    const normalized = normalizeColor(color);
    if (normalized !== undefined) {
      keys.add(fold(normalized.name));
      keys.add(fold(normalized.family));
    }
  }
  return [...keys];
}

/** A material as written and each of its words, so "linen" finds "stonewashed linen". */
function materialKeys(materials: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const material of materials) {
    const folded = fold(material);
    keys.add(folded);
    for (const word of folded.split(/[^\p{L}\p{N}]+/u)) if (word.length > 2) keys.add(word);
  }
  return [...keys];
}

function toSearchDocument(product: Product): SearchDocument {
  const colors = productColors(product);
  return {
    id: product.id,
    text: {
      title: product.title,
      type: product.productType ?? "",
      category: product.categories.map((category) => [...category.path, category.title].join(" ")),
      tags: product.tags,
      options: product.options.map((option) => `${option.name} ${option.values.join(" ")}`),
      attributes: Object.entries(product.attributes).map(([key, value]) =>
        `${key.replaceAll("_", " ")} ${Array.isArray(value) ? value.join(" ") : String(value)}`,
      ),
      vendor: product.vendor ?? "",
      description: product.description,
    },
    filters: {
      id: product.id,
      price: product.variants.map((variant) => moneyToNumber(variant.price)),
      available: isInStock(product),
      onSale: isOnSale(product),
      vendor: product.vendor === undefined ? null : fold(product.vendor),
      productType: product.productType === undefined ? null : fold(product.productType),
      color: colorKeys(colors),
      size: optionValues(product, ["size"]).map(fold),
      material: materialKeys(attributeValues(product, "material")),
      tag: product.tags.map(fold),
      category: product.categories.flatMap((category) => [category.id, fold(category.title)]),
    },
  };
}

const filterKeys: Record<QueryFilterKind, Array<keyof QueryFilters>> = {
  price: ["priceMin", "priceMax", "currency"],
  color: ["colors"],
  size: ["sizes"],
  material: ["materials"],
  vendor: ["vendors"],
  stock: ["inStock"],
  sale: ["onSale"],
};

function withoutKinds(filters: QueryFilters, kinds: readonly QueryFilterKind[]): QueryFilters {
  if (kinds.length === 0) return filters;
  const copy: QueryFilters = { ...filters };
  for (const kind of kinds) for (const key of filterKeys[kind]) delete copy[key];
  return copy;
}

function toFilter(filters: QueryFilters): SearchFilter | undefined {
  const filter: Record<string, unknown> = {};
  if (filters.priceMin !== undefined || filters.priceMax !== undefined) {
    filter.price = {
      ...(filters.priceMin === undefined ? {} : { gte: filters.priceMin }),
      ...(filters.priceMax === undefined ? {} : { lte: filters.priceMax }),
    };
  }
  if (filters.inStock !== undefined) filter.available = filters.inStock;
  if (filters.onSale !== undefined) filter.onSale = filters.onSale;
  if (filters.colors !== undefined && filters.colors.length > 0) filter.color = { in: colorKeys(filters.colors) };
  if (filters.sizes !== undefined && filters.sizes.length > 0) filter.size = { in: filters.sizes.map(fold) };
  if (filters.materials !== undefined && filters.materials.length > 0) filter.material = { in: filters.materials.map(fold) };
  if (filters.vendors !== undefined && filters.vendors.length > 0) filter.vendor = { in: filters.vendors.map(fold) };
  return Object.keys(filter).length === 0 ? undefined : (filter as SearchFilter);
}
