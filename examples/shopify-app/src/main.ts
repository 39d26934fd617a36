import { signedAppProxyUrl, type ShopifyAdminTestServer } from "@aisle/shopify/test";
import { configureEnvironment, createShopStandIn, offlineSession, apiSecret, shop } from "./shopify-stand-in";

/**
 * Runs the example's storefront chat route offline: a signed-in customer asks about their order through the
 * app proxy, against an msw stand-in for the shop's Admin API. Prints and returns the streamed answer.
 */
export async function main(options: { standIn?: { server: ShopifyAdminTestServer; respond: () => void } } = {}): Promise<{ text: string; order: string | undefined }> {
  configureEnvironment();
  // Tests pass the stand-in they already run; run alone, main starts its own.
  const own = options.standIn === undefined;
  const { server, respond } = options.standIn ?? createShopStandIn();
  if (own) server.listen();
  try {
    respond();
    const { sessionStorage } = await import("../app/shopify.server");
    await sessionStorage.storeSession(offlineSession());
    const { action } = await import("../app/routes/proxy.chat");
    const url = signedAppProxyUrl({ secret: apiSecret, shop, customerId: 42, url: "https://aisle-example.app/proxy/chat" });
    const request = new Request(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ message: "Where is my order?" }) });
    const response = await action({ request, params: {}, context: {} } as Parameters<typeof action>[0]);
    // The route speaks aisle-chat/1: `start`, `text` deltas, then `products`/`citations`/`handoff`, then `done`.
    let text = "";
    for (const block of (await response.text()).split("\n\n")) {
      const [event, data] = block.split("\n");
      if (event === undefined || data === undefined) continue;
      const payload = JSON.parse(data.slice("data: ".length)) as { delta?: string };
      if (event === "event: text") {
        process.stdout.write(payload.delta ?? "");
        text += payload.delta ?? "";
      }
    }
    process.stdout.write("\n");
    return { text, order: /#\d+/.exec(text)?.[0] };
  } finally {
    if (own) server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
