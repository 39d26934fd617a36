import { createHash, randomUUID } from "node:crypto";
import { createChatHandler, type ChatRequest } from "@aisle/core";
import { z } from "zod";
import type { ResolvedShopifyAisleSettings, ShopRuntimes } from "../plugin/shop-runtime";
import type { StoredConversation } from "../store/shopify-store";
import { toGid } from "../util/gid";
import { verifyAppProxyRequest } from "../verify/app-proxy-request";

/**
 * What the storefront posts through the app proxy: an `aisle-chat/1` request (what `<aisle-chat>` sends), or the
 * short form `{ message, conversationId }`.
 */
export type StorefrontChatRequest = ChatRequest | { message: string; conversationId?: string };

const json = (body: unknown, status: number) => Response.json(body, { status });

/**
 * Storefront chat behind the app proxy, speaking `aisle-chat/1` (docs/reference/chat-protocol.md) so the
 * `@aisle/widget` element works unchanged. The signature and timestamp are verified, a signature is accepted
 * once, and `logged_in_customer_id` (signed by Shopify) is the only identity passed to support: a customer
 * sees their own orders without giving an email. Conversations live in the plugin's store, bound to the
 * customer who started them: an id belonging to someone else starts a new conversation, and turns the
 * browser sends are never trusted over the stored ones.
 */
export async function handleStorefrontChat(request: Request, settings: ResolvedShopifyAisleSettings, runtimes: ShopRuntimes): Promise<Response> {
  const secret = typeof settings.apiSecretKey === "string" ? settings.apiSecretKey : settings.apiSecretKey();
  const now = settings.now ?? (() => new Date());
  const verified = verifyAppProxyRequest(request, { secret, maxAgeSeconds: settings.appProxy.maxAgeSeconds, now });
  if (!verified.ok) return json({ error: verified.reason }, 401);
  if (request.method !== "POST") return json({ error: "method-not-allowed" }, 405);
  // Shopify signs only the query, whose timestamp has one-second resolution: the body is part of the one-time key
  // so a shopper's second message in the same second is not taken for a replay of the first.
  const text = await request.text();
  const key = `proxy:${verified.signature}:${createHash("sha256").update(text).digest("base64url")}`;
  if (!(await settings.store.claim(verified.shop, key, now().toISOString()))) {
    return json({ error: "replayed" }, 401);
  }
  const shortForm = z
    .object({
      message: z.string().trim().min(1).max(settings.appProxy.maxMessageLength),
      conversationId: z.string().regex(/^[\w-]{8,64}$/).optional(),
    })
    .strict();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return json({ error: "invalid_request", message: "The body must be JSON." }, 400);
  }
  const short = shortForm.safeParse(body);
  const chatBody: unknown = short.success
    ? { ...(short.data.conversationId === undefined ? {} : { conversationId: short.data.conversationId }), messages: [{ role: "user", content: short.data.message }] }
    : body;

  const customerId = verified.loggedInCustomerId === undefined ? undefined : toGid("Customer", verified.loggedInCustomerId);
  const runtime = runtimes.get(verified.shop);
  const shop = verified.shop;
  const handler = createChatHandler({
    aisle: runtime.aisle,
    identify: () => (customerId === undefined ? undefined : { customerId }),
    history: {
      async load(conversationId) {
        const stored = await settings.store.getConversation(shop, conversationId);
        return stored !== undefined && stored.customerId === customerId ? stored.messages : undefined;
      },
      async save(conversationId, turns) {
        const conversation: StoredConversation = {
          conversationId,
          shop,
          ...(customerId === undefined ? {} : { customerId }),
          messages: turns.slice(-settings.appProxy.maxMessages).map((turn) => ({ ...turn })),
          updatedAt: now().toISOString(),
        };
        await settings.store.putConversation(conversation);
      },
    },
    productUrl: (product) => `/products/${product.handle}`,
    maxMessageChars: settings.appProxy.maxMessageLength,
    generateConversationId: () => randomUUID(),
  });
  return handler(
    new Request(request.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(chatBody),
      signal: request.signal,
    }),
  );
}
