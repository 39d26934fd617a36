import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import { resolveAisle } from "../../../../lib/resolve-aisle";
import { parseQuery, StoreSearchQuery } from "../../../validators";

/**
 * GET /store/aisle/search?q=linen+sofa+under+900: products ranked by Aisle's index (full-text, fused with
 * vectors where the database has pgvector). Price, stock and sale wording in `q` become filters; `query`
 * in the response says what was understood.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const input = parseQuery(StoreSearchQuery, req.query);
  const aisle = resolveAisle(req.scope);
  const result = await aisle.searchProducts(input.q, {
    limit: input.limit,
    offset: input.offset,
    ...(input.category_id === undefined ? {} : { categoryId: input.category_id }),
  });
  const ids = result.hits.map((hit) => hit.id);
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } =
    ids.length === 0
      ? { data: [] as Array<{ id: string }> }
      : await query.graph({ entity: "product", fields: ["id", "title", "handle", "thumbnail", "subtitle"], filters: { id: ids, status: "published" } });
  const byId = new Map((data as Array<{ id: string }>).map((product) => [product.id, product]));
  res.json({
    products: result.hits.flatMap((hit) => {
      const product = byId.get(hit.id);
      return product === undefined ? [] : [{ ...product, score: hit.score }];
    }),
    count: result.total,
    limit: input.limit,
    offset: input.offset,
    query: { text: result.query.text, filters: result.query.filters },
  });
}
