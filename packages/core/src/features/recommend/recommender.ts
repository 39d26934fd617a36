import type { Product } from "../../catalog/product";
import { InvalidArgumentError } from "../../errors/invalid-argument-error";
import { ProductNotFoundError } from "../../errors/product-not-found-error";
import { selectDiverse } from "../../retrieval/mmr";
import type { CatalogIndex } from "../../retrieval/catalog-index";
import { parseSettings } from "../../util/parse-settings";
import { z } from "zod";
import { createComplementMatcher, defaultComplementRules, isThematicCollection } from "./complement-rules";
import { phraseWhysWithModel } from "./explain-with-model";
import { loadOrderStatistics, type CoPurchase, type OrderStatistics } from "./order-statistics";
import {
  catalogVocabulary,
  compareProducts,
  fold,
  normalizeColor,
  phrasesIn,
  productFeatures,
  type CatalogVocabulary,
  type Comparison,
  type ProductFeatures,
  type VocabularyKind,
} from "./product-features";
import { stripProtectedAttributes, type ProtectedAttributeFinding } from "./protected-attributes";
import {
  forShopperRequestSchema,
  recommendOptionsSchema,
  recommenderSettingsSchema,
  trendingOptionsSchema,
  type RecommenderSettings,
} from "./recommend-settings";
import type {
  ForShopperRequest,
  HistoryItem,
  Recommendation,
  RecommendationFilters,
  RecommendationList,
  RecommendationReason,
  RecommendationStrategy,
  RecommendOptions,
  Recommender,
  ShopperProfile,
  TrendingOptions,
} from "./recommend-types";
import { composeWhy, whyPhrases } from "./why-text";
import { emitEvent } from "../../sources/emit-event";

const dayMs = 86_400_000;
/** Signals read per list: older views and purchases add little and cost a pass over the pool each. */
const maxSignalsPerKind = 50;
/** A similarity below this is noise (two products that only share a price range). */
const minSimilarity = 0.25;

type SignalKind = "cart" | "viewed" | "purchased";
type Signal = { kind: SignalKind; features: ProductFeatures; weight: number; coPurchases: Map<string, CoPurchase> };

/** Scoring weight of similarity and of complementarity, per kind of signal. */
const signalMix: Record<SignalKind, { similar: number; complement: number }> = {
  // In the cart: the shopper chose; suggest what goes with it more than alternatives to it.
  cart: { similar: 0.35, complement: 1 },
  // Viewed: still choosing; alternatives first.
  viewed: { similar: 1, complement: 0.35 },
  purchased: { similar: 0.3, complement: 0.8 },
};

type Preference = { kind: VocabularyKind | "size"; value: string };

type Scored = { features: ProductFeatures; score: number; reasons: RecommendationReason[] };

type ResolvedOptions = {
  limit: number;
  filters: Required<Pick<RecommendationFilters, "inStockOnly">> & Omit<RecommendationFilters, "inStockOnly">;
  diversity: false | { lambda: number; maxPerCategory: number | undefined };
  explain: "code" | "model";
  abortSignal: AbortSignal | undefined;
};

function parseRequest<Schema extends z.ZodType>(argument: string, schema: Schema, value: unknown): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${[argument, ...issue.path.map(String)].join(".")}: ${issue.message}`);
  throw new InvalidArgumentError({ argument, message: problems.join("; "), cause: result.error });
}


const productIdLike = z.string().trim().min(1, "must be a product id");

const byScore = (a: Scored, b: Scored) => b.score - a.score || a.features.id.localeCompare(b.features.id);

/**
 * Recommendations from the catalog, the shopper's own signals and store-wide order statistics. Code ranks
 * and explains: every why is built from real attribute values and the shopper's own products, and a model
 * (optional) only rephrases it. Protected attributes are stripped from the profile before anything reads it,
 * and ranking reads only product ids, `preferences` and the catalog words in `notes`.
 */
export function createRecommender(settings: RecommenderSettings): Recommender {
  const resolved = parseSettings("recommender", recommenderSettingsSchema, settings);
  const catalogOf = (): CatalogIndex => (typeof resolved.catalog === "function" ? resolved.catalog() : resolved.catalog);
  const now = resolved.now ?? (() => new Date());
  const phrases = whyPhrases[resolved.language];
  const complements = createComplementMatcher([...resolved.complementRules, ...(resolved.defaultComplementRules ? defaultComplementRules : [])]);
  const bestsellerKeys = new Set(resolved.featuredCollections.bestsellers.map(fold));
  const newArrivalKeys = new Set(resolved.featuredCollections.newArrivals.map(fold));
  const featuredTitles = new Set([...bestsellerKeys, ...newArrivalKeys]);

  let statistics: { at: number; value: Promise<OrderStatistics | undefined> } | undefined;
  /** Shared by concurrent calls, so it is not tied to any one call's abort signal. */
  const orderStatistics = (): Promise<OrderStatistics | undefined> => {
    const orders = resolved.orders;
    if (orders?.listOrders === undefined) return Promise.resolve(undefined);
    const at = now().getTime();
    const fresh = statistics !== undefined && at >= statistics.at && at - statistics.at <= resolved.statisticsTtlSeconds * 1000;
    if (!fresh || resolved.statisticsTtlSeconds === 0) {
      const value = loadOrderStatistics({
        orders,
        now: new Date(at),
        lookbackDays: Math.max(resolved.coPurchase.lookbackDays, resolved.trending.windowDays),
        maxOrders: resolved.coPurchase.maxOrders,
      });
      const entry = { at, value };
      statistics = entry;
      // A failed load is not cached: the next call tries again.
      value.catch(() => {
        if (statistics === entry) statistics = undefined;
      });
    }
    return (statistics as { value: Promise<OrderStatistics | undefined> }).value;
  };

  /** Statistics, or none when the order source fails: recommendations fall back to rules and the catalog. */
  const safeStatistics = async (abortSignal: AbortSignal | undefined): Promise<OrderStatistics | undefined> => {
    try {
      const loaded = await orderStatistics();
      abortSignal?.throwIfAborted();
      return loaded;
    } catch (error) {
      if (abortSignal?.aborted) throw error;
      emitEvent(resolved.events, {
        type: "recommend.order-statistics-failed",
        at: now().toISOString(),
        message: error instanceof Error ? error.message : String(error),
      });
      return undefined;
    }
  };

  const resolveOptions = (options: RecommendOptions, method: "similar" | "other"): ResolvedOptions => {
    const base = resolved.diversity === false ? { lambda: 0.7, maxPerCategory: 3 } : resolved.diversity;
    let diversity: ResolvedOptions["diversity"];
    if (options.diversity === false || (options.diversity === undefined && resolved.diversity === false)) diversity = false;
    else {
      const requested = options.diversity === undefined ? {} : options.diversity;
      diversity = {
        lambda: requested.lambda ?? base.lambda,
        // `similar` is about one kind of product, so it is only capped when the call asks for it.
        maxPerCategory: requested.maxPerCategory ?? (method === "similar" ? undefined : base.maxPerCategory),
      };
    }
    return {
      limit: options.limit ?? resolved.limit,
      filters: { ...options.filters, inStockOnly: options.filters?.inStockOnly ?? true },
      diversity,
      explain: options.explain ?? resolved.explain,
      abortSignal: options.abortSignal,
    };
  };

  /** A request about one product: its checked id and options, the catalog, and the product's features. */
  const anchoredRequest = async (productId: unknown, options: unknown, method: "similar" | "other") => {
    const id = parseRequest("productId", productIdLike, productId);
    const resolvedOptions = resolveOptions(parseRequest("options", recommendOptionsSchema, options), method);
    resolvedOptions.abortSignal?.throwIfAborted();
    await resolved.ready?.();
    const catalog = catalogOf();
    const anchorProduct = catalog.get(id);
    if (anchorProduct === undefined) throw new ProductNotFoundError({ productId: id });
    return { id, resolvedOptions, catalog, anchor: productFeatures(anchorProduct) };
  };

  const passes = (product: Product, filters: ResolvedOptions["filters"]): boolean => {
    if (product.status !== "active") return false;
    return product.variants.some((variant) => {
      if (filters.inStockOnly && !variant.availableForSale) return false;
      const price = Number(variant.price.amount);
      if (filters.priceMin !== undefined && price < filters.priceMin) return false;
      if (filters.priceMax !== undefined && price > filters.priceMax) return false;
      return true;
    });
  };

  const pool = (catalog: CatalogIndex, options: ResolvedOptions, exclude: ReadonlySet<string>): ProductFeatures[] => {
    const excluded = new Set([...exclude, ...(options.filters.excludeIds ?? [])]);
    return catalog
      .all()
      .filter((product) => !excluded.has(product.id) && passes(product, options.filters))
      .map(productFeatures);
  };

  const leafKey = (features: ProductFeatures) => features.categories[0]?.id ?? features.productType ?? `product:${features.id}`;

  /**
   * Orders the candidates for the page: MMR against near-duplicates, then a cap per leaf category. Picks over
   * the cap come back in `skipped`; unless `holdSkipped`, they fill a list the cap would leave short, since a
   * short list is worse than a repetitive one. `counts` carries the categories of picks already on the page.
   */
  const arrangePage = (
    scored: Scored[],
    options: ResolvedOptions,
    page: { counts?: Map<string, number>; holdSkipped?: boolean } = {},
  ): { picked: Scored[]; skipped: Scored[] } => {
    const ranked = scored.filter((entry) => entry.score > 0).sort(byScore);
    if (options.diversity === false) return { picked: ranked.slice(0, options.limit), skipped: [] };
    const head = ranked.slice(0, Math.min(ranked.length, Math.max(options.limit * 4, 24), 160));
    const order = selectDiverse(
      head.map((entry) => entry.score),
      (first, second) => compareProducts((head[first] as Scored).features, (head[second] as Scored).features).score,
      { limit: head.length, lambda: options.diversity.lambda },
    ).map((index) => head[index] as Scored);
    const cap = options.diversity.maxPerCategory;
    if (cap === undefined) return { picked: order.slice(0, options.limit), skipped: [] };
    const picked: Scored[] = [];
    const skipped: Scored[] = [];
    const perCategory = page.counts ?? new Map<string, number>();
    for (const entry of order) {
      if (picked.length === options.limit) break;
      const key = leafKey(entry.features);
      const count = perCategory.get(key) ?? 0;
      if (count >= cap) {
        skipped.push(entry);
        continue;
      }
      perCategory.set(key, count + 1);
      picked.push(entry);
    }
    if (page.holdSkipped) return { picked, skipped };
    while (picked.length < options.limit && skipped.length > 0) picked.push(skipped.shift() as Scored);
    return { picked, skipped };
  };

  const arrange = (scored: Scored[], options: ResolvedOptions): Scored[] => arrangePage(scored, options).picked;

  const finish = async (
    method: string,
    entries: Scored[],
    options: ResolvedOptions,
    meta: Omit<RecommendationList, "recommendations">,
  ): Promise<RecommendationList> => {
    const recommendations: Recommendation[] = entries.map((entry) => ({
      product: entry.features.product,
      score: Math.round(entry.score * 1e6) / 1e6,
      why: composeWhy(entry.reasons),
      whySource: "code",
      reasons: entry.reasons,
    }));
    if (options.explain === "model" && resolved.model !== undefined && recommendations.length > 0) {
      const catalog = catalogOf();
      const vocabulary = new Set(catalogVocabulary(catalog, () => catalog.all(), catalog.size).keys());
      try {
        const phrased = await phraseWhysWithModel({
          model: resolved.model,
          items: recommendations.map((entry) => ({ id: entry.product.id, title: entry.product.title, reasons: entry.reasons })),
          language: resolved.language,
          vocabulary,
          ...(options.abortSignal === undefined ? {} : { abortSignal: options.abortSignal }),
        });
        for (const entry of recommendations) {
          const why = phrased.get(entry.product.id);
          if (why !== undefined) {
            entry.why = why;
            entry.whySource = "model";
          }
        }
      } catch (error) {
        if (options.abortSignal?.aborted) throw error;
        // The code's whys stand: phrasing is a nicety, never a reason to fail the recommendations.
      }
    }
    emitEvent(resolved.events, {
      type: "recommend.recommendations-served",
      at: now().toISOString(),
      method,
      strategy: meta.strategy,
      coldStart: meta.coldStart,
      productIds: recommendations.map((entry) => entry.product.id),
      removedAttributes: meta.removedAttributes.length,
    });
    return { recommendations, ...meta };
  };

  // ------------------------------------------------------------------------------------------------------------
  // Reasons

  /** What the candidate shares with another product, strongest first, as reasons about the candidate. */
  const sharedReasons = (comparison: Comparison, other: ProductFeatures, candidate: ProductFeatures, includeCategory: boolean): RecommendationReason[] => {
    const related = { relatedProductId: other.id };
    const reasons: RecommendationReason[] = [];
    if (includeCategory && comparison.sameCategory !== undefined) {
      reasons.push({ kind: "same-category", detail: phrases.sameCategory(comparison.sameCategory.title), attribute: { name: "category", value: comparison.sameCategory.title }, ...related });
    }
    const material = comparison.sharedMaterials[0];
    if (material !== undefined) {
      reasons.push({ kind: "shared-attribute", detail: phrases.material(material, other.product.title), attribute: { name: "material", value: material }, ...related });
    }
    const color = comparison.sharedColors[0];
    if (color !== undefined) reasons.push({ kind: "shared-attribute", detail: phrases.color(color), attribute: { name: "color", value: color }, ...related });
    if (comparison.sameVendor !== undefined) {
      reasons.push({ kind: "shared-attribute", detail: phrases.vendor(comparison.sameVendor), attribute: { name: "vendor", value: comparison.sameVendor }, ...related });
    }
    // A tag that repeats the title ("sofa" on a sofa) says nothing.
    const tag = comparison.sharedTags.find((entry) => !fold(candidate.product.title).includes(fold(entry)));
    if (tag !== undefined && reasons.length < 3) {
      reasons.push({ kind: "shared-attribute", detail: phrases.tag(tag), attribute: { name: "tag", value: tag }, ...related });
    }
    if (includeCategory && comparison.sameCategory === undefined && comparison.sameDepartment !== undefined) {
      reasons.push({ kind: "same-category", detail: phrases.sameCategory(comparison.sameDepartment), attribute: { name: "category", value: comparison.sameDepartment }, ...related });
    }
    return reasons;
  };

  const signalReason = (signal: Signal, relation: "similar" | "complement"): RecommendationReason => {
    const title = signal.features.product.title;
    const kind = signal.kind === "cart" ? "in-your-cart" : signal.kind;
    const detail =
      signal.kind === "cart"
        ? relation === "similar" ? phrases.cartSimilar(title) : phrases.cartComplement(title)
        : signal.kind === "viewed"
          ? relation === "similar" ? phrases.viewedSimilar(title) : phrases.viewedComplement(title)
          : relation === "similar" ? phrases.purchasedSimilar(title) : phrases.purchasedComplement(title);
    return { kind, detail, relatedProductId: signal.features.id };
  };

  const boughtTogetherReason = (anchor: ProductFeatures, entry: CoPurchase): RecommendationReason => ({
    kind: "bought-together",
    // Counts under three are not stated: "in 1 order" reads as hype and says too much about one shopper.
    detail: phrases.boughtTogether(anchor.product.title, entry.orders >= 3 ? entry.orders : undefined),
    relatedProductId: anchor.id,
    orders: entry.orders,
  });

  // ------------------------------------------------------------------------------------------------------------
  // Cold start and trending

  const featuredScore = (features: ProductFeatures): { score: number; reason: RecommendationReason } => {
    const bestseller = features.collections.find((collection) => bestsellerKeys.has(fold(collection.title)) || bestsellerKeys.has(fold(collection.id)));
    if (bestseller !== undefined) {
      return { score: 0.3, reason: { kind: "bestseller", detail: phrases.collection(bestseller.title), attribute: { name: "collection", value: bestseller.title } } };
    }
    const newArrival = features.collections.find((collection) => newArrivalKeys.has(fold(collection.title)) || newArrivalKeys.has(fold(collection.id)));
    if (newArrival !== undefined) {
      return { score: 0.25, reason: { kind: "new-arrival", detail: phrases.collection(newArrival.title), attribute: { name: "collection", value: newArrival.title } } };
    }
    const category = features.categories[0]?.title;
    const updated = features.product.updatedAt === undefined ? 0 : Date.parse(features.product.updatedAt);
    // Recently updated products first among the rest, without claiming they are new.
    const recency = updated > 0 ? Math.max(0, 1 - (now().getTime() - updated) / (365 * dayMs)) : 0;
    const label = category ?? features.product.productType;
    return {
      score: 0.05 + 0.1 * recency,
      reason:
        label === undefined
          ? { kind: "featured", detail: phrases.featured(features.product.title) }
          : { kind: "featured", detail: phrases.featured(label), attribute: { name: category === undefined ? "productType" : "category", value: label } },
    };
  };

  const trendingEntries = async (candidates: readonly ProductFeatures[], windowDays: number, abortSignal: AbortSignal | undefined): Promise<Scored[]> => {
    const stats = await safeStatistics(abortSignal);
    if (stats === undefined) return [];
    const byId = new Map(candidates.map((features) => [features.id, features]));
    const window = Math.min(windowDays, Math.max(resolved.coPurchase.lookbackDays, resolved.trending.windowDays));
    return stats.trending(window, resolved.trending.halfLifeDays).flatMap((entry) => {
      const features = byId.get(entry.productId);
      if (features === undefined) return [];
      // Trending ranks above every cold-start pick (at most 0.3).
      return [{ features, score: 0.4 + 0.6 * entry.score, reasons: [{ kind: "trending" as const, detail: phrases.trending(entry.orders, window), orders: entry.orders }] }];
    });
  };

  /** Trending products, then featured ones, for a shopper or page with nothing to go on. */
  const popular = async (candidates: readonly ProductFeatures[], windowDays: number, abortSignal: AbortSignal | undefined) => {
    const trending = await trendingEntries(candidates, windowDays, abortSignal);
    const seen = new Set(trending.map((entry) => entry.features.id));
    const featured = candidates
      .filter((features) => !seen.has(features.id))
      .map((features) => {
        const { score, reason } = featuredScore(features);
        return { features, score, reasons: [reason] };
      });
    return { trending, featured };
  };

  const popularList = async (
    method: string,
    candidates: readonly ProductFeatures[],
    options: ResolvedOptions,
    windowDays: number,
    meta: Pick<RecommendationList, "removedAttributes" | "unknownProductIds">,
  ): Promise<RecommendationList> => {
    const { trending, featured } = await popular(candidates, windowDays, options.abortSignal);
    const picked = arrange([...trending, ...featured], options);
    const usedTrending = picked.some((entry) => entry.reasons[0]?.kind === "trending");
    const usedFeatured = picked.some((entry) => entry.reasons[0]?.kind !== "trending");
    const strategies: RecommendationStrategy[] = [...(usedTrending ? ["trending" as const] : []), ...(usedFeatured ? ["cold-start" as const] : [])];
    return finish(method, picked, options, {
      strategy: strategies[0] ?? "cold-start",
      strategies: strategies.length === 0 ? ["cold-start"] : strategies,
      coldStart: method === "forShopper" || trending.length === 0,
      ...meta,
    });
  };

  // ------------------------------------------------------------------------------------------------------------
  // Shopper signals

  const preferencesOf = (profile: ShopperProfile, vocabulary: CatalogVocabulary): Preference[] => {
    const preferences: Preference[] = [];
    const stated = profile.preferences;
    if (stated !== undefined && typeof stated === "object") {
      const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === "string" && entry.trim() !== "") : []);
      for (const value of list(stated.colors)) preferences.push({ kind: "color", value });
      for (const value of list(stated.materials)) preferences.push({ kind: "material", value });
      for (const value of list(stated.vendors)) preferences.push({ kind: "vendor", value });
      for (const value of list(stated.categories)) preferences.push({ kind: "category", value });
      for (const value of list(stated.productTypes)) preferences.push({ kind: "productType", value });
      for (const value of list(stated.sizes)) preferences.push({ kind: "size", value });
    }
    const notes = profile.notes;
    const texts = typeof notes === "string" ? [notes] : Array.isArray(notes) ? notes.filter((entry): entry is string => typeof entry === "string") : [];
    if (texts.length > 0) {
      for (const phrase of phrasesIn(texts.join("\n"))) {
        const entry = vocabulary.get(phrase);
        if (entry !== undefined) preferences.push({ kind: entry.kind, value: entry.label });
      }
    }
    return preferences;
  };

  /** The candidate's own value that meets a preference, or undefined. */
  const meetsPreference = (features: ProductFeatures, preference: Preference): string | undefined => {
    const key = fold(preference.value);
    switch (preference.kind) {
      case "color": {
        const normalized = normalizeColor(preference.value);
        const exact = features.colors.find((color) => color.key === (normalized?.name ?? key));
        if (exact !== undefined) return exact.label;
        // A family word ("blue") meets every shade of it ("Slate Blue").
        if (normalized !== undefined && normalized.name === normalized.family) {
          return features.colors.find((color) => color.family === normalized.family)?.label;
        }
        return undefined;
      }
      case "material": {
        const words = key.split(/\s+/u);
        for (const part of features.materials) {
          for (let start = 0; start + words.length <= part.words.length; start++) {
            if (words.every((word, offset) => part.words[start + offset] === word)) return part.labels.slice(start, start + words.length).join(" ");
          }
        }
        return undefined;
      }
      case "vendor":
        return features.vendor?.key === key ? features.vendor.label : undefined;
      case "category":
        return features.categories.find((category) => fold(category.title) === key || category.path.some((segment) => fold(segment) === key))?.title;
      case "productType":
        return features.productType === key ? features.product.productType : undefined;
      case "size":
        return features.sizes.has(key) ? preference.value : undefined;
      case "tag":
        return features.tags.get(key);
    }
  };

  const historyOf = async (request: ForShopperRequest, abortSignal: AbortSignal | undefined): Promise<HistoryItem[]> => {
    if (request.history !== undefined) return request.history;
    const customerId = request.profile?.customerId;
    if (typeof customerId !== "string" || customerId === "" || resolved.orders === undefined || !resolved.useCustomerOrders) return [];
    const orders = await resolved.orders.listOrdersForCustomer(customerId, { limit: 20, ...(abortSignal === undefined ? {} : { abortSignal }) });
    return orders
      .filter((order) => order.cancelledAt === undefined)
      .flatMap((order) => order.lineItems.map((line) => ({ productId: line.productId, orderedAt: order.createdAt })));
  };

  return {
    async forShopper(request = {}) {
      const parsed = parseRequest("request", forShopperRequestSchema, request) as ForShopperRequest;
      const options = resolveOptions(parsed, "other");
      options.abortSignal?.throwIfAborted();
      await resolved.ready?.();
      const catalog = catalogOf();
      const { profile, removed } = parsed.profile === undefined ? { profile: {} as ShopperProfile, removed: [] as ProtectedAttributeFinding[] } : stripProtectedAttributes(parsed.profile);
      // From here on only the stripped profile exists.
      const history = await historyOf({ ...parsed, profile }, options.abortSignal);

      const unknown = new Set<string>();
      const signals: Signal[] = [];
      const signalIds = new Set<string>();
      const nowMs = now().getTime();
      const addSignal = (kind: SignalKind, productId: string, weight: number) => {
        const product = catalog.get(productId);
        if (product === undefined) {
          unknown.add(productId);
          return;
        }
        signalIds.add(productId);
        const existing = signals.find((signal) => signal.features.id === productId && signal.kind === kind);
        if (existing !== undefined) existing.weight = Math.max(existing.weight, weight);
        else signals.push({ kind, features: productFeatures(product), weight, coPurchases: new Map() });
      };
      for (const productId of (parsed.cart ?? []).slice(0, maxSignalsPerKind)) addSignal("cart", productId, 1);
      for (const [index, productId] of (parsed.browsing ?? []).slice(0, maxSignalsPerKind).entries()) addSignal("viewed", productId, Math.max(0.2, 0.85 ** index));
      for (const [index, item] of history.slice(0, maxSignalsPerKind).entries()) {
        const productId = typeof item === "string" ? item : item.productId;
        const orderedAt = typeof item === "string" || item.orderedAt === undefined ? undefined : Date.parse(item.orderedAt);
        const weight = orderedAt === undefined ? 0.9 ** index : 0.5 ** (Math.max(0, nowMs - orderedAt) / dayMs / 180);
        addSignal("purchased", productId, Math.max(0.2, weight));
      }

      const vocabulary = catalogVocabulary(catalog, () => catalog.all(), catalog.size);
      const preferences = preferencesOf(profile, vocabulary);
      const band = profile.preferences;
      const priceMin = typeof band?.priceMin === "number" ? band.priceMin : undefined;
      const priceMax = typeof band?.priceMax === "number" ? band.priceMax : undefined;
      const meta = { removedAttributes: removed, unknownProductIds: [...unknown] };
      const candidates = pool(catalog, options, signalIds);

      if (signals.length === 0 && preferences.length === 0) {
        // Nothing personal to go on but perhaps a price band: popular products, inside the band when there are any.
        const inBand = candidates.filter((features) => (priceMin === undefined || features.price >= priceMin) && (priceMax === undefined || features.price <= priceMax));
        return popularList("forShopper", inBand.length > 0 ? inBand : candidates, options, resolved.trending.windowDays, meta);
      }

      const stats = signals.length === 0 ? undefined : await safeStatistics(options.abortSignal);
      if (stats !== undefined) {
        for (const signal of signals) {
          for (const entry of stats.coPurchases(signal.features.id, resolved.coPurchase.minSupport)) signal.coPurchases.set(entry.productId, entry);
        }
      }

      const scored: Scored[] = [];
      for (const candidate of candidates) {
        let total = 0;
        const contributions: Array<{ value: number; reasons: RecommendationReason[] }> = [];
        for (const signal of signals) {
          const mix = signalMix[signal.kind];
          const comparison = compareProducts(signal.features, candidate);
          const similarity = comparison.score >= minSimilarity ? comparison.score : 0;
          const together = signal.coPurchases.get(candidate.id);
          const rule = complements.match(signal.features, candidate);
          const complement = Math.max(together === undefined ? 0 : 0.6 + 0.4 * together.score, rule === undefined ? 0 : 0.8 * rule.score);
          const similarPart = signal.weight * mix.similar * similarity;
          const complementPart = signal.weight * mix.complement * complement;
          if (similarPart > 0) {
            contributions.push({ value: similarPart, reasons: [signalReason(signal, "similar"), ...sharedReasons(comparison, signal.features, candidate, true)] });
          }
          if (complementPart > 0) {
            contributions.push({
              value: complementPart,
              reasons: [
                signalReason(signal, "complement"),
                ...(together === undefined ? [] : [boughtTogetherReason(signal.features, together)]),
                ...sharedReasons(comparison, signal.features, candidate, false),
              ],
            });
          }
          total += similarPart + complementPart;
        }
        const met = new Set<string>();
        for (const preference of preferences) {
          if (met.has(preference.kind)) continue;
          const value = meetsPreference(candidate, preference);
          if (value === undefined) continue;
          met.add(preference.kind);
          total += 0.25;
          contributions.push({
            value: 0.25,
            reasons: [{ kind: "matches-preference", detail: phrases.preference(value), attribute: { name: preference.kind === "productType" ? "productType" : preference.kind, value } }],
          });
        }
        if ((priceMin !== undefined || priceMax !== undefined) && total > 0) {
          const price = candidate.price;
          if ((priceMin === undefined || price >= priceMin) && (priceMax === undefined || price <= priceMax)) {
            total += 0.1;
            contributions.push({ value: 0.1, reasons: [{ kind: "matches-preference", detail: phrases.priceBand(), attribute: { name: "price", value: String(price) } }] });
          }
        }
        if (total <= 0) continue;
        contributions.sort((a, b) => b.value - a.value);
        const reasons: RecommendationReason[] = [];
        const details = new Set<string>();
        // The strongest contribution's own reasons first, then each other contribution's headline.
        const ordered = [...(contributions[0]?.reasons.slice(0, 1) ?? []), ...contributions.slice(1).map((entry) => entry.reasons[0] as RecommendationReason), ...(contributions[0]?.reasons.slice(1) ?? [])];
        for (const reason of ordered) {
          if (details.has(reason.detail)) continue;
          details.add(reason.detail);
          reasons.push(reason);
          if (reasons.length === 4) break;
        }
        scored.push({ features: candidate, score: total, reasons });
      }

      const counts = new Map<string, number>();
      const personal = arrangePage(scored, options, { counts, holdSkipped: true });
      let picked = personal.picked;
      const strategies: RecommendationStrategy[] = ["personalized"];
      if (picked.length < options.limit) {
        // Popular products of other categories before more of a category the page already has enough of.
        const chosen = new Set(picked.map((entry) => entry.features.id));
        const rest = candidates.filter((features) => !chosen.has(features.id) && !personal.skipped.some((entry) => entry.features.id === features.id));
        const { trending, featured } = await popular(rest, resolved.trending.windowDays, options.abortSignal);
        const fill = arrangePage([...trending, ...featured], { ...options, limit: options.limit - picked.length }, { counts, holdSkipped: true }).picked;
        if (fill.some((entry) => entry.reasons[0]?.kind === "trending")) strategies.push("trending");
        if (fill.some((entry) => entry.reasons[0]?.kind !== "trending")) strategies.push("cold-start");
        // Fill stays below every personal pick whatever its own score.
        const floor = picked.at(-1)?.score ?? 1;
        picked = [...picked, ...fill.map((entry, index) => ({ ...entry, score: Math.min(entry.score, floor) * (1 - 0.001 * (index + 1)) }))];
        for (const entry of personal.skipped) {
          if (picked.length === options.limit) break;
          picked.push({ ...entry, score: Math.min(entry.score, picked.at(-1)?.score ?? 1) * 0.999 });
        }
      }
      return finish("forShopper", picked, options, { strategy: "personalized", strategies, coldStart: false, ...meta });
    },

    async similar(productId, options = {}) {
      const { id, resolvedOptions, catalog, anchor } = await anchoredRequest(productId, options, "similar");
      const scored: Scored[] = [];
      for (const candidate of pool(catalog, resolvedOptions, new Set([id]))) {
        const comparison = compareProducts(anchor, candidate);
        if (comparison.score < minSimilarity) continue;
        const reasons = sharedReasons(comparison, anchor, candidate, true);
        if (reasons.length === 0) continue;
        scored.push({ features: candidate, score: comparison.score, reasons });
      }
      return finish("similar", arrange(scored, resolvedOptions), resolvedOptions, {
        strategy: "similar",
        strategies: ["similar"],
        coldStart: false,
        removedAttributes: [],
        unknownProductIds: [],
      });
    },

    async complementary(productId, options = {}) {
      const { id, resolvedOptions, catalog, anchor } = await anchoredRequest(productId, options, "other");
      const candidates = pool(catalog, resolvedOptions, new Set([id]));
      const stats = await safeStatistics(resolvedOptions.abortSignal);
      const together = new Map((stats?.coPurchases(id, resolved.coPurchase.minSupport) ?? []).map((entry) => [entry.productId, entry]));
      const byRule: Scored[] = [];
      const byAttributes: Scored[] = [];
      const scored: Scored[] = [];
      for (const candidate of candidates) {
        const comparison = compareProducts(anchor, candidate);
        const shared = sharedReasons(comparison, anchor, candidate, false);
        const bought = together.get(candidate.id);
        if (bought !== undefined) {
          scored.push({ features: candidate, score: 0.5 + 0.5 * bought.score, reasons: [boughtTogetherReason(anchor, bought), ...shared] });
          continue;
        }
        const rule = complements.match(anchor, candidate);
        if (rule !== undefined) {
          byRule.push({
            features: candidate,
            score: 0.3 + 0.15 * rule.score + 0.04 * comparison.score,
            reasons: [{ kind: "complements", detail: phrases.complements(anchor.product.title), relatedProductId: anchor.id }, ...shared],
          });
          continue;
        }
        // What no rule covers: a different kind of product from the same theme or department.
        if (comparison.sameCategory !== undefined || candidate.categories.length === 0) continue;
        const theme = candidate.collections.find(
          (collection) => isThematicCollection(collection.title, featuredTitles) && anchor.collections.some((other) => other.id === collection.id),
        );
        if (theme === undefined && comparison.sameDepartment === undefined) continue;
        const attributes = Math.min(0.1, 0.05 * (comparison.sharedMaterials.length + comparison.sharedColors.length));
        const reasons: RecommendationReason[] = [
          ...(theme === undefined ? [] : [{ kind: "same-collection" as const, detail: phrases.sameCollection(theme.title), attribute: { name: "collection" as const, value: theme.title }, relatedProductId: anchor.id }]),
          ...(comparison.sameDepartment === undefined ? [] : [{ kind: "same-category" as const, detail: phrases.sameCategory(comparison.sameDepartment), attribute: { name: "category" as const, value: comparison.sameDepartment }, relatedProductId: anchor.id }]),
          ...shared,
        ];
        // Below every rule match (at least 0.36): these only fill a list the rules leave short.
        byAttributes.push({ features: candidate, score: 0.6 * ((theme === undefined ? 0 : 0.25) + (comparison.sameDepartment === undefined ? 0 : 0.1) + attributes), reasons });
      }
      scored.push(...byRule);
      if (scored.length < resolvedOptions.limit) scored.push(...byAttributes);
      const picked = arrange(scored, resolvedOptions);
      const usedCoPurchase = picked.some((entry) => entry.reasons[0]?.kind === "bought-together");
      const usedRules = picked.some((entry) => entry.reasons[0]?.kind !== "bought-together");
      const strategies: RecommendationStrategy[] = [...(usedCoPurchase ? ["co-purchase" as const] : []), ...(usedRules || !usedCoPurchase ? ["rules" as const] : [])];
      return finish("complementary", picked, resolvedOptions, {
        strategy: strategies[0] as RecommendationStrategy,
        strategies,
        coldStart: false,
        removedAttributes: [],
        unknownProductIds: [],
      });
    },

    async trending(options: TrendingOptions = {}) {
      const parsed = parseRequest("options", trendingOptionsSchema, options);
      const resolvedOptions = resolveOptions(parsed, "other");
      resolvedOptions.abortSignal?.throwIfAborted();
      await resolved.ready?.();
      const catalog = catalogOf();
      return popularList("trending", pool(catalog, resolvedOptions, new Set()), resolvedOptions, parsed.windowDays ?? resolved.trending.windowDays, {
        removedAttributes: [],
        unknownProductIds: [],
      });
    },
  };
}
