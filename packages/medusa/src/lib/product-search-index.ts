import {
  createEmbeddedStore,
  createPostgresStore,
  createQueryFilterParser,
  isInStock,
  isOnSale,
  moneyToNumber,
  type EmbeddingModel,
  type ParsedQuery,
  type Product,
  type QueryFilterParser,
  type SearchFilter,
  type EmbeddedSearchStore,
  type PostgresSearchStore,
  type SqlClient,
} from "@aisle/core";

/*
 * The plugin's product search index over a core SearchStore: Medusa's own PostgreSQL by default (a table with
 * full-text search, plus pgvector when the database has it), or the embedded store. Subscribers keep it fresh
 * product by product; the re-index job rebuilds it through Query.
 */

export const searchTextFields = {
  title: { weight: 4 },
  type: { weight: 2 },
  category: { weight: 1.5 },
  tags: { weight: 1.5 },
  options: { weight: 1 },
  vendor: { weight: 1 },
  description: { weight: 0.5 },
} as const;

export const searchFilterFields = {
  price: "number",
  available: "boolean",
  onSale: "boolean",
  productType: "keyword",
  material: "keyword",
  tag: "keyword",
  category: "keyword",
  status: "keyword",
} as const;

const fold = (value: string) => value.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().trim();

export type ProductSearchHit = { id: string; score: number };

export type ProductSearchOptions = {
  limit?: number;
  offset?: number;
  /** Read "under $50", "in stock" and "on sale" from the query (default true). */
  understandQuery?: boolean;
  categoryId?: string;
  abortSignal?: AbortSignal;
};

export type ProductSearchResult = { hits: ProductSearchHit[]; total: number; query: ParsedQuery };

export type ProductSearchIndex = {
  readonly kind: string;
  /** Whether searches fuse vector similarity with the lexical ranking. */
  readonly vectors: boolean;
  upsert(products: readonly Product[]): Promise<void>;
  remove(ids: readonly string[]): Promise<number>;
  search(query: string, options?: ProductSearchOptions): Promise<ProductSearchResult>;
  count(): Promise<number>;
  /** Ids stored that are not in `keep`: products deleted while no subscriber ran. Postgres only. */
  removeAllExcept?(keep: ReadonlySet<string>): Promise<number>;
  close(): Promise<void>;
};

/** Medusa's `material` (and a `material` attribute) as written and word by word, so "oak" finds "white oak". */
function materialKeys(product: Product): string[] {
  const value = product.attributes.material;
  const materials = value === undefined ? [] : Array.isArray(value) ? value : [String(value)];
  const keys = new Set<string>();
  for (const material of materials) {
    keys.add(fold(material));
    for (const word of fold(material).split(/[^\p{L}\p{N}]+/u)) if (word.length > 2) keys.add(word);
  }
  return [...keys];
}

export function productToSearchDocument(product: Product) {
  return {
    id: product.id,
    text: {
      title: product.title,
      type: product.productType ?? "",
      category: product.categories.map((category) => category.path.join(" ")),
      tags: product.tags,
      options: product.options.map((option) => `${option.name} ${option.values.join(" ")}`),
      vendor: product.vendor ?? "",
      description: product.description,
    },
    filters: {
      price: product.variants.map((variant) => moneyToNumber(variant.price)),
      available: isInStock(product),
      onSale: isOnSale(product),
      productType: product.productType === undefined ? null : fold(product.productType),
      material: materialKeys(product),
      tag: product.tags.map(fold),
      category: product.categories.map((category) => category.id),
      status: product.status,
    },
  };
}

function understoodFilter(parsed: ParsedQuery, materials: readonly string[]): SearchFilter | undefined {
  const filter: Record<string, unknown> = {};
  const { priceMin, priceMax, inStock, onSale } = parsed.filters;
  if (priceMin !== undefined || priceMax !== undefined) {
    filter.price = { ...(priceMin === undefined ? {} : { gte: priceMin }), ...(priceMax === undefined ? {} : { lte: priceMax }) };
  }
  if (inStock !== undefined) filter.available = inStock;
  if (onSale !== undefined) filter.onSale = onSale;
  if (materials.length > 0) filter.material = { in: materials.map(fold) };
  return Object.keys(filter).length === 0 ? undefined : (filter as SearchFilter);
}

// `SearchStore` itself is not exported by the core yet; these are its two implementations.
type SearchStore = PostgresSearchStore | EmbeddedSearchStore;

function wrap(store: SearchStore, vectors: boolean, currency: string, extra: Pick<ProductSearchIndex, "removeAllExcept"> = {}): ProductSearchIndex {
  let parser: QueryFilterParser | undefined;
  // Materials the shop sells, so "oak chair" reads "oak" as a filter only where oak is a material here.
  const knownMaterials = new Set<string>();
  return {
    kind: store.kind,
    vectors,
    async upsert(products) {
      // Drafts and archived products stay out of the storefront's index.
      const visible = products.filter((product) => product.status === "active");
      for (const product of visible) {
        for (const key of materialKeys(product)) {
          if (knownMaterials.has(key)) continue;
          knownMaterials.add(key);
          parser = undefined;
        }
      }
      const hidden = products.filter((product) => product.status !== "active").map((product) => product.id);
      if (hidden.length > 0) await store.delete(hidden);
      if (visible.length > 0) await store.upsert(visible.map(productToSearchDocument));
    },
    remove: (ids) => store.delete(ids),
    async search(query, options = {}) {
      parser ??= createQueryFilterParser({ currencies: [currency], materials: [...knownMaterials] });
      const parsed: ParsedQuery = options.understandQuery === false ? { text: query, filters: {}, matches: [] } : parser.parse(query);
      // A material filters only when this shop sells it (its products name it); otherwise the word stays search text.
      const understoodMaterials = parsed.filters.materials ?? [];
      const materials = understoodMaterials.filter((material) => knownMaterials.has(fold(material)));
      const text = [parsed.text, ...understoodMaterials.filter((material) => !materials.includes(material))].filter((part) => part !== "").join(" ");
      const filters: SearchFilter[] = [];
      const understood = understoodFilter(parsed, materials);
      if (understood !== undefined) filters.push(understood);
      if (options.categoryId !== undefined) filters.push({ category: options.categoryId } as SearchFilter);
      const result = await store.search({
        query: text,
        limit: options.limit ?? 10,
        offset: options.offset ?? 0,
        ...(filters.length === 0 ? {} : { filter: filters.length === 1 ? (filters[0] as SearchFilter) : ({ $and: filters } as SearchFilter) }),
        ...(options.abortSignal === undefined ? {} : { abortSignal: options.abortSignal }),
      });
      return { hits: result.hits.map((hit) => ({ id: hit.id, score: hit.score })), total: result.total, query: parsed };
    },
    count: () => store.count(),
    ...extra,
    close: () => store.close(),
  };
}

export type ProductSearchIndexSettings = {
  store: "postgres" | "embedded";
  currency: string;
  language: "en" | "de" | "fr" | "es";
  embeddingModel?: EmbeddingModel;
  vectors: "auto" | "off";
  /** Required for `postgres`. */
  client?: SqlClient;
  table: string;
  schema?: string;
  path?: string;
};

/** Whether the database can store vectors: pgvector installed, or available to install. */
async function hasPgvector(client: SqlClient): Promise<boolean> {
  const result = await client.query("SELECT count(*)::int AS count FROM pg_available_extensions WHERE name = 'vector'");
  const row = result.rows[0] as { count?: number } | undefined;
  return (row?.count ?? 0) > 0;
}

export async function openProductSearchIndex(settings: ProductSearchIndexSettings): Promise<ProductSearchIndex> {
  const wantsVectors = settings.vectors === "auto" && settings.embeddingModel !== undefined;
  if (settings.store === "embedded") {
    const store = await createEmbeddedStore({
      fields: searchTextFields,
      filterFields: searchFilterFields,
      language: settings.language,
      ...(wantsVectors && settings.embeddingModel !== undefined ? { embedding: { model: settings.embeddingModel } } : {}),
      ...(settings.path === undefined ? {} : { path: settings.path }),
    });
    return wrap(store, wantsVectors, settings.currency);
  }
  const client = settings.client;
  if (client === undefined) throw new TypeError("the postgres product index needs a SQL client");
  // The lexical path where the database has no pgvector: search keeps working, without vectors.
  const vectors = wantsVectors && (await hasPgvector(client));
  const table = settings.table + (vectors ? "" : "_lexical");
  const store = await createPostgresStore({
    client,
    table,
    ...(settings.schema === undefined ? {} : { schema: settings.schema }),
    fields: searchTextFields,
    filterFields: searchFilterFields,
    language: settings.language,
    ...(vectors && settings.embeddingModel !== undefined ? { embedding: { model: settings.embeddingModel } } : {}),
  });
  const qualified = store.table;
  return wrap(store, vectors, settings.currency, {
    async removeAllExcept(keep) {
      await store.flush();
      const result = await client.query(`DELETE FROM ${qualified} WHERE NOT (id = ANY($1::text[]))`, [[...keep]]);
      return (result as { rowCount?: number }).rowCount ?? 0;
    },
  });
}
