import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http";
import { resolveAisle } from "../../../../lib/resolve-aisle";
import { customerIdOf } from "../../../customer-id";
import type { StoreChatBodyType } from "../../../validators";

import { chatAnswerEvents, chatProtocolVersion, formatChatEvent, withChatKeepAlive } from "@aisle/core";

/**
 * POST /store/aisle/chat: one turn of the support assistant, streamed in the `aisle-chat/1` protocol
 * (docs/reference/chat-protocol.md) that the `<aisle-chat>` widget speaks: `start` (`{ conversationId }`, send it
 * back), `text` deltas while the answer is written, then `products`, `citations`, `handoff` and `done`, or
 * `error`. A signed-in customer's orders are looked up by their session; a guest must give the order number
 * with the order's email.
 */
export async function POST(req: MedusaStoreRequest<StoreChatBodyType>, res: MedusaResponse) {
  const aisle = resolveAisle(req.scope);
  const abort = new AbortController();
  const customerId = customerIdOf(req);
  const turn = await aisle.chat({
    message: req.validatedBody.message,
    ...(req.validatedBody.conversation_id === undefined ? {} : { conversationId: req.validatedBody.conversation_id }),
    ...(customerId === undefined ? {} : { customerId }),
    abortSignal: abort.signal,
  });
  res.on("close", () => {
    if (!res.writableFinished) abort.abort();
  });
  res.status(200);
  res.setHeader("Content-Type", "text/event-stream; charset=utf-8");
  res.setHeader("Cache-Control", "no-cache, no-transform");
  res.setHeader("X-Accel-Buffering", "no");
  res.flushHeaders();
  const { keepAliveMs } = aisle.settings.chat;
  async function* chunks(): AsyncGenerator<string> {
    yield formatChatEvent({ event: "start", data: { conversationId: turn.conversationId, version: chatProtocolVersion } });
    try {
      for await (const delta of turn.textStream) if (delta !== "") yield formatChatEvent({ event: "text", data: { delta } });
      const answer = await turn.answer;
      for (const event of chatAnswerEvents(answer, { catalog: aisle.aisle.catalog })) yield formatChatEvent(event);
    } catch (error) {
      // Headers are sent: the failure goes into the stream instead of Medusa's error handler.
      req.scope.resolve("logger").warn(`aisle: chat turn failed: ${error instanceof Error ? error.message : String(error)}`);
      yield formatChatEvent({ event: "error", data: { code: "internal", message: "The assistant could not answer. Please try again." } });
    }
  }
  try {
    // A comment after every quiet spell, so proxies that close idle connections do not cut a slow answer off.
    for await (const chunk of withChatKeepAlive(chunks(), keepAliveMs)) res.write(chunk);
  } finally {
    res.end();
  }
}
