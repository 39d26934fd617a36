import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { approveCopyDraftWorkflow } from "../../../../../../workflows/approve-copy-draft";

/** POST /admin/aisle/copy-drafts/:id/approve: approves the draft and writes it to the product. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await approveCopyDraftWorkflow(req.scope).run({
    input: { draft_id: req.params.id as string, ...(req.auth_context?.actor_id ? { approved_by: req.auth_context.actor_id } : {}) },
  });
  res.json({ copy_draft: result.draft, product_id: result.product_id });
}
