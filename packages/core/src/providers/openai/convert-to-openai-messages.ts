import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import type { ContextDocument, Message } from "../../spec";
import { renderDocuments } from "../../util/render-documents";

/**
 * Maps spec messages to chat-completion messages. Context documents become one system message placed right
 * after the caller's own system messages, so the instructions come first and the conversation follows the
 * material it is about.
 */
export function convertToOpenAIMessages(
  messages: readonly Message[],
  documents: readonly ContextDocument[] | undefined,
): ChatCompletionMessageParam[] {
  const result: ChatCompletionMessageParam[] = [];
  let documentsPlaced = documents === undefined || documents.length === 0;
  const placeDocuments = () => {
    if (documentsPlaced) return;
    result.push({ role: "system", content: renderDocuments(documents ?? []) });
    documentsPlaced = true;
  };

  for (const message of messages) {
    if (message.role !== "system") placeDocuments();
    switch (message.role) {
      case "system":
        result.push({ role: "system", content: message.content });
        break;
      case "user":
        result.push({ role: "user", content: message.content });
        break;
      case "assistant": {
        const toolCalls = message.toolCalls ?? [];
        if (toolCalls.length === 0) {
          result.push({ role: "assistant", content: message.content });
          break;
        }
        result.push({
          role: "assistant",
          // OpenAI wants `null`, not "", when the turn was only tool calls.
          content: message.content.length > 0 ? message.content : null,
          tool_calls: toolCalls.map((call) => ({
            id: call.toolCallId,
            type: "function" as const,
            function: { name: call.toolName, arguments: call.input },
          })),
        });
        break;
      }
      case "tool":
        result.push({ role: "tool", tool_call_id: message.toolCallId, content: message.content });
        break;
    }
  }
  placeDocuments();
  return result;
}
