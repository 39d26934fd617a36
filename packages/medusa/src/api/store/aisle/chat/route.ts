import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http";
import { resolveAisle } from "../../../../lib/resolve-aisle";
import { customerIdOf } from "../../../customer-id";
import type { StoreChatBodyType } from "../../../validators";

const sse = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * POST /store/aisle/chat: one turn of the support assistant, streamed as server-sent events:
 * `conversation` (`{ id }`, send it back as `conversation_id`), `text-delta` (`{ text }`) while the answer is
 * written, then `answer` (citations, intent, handoff, order) or `error`. A signed-in customer's orders are
 * looked up by their session; a guest must give the order number with the order's email.
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
  res.write(sse("conversation", { id: turn.conversationId }));
  try {
    for await (const text of turn.textStream) res.write(sse("text-delta", { text }));
    const answer = await turn.answer;
    res.write(
      sse("answer", {
        text: answer.text,
        intent: answer.intent,
        confidence: answer.confidence,
        citations: answer.citations,
        resolved: answer.resolved,
        handoff: answer.handoff ?? null,
        order: answer.order ?? null,
        tools: answer.tools,
      }),
    );
  } catch (error) {
    // Headers are sent: the failure goes into the stream instead of Medusa's error handler.
    req.scope.resolve("logger").warn(`aisle: chat turn failed: ${error instanceof Error ? error.message : String(error)}`);
    res.write(sse("error", { type: "unexpected_state", message: "The assistant could not answer. Please try again." }));
  } finally {
    res.end();
  }
}
