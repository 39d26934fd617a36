import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http";
import { resolveAisle } from "../../../../lib/resolve-aisle";
import { customerIdOf } from "../../../customer-id";
import { parseQuery, StoreRecommendationsQuery } from "../../../validators";

/**
 * GET /store/aisle/recommendations?product_id=prod_…: products like the one viewed, or, without a product,
 * for the signed-in customer from what they ordered. Each comes with a one-line reason.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const input = parseQuery(StoreRecommendationsQuery, req.query);
  const customerId = customerIdOf(req);
  const recommendations = await resolveAisle(req.scope).recommend({
    limit: input.limit,
    ...(input.product_id === undefined ? {} : { productId: input.product_id }),
    ...(customerId === undefined ? {} : { customerId }),
  });
  res.json({ recommendations });
}
