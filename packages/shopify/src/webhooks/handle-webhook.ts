import { z } from "zod";
import { ShopNotInstalledError } from "../errors/shop-not-installed-error";
import type { ResolvedShopifyAisleSettings, ShopRuntimes } from "../plugin/shop-runtime";
import type { RedactionReport } from "../plugin/shopify-aisle-settings";
import { toGid } from "../util/gid";
import { verifyWebhookRequest, type VerifiedWebhook } from "../verify/webhook-request";

/** What a webhook delivery changed; the handler answers it as JSON with status 200. */
export type WebhookOutcome =
  | { topic: string; outcome: "applied"; detail?: string }
  | { topic: string; outcome: "duplicate" | "stale" | "ignored"; detail?: string }
  | { topic: string; outcome: "redacted"; report: RedactionReport };

/** The topics the plugin handles; subscribe to them in `shopify.app.toml`. */
export const webhookTopics = [
  "products/create",
  "products/update",
  "products/delete",
  "app/uninstalled",
  "bulk_operations/finish",
  "customers/data_request",
  "customers/redact",
  "shop/redact",
] as const;

const idSchema = z.union([z.number().int(), z.string().regex(/^\d+$/)]).transform(String);
const productPayload = z.looseObject({ id: idSchema, admin_graphql_api_id: z.string().optional(), updated_at: z.string().optional() });
const bulkPayload = z.looseObject({ admin_graphql_api_id: z.string(), status: z.string().optional() });
const customerPayload = z.looseObject({
  customer: z.looseObject({ id: idSchema, email: z.string().nullable().optional() }),
  data_request: z.looseObject({ id: idSchema }).optional(),
});

const json = (body: unknown, status = 200) => Response.json(body, { status });
const time = (value: string | undefined) => (value === undefined ? Number.NaN : Date.parse(value));

/**
 * Handles a webhook request end to end: verifies the HMAC and age, drops deliveries already handled (by
 * webhook id), and applies the topic. Product topics keep the shop's index fresh; out-of-order and replayed
 * deliveries change nothing because each product's last applied `updated_at` (and deletion) is kept.
 * Failures answer 500 and release the webhook id, so Shopify's retry is handled.
 */
export async function handleWebhookRequest(request: Request, settings: ResolvedShopifyAisleSettings, runtimes: ShopRuntimes): Promise<Response> {
  if (request.method !== "POST") return json({ error: "method-not-allowed" }, 405);
  const secret = typeof settings.apiSecretKey === "string" ? settings.apiSecretKey : settings.apiSecretKey();
  const now = settings.now ?? (() => new Date());
  const verified = await verifyWebhookRequest(request, { secret, maxAgeSeconds: settings.webhooks.maxAgeSeconds, now });
  if (!verified.ok) return json({ error: verified.reason }, 401);
  let payload: unknown;
  try {
    payload = JSON.parse(verified.rawBody);
  } catch {
    return json({ error: "invalid-body" }, 400);
  }
  const key = `webhook:${verified.webhookId}`;
  if (!(await settings.store.claim(verified.shop, key, now().toISOString()))) {
    return json({ topic: verified.topic, outcome: "duplicate" } satisfies WebhookOutcome);
  }
  try {
    return json(await apply(verified, payload, settings, runtimes, now));
  } catch (error) {
    await settings.store.release(verified.shop, key);
    if (error instanceof z.ZodError) return json({ error: "invalid-body", detail: error.issues[0]?.message }, 400);
    if (ShopNotInstalledError.isInstance(error)) return json({ topic: verified.topic, outcome: "ignored", detail: "not installed" } satisfies WebhookOutcome);
    return json({ error: "webhook-failed", detail: error instanceof Error ? error.message : String(error) }, 500);
  }
}

async function apply(
  webhook: VerifiedWebhook,
  payload: unknown,
  settings: ResolvedShopifyAisleSettings,
  runtimes: ShopRuntimes,
  now: () => Date,
): Promise<WebhookOutcome> {
  const { topic, shop } = webhook;
  const store = settings.store;
  switch (topic) {
    case "products/create":
    case "products/update": {
      const body = productPayload.parse(payload);
      const id = body.admin_graphql_api_id ?? toGid("Product", body.id);
      const updatedAt = body.updated_at ?? webhook.triggeredAt ?? now().toISOString();
      const known = await store.getProductVersion(shop, id);
      // Older than (or as old as) what the index already reflects, including a deletion: a late or repeated delivery.
      if (known !== undefined && time(updatedAt) <= time(known.updatedAt)) return { topic, outcome: "stale", detail: id };
      const runtime = runtimes.get(shop);
      // The payload lacks collections, metafields and availability: read the product as it is now.
      const product = await runtime.sync.product(id);
      if (product === undefined) {
        runtime.aisle.catalog.remove([id]);
        await store.setProductVersion(shop, id, { updatedAt, deleted: true });
        return { topic, outcome: "applied", detail: "gone" };
      }
      if (product.status === "active") await runtime.aisle.catalog.upsert([product]);
      else runtime.aisle.catalog.remove([id]);
      const version = product.updatedAt !== undefined && time(product.updatedAt) > time(updatedAt) ? product.updatedAt : updatedAt;
      await store.setProductVersion(shop, id, { updatedAt: version, deleted: false });
      return { topic, outcome: "applied", detail: product.status === "active" ? "indexed" : `hidden (${product.status})` };
    }
    case "products/delete": {
      const body = productPayload.parse(payload);
      const id = body.admin_graphql_api_id ?? toGid("Product", body.id);
      const deletedAt = webhook.triggeredAt ?? now().toISOString();
      runtimes.peek(shop)?.aisle.catalog.remove([id]);
      const known = await store.getProductVersion(shop, id);
      // Updates from before the deletion that arrive after it are stale from now on.
      const latest = known !== undefined && time(known.updatedAt) > time(deletedAt) ? known.updatedAt : deletedAt;
      await store.setProductVersion(shop, id, { updatedAt: latest, deleted: true });
      return { topic, outcome: "applied", detail: "removed" };
    }
    case "bulk_operations/finish": {
      const body = bulkPayload.parse(payload);
      runtimes.peek(shop)?.sync.bulkOperationFinished(body.admin_graphql_api_id);
      return { topic, outcome: "applied", detail: body.admin_graphql_api_id };
    }
    case "app/uninstalled": {
      runtimes.drop(shop);
      await store.setSyncState(shop, {});
      await settings.onUninstalled?.(shop);
      return { topic, outcome: "applied" };
    }
    case "customers/data_request": {
      const body = customerPayload.parse(payload);
      const customerId = toGid("Customer", body.customer.id);
      const email = body.customer.email ?? undefined;
      const conversations = await store.findConversations(shop, { customerId, ...(email === undefined ? {} : { mentions: [email] }) });
      const ids = new Set(conversations.map((conversation) => conversation.conversationId));
      const events = (await store.listEvents(shop)).filter((event) => event.customerId === customerId || ids.has(event.conversationId ?? "")).length;
      await settings.onDataRequest?.({ shop, customerId, email, dataRequestId: body.data_request?.id, conversations, events });
      return { topic, outcome: "applied", detail: `${conversations.length} conversations` };
    }
    case "customers/redact": {
      const body = customerPayload.parse(payload);
      const customerId = toGid("Customer", body.customer.id);
      const email = body.customer.email ?? undefined;
      const erased = await store.eraseCustomer(shop, { customerId, ...(email === undefined ? {} : { mentions: [email] }) });
      const forgottenVaults = runtimes.peek(shop)?.aisle.forgetConversations(erased.conversations) ?? 0;
      const report: RedactionReport = { topic, shop, ...erased, forgottenVaults };
      await settings.onRedact?.(report);
      return { topic, outcome: "redacted", report };
    }
    case "shop/redact": {
      const erased = await store.eraseShop(shop);
      const forgottenVaults = runtimes.peek(shop)?.aisle.forgetConversations(erased.conversations) ?? 0;
      runtimes.drop(shop);
      const report: RedactionReport = { topic, shop, ...erased, forgottenVaults };
      await settings.onRedact?.(report);
      return { topic, outcome: "redacted", report };
    }
    default:
      return { topic, outcome: "ignored" };
  }
}
