import type { ActionFunctionArgs } from "react-router";
import { aisle } from "../aisle.server";

/**
 * Every webhook topic in `shopify.app.toml` posts here, the compliance topics included. The plugin checks the
 * HMAC and age, drops repeated deliveries and applies the topic.
 */
export const action = (args: ActionFunctionArgs) => aisle.routes.webhooks(args);
