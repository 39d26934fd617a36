import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChatHandler, createOffline, createSampleStoreAisle } from "@aisle/core";
import { bundleScript, gzipBudgetBytes, gzipSize } from "../scripts/build-script";

/*
 * The widget in a real browser: Debian's Chromium driven by playwright-core, against a local server that
 * serves a store page, the widget built from source, and the chat protocol backed by the offline sample store.
 * Nothing leaves 127.0.0.1: product images are answered by the test, every other outside request is refused.
 */

const chromiumPath = "/usr/bin/chromium";
const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const artifactsDirectory = process.env.AISLE_ARTIFACTS_DIR ?? join(tmpdir(), "aisle-widget-artifacts");
const productImage =
  '<svg xmlns="http://www.w3.org/2000/svg" width="56" height="56"><rect width="56" height="56" fill="#c9b99a"/></svg>';

const offline = createOffline();
const aisle = createSampleStoreAisle({ model: offline.languageModel(), embeddings: offline.embeddingModel() });
const handler = createChatHandler({
  aisle,
  citationUrl: ({ documentId }) => `/policies/${documentId.replace(/^policy:/, "")}`,
  onError: () => {},
});

/** Bodies the chat endpoint received, to check what the widget sends. */
const received: Array<{ conversationId?: string; messages: Array<{ role: string; content: string }> }> = [];

const page_ = (lang: string) => `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <title>Northwind test store</title>
  <style>aisle-chat { --aisle-accent: #0b7a5c; }</style>
  <script src="/aisle-chat.js" defer></script>
</head>
<body>
  <h1>Northwind</h1>
  <a id="before" href="#top">Top of page</a>
  <aisle-chat endpoint="/chat"></aisle-chat>
</body>
</html>`;

/** Node's request as a Fetch `Request`, the way an Express or plain Node app adapts the handler. */
function toRequest(request: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) if (typeof value === "string") headers.set(name, value);
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new Request(new URL(request.url ?? "/", origin), {
    method: request.method ?? "GET",
    headers,
    ...(hasBody ? { body: Readable.toWeb(request) as ReadableStream<Uint8Array>, duplex: "half" } : {}),
  } as RequestInit);
}

/** Writes a Fetch `Response` to Node, chunk by chunk, pausing between chunks like a slow network would. */
async function send(response: Response, to: ServerResponse, pauseMs: number): Promise<void> {
  to.writeHead(response.status, Object.fromEntries(response.headers));
  if (response.body === null) return void to.end();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    to.write(value);
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  to.end();
}

let server: Server;
let origin: string;
let context: BrowserContext;
let profile: string;
let script: string;

beforeAll(async () => {
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: apt-get install -y chromium`);
  // Built from source here, so `pnpm test` needs no build step and tests what is in src.
  script = await bundleScript();
  server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", origin);
      if (url.pathname === "/") {
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page_(url.searchParams.get("lang") ?? "en"));
      } else if (url.pathname === "/aisle-chat.js") {
        response.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(script);
      } else if (url.pathname === "/chat") {
        const chat = toRequest(request, origin);
        received.push(await chat.clone().json());
        await send(await handler(chat), response, 8);
      } else if (url.pathname === "/broken") {
        request.resume();
        response.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: { code: "internal", message: "down" } }));
      } else {
        response.writeHead(404).end();
      }
    })().catch((error: unknown) => response.destroy(error as Error));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  profile = await mkdtemp(join(tmpdir(), "aisle-chromium-"));
  const [browserContext] = await Promise.all([
    chromium.launchPersistentContext(profile, { executablePath: chromiumPath, headless: true, args: chromiumFlags, viewport: { width: 1000, height: 720 } }),
    aisle.ready(),
  ]);
  context = browserContext;
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) =>
    route.request().url().startsWith("https://cdn.northwind.example/")
      ? route.fulfill({ status: 200, contentType: "image/svg+xml", body: productImage })
      : route.abort(),
  );
  await mkdir(artifactsDirectory, { recursive: true });
}, 30_000);

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (profile !== undefined) await rm(profile, { recursive: true, force: true });
});

/** What the test records on the element from inside the page. */
type Recorded = { lengths: number[]; errors: unknown[]; typingShown: boolean; busyWhileStreaming: boolean };

/** The element's focused node inside its shadow root, described for assertions. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.querySelector("aisle-chat")?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    return active == null ? null : { tag: active.tagName.toLowerCase(), id: active.id, className: active.className };
  });

async function openStore(lang = "en"): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/?lang=${lang}`);
  await page.waitForFunction(() => customElements.get("aisle-chat") !== undefined);
  return page;
}

describe("<aisle-chat> in Chromium", () => {
  it("stays inside its size budget", () => {
    const gzipped = gzipSize(script);
    console.log(`aisle-chat.js: ${gzipped} bytes gzipped`);
    expect(gzipped).toBeLessThan(gzipBudgetBytes);
  });

  it("streams an answer with product cards and citations, by keyboard alone, then shows an error and retries", async () => {
    const page = await openStore();
    await page.evaluate(() => {
      const element = document.querySelector("aisle-chat") as unknown as HTMLElement & Recorded;
      element.lengths = [];
      element.errors = [];
      element.typingShown = false;
      element.busyWhileStreaming = false;
      element.addEventListener("aisle-chat:error", (event) => element.errors.push((event as CustomEvent).detail));
      // What the first answer looked like on screen while it streamed: every length its text had (more than one
      // means it was rendered as it arrived), the typing status, and the live region's busy flag.
      new MutationObserver(() => {
        const root = element.shadowRoot as ShadowRoot;
        const text = root.querySelectorAll(".msg:not(.user) .text")[1]?.textContent ?? "";
        if (text !== "" && element.lengths.at(-1) !== text.length) element.lengths.push(text.length);
        if (root.querySelector(".typing")?.textContent?.includes("typing") === true) element.typingShown = true;
        if (text !== "" && root.querySelector(".log")?.getAttribute("aria-busy") === "true") element.busyWhileStreaming = true;
      }).observe(element.shadowRoot as ShadowRoot, { subtree: true, childList: true, characterData: true, attributes: true });
    });

    // Tab from the page reaches the launcher; Enter opens the dialog with focus in the message box.
    const launcher = page.getByRole("button", { name: "Ask us" });
    await page.focus("#before");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ className: "launcher" });
    expect(await launcher.getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Shopping assistant" });
    await dialog.waitFor();
    expect(await launcher.getAttribute("aria-expanded")).toBe("true");
    expect(await focused(page)).toMatchObject({ tag: "textarea" });
    const input = page.getByRole("textbox", { name: "Ask about products, orders or returns" });
    expect(await input.evaluate((element) => element === (element.getRootNode() as ShadowRoot).activeElement)).toBe(true);

    // Enter sends; the log is a polite live region that stays busy until the answer is complete.
    await page.keyboard.type("Do you have a sofa in slate blue?");
    await page.keyboard.press("Enter");
    const log = page.getByRole("log", { name: "Conversation" });
    expect(await log.getAttribute("aria-live")).toBe("polite");
    const cards = page.locator("aisle-chat .products .card");
    await cards.first().waitFor();
    await page.waitForFunction(() => document.querySelector("aisle-chat")?.shadowRoot?.querySelector(".log")?.getAttribute("aria-busy") === "false");
    expect(await input.inputValue()).toBe("");

    const answer = page.locator("aisle-chat .msg:not(.user)").nth(1);
    expect(await answer.locator(".text").textContent()).toMatch(/sofa/i);
    const seen = await page.evaluate(() => {
      const { lengths, typingShown, busyWhileStreaming } = document.querySelector("aisle-chat") as unknown as Recorded;
      return { lengths, typingShown, busyWhileStreaming };
    });
    expect(seen.lengths.length, "text rendered while streaming").toBeGreaterThan(1);
    expect(seen.typingShown).toBe(true);
    expect(seen.busyWhileStreaming).toBe(true);
    expect(await page.getByRole("list", { name: "Products" }).count()).toBe(1);
    const card = cards.first();
    expect(await card.getAttribute("href")).toMatch(/^https:\/\/shop\.northwind\.example\/products\//);
    expect(await card.locator(".name").textContent()).toBe("Harbor 3-Seat Sofa");
    expect(await card.locator(".price").textContent()).toMatch(/\$\d/);
    const image = card.locator("img");
    expect(await image.getAttribute("alt")).not.toBe("");
    await page.waitForFunction(() => {
      const img = document.querySelector("aisle-chat")?.shadowRoot?.querySelector(".card img") as HTMLImageElement | null;
      return img?.complete === true && img.naturalWidth > 0;
    });
    expect(await page.getByRole("status").filter({ hasText: "typing" }).count()).toBe(0);
    await page.screenshot({ path: join(artifactsDirectory, "answer.png") });
    console.log(`screenshot: ${join(artifactsDirectory, "answer.png")}`);

    // Tab order: back from the message box to the last card, forward again to the box and the send button.
    await page.keyboard.press("Shift+Tab");
    expect(await focused(page)).toMatchObject({ tag: "a", className: "card" });
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "textarea" });
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ className: "send" });

    // Escape closes and gives focus back to the launcher; Enter reopens with the conversation kept.
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(await focused(page)).toMatchObject({ className: "launcher" });
    expect(await launcher.getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("Enter");
    await dialog.waitFor();
    expect(await focused(page)).toMatchObject({ tag: "textarea" });
    expect(await cards.count()).toBeGreaterThan(0);

    // The endpoint fails: an alert with a retry button, reached by keyboard; the retry then answers.
    await page.evaluate(() => document.querySelector("aisle-chat")?.setAttribute("endpoint", "/broken"));
    await page.keyboard.type("How many days do I have to return something?");
    await page.keyboard.press("Enter");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Something went wrong");
    expect(await page.evaluate(() => (document.querySelector("aisle-chat") as unknown as Recorded).errors)).toEqual([{ code: "internal", status: 500 }]);
    await page.screenshot({ path: join(artifactsDirectory, "error.png") });
    await page.evaluate(() => document.querySelector("aisle-chat")?.setAttribute("endpoint", "/chat"));
    await page.keyboard.press("Shift+Tab");
    expect(await focused(page)).toMatchObject({ className: "retry" });
    await page.keyboard.press("Enter");
    const sources = page.getByRole("list", { name: "Sources" });
    await sources.waitFor();
    expect(await alert.count()).toBe(0);
    expect(await focused(page)).toMatchObject({ tag: "textarea" });
    const source = sources.getByRole("link").first();
    expect(await source.textContent()).toMatch(/^Returns & Refunds/);
    expect(await source.getAttribute("href")).toBe("/policies/returns");
    expect(await page.locator("aisle-chat .msg:not(.user)").last().locator(".text").textContent()).toMatch(/30 days/);

    // The retry continued the same conversation with the turns before it, and no greeting was sent.
    expect(received).toHaveLength(2);
    expect(received[0]?.messages).toEqual([{ role: "user", content: "Do you have a sofa in slate blue?" }]);
    expect(received[1]?.conversationId).toMatch(/^[\w-]{8,}$/);
    expect(received[1]?.messages.map((message) => message.role)).toEqual(["user", "assistant", "user"]);

    // Another page of the store in the same tab: the conversation is still there and continues.
    const conversationId = received[1]?.conversationId;
    await page.reload();
    await page.waitForFunction(() => customElements.get("aisle-chat") !== undefined);
    await page.evaluate(() => document.querySelector("aisle-chat")?.setAttribute("endpoint", "/chat"));
    const restored = await page.evaluate(() =>
      [...(document.querySelector("aisle-chat")?.shadowRoot?.querySelectorAll(".msg .text") ?? [])].map((node) => node.textContent ?? ""),
    );
    expect(restored.some((text) => /30 days/.test(text))).toBe(true);
    await page.evaluate(() => (document.querySelector("aisle-chat") as unknown as { ask(question: string): void }).ask("Do you ship to Canada?"));
    await page.waitForFunction(() => {
      const texts = [...(document.querySelector("aisle-chat")?.shadowRoot?.querySelectorAll(".msg .text") ?? [])].map((node) => node.textContent ?? "");
      return texts.some((text) => /Canada/.test(text) && !/ship to Canada\?$/.test(text));
    });
    expect(received.at(-1)?.conversationId).toBe(conversationId);
    expect(received.at(-1)?.messages.length).toBeGreaterThan(2);
    await page.close();
  });

  it("mirrors for Arabic, takes string overrides, and follows the page's theme", async () => {
    const page = await openStore("ar");
    const launcher = page.locator("aisle-chat .launcher");
    expect(await launcher.textContent()).toBe("اسألنا");
    expect(await page.evaluate(() => document.querySelector("aisle-chat")?.shadowRoot?.querySelector("div")?.getAttribute("dir"))).toBe("rtl");
    const box = await launcher.boundingBox();
    expect(box?.x, "the launcher sits at the inline end, which is the left in RTL").toBeLessThan(500);
    expect(await launcher.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe("rgb(11, 122, 92)");
    await page.evaluate(() => {
      (document.querySelector("aisle-chat") as unknown as HTMLElement & { strings: object }).strings = { launcher: "Need help?" };
    });
    expect(await launcher.textContent()).toBe("Need help?");
    await page.close();
  });
});
