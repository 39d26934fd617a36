import { z } from "zod";
import { productSchema } from "../catalog/product";
import { knowledgeDocumentSchema } from "../knowledge/knowledge-settings";
import type { UsageScope, UsageTracker } from "../middleware/usage-tracker";
import type { LanguageModel } from "../spec";
import { returnRulesSchema } from "../features/support/return-rules";
import type { CatalogSource, EventSink, KnowledgeSource, OrderSource, ReviewSource } from "../sources/sources";
import { platformOrderSchema, reviewSchema } from "../sample-store/schemas";
import type { PiiSettings } from "../guards/pii/pii-settings";
import type { SearchStore } from "../spec/search-store";
import { brandVoiceSchema } from "../features/copy/brand-voice";
import type { DraftStore } from "../features/copy/draft-store";
import { embeddingModelSchema } from "../util/model-schemas";

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const hasFunction = (name: string) => (value: unknown) => isObject(value) && typeof value[name] === "function";

const languageModelSchema = z.custom<LanguageModel>(
  (value) => hasFunction("doGenerate")(value) && hasFunction("doStream")(value),
  "must be a LanguageModel (an object with doGenerate and doStream), e.g. createOpenAI()(\"gpt-4.1-mini\")",
);

export const aisleSettingsSchema = z
  .object({
    /** Defaults to OpenAI when OPENAI_API_KEY is set, else the offline model (see `resolveDefaultModels`). */
    model: languageModelSchema.optional(),
    /** Vectors for retrieval; defaults like `model`. `false` keeps retrieval lexical only. */
    embeddings: z.union([embeddingModelSchema, z.literal(false)]).optional(),
    store: z
      .object({
        name: z.string().trim().min(1),
        /** ISO 4217 code for prices in shoppers' queries that name no currency. */
        currency: z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 code such as USD").default("USD"),
        language: z.enum(["en", "de", "fr", "es"]).default("en"),
      })
      .strict(),
    /** Products as an array (validated here) or a source a plugin implements. */
    catalog: z.union([z.array(productSchema), z.custom<CatalogSource>(hasFunction("listProducts"), "must be a product array or a CatalogSource")]),
    knowledge: z
      .union([z.array(knowledgeDocumentSchema), z.custom<KnowledgeSource>(hasFunction("listDocuments"), "must be a document array or a KnowledgeSource")])
      .optional(),
    orders: z
      .union([z.array(platformOrderSchema), z.custom<OrderSource>(hasFunction("findOrderByName"), "must be an order array or an OrderSource")])
      .optional(),
    reviews: z
      .union([z.array(reviewSchema), z.custom<ReviewSource>(hasFunction("listReviews"), "must be a review array or a ReviewSource")])
      .optional(),
    events: z.custom<EventSink>(hasFunction("emit"), "must be an EventSink (an object with emit)").optional(),
    guards: z
      .object({
        /** Pseudonymise personal data before it reaches the model, per conversation (default on). */
        pii: z.union([z.boolean(), z.custom<PiiSettings>(isObject, "must be PII settings or a boolean")]).default(true),
        /**
         * Prompt-injection screening. Shopper messages the detector blocks are refused (or only flagged);
         * instructions inside retrieved content (product text, reviews) are stripped, flagged or dropped.
         */
        injection: z
          .union([
            z.literal(false),
            z
              .object({
                onShopperMessage: z.enum(["refuse", "flag", "allow"]).default("refuse"),
                onRetrievedContent: z.enum(["strip", "flag", "drop"]).default("strip"),
              })
              .strict(),
          ])
          .default({ onShopperMessage: "refuse", onRetrievedContent: "strip" }),
        /** Check model-written answers and copy against their facts (on by default). */
        grounding: z.boolean().default(true),
        /** Lint copy drafts for exclusionary language (gendered, ageist, ableist, body-shaming, stereotyping). */
        bias: z.boolean().default(true),
      })
      .strict()
      .default({ pii: true, injection: { onShopperMessage: "refuse", onRetrievedContent: "strip" }, grounding: true, bias: true }),
    copy: z
      .object({
        /** `auto`: the model drafts unless it is the offline one; then drafts are composed from the facts in code. */
        drafting: z.enum(["auto", "model", "composer"]).default("auto"),
        /** Where drafts wait for approval; in memory by default. */
        drafts: z.custom<DraftStore>(hasFunction("put"), "must be a DraftStore (createFileDraftStore or your own)").optional(),
      })
      .strict()
      .default({ drafting: "auto" }),
    /**
     * Where the product search index lives instead of memory: a store created with `catalogSearchSchema`'s fields,
     * e.g. `createPostgresStore({ client, table: "aisle_products", ...catalogSearchSchema })` for an index in the
     * shop's PostgreSQL. Every feature then searches it.
     */
    catalogStore: z
      .custom<SearchStore>(
        (value) => isObject(value) && typeof value.search === "function" && typeof value.upsert === "function" && typeof value.delete === "function",
        "must be a SearchStore (createEmbeddedStore or createPostgresStore)",
      )
      .optional(),
    /**
     * Whether product texts are the merchant's own words. Off by default: descriptions often come from supplier
     * feeds and can carry instructions, so they are fenced as data and screened like reviews.
     */
    trustCatalog: z.boolean().default(false),
    /**
     * How answers and copy should sound: a sentence ("warm, plain-spoken") or the full voice (tone, audience,
     * banned words, reading level, spelling variant), which copy drafts are checked against.
     */
    brandVoice: z.union([z.string().trim().min(1).max(2000), brandVoiceSchema]).optional(),
    budget: z
      .object({
        /** The model's context window; prompts are fitted to it by real token counts. */
        contextTokens: z.number().int().min(1024).default(128_000),
        reserveOutputTokens: z.number().int().min(16).default(1024),
        /** Usage and cost accounting with budgets that refuse further calls (see `createUsageTracker`). */
        tracker: z.custom<UsageTracker>(hasFunction("record"), "must be a UsageTracker from createUsageTracker").optional(),
        scope: z.custom<UsageScope>(isObject, "must be a usage scope such as { shop: 'acme' }").optional(),
      })
      .strict()
      .default({ contextTokens: 128_000, reserveOutputTokens: 1024 }),
    returns: returnRulesSchema.default({
      windowDays: 30,
      timeZone: "UTC",
      finalSaleTags: ["final sale", "final-sale"],
      finalSaleCollections: [],
      finalSaleAttribute: "final_sale",
      trialAttribute: "trial_nights",
      trialMinimumNights: 0,
    }),
    support: z
      .object({
        /** Below this intent confidence the assistant asks or hands off instead of guessing. */
        confidenceThreshold: z.number().min(0).max(1).default(0.5),
      })
      .strict()
      .default({ confidenceThreshold: 0.5 }),
    /** The clock; tests and demos pin it. */
    now: z.custom<() => Date>((value) => typeof value === "function", "must be a function returning a Date").optional(),
    /** Called while the catalog and knowledge are indexed. */
    onProgress: z
      .custom<(progress: AisleProgress) => void>((value) => typeof value === "function", "must be a function")
      .optional(),
  })
  .strict();

export type AisleSettings = z.input<typeof aisleSettingsSchema>;

export type AisleProgress = { phase: "catalog" | "knowledge"; done: number; total: number };
