import { createInterface } from "node:readline/promises";
import type { Message, SupportAnswer } from "@aisle/core";
import { loadStore, type StoreFlags } from "../context";
import { usageError } from "../errors";
import type { Output } from "../output";

function describe(answer: SupportAnswer): string {
  const parts = [`intent ${answer.intent} (${answer.confidence.toFixed(2)})`];
  if (answer.order !== undefined) parts.push(`order ${answer.order.name} verified by ${answer.order.verifiedBy}`);
  if (answer.handoff !== undefined) parts.push(`handoff: ${answer.handoff.reason}`);
  if (answer.screening !== undefined) parts.push(`injection ${answer.screening.action}`);
  if (answer.grounding !== undefined && !answer.grounding.grounded) parts.push(`unsupported: ${answer.grounding.unsupported.map((claim) => claim.text).join(", ")}`);
  const sources = answer.citations.map((citation) => (citation.path ?? [citation.title ?? citation.id]).join(" > "));
  if (sources.length > 0) parts.push(`sources: ${sources.join(" · ")}`);
  return parts.join(" · ");
}

/** `aisle ask "<question>"`: one streamed answer with its sources. */
export async function askCommand(question: string | undefined, flags: StoreFlags & { customer?: string }, output: Output): Promise<number> {
  if (question === undefined || question.trim() === "") throw usageError("`aisle ask` needs a question.", 'Example: aisle ask "Do you ship to Canada?"');
  const { aisle } = await loadStore(flags, output);
  const stream = aisle.support.stream({
    messages: [{ role: "user", content: question }],
    ...(flags.customer === undefined ? {} : { shopper: { customerId: flags.customer } }),
  });
  for await (const delta of stream.textStream) output.write(delta);
  const answer = await stream.answer;
  output.write("\n");
  output.info(describe(answer));
  output.result(answer);
  return 0;
}

/** `aisle chat`: an interactive conversation, streamed, until an empty line or Ctrl-D. */
export async function chatCommand(flags: StoreFlags & { customer?: string }, output: Output, input: NodeJS.ReadableStream = process.stdin): Promise<number> {
  const { aisle } = await loadStore(flags, output);
  const lines = createInterface({ input, output: process.stderr, terminal: false });
  const messages: Message[] = [];
  const conversationId = `cli-${Date.now().toString(36)}`;
  output.info("Ask anything about the store (empty line to quit).");
  const transcript: SupportAnswer[] = [];
  for await (const line of lines) {
    const text = line.trim();
    if (text === "") break;
    messages.push({ role: "user", content: text });
    output.write("> ");
    const stream = aisle.support.stream({ messages, conversationId, ...(flags.customer === undefined ? {} : { shopper: { customerId: flags.customer } }) });
    for await (const delta of stream.textStream) output.write(delta);
    const answer = await stream.answer;
    messages.push({ role: "assistant", content: answer.text });
    transcript.push(answer);
    output.write("\n");
    output.info(describe(answer));
  }
  lines.close();
  output.result({ conversationId, turns: transcript });
  return 0;
}
