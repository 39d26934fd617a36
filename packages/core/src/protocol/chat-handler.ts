import { isInStock, isVariantOnSale, priceRange, primaryImage, type Product } from "../catalog/product";
import { AllModelsFailedError } from "../errors/all-models-failed-error";
import { ApiCallError } from "../errors/api-call-error";
import { BudgetExceededError } from "../errors/budget-exceeded-error";
import { RetryError } from "../errors/retry-error";
import { TimeoutError } from "../errors/timeout-error";
import type { SupportAnswer } from "../features/support/support-assistant";
import { isAbortError } from "../util/is-abort-error";
import { parseSettings } from "../util/parse-settings";
import { safeParseJson } from "../util/parse-json";
import { chatHandlerSettingsSchema, type ChatHandlerSettings } from "./chat-handler-settings";
import type { ChatHistoryContext, ChatTurn } from "./chat-history";
import {
  chatKeepAlive,
  chatProtocolVersion,
  chatRequestSchema,
  formatChatEvent,
  withChatKeepAlive,
  type ChatCitation,
  type ChatErrorCode,
  type ChatEvent,
  type ChatProduct,
  type ChatRequest,
} from "./chat-protocol";

/** A Web Fetch handler: Shopify/React Router actions, hono and Bun serve it as is; Express and Node adapt it. */
export type ChatHandler = (request: Request) => Promise<Response>;

const streamHeaders = {
  "content-type": "text/event-stream; charset=utf-8",
  // `no-transform` keeps compressing proxies from buffering the stream; `X-Accel-Buffering` does the same for nginx.
  "cache-control": "no-cache, no-transform",
  "x-accel-buffering": "no",
  "x-aisle-protocol": chatProtocolVersion,
};

const shopperMessages: Record<Exclude<ChatErrorCode, "invalid_request">, string> = {
  method_not_allowed: "Send the conversation with POST.",
  unsupported_media_type: "Send the conversation as application/json.",
  payload_too_large: "The conversation is too long to send.",
  model_unavailable: "The assistant is not available right now. Please try again in a moment.",
  timeout: "The answer took too long. Please try again.",
  budget_exceeded: "The assistant is not available right now. Please try again later.",
  internal: "Something went wrong while answering. Please try again.",
};

/**
 * Serves the storefront chat protocol (`aisle-chat/1`): validates the posted conversation (a 400 names the bad
 * field), then streams the support assistant's answer as server-sent events, followed by cards for the
 * products it cites, its other citations, a handoff when a person should take over, and `done`. Failures
 * after the stream started arrive as an `error` event with a message fit for shoppers; details go to `onError`.
 */
export function createChatHandler(settings: ChatHandlerSettings): ChatHandler {
  const resolved = parseSettings("chat handler", chatHandlerSettingsSchema, settings);
  const requestSchema = chatRequestSchema({ maxMessages: resolved.maxMessages, maxMessageChars: resolved.maxMessageChars });
  const generateConversationId = resolved.generateConversationId ?? (() => crypto.randomUUID());
  const onError = resolved.onError ?? ((error: unknown) => console.error("[aisle] chat answer failed:", error));

  const afterText = (answer: SupportAnswer): ChatEvent[] =>
    chatAnswerEvents(answer, {
      catalog: resolved.aisle.catalog,
      maxProducts: resolved.maxProducts,
      ...(resolved.productUrl === undefined ? {} : { productUrl: resolved.productUrl }),
      ...(resolved.citationUrl === undefined ? {} : { citationUrl: resolved.citationUrl }),
    });

  async function* answerEvents(turns: ChatTurn[], conversationId: string, history: ChatHistoryContext, signal: AbortSignal): AsyncGenerator<ChatEvent> {
    yield { event: "start", data: { conversationId, version: chatProtocolVersion } };
    const stream = resolved.aisle.support.stream({
      messages: turns,
      conversationId,
      ...(history.shopper === undefined ? {} : { shopper: history.shopper }),
      abortSignal: signal,
    });
    for await (const delta of stream.textStream) {
      if (delta !== "") yield { event: "text", data: { delta } };
    }
    const answer = await stream.answer;
    await resolved.history?.save(conversationId, [...turns, { role: "assistant", content: answer.text }], history);
    yield* afterText(answer);
  }

  /** The turns to answer from: the browser's, or with a history store the stored ones and the newest message. */
  const conversation = async (chat: ChatRequest, context: ChatHistoryContext): Promise<{ conversationId: string; turns: ChatTurn[] }> => {
    if (resolved.history === undefined) return { conversationId: chat.conversationId ?? generateConversationId(), turns: chat.messages };
    const newest = chat.messages.at(-1) as ChatTurn;
    const stored = chat.conversationId === undefined ? undefined : await resolved.history.load(chat.conversationId, context);
    const conversationId = stored === undefined ? generateConversationId() : (chat.conversationId as string);
    const turns = [...(stored ?? []), newest].slice(-resolved.maxMessages);
    // Saved before answering, so the question is kept even when the answer fails.
    await resolved.history.save(conversationId, turns, context);
    return { conversationId, turns };
  };

  return async (request) => {
    if (request.method !== "POST") return errorResponse(405, "method_not_allowed", shopperMessages.method_not_allowed, { allow: "POST" });
    const contentType = request.headers.get("content-type") ?? "";
    if (!/^application\/json\b/i.test(contentType.trim())) {
      return errorResponse(415, "unsupported_media_type", shopperMessages.unsupported_media_type);
    }
    const body = await readLimited(request, resolved.maxBodyBytes);
    if (body === undefined) return errorResponse(413, "payload_too_large", shopperMessages.payload_too_large);

    const parsed = safeParseJson(body, requestSchema);
    if (!parsed.success) {
      if (parsed.stage === "json") return errorResponse(400, "invalid_request", "Invalid chat request: the body is not JSON.");
      const issues = "issues" in parsed.error ? (parsed.error.issues as Array<{ path: PropertyKey[]; message: string }>) : [];
      const named = issues.map((issue) => ({ path: issue.path.map(String).join(".") || "(body)", message: issue.message }));
      return errorResponse(400, "invalid_request", `Invalid chat request: ${named.map((issue) => `${issue.path}: ${issue.message}`).join("; ")}`, {}, named);
    }

    let context: ChatHistoryContext;
    let turns: { conversationId: string; turns: ChatTurn[] };
    try {
      context = { request, shopper: await resolved.identify?.(request) };
      turns = await conversation(parsed.value, context);
    } catch (error) {
      onError(error, request);
      return errorResponse(500, "internal", shopperMessages.internal);
    }

    const controller = new AbortController();
    const abort = () => controller.abort();
    request.signal.addEventListener("abort", abort, { once: true });
    const events = withChatKeepAlive(answerEvents(turns.turns, turns.conversationId, context, controller.signal), resolved.keepAliveMs);
    const encoder = new TextEncoder();

    const eventStream = new ReadableStream<Uint8Array>({
      async pull(streamController) {
        try {
          const next = await events.next();
          if (next.done === true) {
            request.signal.removeEventListener("abort", abort);
            streamController.close();
            return;
          }
          streamController.enqueue(encoder.encode(next.value === chatKeepAlive ? chatKeepAlive : formatChatEvent(next.value)));
        } catch (error) {
          request.signal.removeEventListener("abort", abort);
          if (controller.signal.aborted && isAbortError(error)) {
            streamController.close();
            return;
          }
          onError(error, request);
          const code = errorCode(error);
          streamController.enqueue(encoder.encode(formatChatEvent({ event: "error", data: { code, message: shopperMessages[code] } })));
          streamController.close();
        }
      },
      async cancel() {
        // The shopper closed the page: stop the model instead of paying for an answer nobody reads.
        controller.abort();
        request.signal.removeEventListener("abort", abort);
        await events.return(undefined).catch(() => {});
      },
    });
    return new Response(eventStream, { status: 200, headers: streamHeaders });
  };
}

function errorCode(error: unknown): Exclude<ChatErrorCode, "invalid_request"> {
  if (TimeoutError.isInstance(error)) return "timeout";
  if (BudgetExceededError.isInstance(error)) return "budget_exceeded";
  if (ApiCallError.isInstance(error) || RetryError.isInstance(error) || AllModelsFailedError.isInstance(error)) return "model_unavailable";
  return "internal";
}

function errorResponse(
  status: number,
  code: ChatErrorCode,
  message: string,
  headers: Record<string, string> = {},
  issues?: Array<{ path: string; message: string }>,
): Response {
  return Response.json(
    { error: { code, message, ...(issues === undefined ? {} : { issues }) } },
    { status, headers: { "x-aisle-protocol": chatProtocolVersion, ...headers } },
  );
}

/** The body as text, or `undefined` when it is larger than `maxBytes` (read no further than that). */
async function readLimited(request: Request, maxBytes: number): Promise<string | undefined> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return undefined;
  if (request.body === null) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  // Decoded as a whole so a character split across chunks stays intact; Web APIs only, for edge runtimes too.
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** A cited product as a card: lowest price (with the sale's compare-at price), image, page and stock. */
function productCard(product: Product, productUrl: ((product: Product) => string | undefined) | undefined): ChatProduct {
  const { min } = priceRange(product);
  const onSale = product.variants.find((variant) => isVariantOnSale(variant) && variant.price.amount === min.amount);
  const image = primaryImage(product);
  const url = product.url ?? productUrl?.(product);
  return {
    id: product.id,
    title: product.title,
    ...(url === undefined ? {} : { url }),
    ...(image === undefined ? {} : { imageUrl: image.url, imageAlt: image.alt ?? product.title }),
    price: { amount: min.amount, currencyCode: min.currencyCode },
    ...(onSale?.compareAtPrice === undefined ? {} : { compareAtPrice: { ...onSale.compareAtPrice } }),
    available: isInStock(product),
  };
}

/**
 * The `aisle-chat/1` events that follow an answer's text: product cards for the products it cites, citations
 * of policy sections, a handoff when a person should take over, and `done`. For servers that stream the text
 * themselves (a framework's own response object) and still want to speak the protocol.
 */
export function chatAnswerEvents(
  answer: SupportAnswer,
  options: {
    catalog: { get(id: string): Product | undefined };
    maxProducts?: number;
    productUrl?: (product: Product) => string | undefined;
    citationUrl?: (citation: { id: string; title: string; path: string[]; documentId: string }) => string | undefined;
  },
): ChatEvent[] {
  const maxProducts = options.maxProducts ?? 4;
  const events: ChatEvent[] = [];
  const products: ChatProduct[] = [];
  const citations: ChatCitation[] = [];
  for (const source of answer.citations) {
    if (source.id.startsWith("product:")) {
      const product = options.catalog.get(source.id.slice("product:".length));
      if (product !== undefined && products.length < maxProducts) products.push(productCard(product, options.productUrl));
      continue;
    }
    const citation = { id: source.id, title: source.title ?? source.path?.[0] ?? source.id, path: source.path ?? [] };
    const url = options.citationUrl?.({ ...citation, documentId: source.id.split("#")[0] as string });
    citations.push(url === undefined ? citation : { ...citation, url });
  }
  if (products.length > 0) events.push({ event: "products", data: products });
  if (citations.length > 0) events.push({ event: "citations", data: citations });
  if (answer.handoff !== undefined) events.push({ event: "handoff", data: { reason: answer.handoff.reason } });
  events.push({ event: "done", data: { intent: answer.intent, resolved: answer.resolved } });
  return events;
}
