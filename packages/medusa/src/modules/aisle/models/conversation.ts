import { model } from "@medusajs/framework/utils";

/** A support conversation: the turns kept (shopper and assistant), the last intent and how it ended. */
export const Conversation = model.define("aisle_conversation", {
  id: model.id({ prefix: "aconv" }).primaryKey(),
  /** The authenticated customer who started it; null for guests. Only that customer may continue it. */
  customer_id: model.text().index().nullable(),
  messages: model.json(),
  turns: model.number().default(0),
  intent: model.text().nullable(),
  resolved: model.boolean().default(false),
  handoff: model.boolean().default(false),
});
