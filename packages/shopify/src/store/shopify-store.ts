import type { AisleEvent, Message } from "@aisle/core";

/** Where a catalog sync stands, saved after every batch so a crashed run resumes instead of starting over. */
export type CatalogSyncCheckpoint =
  | { path: "paginated"; startedAt: string; since?: string; after?: string; delivered: number }
  | { path: "bulk"; startedAt: string; since?: string; operationId: string; delivered: number };

export type CatalogSyncState = {
  /** The run in progress, absent when the last run finished. */
  checkpoint?: CatalogSyncCheckpoint;
  /** When the last completed run started: the next incremental run reads products updated since. */
  syncedFrom?: string;
};

/** What the index last applied for a product, so repeated and out-of-order webhooks change nothing. */
export type ProductVersion = { updatedAt: string; deleted: boolean };

export type StoredConversation = {
  conversationId: string;
  shop: string;
  /** The signed-in customer (global id) the app proxy vouched for; absent for guests. */
  customerId?: string;
  messages: Array<Extract<Message, { role: "user" | "assistant" }>>;
  updatedAt: string;
};

export type ErasureReport = { conversations: string[]; events: number; webhookRecords: number; products: number };

/**
 * Everything the plugin keeps per shop: sync progress, webhook bookkeeping, storefront conversations and
 * analytics events. `customers/redact` and `shop/redact` erase through `eraseCustomer` and `eraseShop`, so an
 * implementation over a database must delete there, not mark. The in-memory store is for tests and demos.
 */
export type ShopifyStore = {
  getSyncState(shop: string): Promise<CatalogSyncState>;
  setSyncState(shop: string, state: CatalogSyncState): Promise<void>;
  /**
   * Records a one-time key (a webhook id, an app-proxy signature); false when it was recorded before, i.e. the
   * request is a retry or a replay. Keys may be forgotten once older than the request age limits (a day).
   */
  claim(shop: string, key: string, receivedAt: string): Promise<boolean>;
  /** Forgets a claimed key, when handling the request failed and Shopify should be able to retry it. */
  release(shop: string, key: string): Promise<void>;
  getProductVersion(shop: string, productId: string): Promise<ProductVersion | undefined>;
  setProductVersion(shop: string, productId: string, version: ProductVersion): Promise<void>;
  getConversation(shop: string, conversationId: string): Promise<StoredConversation | undefined>;
  putConversation(conversation: StoredConversation): Promise<void>;
  recordEvent(shop: string, event: AisleEvent & { customerId?: string }): Promise<void>;
  listEvents(shop: string): Promise<Array<AisleEvent & { customerId?: string }>>;
  /** Conversations of a customer, and guest conversations whose text contains one of `mentions` (an email). */
  findConversations(shop: string, filter: { customerId?: string; mentions?: readonly string[] }): Promise<StoredConversation[]>;
  /** Deletes a customer's conversations and events; returns what was deleted. */
  eraseCustomer(shop: string, filter: { customerId?: string; mentions?: readonly string[] }): Promise<ErasureReport>;
  /** Deletes everything kept for a shop. */
  eraseShop(shop: string): Promise<ErasureReport>;
};

type ShopData = {
  sync: CatalogSyncState;
  webhooks: Map<string, string>;
  products: Map<string, ProductVersion>;
  conversations: Map<string, StoredConversation>;
  events: Array<AisleEvent & { customerId?: string }>;
};

/** One-time keys remembered per shop: a day of webhook deliveries and proxy requests for a busy shop. */
const maxWebhookIds = 50_000;

export function createInMemoryShopifyStore(): ShopifyStore {
  const shops = new Map<string, ShopData>();
  const data = (shop: string): ShopData => {
    let found = shops.get(shop);
    if (found === undefined) {
      found = { sync: {}, webhooks: new Map(), products: new Map(), conversations: new Map(), events: [] };
      shops.set(shop, found);
    }
    return found;
  };

  const matches = (conversation: StoredConversation, filter: { customerId?: string; mentions?: readonly string[] }) => {
    if (filter.customerId !== undefined && conversation.customerId === filter.customerId) return true;
    const mentions = (filter.mentions ?? []).map((mention) => mention.toLowerCase()).filter((mention) => mention !== "");
    if (mentions.length === 0) return false;
    return conversation.messages.some((message) => mentions.some((mention) => message.content.toLowerCase().includes(mention)));
  };

  return {
    async getSyncState(shop) {
      return structuredClone(data(shop).sync);
    },
    async setSyncState(shop, state) {
      data(shop).sync = structuredClone(state);
    },
    async claim(shop, key, receivedAt) {
      const webhooks = data(shop).webhooks;
      if (webhooks.has(key)) return false;
      webhooks.set(key, receivedAt);
      if (webhooks.size > maxWebhookIds) webhooks.delete(webhooks.keys().next().value as string);
      return true;
    },
    async release(shop, key) {
      data(shop).webhooks.delete(key);
    },
    async getProductVersion(shop, productId) {
      const version = data(shop).products.get(productId);
      return version === undefined ? undefined : { ...version };
    },
    async setProductVersion(shop, productId, version) {
      data(shop).products.set(productId, { ...version });
    },
    async getConversation(shop, conversationId) {
      const conversation = data(shop).conversations.get(conversationId);
      return conversation === undefined ? undefined : structuredClone(conversation);
    },
    async putConversation(conversation) {
      data(conversation.shop).conversations.set(conversation.conversationId, structuredClone(conversation));
    },
    async recordEvent(shop, event) {
      data(shop).events.push(structuredClone(event));
    },
    async listEvents(shop) {
      return structuredClone(data(shop).events);
    },
    async findConversations(shop, filter) {
      return [...data(shop).conversations.values()].filter((conversation) => matches(conversation, filter)).map((conversation) => structuredClone(conversation));
    },
    async eraseCustomer(shop, filter) {
      const shopData = data(shop);
      const erased = [...shopData.conversations.values()].filter((conversation) => matches(conversation, filter)).map((conversation) => conversation.conversationId);
      for (const id of erased) shopData.conversations.delete(id);
      const ids = new Set(erased);
      const before = shopData.events.length;
      shopData.events = shopData.events.filter(
        (event) => !(ids.has(event.conversationId ?? "") || (filter.customerId !== undefined && event.customerId === filter.customerId)),
      );
      return { conversations: erased, events: before - shopData.events.length, webhookRecords: 0, products: 0 };
    },
    async eraseShop(shop) {
      const shopData = shops.get(shop);
      shops.delete(shop);
      return {
        conversations: shopData === undefined ? [] : [...shopData.conversations.keys()],
        events: shopData?.events.length ?? 0,
        webhookRecords: shopData?.webhooks.size ?? 0,
        products: shopData?.products.size ?? 0,
      };
    },
  };
}
