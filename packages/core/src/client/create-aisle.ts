import type { Product } from "../catalog/product";
import { createDefaultIntentClassifier } from "../features/support/intent/default-intent-classifier";
import type { IntentClassifier } from "../features/support/intent/intent-classifier";
import { createSupportAssistant, type SupportAssistant } from "../features/support/support-assistant";
import { brandVoiceSchema, type ResolvedBrandVoice } from "../features/copy/brand-voice";
import { createCopywriter, type Copywriter } from "../features/copy/copywriter";
import { createRecommender } from "../features/recommend/recommender";
import type { Recommender } from "../features/recommend/recommend-types";
import { createReviewIntelligence, type ReviewIntelligence } from "../features/reviews/review-intelligence";
import { createInMemoryDraftStore } from "../features/copy/draft-store";
import type { CopyLanguage } from "../features/copy/offline-composer";
import { lintCopy } from "../guards/bias/lint-copy";
import { createGroundingChecker } from "../guards/grounding/grounding-checker";
import { createPiiDetector, type PiiDetector } from "../guards/pii/pii-detector";
import { piiMiddleware } from "../guards/pii/pii-middleware";
import { createInjectionDetector } from "../guards/injection/injection-detector";
import { injectionMiddleware } from "../guards/injection/injection-middleware";
import type { BuiltInEntityType } from "../guards/pii/pii-types";
import { createPiiVault } from "../guards/pii/pii-vault";
import type { KnowledgeDocument } from "../knowledge/knowledge-settings";
import type { LanguageModelMiddleware } from "../middleware/language-model-middleware";
import { usageMiddleware } from "../middleware/usage-middleware";
import { wrapLanguageModel } from "../middleware/wrap-language-model";
import { resolveDefaultModels } from "../providers/default/default-models";
import { createCatalogIndex, type CatalogIndex } from "../retrieval/catalog-index";
import { createKnowledgeIndex, type KnowledgeIndex } from "../retrieval/knowledge-index";
import { createInMemoryCatalog, createInMemoryKnowledge, createInMemoryOrders, createInMemoryReviews } from "../sources/in-memory-sources";
import type { CatalogSource, KnowledgeSource, OrderSource, ReviewSource } from "../sources/sources";
import type { EmbeddingModel, LanguageModel } from "../spec";
import { parseSettings } from "../util/parse-settings";
import { aisleSettingsSchema, type AisleSettings } from "./aisle-settings";

export type AisleIndexReport = { products: number; skippedProducts: number; knowledgeDocuments: number; knowledgeChunks: number; ms: number };

export type Aisle = {
  support: SupportAssistant;
  /** Product copy as drafts awaiting approval, fact-checked, linted and checked against the brand voice. */
  copy: Copywriter;
  /** Personal, similar, complementary and trending picks, each with a "why" from real attributes. */
  recommend: Recommender;
  /** Sentiment per review and aspect, moderation flags, and "customers say" summaries citing review ids. */
  reviews: ReviewIntelligence;
  /** The product index the features search; usable directly for search pages. */
  catalog: CatalogIndex;
  knowledge: KnowledgeIndex;
  /** Which models answer: the configured ones, or the defaults ("openai" / "offline"). */
  readonly models: { language: LanguageModel; embeddings: EmbeddingModel | undefined; source: "custom" | "openai" | "offline" };
  /** Indexes the catalog and knowledge (once; features call it themselves). */
  ready(): Promise<AisleIndexReport>;
  /** Re-reads the sources and re-indexes, e.g. after a product webhook. */
  refresh(): Promise<AisleIndexReport>;
  /**
   * Erases what the client holds for conversations (their PII vaults: the personal values behind placeholders),
   * for privacy requests such as Shopify's `customers/redact`. Returns how many conversations were held.
   * Analytics events already sent to the event sink are the sink's to erase.
   */
  forgetConversations(conversationIds: readonly string[]): number;
  /** The data sources, as given or wrapped from arrays. */
  readonly sources: { catalog: CatalogSource; knowledge?: KnowledgeSource; orders?: OrderSource; reviews?: ReviewSource };
};

/**
 * What the conversation guard hides from the model by default: what identifies a shopper or their order.
 * Countries, cities, company names, dates, URLs and discount codes stay readable, because answers depend on
 * them ("do you ship to the UK?", "why didn't FALL15 work?") and they identify nobody on their own. Pass
 * `guards.pii` settings with `entities` to choose differently.
 */
export const conversationPiiEntities = [
  "EMAIL_ADDRESS",
  "PHONE_NUMBER",
  "CREDIT_CARD",
  "IBAN_CODE",
  "IP_ADDRESS",
  "US_SSN",
  "ZIP_CODE",
  "STREET_ADDRESS",
  "PERSON",
  "AGE",
  "ORDER_NUMBER",
  "TRACKING_NUMBER",
  "GIFT_CARD_CODE",
] as const satisfies readonly BuiltInEntityType[];

/** Conversations whose PII vault is kept; the least recently used is forgotten beyond this. */
const maxConversations = 1000;

/**
 * The Aisle client: validates every setting once (an `InvalidConfigError` names each bad path) and returns the
 * features over one set of models, indexes and guards. Nothing is fetched or indexed until the first call (or
 * `ready()`), so building a client is cheap and needs no network.
 */
export function createAisle(settings: AisleSettings): Aisle {
  const resolved = parseSettings("Aisle client", aisleSettingsSchema, settings);
  const needsDefaults = resolved.model === undefined || resolved.embeddings === undefined;
  const defaults = needsDefaults ? resolveDefaultModels() : undefined;
  const baseModel = resolved.model ?? (defaults?.languageModel as LanguageModel);
  const embeddings = resolved.embeddings === false ? undefined : (resolved.embeddings ?? defaults?.embeddingModel);
  const now = resolved.now ?? (() => new Date());

  const sources = {
    catalog: Array.isArray(resolved.catalog) ? createInMemoryCatalog(resolved.catalog) : resolved.catalog,
    ...(resolved.knowledge === undefined
      ? {}
      : { knowledge: Array.isArray(resolved.knowledge) ? createInMemoryKnowledge(resolved.knowledge as KnowledgeDocument[]) : resolved.knowledge }),
    ...(resolved.orders === undefined
      ? {}
      : { orders: Array.isArray(resolved.orders) ? createInMemoryOrders(resolved.orders) : resolved.orders }),
    ...(resolved.reviews === undefined
      ? {}
      : { reviews: Array.isArray(resolved.reviews) ? createInMemoryReviews(resolved.reviews) : resolved.reviews }),
  };

  const indexSettings = { ...(embeddings === undefined ? {} : { embeddingModel: embeddings }), language: resolved.store.language };
  const catalogSettings = {
    ...indexSettings,
    currency: resolved.store.currency,
    ...(resolved.catalogStore === undefined ? {} : { store: resolved.catalogStore }),
  };
  let catalog = createCatalogIndex(catalogSettings);
  let knowledge = createKnowledgeIndex(indexSettings);
  let indexing: Promise<AisleIndexReport> | undefined;
  /**
   * Product changes made through `aisle.catalog` while a (re)index runs (a webhook arriving mid-sync). They go
   * to the serving index at once and are replayed onto the new one before it takes over, so none is lost.
   */
  let changesDuringIndex: Array<{ upsert: readonly Product[] } | { remove: readonly string[] }> | undefined;

  const index = async (): Promise<AisleIndexReport> => {
    const started = performance.now();
    const changes: NonNullable<typeof changesDuringIndex> = [];
    changesDuringIndex = changes;
    const nextCatalog = createCatalogIndex(catalogSettings);
    const nextKnowledge = createKnowledgeIndex(indexSettings);
    const listed = await sources.catalog.listProducts();
    const visible = listed.filter((product: Product) => product.status === "active");
    resolved.onProgress?.({ phase: "catalog", done: 0, total: visible.length });
    const batch = 256;
    for (let start = 0; start < visible.length; start += batch) {
      await nextCatalog.upsert(visible.slice(start, start + batch));
      resolved.onProgress?.({ phase: "catalog", done: Math.min(start + batch, visible.length), total: visible.length });
    }
    const documents = sources.knowledge === undefined ? [] : await sources.knowledge.listDocuments();
    resolved.onProgress?.({ phase: "knowledge", done: 0, total: documents.length });
    const chunks = await nextKnowledge.upsert(documents);
    resolved.onProgress?.({ phase: "knowledge", done: documents.length, total: documents.length });
    // Replay what changed meanwhile, in order; new changes may arrive during the replay itself.
    for (let replayed = 0; replayed < changes.length; replayed++) {
      const change = changes[replayed] as (typeof changes)[number];
      if ("upsert" in change) await nextCatalog.upsert(change.upsert.filter((product) => product.status === "active"));
      else nextCatalog.remove(change.remove);
    }
    // A shared store holds the previous run's products too: those no longer listed leave it.
    if (resolved.catalogStore !== undefined) {
      const gone = catalog.all().filter((product) => nextCatalog.get(product.id) === undefined).map((product) => product.id);
      if (gone.length > 0) await resolved.catalogStore.delete(gone);
    }
    // Swap only when both are complete: a failed refresh leaves the previous indexes serving.
    if (changesDuringIndex === changes) changesDuringIndex = undefined;
    catalog = nextCatalog;
    knowledge = nextKnowledge;
    return {
      products: visible.length,
      skippedProducts: listed.length - visible.length,
      knowledgeDocuments: documents.length,
      knowledgeChunks: chunks.length,
      ms: Math.round(performance.now() - started),
    };
  };

  const ready = (): Promise<AisleIndexReport> => {
    indexing ??= index().catch((error: unknown) => {
      indexing = undefined;
      changesDuringIndex = undefined;
      throw error;
    });
    return indexing;
  };

  const injection = resolved.guards.injection;
  const injectionDetector = injection === false ? undefined : createInjectionDetector();
  const middleware: LanguageModelMiddleware[] = [];
  if (resolved.budget.tracker !== undefined) {
    middleware.push(usageMiddleware({ tracker: resolved.budget.tracker, scope: resolved.budget.scope ?? { feature: "support" } }));
  }
  if (injection !== false) {
    // Shopper messages were screened before the call (support refuses in its own words); here the middleware
    // screens what was retrieved, and flags anything that slipped into the conversation.
    middleware.push(
      injectionMiddleware({
        detector: injectionDetector,
        onShopperMessage: injection.onShopperMessage === "allow" ? "allow" : "flag",
        onRetrievedContent: injection.onRetrievedContent,
      }),
    );
  }
  const shared = middleware.length === 0 ? baseModel : wrapLanguageModel({ model: baseModel, middleware });

  let detector: PiiDetector | undefined;
  const piiSettings =
    resolved.guards.pii === true
      ? { entities: [...conversationPiiEntities] }
      : resolved.guards.pii === false
        ? undefined
        : resolved.guards.pii;
  const perConversation = new Map<string, LanguageModel>();
  const modelFor = (conversationId: string | undefined): LanguageModel => {
    if (piiSettings === undefined) return shared;
    detector ??= createPiiDetector(piiSettings);
    if (conversationId === undefined) return wrapLanguageModel({ model: shared, middleware: piiMiddleware({ detector, vault: createPiiVault() }) });
    let model = perConversation.get(conversationId);
    if (model === undefined) {
      model = wrapLanguageModel({ model: shared, middleware: piiMiddleware({ detector, vault: createPiiVault() }) });
      if (perConversation.size >= maxConversations) perConversation.delete(perConversation.keys().next().value as string);
    } else {
      perConversation.delete(conversationId);
    }
    perConversation.set(conversationId, model);
    return model;
  };

  const groundingChecker = resolved.guards.grounding ? createGroundingChecker() : undefined;
  const voice: ResolvedBrandVoice =
    typeof resolved.brandVoice === "object" ? resolved.brandVoice : brandVoiceSchema.parse(resolved.brandVoice === undefined ? {} : { tone: resolved.brandVoice });
  const voiceText =
    resolved.brandVoice === undefined
      ? undefined
      : [voice.tone, voice.audience === undefined ? undefined : `for ${voice.audience}`].filter((part) => part !== undefined).join(", ");

  let intents: IntentClassifier | undefined;
  const intentClassifier: IntentClassifier = {
    classify: (text) => (intents ??= createDefaultIntentClassifier()).classify(text),
    get intents() {
      return (intents ??= createDefaultIntentClassifier()).intents;
    },
    toJSON: () => (intents ??= createDefaultIntentClassifier()).toJSON(),
  } as IntentClassifier;

  const support = createSupportAssistant({
    model: modelFor,
    get catalog() {
      return catalog;
    },
    get knowledge() {
      return knowledge;
    },
    ...(sources.orders === undefined ? {} : { orders: sources.orders }),
    intents: intentClassifier,
    ...(injection === false || injection.onShopperMessage === "allow" || injectionDetector === undefined
      ? {}
      : { screening: { detector: injectionDetector, action: injection.onShopperMessage } }),
    trustCatalog: resolved.trustCatalog,
    confidenceThreshold: resolved.support.confidenceThreshold,
    returnRules: resolved.returns,
    storeName: resolved.store.name,
    ...(voiceText === undefined ? {} : { brandVoice: voiceText }),
    ...(groundingChecker === undefined ? {} : { grounding: groundingChecker }),
    budget: { contextTokens: resolved.budget.contextTokens, reserveOutputTokens: resolved.budget.reserveOutputTokens },
    now,
    ...(resolved.events === undefined ? {} : { events: resolved.events }),
    ready: async () => {
      await ready();
    },
  });

  const copy = createCopywriter({
    model: shared,
    drafting: resolved.copy.drafting,
    storeName: resolved.store.name,
    voice,
    // Drafts are written from the indexed catalog, so copy waits for it like every feature.
    product: (id) => catalog.get(id),
    drafts: resolved.copy.drafts ?? createInMemoryDraftStore(),
    ...(groundingChecker === undefined
      ? {}
      : {
          factCheck: (text: string, product: Product) =>
            groundingChecker
              // The merchant's own image descriptions count too: alt text describes what the photo shows.
              .check({ text, facts: [product, ...product.images.flatMap((image) => (image.alt === undefined || image.alt === "" ? [] : [image.alt]))] })
              .unsupported.map((claim) => ({ text: claim.text, reason: claim.reason })),
        }),
    ...(resolved.guards.bias ? { biasLint: (text: string, language: CopyLanguage) => lintCopy(text, language) } : {}),
    now,
    ...(resolved.events === undefined ? {} : { events: resolved.events }),
  });
  const readyCopy: Copywriter = {
    ...copy,
    productDescription: async (product, options) => (await ready(), copy.productDescription(product, options)),
    seoMeta: async (product, options) => (await ready(), copy.seoMeta(product, options)),
    altText: async (product, options) => (await ready(), copy.altText(product, options)),
    adCopy: async (product, options) => (await ready(), copy.adCopy(product, options)),
    emailSubjects: async (product, options) => (await ready(), copy.emailSubjects(product, options)),
    bulk: async (job) => (await ready(), copy.bulk(job)),
  };

  const recommend = createRecommender({
    catalog: () => catalog,
    ...(sources.orders === undefined ? {} : { orders: sources.orders }),
    now,
    ...(resolved.model === undefined && defaults?.source === "offline" ? {} : { model: shared }),
    language: resolved.store.language,
    ...(resolved.events === undefined ? {} : { events: resolved.events }),
    ready: async () => {
      await ready();
    },
  });

  const reviews = createReviewIntelligence({
    model: shared,
    ...(sources.reviews === undefined ? {} : { reviews: sources.reviews }),
  });

  const catalogView: CatalogIndex = {
    get size() {
      return catalog.size;
    },
    get: (id) => catalog.get(id),
    all: () => catalog.all(),
    search: (query, options) => catalog.search(query, options),
    async upsert(products, options) {
      changesDuringIndex?.push({ upsert: [...products] });
      await catalog.upsert(products, options);
    },
    remove(ids) {
      changesDuringIndex?.push({ remove: [...ids] });
      return catalog.remove(ids);
    },
  };

  return {
    support,
    copy: readyCopy,
    recommend,
    reviews,
    catalog: catalogView,
    get knowledge() {
      return knowledge;
    },
    models: {
      language: baseModel,
      embeddings,
      source: resolved.model !== undefined ? "custom" : (defaults?.source ?? "custom"),
    },
    ready,
    forgetConversations(conversationIds) {
      let forgotten = 0;
      for (const conversationId of conversationIds) if (perConversation.delete(conversationId)) forgotten++;
      return forgotten;
    },
    async refresh() {
      indexing = index();
      return indexing;
    },
    sources,
  };
}
