import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { resolveAisle } from "../../../../lib/resolve-aisle";

/** GET /admin/aisle/reindex: the index's state (store, vectors, products, last runs). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ index: (await resolveAisle(req.scope).indexState()) ?? null });
}

/** POST /admin/aisle/reindex: rebuilds the product index through Query now. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ report: await resolveAisle(req.scope).reindex() });
}
