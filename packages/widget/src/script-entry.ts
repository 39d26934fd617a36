/* The one-script-tag build (dist/aisle-chat.js): registers <aisle-chat> as soon as it loads. */
import { defineAisleChat } from "./aisle-chat-element";

export { AisleChatElement, defineAisleChat } from "./aisle-chat-element";

defineAisleChat();
