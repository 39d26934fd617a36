import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { resolveAisle } from "../../../../../../lib/resolve-aisle";

/** POST /admin/aisle/copy-drafts/:id/reject: the draft stays for the record; nothing is published. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const draft = await resolveAisle(req.scope).rejectDraft(req.params.id as string, req.auth_context?.actor_id);
  res.json({ copy_draft: draft });
}
