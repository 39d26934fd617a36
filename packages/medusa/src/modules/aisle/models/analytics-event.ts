import { model } from "@medusajs/framework/utils";

/** An Aisle analytics event (`support.answered`, `copy.draft-created`, `reviews.analyzed` …). */
export const AnalyticsEvent = model.define("aisle_analytics_event", {
  id: model.id({ prefix: "aevt" }).primaryKey(),
  type: model.text().index(),
  conversation_id: model.text().nullable(),
  product_id: model.text().index().nullable(),
  occurred_at: model.dateTime(),
  payload: model.json(),
});
