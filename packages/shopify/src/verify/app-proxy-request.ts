import { createHmac } from "node:crypto";
import { safeEqual } from "./webhook-request";

export type VerifiedAppProxyRequest = {
  ok: true;
  shop: string;
  /** The signed-in customer's numeric id; undefined for guests. The only identity Aisle trusts. */
  loggedInCustomerId: string | undefined;
  pathPrefix: string | undefined;
  timestamp: number;
  signature: string;
};

export type AppProxyRejection = { ok: false; reason: "missing-signature" | "invalid-signature" | "expired" };

export type AppProxyVerifyOptions = {
  secret: string;
  /** Shopify's own libraries accept 90 seconds. */
  maxAgeSeconds?: number;
  now?: () => Date;
};

/**
 * The app proxy's signature: every query parameter but `signature`, as `key=value` (repeated keys joined with
 * ","), sorted and concatenated with no separator, HMAC-SHA256 in hex.
 */
export function appProxySignature(secret: string, params: URLSearchParams): string {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of params) {
    if (key === "signature" || key === "hmac") continue;
    grouped.set(key, [...(grouped.get(key) ?? []), value]);
  }
  const message = [...grouped.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, values]) => `${key}=${values.join(",")}`)
    .join("");
  return createHmac("sha256", secret).update(message, "utf8").digest("hex");
}

const singleValueParams = ["shop", "signature", "timestamp", "logged_in_customer_id", "path_prefix"];

/** Checks an app-proxy request's signature (in constant time) and that its timestamp is recent. */
export function verifyAppProxyRequest(request: Request | URL, options: AppProxyVerifyOptions): VerifiedAppProxyRequest | AppProxyRejection {
  const url = request instanceof URL ? request : new URL(request.url);
  const params = url.searchParams;
  const signature = params.get("signature");
  const shop = params.get("shop");
  const timestamp = Number(params.get("timestamp"));
  if (signature === null || shop === null || !Number.isInteger(timestamp)) return { ok: false, reason: "missing-signature" };
  // A repeated identity parameter would be signed as "a,b" and read as "a": refuse it outright.
  if (singleValueParams.some((key) => params.getAll(key).length > 1)) return { ok: false, reason: "invalid-signature" };
  if (!/^[0-9a-f]{64}$/i.test(signature) || !safeEqual(Buffer.from(signature, "hex"), Buffer.from(appProxySignature(options.secret, params), "hex"))) {
    return { ok: false, reason: "invalid-signature" };
  }
  const age = (options.now ?? (() => new Date()))().getTime() / 1000 - timestamp;
  // A clock a few seconds ahead of Shopify's is not an attack; a timestamp far in the future is.
  if (age > (options.maxAgeSeconds ?? 90) || age < -30) return { ok: false, reason: "expired" };
  const customer = params.get("logged_in_customer_id");
  return {
    ok: true,
    shop: shop.toLowerCase(),
    loggedInCustomerId: customer === null || customer === "" ? undefined : customer,
    pathPrefix: params.get("path_prefix") ?? undefined,
    timestamp,
    signature,
  };
}
