import type { LoaderFunctionArgs } from "react-router";
import { aisle } from "../aisle.server";
import { authenticate } from "../shopify.server";

/** "Review summary" for the product page (`GET /api/reviews?productId=…`). */
export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session, cors } = await authenticate.admin(request);
  return cors(await aisle.routes.reviewSummary({ request }, { session }));
};
