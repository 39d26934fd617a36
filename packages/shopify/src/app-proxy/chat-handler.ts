import { createHash, randomUUID } from "node:crypto";
import type { SupportAnswer } from "@aisle/core";
import { z } from "zod";
import type { ResolvedShopifyAisleSettings, ShopRuntimes } from "../plugin/shop-runtime";
import type { StoredConversation } from "../store/shopify-store";
import { toGid } from "../util/gid";
import { verifyAppProxyRequest } from "../verify/app-proxy-request";

/** What the storefront posts through the app proxy. */
export type StorefrontChatRequest = { message: string; conversationId?: string };

/**
 * The server-sent events of a streamed answer, in order: `conversation` (the id to send with the next message),
 * `text-delta`s, then `answer` or `error`.
 */
export type StorefrontChatEvent =
  | { event: "conversation"; data: { conversationId: string } }
  | { event: "text-delta"; data: { text: string } }
  | {
      event: "answer";
      data: Pick<SupportAnswer, "intent" | "resolved"> & {
        text: string;
        citations: Array<{ id: string; title?: string }>;
        handoff: boolean;
        order?: string;
      };
    }
  | { event: "error"; data: { message: string } };

const json = (body: unknown, status: number) => Response.json(body, { status });

/** Server-sent events, one `event:` and one JSON `data:` line each. */
export function encodeChatEvent(event: StorefrontChatEvent): string {
  return `event: ${event.event}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

/**
 * Storefront chat behind the app proxy. The signature and timestamp are verified, a signature is accepted
 * once, and `logged_in_customer_id` (signed by Shopify) is the only identity passed to support: a customer
 * sees their own orders without giving an email. A conversation id belonging to someone else starts a new
 * conversation instead of revealing the old one.
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
  const bodySchema = z
    .object({
      message: z.string().trim().min(1).max(settings.appProxy.maxMessageLength),
      conversationId: z.string().regex(/^[\w-]{8,64}$/).optional(),
    })
    .strict();
  let body: StorefrontChatRequest;
  try {
    const parsed = bodySchema.safeParse(JSON.parse(text));
    if (!parsed.success) return json({ error: "invalid-body", detail: parsed.error.issues[0]?.message }, 400);
    body = parsed.data;
  } catch {
    return json({ error: "invalid-body" }, 400);
  }

  const customerId = verified.loggedInCustomerId === undefined ? undefined : toGid("Customer", verified.loggedInCustomerId);
  const runtime = runtimes.get(verified.shop);
  const previous = body.conversationId === undefined ? undefined : await settings.store.getConversation(verified.shop, body.conversationId);
  const continues = previous !== undefined && previous.customerId === customerId;
  const conversation: StoredConversation = {
    conversationId: continues ? previous.conversationId : randomUUID(),
    shop: verified.shop,
    ...(customerId === undefined ? {} : { customerId }),
    messages: [...(continues ? previous.messages : []), { role: "user" as const, content: body.message }].slice(-settings.appProxy.maxMessages),
    updatedAt: now().toISOString(),
  };
  // Saved before answering, so events emitted while answering are recorded with this customer.
  await settings.store.putConversation(conversation);

  const stream = runtime.aisle.support.stream({
    messages: conversation.messages,
    conversationId: conversation.conversationId,
    ...(customerId === undefined ? {} : { shopper: { customerId } }),
    abortSignal: request.signal,
  });
  // Read in the stream below; a failure there is reported as an `error` event, never as an unhandled rejection.
  stream.answer.catch(() => {});
  const encoder = new TextEncoder();
  const body_ = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: StorefrontChatEvent) => controller.enqueue(encoder.encode(encodeChatEvent(event)));
      send({ event: "conversation", data: { conversationId: conversation.conversationId } });
      try {
        for await (const text of stream.textStream) send({ event: "text-delta", data: { text } });
        const answer = await stream.answer;
        await settings.store.putConversation({
          ...conversation,
          messages: [...conversation.messages, { role: "assistant" as const, content: answer.text }].slice(-settings.appProxy.maxMessages),
          updatedAt: now().toISOString(),
        });
        send({
          event: "answer",
          data: {
            text: answer.text,
            intent: answer.intent,
            resolved: answer.resolved,
            handoff: answer.handoff !== undefined,
            citations: answer.citations.map((citation) => ({ id: citation.id, ...(citation.title === undefined ? {} : { title: citation.title }) })),
            ...(answer.order === undefined ? {} : { order: answer.order.name }),
          },
        });
      } catch {
        // The shopper sees a generic message; details stay in the server's logs and events.
        send({ event: "error", data: { message: "Sorry, something went wrong. Please try again." } });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(body_, {
    status: 200,
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", "x-accel-buffering": "no" },
  });
}
