import { describe, expect, it } from "vitest";
import type { ShopifyStore, StoredConversation } from "../store/shopify-store";

const shop = "battery.myshopify.com";
const otherShop = "other.myshopify.com";

const conversation = (conversationId: string, customerId: string | undefined, text: string, store = shop): StoredConversation => ({
  conversationId,
  shop: store,
  ...(customerId === undefined ? {} : { customerId }),
  messages: [
    { role: "user", content: text },
    { role: "assistant", content: "Happy to help." },
  ],
  updatedAt: "2026-12-01T10:00:00.000Z",
});

/**
 * The behaviour every `ShopifyStore` must have, as a vitest suite: run it against your database-backed store
 * with a factory that returns a new, empty store.
 *
 * ```ts
 * shopifyStoreBattery("postgres store", async () => createPostgresShopifyStore(await freshDatabase()));
 * ```
 */
export function shopifyStoreBattery(name: string, factory: () => Promise<ShopifyStore> | ShopifyStore): void {
  describe(`ShopifyStore battery: ${name}`, () => {
    it("keeps sync state per shop, returning copies", async () => {
      const store = await factory();
      expect(await store.getSyncState(shop)).toEqual({});
      const state = { checkpoint: { path: "paginated" as const, startedAt: "2026-12-01T10:00:00.000Z", after: "c1", delivered: 10 }, syncedFrom: "2026-11-30T10:00:00.000Z" };
      await store.setSyncState(shop, state);
      state.checkpoint.delivered = 99;
      expect(await store.getSyncState(shop)).toMatchObject({ checkpoint: { delivered: 10 }, syncedFrom: "2026-11-30T10:00:00.000Z" });
      expect(await store.getSyncState(otherShop)).toEqual({});
    });

    it("claims a key once per shop, and again after it is released", async () => {
      const store = await factory();
      expect(await store.claim(shop, "webhook:1", "2026-12-01T10:00:00.000Z")).toBe(true);
      expect(await store.claim(shop, "webhook:1", "2026-12-01T10:00:01.000Z")).toBe(false);
      expect(await store.claim(otherShop, "webhook:1", "2026-12-01T10:00:01.000Z")).toBe(true);
      await store.release(shop, "webhook:1");
      expect(await store.claim(shop, "webhook:1", "2026-12-01T10:00:02.000Z")).toBe(true);
    });

    it("keeps product versions", async () => {
      const store = await factory();
      expect(await store.getProductVersion(shop, "gid://shopify/Product/1")).toBeUndefined();
      await store.setProductVersion(shop, "gid://shopify/Product/1", { updatedAt: "2026-12-01T10:00:00Z", deleted: true });
      expect(await store.getProductVersion(shop, "gid://shopify/Product/1")).toEqual({ updatedAt: "2026-12-01T10:00:00Z", deleted: true });
    });

    it("finds conversations by customer or by a mention in a guest's messages", async () => {
      const store = await factory();
      await store.putConversation(conversation("c-1", "gid://shopify/Customer/42", "Where is my order?"));
      await store.putConversation(conversation("c-2", undefined, "I am Maya.Osei@example.com"));
      await store.putConversation(conversation("c-3", "gid://shopify/Customer/77", "Do you sell sofas?"));
      const found = await store.findConversations(shop, { customerId: "gid://shopify/Customer/42", mentions: ["maya.osei@example.com"] });
      expect(found.map((item) => item.conversationId).sort()).toEqual(["c-1", "c-2"]);
      expect((await store.getConversation(shop, "c-3"))?.messages).toHaveLength(2);
      expect(await store.getConversation(otherShop, "c-3")).toBeUndefined();
    });

    it("erases a customer's conversations and events, and nothing else", async () => {
      const store = await factory();
      await store.putConversation(conversation("c-1", "gid://shopify/Customer/42", "Where is my order?"));
      await store.putConversation(conversation("c-3", "gid://shopify/Customer/77", "Do you sell sofas?"));
      await store.recordEvent(shop, { type: "support.turn-answered", at: "2026-12-01T10:00:00Z", conversationId: "c-1", customerId: "gid://shopify/Customer/42" });
      await store.recordEvent(shop, { type: "copy.draft-created", at: "2026-12-01T10:00:00Z", customerId: "gid://shopify/Customer/42" });
      await store.recordEvent(shop, { type: "support.turn-answered", at: "2026-12-01T10:00:00Z", conversationId: "c-3" });
      const report = await store.eraseCustomer(shop, { customerId: "gid://shopify/Customer/42" });
      expect(report).toMatchObject({ conversations: ["c-1"], events: 2 });
      expect(await store.getConversation(shop, "c-1")).toBeUndefined();
      expect((await store.listEvents(shop)).map((event) => event.conversationId)).toEqual(["c-3"]);
    });

    it("erases everything kept for a shop", async () => {
      const store = await factory();
      await store.putConversation(conversation("c-1", "gid://shopify/Customer/42", "Hello"));
      await store.putConversation(conversation("c-9", undefined, "Hello", otherShop));
      await store.recordEvent(shop, { type: "support.turn-answered", at: "2026-12-01T10:00:00Z", conversationId: "c-1" });
      await store.claim(shop, "webhook:1", "2026-12-01T10:00:00.000Z");
      await store.setSyncState(shop, { syncedFrom: "2026-11-30T10:00:00.000Z" });
      const report = await store.eraseShop(shop);
      expect(report.conversations).toEqual(["c-1"]);
      expect(await store.listEvents(shop)).toEqual([]);
      expect(await store.getSyncState(shop)).toEqual({});
      expect(await store.claim(shop, "webhook:1", "2026-12-01T10:00:01.000Z")).toBe(true);
      expect(await store.getConversation(otherShop, "c-9")).toBeDefined();
    });
  });
}
