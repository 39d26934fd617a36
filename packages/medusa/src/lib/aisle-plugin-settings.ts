import { brandVoiceSchema, chatHandlerSettingsSchema, knowledgeDocumentSchema, parseSettings, type EmbeddingModel, type LanguageModel, type ReviewSource } from "@aisle/core";
import { z } from "zod";

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const hasFunction = (name: string) => (value: unknown) => isObject(value) && typeof value[name] === "function";

const sqlIdentifier = z
  .string()
  .regex(/^[a-z_][a-z0-9_]{0,62}$/, "lower-case letters, digits and _, starting with a letter or _, at most 63 characters");

/**
 * The plugin's options, as given in `medusa-config.ts`:
 * `plugins: [{ resolve: "@aisle/medusa", options: { store: { name: "Acme" } } }]`. Medusa hands the same object
 * to the plugin's module, which validates it when the application loads; an `InvalidConfigError` names every
 * bad option at once.
 */
export const aislePluginSettingsSchema = z
  .object({
    store: z
      .object({
        name: z.string().trim().min(1),
        /** ISO 4217 code of the prices indexed and of prices in shoppers' queries that name no currency. */
        currency: z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 code such as USD").default("USD"),
        language: z.enum(["en", "de", "fr", "es"]).default("en"),
      })
      .strict(),
    /** A LanguageModel; OpenAI when OPENAI_API_KEY is set, else the offline model. */
    model: z
      .custom<LanguageModel>((value) => hasFunction("doGenerate")(value) && hasFunction("doStream")(value), "must be a LanguageModel, e.g. createOpenAI()(\"gpt-4.1-mini\")")
      .optional(),
    /** Vectors for search; `false` keeps search lexical. Defaults like `model`. */
    embeddings: z.union([z.custom<EmbeddingModel>(hasFunction("doEmbed"), "must be an EmbeddingModel or false"), z.literal(false)]).optional(),
    /** Where product links in answers point: `${storefrontUrl}/products/${handle}`. */
    storefrontUrl: z.url({ protocol: /^https?$/, message: "must be an http(s) URL" }).optional(),
    /** Store policies and FAQs the assistant answers from. */
    knowledge: z.array(knowledgeDocumentSchema).default([]),
    /**
     * Where reviews come from (Medusa has no review module): any object with `listReviews({ productId })`, e.g.
     * a wrapper around a review plugin's service. Reviews can also be passed to the analyse-reviews workflow.
     */
    reviews: z.custom<ReviewSource>(hasFunction("listReviews"), "must be a ReviewSource (an object with listReviews)").optional(),
    brandVoice: z.union([z.string().trim().min(1).max(2000), brandVoiceSchema]).optional(),
    index: z
      .object({
        /**
         * `postgres` (default): a table in Medusa's own database, with pgvector where the database has it and
         * full-text search where it does not. `embedded`: Aisle's in-process store, kept in `path` when given.
         */
        store: z.enum(["postgres", "embedded"]).default("postgres"),
        table: sqlIdentifier.default("aisle_product_search"),
        schema: sqlIdentifier.optional(),
        /** File for the embedded store; in memory only when left out. */
        path: z.string().min(1).optional(),
        /** `auto`: vectors when there is an embedding model and (for postgres) the pgvector extension. */
        vectors: z.enum(["auto", "off"]).default("auto"),
        /** Products read through Query per page while re-indexing. */
        pageSize: z.number().int().min(10).max(5000).default(500),
      })
      .strict()
      .default({ store: "postgres", table: "aisle_product_search", vectors: "auto", pageSize: 500 }),
    copy: z
      .object({
        drafting: z.enum(["auto", "model", "composer"]).default("auto"),
        /** Which product field an approved description is written to. */
        descriptionField: z.enum(["description", "subtitle"]).default("description"),
      })
      .strict()
      .default({ drafting: "auto", descriptionField: "description" }),
    chat: z
      .object({
        /** Turns kept per request; older ones are dropped before the assistant sees them. */
        maxMessages: z.number().int().min(1).max(100).default(20),
        maxMessageLength: z.number().int().min(1).max(20_000).default(4000),
        /** Keep conversations (messages, intent, outcome) in the module's table. */
        record: z.boolean().default(true),
        /** A `: keep-alive` comment goes out after this long without an event, so idle-closing proxies keep a slow answer open; 0 sends none. */
        keepAliveMs: chatHandlerSettingsSchema.shape.keepAliveMs,
      })
      .strict()
      .default({ maxMessages: 20, maxMessageLength: 4000, record: true, keepAliveMs: 15_000 }),
    guards: z
      .object({
        pii: z.boolean().default(true),
        grounding: z.boolean().default(true),
        injection: z.union([z.literal(false), z.enum(["refuse", "flag"])]).default("refuse"),
      })
      .strict()
      .default({ pii: true, grounding: true, injection: "refuse" }),
    /** Keep analytics events in the module's table (on by default). */
    analytics: z.boolean().default(true),
    /** Trust product texts as the merchant's own words (see the core's `trustCatalog`). */
    trustCatalog: z.boolean().default(false),
  })
  .strict();

export type AislePluginOptions = z.input<typeof aislePluginSettingsSchema>;
export type ResolvedAislePluginOptions = z.output<typeof aislePluginSettingsSchema>;

/** Throws `InvalidConfigError` naming every bad option ("store.name", "index.store", an unknown key …). */
export function parseAislePluginOptions(options: unknown): ResolvedAislePluginOptions {
  // Medusa passes `{}` when the plugin is listed without options; the error then names what is required.
  // Medusa adds its own keys to a module's options (`database` for the module's connection): not ours to check.
  const { database: _database, ...own } = (typeof options === "object" && options !== null ? options : {}) as Record<string, unknown>;
  return parseSettings("@aisle/medusa plugin", aislePluginSettingsSchema, options === undefined || options === null ? {} : typeof options === "object" ? own : options);
}
