import {
  createAisle,
  type Aisle,
  type AisleEvent,
  type CopyDraft,
  type CopyKind,
  type CopyOptions,
  type Order,
  type Product,
  type Review,
  type SqlClient,
  type SupportAnswer,
} from "@aisle/core";
import { MedusaError, MedusaService } from "@medusajs/framework/utils";
import { parseAislePluginOptions, type ResolvedAislePluginOptions } from "../../lib/aisle-plugin-settings";
import { createModuleDraftStore, recordToDraft, type CopyDraftCrud, type CopyDraftRecord } from "../../lib/module-draft-store";
import { openProductSearchIndex, type ProductSearchIndex, type ProductSearchOptions, type ProductSearchResult } from "../../lib/product-search-index";
import { createQueryCatalogSource, createQueryOrderSource, type GraphQuery, type QueryCatalogSource } from "../../lib/query-sources";
import { summarizeRatings, type ReviewSummary } from "../../lib/review-summary";
import { AnalyticsEvent } from "./models/analytics-event";
import { Conversation } from "./models/conversation";
import { CopyDraft as CopyDraftModel } from "./models/copy-draft";
import { IndexState } from "./models/index-state";

/** The knex instance Medusa registers as `__pg_connection__`; only what the SQL client needs. */
type KnexLike = {
  client: { acquireConnection(): Promise<{ query(sql: string, params?: unknown[]): Promise<{ rows: unknown[]; rowCount?: number | null }> }>; releaseConnection(connection: unknown): Promise<void> };
};

type InjectedDependencies = { __pg_connection__?: KnexLike; logger?: { info(message: string): void; warn(message: string): void; error(message: string): void } };

export type ChatMessage = { role: "user" | "assistant"; content: string };

export type ChatRequest = {
  message: string;
  conversationId?: string;
  /** The authenticated customer (`req.auth_context.actor_id` of a customer actor); never from the body. */
  customerId?: string;
  abortSignal?: AbortSignal;
};

export type ChatTurn = { conversationId: string; textStream: AsyncIterable<string>; answer: Promise<SupportAnswer> };

export type RecommendationItem = { productId: string; title: string; handle: string; score: number; why: string };

export type ReindexReport = { products: number; skipped: number; removed: number; ms: number; productsPerSecond: number; store: string; vectors: boolean };

/** Pool-safe: every statement the search store sends is atomic on its own, so each may use any connection. */
function sqlClientFromKnex(knex: KnexLike): SqlClient {
  return {
    async query(sql, params) {
      const connection = await knex.client.acquireConnection();
      try {
        return await connection.query(sql, params);
      } finally {
        await knex.client.releaseConnection(connection);
      }
    },
  };
}

const descriptionFrom = (draft: CopyDraft): string => {
  const content = draft.content as { body?: string; bullets?: string[] };
  const bullets = (content.bullets ?? []).map((bullet) => `- ${bullet}`).join("\n");
  return [content.body ?? "", bullets].filter((part) => part !== "").join("\n\n");
};

/**
 * Aisle's Medusa module: support chat, recommendations, product copy and review analysis over the store's
 * catalog and orders (read through Query), with conversations, copy drafts, analytics and index state in its
 * own tables. Routes, subscribers and workflow steps call `connect(query)` first: a module cannot resolve
 * Query itself, so the caller lends it.
 */
export default class AisleModuleService extends MedusaService({ Conversation, CopyDraft: CopyDraftModel, AnalyticsEvent, IndexState }) {
  readonly settings: ResolvedAislePluginOptions;
  private readonly knex: KnexLike | undefined;
  private readonly log: InjectedDependencies["logger"];
  /**
   * What `connect` and the index build later. Kept in one object made in the constructor: Medusa hands out the
   * service behind a Proxy, and properties assigned through it after construction do not read back.
   */
  private readonly state: {
    client?: Aisle;
    catalog?: QueryCatalogSource;
    orders?: ReturnType<typeof createQueryOrderSource>;
    index?: Promise<ProductSearchIndex>;
    indexed: boolean;
  };

  constructor(dependencies: InjectedDependencies, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...(arguments as unknown as [InjectedDependencies]));
    this.settings = parseAislePluginOptions(options);
    this.knex = dependencies.__pg_connection__;
    this.log = dependencies.logger;
    this.state = { indexed: false };
  }

  /** Lends the module Medusa's Query; builds the Aisle client over it once. Safe to call on every request. */
  connect(query: GraphQuery): this {
    if (this.state.client !== undefined) return this;
    const settings = this.settings;
    this.state.catalog = createQueryCatalogSource({
      query,
      currency: settings.store.currency,
      pageSize: settings.index.pageSize,
      ...(settings.storefrontUrl === undefined ? {} : { storefrontUrl: settings.storefrontUrl }),
    });
    this.state.orders = createQueryOrderSource({ query });
    const injection = settings.guards.injection;
    this.state.client = createAisle({
      ...(settings.model === undefined ? {} : { model: settings.model }),
      ...(settings.embeddings === undefined ? {} : { embeddings: settings.embeddings }),
      store: settings.store,
      catalog: this.state.catalog,
      knowledge: settings.knowledge,
      orders: this.state.orders,
      ...(settings.reviews === undefined ? {} : { reviews: settings.reviews }),
      ...(settings.analytics ? { events: { emit: (event: AisleEvent) => this.recordEvent(event) } } : {}),
      guards: {
        pii: settings.guards.pii,
        grounding: settings.guards.grounding,
        injection: injection === false ? false : { onShopperMessage: injection, onRetrievedContent: "strip" },
      },
      copy: { drafting: settings.copy.drafting, drafts: createModuleDraftStore(this as unknown as CopyDraftCrud) },
      ...(settings.brandVoice === undefined ? {} : { brandVoice: settings.brandVoice }),
      trustCatalog: settings.trustCatalog,
    });
    return this;
  }

  /** The Aisle client (support, copy, catalog index); `connect` must have been called. */
  get aisle(): Aisle {
    if (this.state.client === undefined) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The Aisle module is not connected to Query yet: call connect(query) first.");
    }
    return this.state.client;
  }

  private get catalog(): QueryCatalogSource {
    void this.aisle;
    return this.state.catalog as QueryCatalogSource;
  }

  // ---------------------------------------------------------------- support

  /** One chat turn, streamed. The conversation's history is kept here, so clients send only the new message. */
  async chat(request: ChatRequest): Promise<ChatTurn> {
    const aisle = this.aisle;
    const { maxMessages, maxMessageLength, record } = this.settings.chat;
    if (request.message.trim() === "" || request.message.length > maxMessageLength) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `message must be 1-${maxMessageLength} characters.`);
    }
    let history: ChatMessage[] = [];
    let conversationId = request.conversationId;
    if (conversationId !== undefined) {
      const [existing] = await this.listConversations({ id: conversationId }, { take: 1 });
      // Another customer's conversation reads as a missing one, so ids cannot be probed.
      if (existing === undefined || (existing.customer_id ?? undefined) !== request.customerId) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Conversation with id: ${conversationId} was not found`);
      }
      history = (existing.messages as unknown as ChatMessage[]) ?? [];
    } else if (record) {
      const created = await this.createConversations({ customer_id: request.customerId ?? null, messages: [] as unknown as Record<string, unknown>, turns: 0 });
      conversationId = created.id;
    } else {
      conversationId = `aconv_${crypto.randomUUID().replaceAll("-", "")}`;
    }
    const messages: ChatMessage[] = [...history, { role: "user" as const, content: request.message }].slice(-maxMessages);
    // The assistant needs the shopper's message last and a user turn first.
    while (messages.length > 1 && messages[0]?.role !== "user") messages.shift();
    const stream = aisle.support.stream({
      messages,
      conversationId,
      ...(request.customerId === undefined ? {} : { shopper: { customerId: request.customerId } }),
      ...(request.abortSignal === undefined ? {} : { abortSignal: request.abortSignal }),
    });
    const id = conversationId;
    const answer = stream.answer.then(async (result) => {
      if (record) {
        await this.updateConversations({
          id,
          messages: [...messages, { role: "assistant", content: result.text }] as unknown as Record<string, unknown>,
          turns: messages.filter((message) => message.role === "user").length,
          intent: result.intent,
          resolved: result.resolved,
          handoff: result.handoff !== undefined,
        });
      }
      return result;
    });
    return { conversationId: id, textStream: stream.textStream, answer };
  }

  /** Erases conversations (messages and the PII placeholders held for them), e.g. for a privacy request. */
  async forgetConversations(ids: string[]): Promise<number> {
    this.state.client?.forgetConversations(ids);
    const existing = await this.listConversations({ id: ids }, { select: ["id"] });
    if (existing.length > 0) await this.deleteConversations(existing.map((conversation) => conversation.id));
    return existing.length;
  }

  /** The order for its customer only: undefined for anyone else, so order ids cannot be probed. */
  async orderStatus(orderId: string, customerId: string): Promise<Order | undefined> {
    void this.aisle;
    const order = await this.state.orders?.findOrderById(orderId);
    return order !== undefined && order.customerId === customerId ? order : undefined;
  }

  // ---------------------------------------------------------------- recommendations

  /**
   * Products to show next to a product (similar ones), or to a signed-in customer (from what they ordered),
   * or what is trending; each with a one-line reason. The core recommender ranks; Query supplies the orders.
   */
  async recommend(request: { productId?: string; customerId?: string; limit?: number }): Promise<RecommendationItem[]> {
    const aisle = this.aisle;
    await aisle.ready();
    const limit = request.limit ?? 6;
    if (request.productId !== undefined && aisle.catalog.get(request.productId) === undefined) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${request.productId} was not found`);
    }
    const list =
      request.productId !== undefined
        ? await aisle.recommend.similar(request.productId, { limit })
        : request.customerId !== undefined
          ? await aisle.recommend.forShopper({ limit, profile: { customerId: request.customerId } })
          : await aisle.recommend.trending({ limit });
    return list.recommendations.map((item) => ({ productId: item.product.id, title: item.product.title, handle: item.product.handle, score: item.score, why: item.why }));
  }

  // ---------------------------------------------------------------- copy

  /** Drafts copy for products read through Query now (not from a possibly stale index). */
  async draftCopy(input: { productIds: string[]; kind: Exclude<CopyKind, "email-subjects">; jobId?: string; options?: Omit<CopyOptions, "abortSignal">; concurrency?: number }): Promise<{ drafts: CopyDraft[]; failures: Array<{ productId: string; error: string }> }> {
    const aisle = this.aisle;
    const products = await this.catalog.listProductsByIds(input.productIds);
    const missing = input.productIds.filter((id) => !products.some((product) => product.id === id));
    if (missing.length > 0) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Products not found or without a priced variant: ${missing.join(", ")}`);
    const jobId = input.jobId ?? `copy-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const result = await aisle.copy.bulk({ jobId, kind: input.kind, products, ...(input.options === undefined ? {} : { options: input.options }), concurrency: input.concurrency ?? 4 });
    return { drafts: result.drafts, failures: result.failures };
  }

  async retrieveDraft(id: string): Promise<CopyDraft & { previous?: unknown }> {
    const [record] = await this.listCopyDrafts({ id }, { take: 1 });
    if (record === undefined) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Copy draft with id: ${id} was not found`);
    const typed = record as unknown as CopyDraftRecord;
    return { ...recordToDraft(typed), ...(typed.previous === null || typed.previous === undefined ? {} : { previous: typed.previous }) };
  }

  async listDrafts(filter: { productId?: string; status?: CopyDraft["status"]; jobId?: string }, page: { take: number; skip: number }): Promise<{ drafts: CopyDraft[]; count: number }> {
    const [records, count] = await this.listAndCountCopyDrafts(
      {
        ...(filter.productId === undefined ? {} : { product_id: filter.productId }),
        ...(filter.status === undefined ? {} : { status: filter.status }),
        ...(filter.jobId === undefined ? {} : { job_id: filter.jobId }),
      },
      { take: page.take, skip: page.skip, order: { created_at: "DESC" } },
    );
    return { drafts: records.map((record) => recordToDraft(record as unknown as CopyDraftRecord)), count };
  }

  /** Marks a draft approved and returns it with the status it had, for a compensation to restore. */
  async approveDraft(id: string, by?: string): Promise<{ draft: CopyDraft; previousStatus: CopyDraft["status"] }> {
    const current = await this.retrieveDraft(id);
    if (current.status === "rejected") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Copy draft ${id} was rejected; draft again instead.`);
    const draft = await this.aisle.copy.approve(id, by === undefined ? {} : { by });
    return { draft, previousStatus: current.status };
  }

  async rejectDraft(id: string, by?: string): Promise<CopyDraft> {
    await this.retrieveDraft(id);
    return this.aisle.copy.reject(id, by === undefined ? {} : { by });
  }

  /** Puts a draft back as it was before a failed approval. */
  async restoreDraftStatus(id: string, status: CopyDraft["status"], previous: unknown = null): Promise<void> {
    await this.updateCopyDrafts({ id, status, ...(status === "draft" ? { reviewed_at: null, reviewed_by: null } : {}), previous: previous as Record<string, unknown> | null });
  }

  async rememberReplacedText(id: string, previous: unknown): Promise<void> {
    await this.updateCopyDrafts({ id, previous: previous as Record<string, unknown> });
  }

  /** What an approved draft writes to the product: the description, or a metadata key for other kinds. */
  productUpdateFor(draft: CopyDraft): { description?: string; subtitle?: string; metadataKey?: string; metadataValue?: unknown } {
    if (draft.kind === "product-description") {
      return this.settings.copy.descriptionField === "subtitle" ? { subtitle: descriptionFrom(draft) } : { description: descriptionFrom(draft) };
    }
    const key = `aisle_${draft.kind.replaceAll("-", "_")}`;
    return { metadataKey: key, metadataValue: draft.content };
  }

  // ---------------------------------------------------------------- reviews

  /**
   * Summarises a product's reviews: rating distribution, sentiment per review, reviews to hold, and what
   * customers say (sentences citing reviews) from the core's review features. Stored as a `reviews.analyzed`
   * analytics event, which the admin widget reads.
   */
  async analyzeReviews(productId: string, reviews: readonly Review[]): Promise<{ summary: ReviewSummary; eventId: string }> {
    const features = this.aisle.reviews;
    const inputs = reviews.map((review) => ({ id: review.id, body: review.body, title: review.title, rating: review.rating, productId: review.productId, createdAt: review.createdAt, locale: review.locale }));
    const [analyses, moderation, said] =
      inputs.length === 0 ? [[], [], undefined] : await Promise.all([features.analyze(inputs), features.moderate(inputs), features.summarize(inputs)]);
    const summary = summarizeRatings(productId, reviews, { analyses, moderation, ...(said === undefined ? {} : { sentences: said.sentences, source: said.source }) });
    const [event] = await this.createAnalyticsEvents([
      { type: "reviews.analyzed", product_id: productId, conversation_id: null, occurred_at: new Date(), payload: summary as unknown as Record<string, unknown> },
    ]);
    return { summary, eventId: (event as { id: string }).id };
  }

  /** A product's reviews from the `reviews` source in the plugin options. */
  async reviewsFor(productId: string): Promise<readonly Review[]> {
    const source = this.settings.reviews;
    if (source === undefined) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "No reviews were given and the plugin options name no `reviews` source.");
    }
    return source.listReviews({ productId });
  }

  async latestReviewSummary(productId: string): Promise<ReviewSummary | undefined> {
    const [event] = await this.listAnalyticsEvents({ type: "reviews.analyzed", product_id: productId }, { take: 1, order: { occurred_at: "DESC" } });
    return event === undefined ? undefined : (event.payload as unknown as ReviewSummary);
  }

  // ---------------------------------------------------------------- index

  /** The product search index, opened once (creates its table in Medusa's database when missing). */
  productIndex(): Promise<ProductSearchIndex> {
    this.state.index ??= openProductSearchIndex({
      store: this.settings.index.store,
      currency: this.settings.store.currency,
      language: this.settings.store.language,
      vectors: this.settings.index.vectors,
      ...(this.state.client?.models.embeddings === undefined ? {} : { embeddingModel: this.state.client.models.embeddings }),
      ...(this.knex === undefined ? {} : { client: sqlClientFromKnex(this.knex) }),
      table: this.settings.index.table,
      ...(this.settings.index.schema === undefined ? {} : { schema: this.settings.index.schema }),
      ...(this.settings.index.path === undefined ? {} : { path: this.settings.index.path }),
    }).catch((error: unknown) => {
      this.state.index = undefined;
      throw error;
    });
    return this.state.index;
  }

  async searchProducts(query: string, options: ProductSearchOptions = {}): Promise<ProductSearchResult> {
    const index = await this.productIndex();
    if (!this.state.indexed && (await index.count()) === 0) await this.reindex();
    this.state.indexed = true;
    return index.search(query, options);
  }

  /** Re-reads the given products through Query and updates both indexes; ids that are gone are removed. */
  async syncProducts(ids: readonly string[]): Promise<{ upserted: number; removed: number }> {
    const aisle = this.aisle;
    const products = await this.catalog.listProductsByIds(ids);
    const found = new Set(products.map((product) => product.id));
    const gone = ids.filter((id) => !found.has(id));
    const index = await this.productIndex();
    await index.upsert(products);
    const removed = gone.length === 0 ? 0 : await index.remove(gone);
    // The support client's in-memory index is only touched once it was built; until then it reads fresh data.
    if (aisle.catalog.size > 0) {
      const visible = products.filter((product) => product.status === "active");
      if (visible.length > 0) await aisle.catalog.upsert(visible);
      aisle.catalog.remove([...gone, ...products.filter((product) => product.status !== "active").map((product) => product.id)]);
    }
    await this.saveIndexState({ last_incremental_at: new Date() });
    return { upserted: products.length, removed };
  }

  async removeProducts(ids: readonly string[]): Promise<number> {
    const index = await this.productIndex();
    const removed = await index.remove(ids);
    this.state.client?.catalog.remove(ids);
    await this.saveIndexState({ last_incremental_at: new Date() });
    return removed;
  }

  /** Rebuilds the product index from Query, page by page; products no longer in Medusa are dropped. */
  async reindex(options: { abortSignal?: AbortSignal; onProgress?: (done: number) => void } = {}): Promise<ReindexReport> {
    const catalog = this.catalog;
    const index = await this.productIndex();
    const started = performance.now();
    await this.saveIndexState({ status: "indexing", last_error: null });
    try {
      const seen = new Set<string>();
      let products = 0;
      let skipped = 0;
      let pending: Promise<void> = Promise.resolve();
      for await (const page of catalog.pages(options.abortSignal === undefined ? {} : { abortSignal: options.abortSignal })) {
        // Writing one page while Query reads the next keeps both the database and Node busy.
        await pending;
        for (const product of page.products) seen.add(product.id);
        products += page.products.filter((product) => product.status === "active").length;
        skipped += page.read - page.products.filter((product) => product.status === "active").length;
        pending = index.upsert(page.products);
        options.onProgress?.(seen.size);
      }
      await pending;
      const removed = index.removeAllExcept === undefined ? 0 : await index.removeAllExcept(seen);
      const ms = performance.now() - started;
      this.state.indexed = true;
      await this.saveIndexState({ status: "idle", products, last_full_at: new Date(), last_duration_ms: Math.round(ms) });
      if (this.state.client !== undefined && this.state.client.catalog.size > 0) await this.state.client.refresh();
      return { products, skipped, removed, ms: Math.round(ms), productsPerSecond: Math.round(((products + skipped) / ms) * 1000), store: index.kind, vectors: index.vectors };
    } catch (error) {
      await this.saveIndexState({ status: "failed", last_error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }

  async indexState() {
    const [state] = await this.listIndexStates({ name: "catalog" }, { take: 1 });
    return state;
  }

  private async saveIndexState(update: Record<string, unknown>): Promise<void> {
    const index = await this.productIndex();
    const [state] = await this.listIndexStates({ name: "catalog" }, { take: 1 });
    const base = { store: index.kind, vectors: index.vectors };
    if (state === undefined) await this.createIndexStates({ name: "catalog", ...base, ...update });
    else await this.updateIndexStates({ id: state.id, ...base, ...update });
  }

  // ---------------------------------------------------------------- analytics

  private async recordEvent(event: AisleEvent): Promise<void> {
    try {
      const { type, at, conversationId, ...payload } = event;
      const productId = typeof payload.productId === "string" ? payload.productId : null;
      await this.createAnalyticsEvents([{ type, conversation_id: conversationId ?? null, product_id: productId, occurred_at: new Date(at), payload: payload as Record<string, unknown> }]);
    } catch (error) {
      // Analytics never break a feature (EventSink must not throw).
      this.log?.warn(`aisle: analytics event not stored: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
