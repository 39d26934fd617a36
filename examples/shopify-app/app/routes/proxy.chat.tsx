import type { ActionFunctionArgs } from "react-router";
import { aisle } from "../aisle.server";

/** `POST /apps/aisle/chat` on the storefront, through the app proxy: streamed support answers. */
export const action = (args: ActionFunctionArgs) => aisle.routes.storefrontChat(args);
