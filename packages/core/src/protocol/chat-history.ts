import type { ShopperIdentity } from "../features/support/order-access";

export type ChatTurn = { role: "user" | "assistant"; content: string };

/** Who is asking, for a store that binds conversations to a shopper. */
export type ChatHistoryContext = { request: Request; shopper: ShopperIdentity | undefined };

/**
 * Conversations kept on the server. With a store, the handler answers from the stored turns plus the
 * shopper's newest message and ignores earlier turns the browser sends, so a page cannot put words in the
 * assistant's mouth. `load` returns `undefined` for a conversation the asker may not continue (unknown, expired,
 * another customer's); the handler then starts a new one.
 */
export type ChatHistoryStore = {
  load(conversationId: string, context: ChatHistoryContext): Promise<readonly ChatTurn[] | undefined> | readonly ChatTurn[] | undefined;
  save(conversationId: string, turns: readonly ChatTurn[], context: ChatHistoryContext): Promise<void> | void;
};

/**
 * A history store in this process's memory, for one server and tests: conversations are bound to the customer
 * who started them, and the least recently used are forgotten beyond `maxConversations`.
 */
export function createInMemoryChatHistory(options: { maxConversations?: number; maxTurns?: number } = {}): ChatHistoryStore & {
  forget(conversationIds: readonly string[]): number;
} {
  const maxConversations = options.maxConversations ?? 1000;
  const maxTurns = options.maxTurns ?? 40;
  const conversations = new Map<string, { customerId: string | undefined; turns: ChatTurn[] }>();
  return {
    load(conversationId, { shopper }) {
      const stored = conversations.get(conversationId);
      if (stored === undefined || stored.customerId !== shopper?.customerId) return undefined;
      conversations.delete(conversationId);
      conversations.set(conversationId, stored);
      return stored.turns;
    },
    save(conversationId, turns, { shopper }) {
      conversations.delete(conversationId);
      if (conversations.size >= maxConversations) conversations.delete(conversations.keys().next().value as string);
      conversations.set(conversationId, { customerId: shopper?.customerId, turns: turns.slice(-maxTurns).map((turn) => ({ ...turn })) });
    },
    forget(conversationIds) {
      let forgotten = 0;
      for (const conversationId of conversationIds) if (conversations.delete(conversationId)) forgotten++;
      return forgotten;
    },
  };
}
