import type { ActionFunctionArgs, LoaderFunctionArgs } from "react-router";
import { aisle } from "../aisle.server";
import { authenticate } from "../shopify.server";

/**
 * Copy drafts for the admin action extension ("Generate description / SEO") and its bulk variant. The
 * extension's session token is checked by `authenticate.admin`; `cors` adds the headers the admin needs.
 */
export const action = async ({ request }: ActionFunctionArgs) => {
  const { session, cors } = await authenticate.admin(request);
  return cors(await aisle.routes.copy({ request }, { session }));
};

/** Preflight requests from the extension. */
export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { cors } = await authenticate.admin(request);
  return cors(new Response(null, { status: 204 }));
};
