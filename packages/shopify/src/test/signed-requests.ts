import { randomUUID } from "node:crypto";
import { appProxySignature } from "../verify/app-proxy-request";
import { webhookHmac } from "../verify/webhook-request";

/** A webhook request signed as Shopify signs it, for testing webhook routes. */
export function signedWebhookRequest({
  secret,
  topic,
  shop,
  body,
  url = "https://app.example/webhooks",
  webhookId = randomUUID(),
  triggeredAt = new Date().toISOString(),
  apiVersion = "2026-07",
}: {
  secret: string;
  topic: string;
  shop: string;
  body: unknown;
  url?: string;
  webhookId?: string;
  triggeredAt?: string;
  apiVersion?: string;
}): Request {
  const rawBody = typeof body === "string" ? body : JSON.stringify(body);
  return new Request(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-shopify-topic": topic,
      "x-shopify-shop-domain": shop,
      "x-shopify-webhook-id": webhookId,
      "x-shopify-event-id": webhookId,
      "x-shopify-triggered-at": triggeredAt,
      "x-shopify-api-version": apiVersion,
      "x-shopify-hmac-sha256": webhookHmac(secret, rawBody),
    },
    body: rawBody,
  });
}

/** An app-proxy URL signed as Shopify signs it (`logged_in_customer_id` empty for a guest). */
export function signedAppProxyUrl({
  secret,
  url = "https://app.example/proxy/chat",
  shop,
  customerId,
  timestamp = Math.floor(Date.now() / 1000),
  pathPrefix = "/apps/aisle",
}: {
  secret: string;
  url?: string;
  shop: string;
  customerId?: string | number;
  timestamp?: number;
  pathPrefix?: string;
}): URL {
  const signed = new URL(url);
  signed.searchParams.set("shop", shop);
  signed.searchParams.set("logged_in_customer_id", customerId === undefined ? "" : String(customerId));
  signed.searchParams.set("path_prefix", pathPrefix);
  signed.searchParams.set("timestamp", String(timestamp));
  signed.searchParams.set("signature", appProxySignature(secret, signed.searchParams));
  return signed;
}
