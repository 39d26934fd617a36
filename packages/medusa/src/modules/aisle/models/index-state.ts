import { model } from "@medusajs/framework/utils";

/** What the product index holds and how its last runs went; one row per index (`catalog`). */
export const IndexState = model.define("aisle_index_state", {
  id: model.id({ prefix: "aidx" }).primaryKey(),
  name: model.text().unique(),
  store: model.text(),
  vectors: model.boolean().default(false),
  status: model.enum(["idle", "indexing", "failed"]).default("idle"),
  products: model.number().default(0),
  last_full_at: model.dateTime().nullable(),
  last_incremental_at: model.dateTime().nullable(),
  last_duration_ms: model.number().nullable(),
  last_error: model.text().nullable(),
});
