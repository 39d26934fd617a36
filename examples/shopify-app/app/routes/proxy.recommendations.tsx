import type { LoaderFunctionArgs } from "react-router";
import { aisle } from "../aisle.server";

/** `GET /apps/aisle/recommendations?kind=similar&productId=…` on the storefront, through the app proxy. */
export const loader = (args: LoaderFunctionArgs) => aisle.routes.storefrontRecommendations(args);
