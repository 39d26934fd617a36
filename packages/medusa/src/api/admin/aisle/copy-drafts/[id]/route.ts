import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { resolveAisle } from "../../../../../lib/resolve-aisle";

/** GET /admin/aisle/copy-drafts/:id: the draft, its findings and (once approved) the text it replaced. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ copy_draft: await resolveAisle(req.scope).retrieveDraft(req.params.id as string) });
}
