import { productToContextDocument, type Product } from "../../catalog/product";
import { anonymizeText } from "../../guards/pii/operators";
import type { PiiDetector } from "../../guards/pii/pii-detector";
import type { Message } from "../../spec";
import type { CopyDraft } from "./draft-store";

export type FineTuningConversation = { messages: readonly Message[]; resolved: boolean };

/**
 * Fine-tuning data in OpenAI's chat format (one `{"messages": [...]}` object per line) from what people
 * approved: approved copy drafts (the product's facts as the prompt, the draft as the answer) and resolved
 * support conversations. Personal data is replaced by typed placeholders before anything is written.
 */
export function exportFineTuningJsonl({
  drafts,
  conversations = [],
  product,
  detector,
  system = "You write accurate, on-brand product copy from the product's facts.",
  supportSystem = "You are a helpful, accurate customer support assistant for an online store.",
}: {
  drafts: readonly CopyDraft[];
  conversations?: readonly FineTuningConversation[];
  product: (id: string) => Product | undefined;
  detector: PiiDetector;
  system?: string;
  supportSystem?: string;
}): { jsonl: string; examples: number; skipped: number } {
  const redact = (text: string) => anonymizeText(text, detector.detect(text), { type: "redact", label: "type" });
  const lines: string[] = [];
  let skipped = 0;
  for (const draft of drafts) {
    const facts = draft.status === "approved" ? product(draft.productId) : undefined;
    if (facts === undefined) {
      skipped++;
      continue;
    }
    lines.push(
      JSON.stringify({
        messages: [
          { role: "system", content: system },
          { role: "user", content: redact(`Write ${draft.kind.replace(/-/g, " ")} (${draft.language}).\n\n${productToContextDocument(facts).text}`) },
          { role: "assistant", content: redact(JSON.stringify(draft.content)) },
        ],
      }),
    );
  }
  for (const conversation of conversations) {
    const turns = conversation.messages.filter((message) => message.role === "user" || message.role === "assistant");
    if (!conversation.resolved || turns.at(-1)?.role !== "assistant") {
      skipped++;
      continue;
    }
    lines.push(
      JSON.stringify({
        messages: [{ role: "system", content: supportSystem }, ...turns.map((message) => ({ role: message.role, content: redact(message.content) }))],
      }),
    );
  }
  return { jsonl: lines.length === 0 ? "" : `${lines.join("\n")}\n`, examples: lines.length, skipped };
}
