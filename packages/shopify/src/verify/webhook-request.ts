import { createHmac, timingSafeEqual } from "node:crypto";

export type VerifiedWebhook = {
  ok: true;
  /** As in the header, e.g. `products/update`. */
  topic: string;
  shop: string;
  webhookId: string;
  /** When Shopify triggered the event (`X-Shopify-Triggered-At`), when it said. */
  triggeredAt: string | undefined;
  apiVersion: string | undefined;
  /** The body as Shopify signed it. */
  rawBody: string;
};

export type WebhookRejection = {
  ok: false;
  /** `expired`: triggered longer ago than the age limit; the others mean the request is not Shopify's. */
  reason: "missing-headers" | "invalid-hmac" | "expired";
};

export type WebhookVerifyOptions = {
  secret: string;
  /** Requests triggered longer ago are rejected; Shopify's retries of a failed delivery stop well within a day. */
  maxAgeSeconds?: number;
  now?: () => Date;
};

/** base64(HMAC-SHA256(secret, body)), the value of `X-Shopify-Hmac-Sha256`. */
export function webhookHmac(secret: string, rawBody: string): string {
  return createHmac("sha256", secret).update(rawBody, "utf8").digest("base64");
}

/**
 * Checks a webhook request: the HMAC of the raw body against `X-Shopify-Hmac-Sha256` (in constant time), the
 * headers Shopify always sends, and the age from `X-Shopify-Triggered-At`. The HMAC covers only the body, so a
 * replay with other headers passes here: handlers are idempotent on the body (`updated_at`) as well as the id.
 */
export async function verifyWebhookRequest(request: Request, options: WebhookVerifyOptions): Promise<VerifiedWebhook | WebhookRejection> {
  const hmac = request.headers.get("x-shopify-hmac-sha256");
  const topic = request.headers.get("x-shopify-topic");
  const shop = request.headers.get("x-shopify-shop-domain");
  const webhookId = request.headers.get("x-shopify-webhook-id") ?? request.headers.get("x-shopify-event-id");
  // Read the body before deciding, so a rejected request never leaves it unread.
  const rawBody = await request.text();
  if (hmac === null || topic === null || shop === null || webhookId === null) return { ok: false, reason: "missing-headers" };
  if (!safeEqual(Buffer.from(hmac, "base64"), Buffer.from(webhookHmac(options.secret, rawBody), "base64"))) {
    return { ok: false, reason: "invalid-hmac" };
  }
  const triggeredAt = request.headers.get("x-shopify-triggered-at") ?? undefined;
  if (triggeredAt !== undefined) {
    const age = ((options.now ?? (() => new Date()))().getTime() - Date.parse(triggeredAt)) / 1000;
    if (!Number.isFinite(age) || age > (options.maxAgeSeconds ?? 86_400)) return { ok: false, reason: "expired" };
  }
  return { ok: true, topic: topic.toLowerCase(), shop: shop.toLowerCase(), webhookId, triggeredAt, apiVersion: request.headers.get("x-shopify-api-version") ?? undefined, rawBody };
}

export function safeEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}
