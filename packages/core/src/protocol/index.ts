export { chatAnswerEvents, createChatHandler, type ChatHandler } from "./chat-handler";
export { createInMemoryChatHistory, type ChatHistoryContext, type ChatHistoryStore, type ChatTurn } from "./chat-history";
export { chatHandlerSettingsSchema, type ChatHandlerSettings } from "./chat-handler-settings";
export {
  chatKeepAlive,
  chatProtocolVersion,
  chatRequestLimits,
  chatRequestSchema,
  formatChatEvent,
  withChatKeepAlive,
  type ChatCitation,
  type ChatErrorCode,
  type ChatEvent,
  type ChatProduct,
  type ChatRequest,
} from "./chat-protocol";
