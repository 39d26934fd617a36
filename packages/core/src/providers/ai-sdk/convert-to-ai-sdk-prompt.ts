import { z } from "zod";
import type { ContextDocument, Message, ToolCall } from "../../spec";
import { safeParseJson } from "../../util/parse-json";
import { renderDocuments } from "../../util/render-documents";
import type { AiSdkPromptMessage, AiSdkToolCallPart, AiSdkToolResultPart } from "./ai-sdk-types";

/**
 * Maps spec messages to an AI SDK prompt. Context documents become one system message right after the caller's
 * own system messages, as the first-party providers place them, so instructions come first and the conversation
 * follows the material it is about. Consecutive tool results share one tool message, the shape the AI SDK
 * itself produces and some providers (Anthropic, Google) require for parallel calls.
 */
export function convertToAiSdkPrompt(
  messages: readonly Message[],
  documents: readonly ContextDocument[] | undefined,
): AiSdkPromptMessage[] {
  const prompt: AiSdkPromptMessage[] = [];
  let documentsPlaced = documents === undefined || documents.length === 0;
  const placeDocuments = () => {
    if (documentsPlaced) return;
    prompt.push({ role: "system", content: renderDocuments(documents ?? []) });
    documentsPlaced = true;
  };

  for (const message of messages) {
    if (message.role !== "system") placeDocuments();
    switch (message.role) {
      case "system":
        prompt.push({ role: "system", content: message.content });
        break;
      case "user":
        prompt.push({ role: "user", content: [{ type: "text", text: message.content }] });
        break;
      case "assistant": {
        const toolCalls = message.toolCalls ?? [];
        prompt.push({
          role: "assistant",
          content: [
            // Several providers reject empty text blocks; a turn that only called tools has none.
            ...(message.content.length > 0 || toolCalls.length === 0
              ? [{ type: "text" as const, text: message.content }]
              : []),
            ...toolCalls.map(toToolCallPart),
          ],
        });
        break;
      }
      case "tool": {
        const part: AiSdkToolResultPart = {
          type: "tool-result",
          toolCallId: message.toolCallId,
          toolName: message.toolName,
          output: { type: "text", value: message.content },
        };
        const previous = prompt.at(-1);
        if (previous?.role === "tool") previous.content.push(part);
        else prompt.push({ role: "tool", content: [part] });
        break;
      }
    }
  }
  placeDocuments();
  return prompt;
}

const jsonValueSchema = z.json();

/**
 * The AI SDK wants the call's arguments as a value, Aisle keeps the model's JSON text. Text that does not parse
 * (a model that produced broken arguments earlier in the conversation) is passed on as the string it was, which
 * is how the AI SDK itself replays invalid tool calls.
 */
function toToolCallPart(call: ToolCall): AiSdkToolCallPart {
  const text = call.input.trim() === "" ? "{}" : call.input;
  const parsed = safeParseJson(text, jsonValueSchema);
  return {
    type: "tool-call",
    toolCallId: call.toolCallId,
    toolName: call.toolName,
    input: parsed.success ? parsed.value : call.input,
  };
}
