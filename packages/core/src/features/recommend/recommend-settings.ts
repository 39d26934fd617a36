import { z } from "zod";
import type { CatalogIndex } from "../../retrieval/catalog-index";
import type { EventSink, OrderSource } from "../../sources/sources";
import type { LanguageModel } from "../../spec";
import { complementRuleSchema } from "./complement-rules";

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const hasFunctions =
  (...names: string[]) =>
  (value: unknown) =>
    isObject(value) && names.every((name) => typeof value[name] === "function");
const isFunction = (value: unknown) => typeof value === "function";

const catalogSchema = z.custom<CatalogIndex | (() => CatalogIndex)>(
  (value) => isFunction(value) || hasFunctions("get", "all")(value),
  "must be a CatalogIndex (from createCatalogIndex) or a function returning the current one",
);

const diversitySchema = z
  .object({
    /** MMR trade-off: 1 is pure relevance, lower spreads the list over different products. */
    lambda: z.number().min(0).max(1).default(0.7),
    /** At most this many picks from one leaf category (not applied to `similar`, whose point is one category). */
    maxPerCategory: z.number().int().min(1).default(3),
  })
  .strict();

export const recommenderSettingsSchema = z
  .object({
    /** The product index, or a getter for it when the index is swapped on refresh (as the Aisle client does). */
    catalog: catalogSchema,
    /** Orders for co-purchases, trending and a signed-in shopper's history; `listOrders` is what store-wide statistics need. */
    orders: z.custom<OrderSource>(hasFunctions("findOrderByName", "listOrdersForCustomer"), "must be an OrderSource").optional(),
    now: z.custom<() => Date>(isFunction, "must be a function returning a Date").optional(),
    /** Phrases whys when `explain` is "model"; phrasing that claims more than the reasons is replaced by the code's. */
    model: z.custom<LanguageModel>(hasFunctions("doGenerate", "doStream"), "must be a LanguageModel").optional(),
    events: z.custom<EventSink>(hasFunctions("emit"), "must be an EventSink (an object with emit)").optional(),
    /** Awaited before every call, e.g. until the catalog is indexed. */
    ready: z.custom<() => Promise<void>>(isFunction, "must be a function returning a promise").optional(),
    /** Language of the whys. */
    language: z.enum(["en", "de", "fr", "es"]).default("en"),
    limit: z.number().int().min(1).max(100).default(8),
    explain: z.enum(["code", "model"]).default("code"),
    diversity: z.union([z.literal(false), diversitySchema]).default({ lambda: 0.7, maxPerCategory: 3 }),
    coPurchase: z
      .object({
        lookbackDays: z.number().int().min(1).default(365),
        maxOrders: z.number().int().min(1).default(20_000),
        /** Orders that must hold both products before they count as bought together; raise it on small shops for privacy. */
        minSupport: z.number().int().min(1).default(1),
      })
      .strict()
      .default({ lookbackDays: 365, maxOrders: 20_000, minSupport: 1 }),
    trending: z
      .object({
        windowDays: z.number().int().min(1).default(30),
        halfLifeDays: z.number().positive().default(7),
      })
      .strict()
      .default({ windowDays: 30, halfLifeDays: 7 }),
    /** Complement rules tried before the defaults (see `defaultComplementRules`). */
    complementRules: z.array(complementRuleSchema).default([]),
    defaultComplementRules: z.boolean().default(true),
    /** Collection titles or ids for cold start: bestsellers first, then new arrivals (case and accents ignored). */
    featuredCollections: z
      .object({
        bestsellers: z.array(z.string().trim().min(1)).default(["Bestsellers", "Best sellers", "Top sellers", "Bestseller", "Meilleures ventes", "Más vendidos"]),
        newArrivals: z.array(z.string().trim().min(1)).default(["New arrivals", "New in", "Just in", "Neuheiten", "Nouveautés", "Novedades"]),
      })
      .strict()
      .default({
        bestsellers: ["Bestsellers", "Best sellers", "Top sellers", "Bestseller", "Meilleures ventes", "Más vendidos"],
        newArrivals: ["New arrivals", "New in", "Just in", "Neuheiten", "Nouveautés", "Novedades"],
      }),
    /** Order statistics are recomputed after this long; 0 recomputes on every call. */
    statisticsTtlSeconds: z.number().min(0).default(300),
    /** Load a signed-in shopper's orders as history when a request gives a `customerId` and no history. */
    useCustomerOrders: z.boolean().default(true),
  })
  .strict()
  .superRefine((settings, context) => {
    if (settings.explain === "model" && settings.model === undefined) {
      context.addIssue({ code: "custom", path: ["model"], message: 'is required when explain is "model"' });
    }
  });

export type RecommenderSettings = z.input<typeof recommenderSettingsSchema>;
export type ResolvedRecommenderSettings = z.output<typeof recommenderSettingsSchema>;

const productIdSchema = z.string().trim().min(1);

const filtersSchema = z
  .object({
    inStockOnly: z.boolean().optional(),
    priceMin: z.number().nonnegative().optional(),
    priceMax: z.number().nonnegative().optional(),
    excludeIds: z.array(productIdSchema).optional(),
  })
  .strict()
  .refine((filters) => filters.priceMin === undefined || filters.priceMax === undefined || filters.priceMin <= filters.priceMax, {
    message: "priceMin must not be above priceMax",
    path: ["priceMin"],
  });

const optionsShape = {
  limit: z.number().int().min(1).max(100).optional(),
  filters: filtersSchema.optional(),
  diversity: z
    .union([
      z.literal(false),
      z.object({ lambda: z.number().min(0).max(1).optional(), maxPerCategory: z.number().int().min(1).optional() }).strict(),
    ])
    .optional(),
  explain: z.enum(["code", "model"]).optional(),
  abortSignal: z.custom<AbortSignal>((value) => value instanceof AbortSignal, "must be an AbortSignal").optional(),
};

export const recommendOptionsSchema = z.object(optionsShape).strict();

export const trendingOptionsSchema = z.object({ ...optionsShape, windowDays: z.number().int().min(1).optional() }).strict();

const historyItemSchema = z.union([
  productIdSchema,
  z
    .object({
      productId: productIdSchema,
      variantId: z.string().optional(),
      quantity: z.number().int().positive().optional(),
      orderedAt: z.iso.datetime({ offset: true, message: "must be an ISO 8601 date-time" }).optional(),
    })
    .strict(),
]);

export const forShopperRequestSchema = z
  .object({
    ...optionsShape,
    history: z.array(historyItemSchema).max(1000).optional(),
    browsing: z.array(productIdSchema).max(1000).optional(),
    cart: z.array(productIdSchema).max(1000).optional(),
    // Any shape: the profile is stripped of protected attributes, and ranking reads only a few named fields.
    profile: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
