import { model } from "@medusajs/framework/utils";

/**
 * A copy draft awaiting approval (the core's CopyDraft). `previous` keeps the product text an approval replaced,
 * so the approval can be undone and reviewers see what changed.
 */
export const CopyDraft = model.define("aisle_copy_draft", {
  id: model.id({ prefix: "draft" }).primaryKey(),
  kind: model.text(),
  product_id: model.text().index(),
  language: model.text(),
  status: model.enum(["draft", "approved", "rejected"]).default("draft"),
  source: model.text(),
  model_id: model.text().nullable(),
  job_id: model.text().index().nullable(),
  content: model.json(),
  findings: model.json(),
  drafted_at: model.dateTime(),
  reviewed_at: model.dateTime().nullable(),
  reviewed_by: model.text().nullable(),
  previous: model.json().nullable(),
});
