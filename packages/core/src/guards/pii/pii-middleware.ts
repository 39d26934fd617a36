import type { LanguageModelMiddleware } from "../../middleware/language-model-middleware";
import type { LanguageModelCallOptions, LanguageModelStreamPart, Message, ToolCall } from "../../spec";
import { createPiiDetector, type PiiDetector } from "./pii-detector";
import type { PiiSettings } from "./pii-settings";
import { createPiiVault, type PiiVault } from "./pii-vault";
import { createStreamingRestorer } from "./streaming-restore";

export type PiiMiddlewareSettings = PiiSettings & {
  /** The conversation's vault: placeholders stay stable across its turns. */
  vault?: PiiVault;
  /**
   * Picks or creates the vault for a call, e.g. by conversation id. Without `vault` or `createVault` each
   * call gets a fresh vault.
   */
  createVault?: (params: LanguageModelCallOptions) => PiiVault;
  /** A detector to share between middleware instances; built from the other settings when absent. */
  detector?: PiiDetector;
};

/**
 * Pseudonymises what goes to the provider and restores what comes back. Every message (system, user,
 * assistant, tool results, earlier tool-call arguments) and every context document is scanned; the
 * answer's text, streamed text and tool-call arguments get the original values back, so tools receive
 * the real order number and the shopper sees the real address, while the provider saw only `<ORDER_1>`.
 */
export function piiMiddleware(settings: PiiMiddlewareSettings = {}): LanguageModelMiddleware {
  const { vault, createVault, detector: givenDetector, ...detectorSettings } = settings;
  const detector = givenDetector ?? createPiiDetector(detectorSettings);
  // Links the rewritten params to their vault, so each call restores with the vault it was masked with.
  const vaults = new WeakMap<LanguageModelCallOptions, PiiVault>();
  const vaultOf = (params: LanguageModelCallOptions) => vaults.get(params) ?? vault ?? createPiiVault();

  const protect = (text: string, callVault: PiiVault): string => {
    const spans = detector.detect(text);
    if (spans.length === 0) return text;
    let result = "";
    let position = 0;
    for (const found of spans) {
      result += text.slice(position, found.start) + callVault.placeholderFor(found);
      position = found.end;
    }
    return result + text.slice(position);
  };
  const protectToolCall = (call: ToolCall, callVault: PiiVault): ToolCall => ({ ...call, input: protect(call.input, callVault) });
  const protectMessage = (message: Message, callVault: PiiVault): Message => {
    if (message.role === "assistant" && message.toolCalls !== undefined) {
      return { ...message, content: protect(message.content, callVault), toolCalls: message.toolCalls.map((call) => protectToolCall(call, callVault)) };
    }
    return { ...message, content: protect(message.content, callVault) };
  };
  /** Tool arguments are JSON: a restored value is escaped as a JSON string body so the JSON stays valid. */
  const restoreJson = (json: string, callVault: PiiVault): string =>
    json.replace(/<([A-Z][A-Z0-9_]*)_(\d{1,9})>/g, (placeholder) => {
      const original = callVault.lookup(placeholder);
      return original === undefined ? placeholder : JSON.stringify(original).slice(1, -1);
    });

  return {
    transformParams({ params }) {
      const callVault = createVault?.(params) ?? vault ?? createPiiVault();
      const rewritten: LanguageModelCallOptions = {
        ...params,
        messages: params.messages.map((message) => protectMessage(message, callVault)),
        ...(params.documents === undefined
          ? {}
          : {
              documents: params.documents.map((document) => ({
                ...document,
                text: protect(document.text, callVault),
                ...(document.title === undefined ? {} : { title: protect(document.title, callVault) }),
              })),
            }),
      };
      vaults.set(rewritten, callVault);
      return rewritten;
    },
    async wrapGenerate({ doGenerate, params }) {
      const callVault = vaultOf(params);
      const result = await doGenerate();
      return {
        ...result,
        text: callVault.restore(result.text),
        toolCalls: result.toolCalls.map((call) => ({ ...call, input: restoreJson(call.input, callVault) })),
      };
    },
    async wrapStream({ doStream, params }) {
      const callVault = vaultOf(params);
      const result = await doStream();
      const restorer = createStreamingRestorer(callVault);
      const stream = result.stream.pipeThrough(
        new TransformStream<LanguageModelStreamPart, LanguageModelStreamPart>({
          transform(part, controller) {
            if (part.type === "text-delta") {
              const delta = restorer.push(part.delta);
              if (delta.length > 0) controller.enqueue({ type: "text-delta", delta });
              return;
            }
            // Text held back as a possible placeholder belongs before any later part.
            const rest = restorer.flush();
            if (rest.length > 0) controller.enqueue({ type: "text-delta", delta: rest });
            controller.enqueue(part.type === "tool-call" ? { ...part, input: restoreJson(part.input, callVault) } : part);
          },
          flush(controller) {
            const rest = restorer.flush();
            if (rest.length > 0) controller.enqueue({ type: "text-delta", delta: rest });
          },
        }),
      );
      return { ...result, stream };
    },
  };
}
