export { AisleChatElement, defineAisleChat, type AisleChatEventMap } from "./aisle-chat-element";
export { readEventStream, type ServerSentEvent } from "./event-stream";
export type { ChatCitation, ChatMessage, ChatMoney, ChatProduct } from "./protocol";
export { aisleChatTranslations, isRightToLeft, resolveStrings, type AisleChatStrings } from "./strings";

declare global {
  interface HTMLElementTagNameMap {
    "aisle-chat": import("./aisle-chat-element").AisleChatElement;
  }
}
