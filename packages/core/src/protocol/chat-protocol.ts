import { z } from "zod";
import type { HandoffReason } from "../features/support/handoff";

/*
 * The storefront chat protocol, `aisle-chat/1` (docs/reference/chat-protocol.md): a POST of the conversation,
 * answered with a stream of server-sent events. Both plugins serve it and the `@aisle/widget` element speaks
 * it; changing a field's meaning needs a new version, adding an optional field does not.
 */

export const chatProtocolVersion = "aisle-chat/1";

/** Limits a browser request must stay within; the handler's settings can lower or raise them. */
export const chatRequestLimits = { maxMessages: 40, maxMessageChars: 4000, maxConversationIdChars: 128 } as const;

/**
 * Only `user` and `assistant` turns come from a browser: a `system` message from the page would let anyone
 * rewrite the assistant's instructions.
 */
export function chatRequestSchema(limits: { maxMessages: number; maxMessageChars: number } = chatRequestLimits) {
  return z
    .object({
      conversationId: z
        .string()
        .min(1)
        .max(chatRequestLimits.maxConversationIdChars)
        .regex(/^[\w.:-]+$/, "Use letters, digits, '_', '-', '.' or ':'")
        .optional(),
      messages: z
        .array(
          z
            .object({
              role: z.enum(["user", "assistant"]),
              content: z.string().max(limits.maxMessageChars, `At most ${limits.maxMessageChars} characters`),
            })
            .strict(),
        )
        .min(1, "Send at least the shopper's message")
        .max(limits.maxMessages, `At most ${limits.maxMessages} messages; send the latest ones`),
    })
    .strict()
    .superRefine((request, context) => {
      const index = request.messages.length - 1;
      const last = request.messages[index];
      if (last !== undefined && (last.role !== "user" || last.content.trim() === "")) {
        context.addIssue({ code: "custom", path: ["messages", index], message: "The last message must be the shopper's (role 'user') and not empty" });
      }
    });
}

export type ChatRequest = z.output<ReturnType<typeof chatRequestSchema>>;

/** A product the answer cites, ready for a card. */
export type ChatProduct = {
  id: string;
  title: string;
  /** The product page; absent when the store gave none. */
  url?: string;
  imageUrl?: string;
  imageAlt?: string;
  /** The lowest variant price, a decimal string in major units. */
  price: { amount: string; currencyCode: string };
  /** The price before a sale, when a variant is on sale. */
  compareAtPrice?: { amount: string; currencyCode: string };
  /** At least one variant can be bought now. */
  available: boolean;
};

/** A document the answer relies on other than a product: a policy section, the shopper's verified order. */
export type ChatCitation = {
  id: string;
  title: string;
  /** Heading path of a policy section, from the policy's title down. */
  path: string[];
  url?: string;
};

export type ChatErrorCode =
  | "invalid_request"
  | "method_not_allowed"
  | "unsupported_media_type"
  | "payload_too_large"
  | "model_unavailable"
  | "timeout"
  | "budget_exceeded"
  | "internal";

/** The events of one answer, in the order they are sent: `start`, `text`…, then the rest, `done` last. */
export type ChatEvent =
  | { event: "start"; data: { conversationId: string; version: typeof chatProtocolVersion } }
  | { event: "text"; data: { delta: string } }
  | { event: "products"; data: ChatProduct[] }
  | { event: "citations"; data: ChatCitation[] }
  | { event: "handoff"; data: { reason: HandoffReason } }
  | { event: "done"; data: { intent: string; resolved: boolean } }
  | { event: "error"; data: { code: ChatErrorCode; message: string } };

/**
 * A `text/event-stream` comment sent while the answer is quiet (a slow model, a long tool call), so proxies and
 * load balancers that close idle connections keep this one open. Every SSE reader skips comments.
 */
export const chatKeepAlive = ": keep-alive\n\n";

/**
 * The items of `source` in order, with `chatKeepAlive` in between each time the next item takes longer than
 * `intervalMs` (`0`: never). The item being waited for is not given up: the wait goes on after the comment.
 * Returning early returns `source` too. For servers that stream `aisle-chat/1` themselves.
 */
export async function* withChatKeepAlive<Item>(source: AsyncIterable<Item>, intervalMs: number): AsyncGenerator<Item | typeof chatKeepAlive> {
  const iterator = source[Symbol.asyncIterator]();
  let pending: Promise<IteratorResult<Item>> | undefined;
  let finished = false;
  try {
    for (;;) {
      const next = (pending ??= iterator.next());
      const result = intervalMs === 0 ? await next : await settledWithin(next, intervalMs);
      if (result === undefined) {
        yield chatKeepAlive;
        continue;
      }
      pending = undefined;
      if (result.done === true) {
        finished = true;
        return;
      }
      yield result.value;
    }
  } finally {
    if (!finished) await iterator.return?.();
  }
}

/** The promise's result, or `undefined` when it has not settled after `ms` (it is then still awaited elsewhere). */
function settledWithin<Value>(promise: Promise<Value>, ms: number): Promise<Value | undefined> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** One event in the `text/event-stream` framing. JSON never contains a raw newline, so one `data:` line holds it. */
export function formatChatEvent(chatEvent: ChatEvent): string {
  return `event: ${chatEvent.event}\ndata: ${JSON.stringify(chatEvent.data)}\n\n`;
}
