/*
 * The wire types of `aisle-chat/1` (docs/reference/chat-protocol.md), kept here rather than imported from
 * @aisle/core: the widget runs in shoppers' browsers and must not pull the server library into its bundle.
 */

export type ChatMessage = { role: "user" | "assistant"; content: string };

export type ChatMoney = { amount: string; currencyCode: string };

export type ChatProduct = {
  id: string;
  title: string;
  url?: string;
  imageUrl?: string;
  imageAlt?: string;
  price: ChatMoney;
  compareAtPrice?: ChatMoney;
  available: boolean;
};

export type ChatCitation = { id: string; title: string; path: string[]; url?: string };

export type ChatErrorBody = { error?: { code?: string; message?: string } };
