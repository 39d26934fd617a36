import { readEventStream } from "./event-stream";
import type { ChatCitation, ChatErrorBody, ChatMessage, ChatMoney, ChatProduct } from "./protocol";
import { isRightToLeft, resolveStrings, type AisleChatStrings } from "./strings";
import { styles } from "./styles";

/** What the element dispatches (bubbling, composed) so a store can react, e.g. open its live chat on a handoff. */
export type AisleChatEventMap = {
  "aisle-chat:open": CustomEvent<undefined>;
  "aisle-chat:close": CustomEvent<undefined>;
  "aisle-chat:handoff": CustomEvent<{ reason: string; conversationId: string | undefined }>;
  "aisle-chat:answer": CustomEvent<{ intent: string; resolved: boolean; conversationId: string | undefined }>;
  "aisle-chat:error": CustomEvent<{ code: string; status?: number }>;
};

/** Turns sent with each question: enough context for follow-ups, well inside the protocol's limit. */
const historyTurns = 20;

type Children = Array<Node | string | false | undefined>;

/** A tiny element builder: text always goes in as text, never as markup, so server data cannot inject HTML. */
function h(tag: string, attributes: Record<string, string | undefined> = {}, ...children: Children): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child !== false && child !== undefined) element.append(child);
  return element;
}

/** Models cite facts as `[policy:returns#window-1]`; the citations are listed under the answer instead. */
const displayText = (text: string): string =>
  text.replace(/[ \t]*\[[a-z]+:[^\]\s]+\]/gi, "").replace(/[ \t]*\[[a-z]*(?::[^\]\s]*)?$/i, "");

// Importing the module during server rendering must not fail where HTMLElement does not exist.
const Base = (typeof HTMLElement === "undefined" ? class {} : HTMLElement) as typeof HTMLElement;

/**
 * `<aisle-chat endpoint="/apps/aisle/chat">`: a launcher button and a chat panel that stream answers from an
 * `aisle-chat/1` endpoint, with product cards, citations, handoff and error states. Attributes: `endpoint`,
 * `lang`, `dir`, `open`, `inline` (always open, in the page flow). Property `strings` overrides UI texts.
 */
export class AisleChatElement extends Base {
  static observedAttributes = ["lang", "dir", "open"];

  private root: ShadowRoot | undefined;
  private overrides: Partial<AisleChatStrings> = {};
  private messages: ChatMessage[] = [];
  private conversationId: string | undefined;
  private busy = false;
  private controller: AbortController | undefined;
  private parts: {
    wrapper: HTMLElement;
    launcher: HTMLButtonElement;
    panel: HTMLElement;
    title: HTMLElement;
    close: HTMLButtonElement;
    log: HTMLElement;
    typing: HTMLElement;
    label: HTMLElement;
    input: HTMLTextAreaElement;
    send: HTMLButtonElement;
    greeting: HTMLElement;
  } | undefined;

  get strings(): AisleChatStrings {
    return resolveStrings(this.language, this.overrides);
  }

  /** Overrides for any UI text, e.g. `{ launcher: "Need help?" }`; the rest follow `lang`. */
  set strings(overrides: Partial<AisleChatStrings>) {
    this.overrides = { ...overrides };
    this.applyChrome();
  }

  get endpoint(): string {
    return this.getAttribute("endpoint") ?? "/apps/aisle/chat";
  }

  get isOpen(): boolean {
    return this.hasAttribute("open") || this.hasAttribute("inline");
  }

  private get language(): string {
    return this.closest("[lang]")?.getAttribute("lang") || (typeof navigator === "undefined" ? "en" : navigator.language) || "en";
  }

  connectedCallback(): void {
    if (this.root === undefined) {
      this.build();
      this.restore();
    }
    this.applyChrome();
  }

  /** Where this page session keeps the conversation, so it survives navigating to another page of the store. */
  private get storageKey(): string {
    return `aisle-chat:${this.endpoint}`;
  }

  private persist(): void {
    try {
      sessionStorage.setItem(this.storageKey, JSON.stringify({ conversationId: this.conversationId, messages: this.messages.slice(-historyTurns) }));
    } catch {
      // Storage full or blocked (private mode): the conversation still works on this page.
    }
  }

  /** Shows the conversation this tab had on an earlier page, text only, and continues it. */
  private restore(): void {
    let saved: { conversationId?: unknown; messages?: unknown } | undefined;
    try {
      saved = JSON.parse(sessionStorage.getItem(this.storageKey) ?? "null") as typeof saved;
    } catch {
      saved = undefined;
    }
    if (saved === undefined || saved === null || !Array.isArray(saved.messages)) return;
    const messages = saved.messages.filter(
      (message): message is ChatMessage =>
        typeof message === "object" && message !== null && (message.role === "user" || message.role === "assistant") && typeof message.content === "string",
    );
    this.messages = messages;
    if (typeof saved.conversationId === "string") this.conversationId = saved.conversationId;
    const strings = this.strings;
    for (const message of messages) {
      const user = message.role === "user";
      this.parts?.log.append(
        h(
          "div",
          { class: user ? "msg user" : "msg", part: user ? "message user-message" : "message assistant-message" },
          h("span", { class: "sr" }, `${user ? strings.you : strings.assistant}: `),
          h("p", { class: "text" }, message.content),
        ),
      );
    }
  }

  disconnectedCallback(): void {
    this.controller?.abort();
  }

  attributeChangedCallback(): void {
    if (this.parts !== undefined) this.applyChrome();
  }

  show(): void {
    if (!this.hasAttribute("open")) this.setAttribute("open", "");
    this.parts?.input.focus();
    this.emit("aisle-chat:open", undefined);
  }

  hide(): void {
    if (this.hasAttribute("inline")) return;
    // Focus goes back to the launcher only from inside the panel; a script closing it must not move focus.
    const hadFocus = this.matches(":focus-within");
    this.removeAttribute("open");
    if (hadFocus) this.parts?.launcher.focus();
    this.emit("aisle-chat:close", undefined);
  }

  /** Sends a question as if the shopper typed it, e.g. from an "Ask about this product" button. */
  ask(question: string): void {
    const text = question.trim();
    if (text === "" || this.busy) return;
    if (!this.isOpen) this.show();
    this.messages.push({ role: "user", content: text });
    this.parts?.log.append(h("div", { class: "msg user", part: "message user-message" }, h("span", { class: "sr" }, `${this.strings.you}: `), h("p", { class: "text" }, text)));
    void this.answer();
  }

  private build(): void {
    this.root = this.attachShadow({ mode: "open" });
    const style = h("style", {}, styles);
    const title = h("h2", { id: "t" });
    const close = h("button", { type: "button", class: "close", part: "close" }, "×") as HTMLButtonElement;
    const greeting = h("p", { class: "text" });
    const log = h(
      "div",
      { class: "log", part: "log", role: "log", "aria-live": "polite", "aria-relevant": "additions text", tabindex: "0" },
      h("div", { class: "msg", part: "message assistant-message" }, greeting),
    );
    const typing = h("p", { class: "typing", role: "status", "aria-live": "polite" });
    const label = h("label", { for: "i", class: "sr" });
    const input = h("textarea", { id: "i", rows: "1", enterkeyhint: "send", autocomplete: "off" }) as HTMLTextAreaElement;
    const send = h("button", { type: "submit", class: "send", part: "send" }) as HTMLButtonElement;
    const form = h("form", { part: "form" }, label, input, send) as HTMLFormElement;
    const panel = h("section", { class: "panel", part: "panel", id: "p", role: "dialog", "aria-labelledby": "t" }, h("header", { part: "header" }, title, close), log, typing, form);
    const launcher = h("button", { type: "button", class: "launcher", part: "launcher", "aria-controls": "p", "aria-haspopup": "dialog" }) as HTMLButtonElement;
    const wrapper = h("div", { class: "w" }, panel, launcher);
    this.root.append(style, wrapper);
    this.parts = { wrapper, launcher, panel, title, close, log, typing, label, input, send, greeting };

    launcher.addEventListener("click", () => (this.isOpen ? this.hide() : this.show()));
    close.addEventListener("click", () => this.hide());
    panel.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.preventDefault();
        this.hide();
      }
    });
    input.addEventListener("keydown", (event) => {
      // Enter sends; Shift+Enter is a new line, and Enter that confirms an IME composition is neither.
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (this.busy || input.value.trim() === "") return;
      const text = input.value;
      input.value = "";
      this.ask(text);
    });
  }

  private applyChrome(): void {
    const parts = this.parts;
    if (parts === undefined) return;
    const strings = this.strings;
    const lang = this.language;
    parts.wrapper.lang = lang;
    const dir = this.getAttribute("dir") ?? (isRightToLeft(lang) ? "rtl" : undefined);
    if (dir === undefined) parts.wrapper.removeAttribute("dir");
    else parts.wrapper.dir = dir;
    parts.launcher.textContent = strings.launcher;
    parts.launcher.setAttribute("aria-expanded", String(this.isOpen));
    parts.panel.hidden = !this.isOpen;
    parts.title.textContent = strings.title;
    parts.close.setAttribute("aria-label", strings.close);
    parts.log.setAttribute("aria-label", strings.conversation);
    parts.label.textContent = strings.placeholder;
    parts.input.placeholder = strings.placeholder;
    parts.send.textContent = strings.send;
    parts.greeting.textContent = strings.greeting;
    this.renderTyping();
  }

  private renderTyping(): void {
    const parts = this.parts;
    if (parts === undefined) return;
    parts.typing.replaceChildren(...(this.busy ? [h("span", { class: "dots", "aria-hidden": "true" }), this.strings.typing] : []));
    parts.send.setAttribute("aria-disabled", String(this.busy));
    parts.log.setAttribute("aria-busy", String(this.busy));
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.renderTyping();
  }

  private emit<Name extends keyof AisleChatEventMap>(name: Name, detail: AisleChatEventMap[Name]["detail"]): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  /** Streams one answer to the conversation so far into a new assistant message. */
  private async answer(): Promise<void> {
    const parts = this.parts;
    if (parts === undefined) return;
    const strings = this.strings;
    const text = h("p", { class: "text" });
    const message = h("div", { class: "msg", part: "message assistant-message" }, h("span", { class: "sr" }, `${strings.assistant}: `), text);
    parts.log.append(message);
    const scroll = () => (parts.log.scrollTop = parts.log.scrollHeight);
    scroll();
    this.setBusy(true);
    this.controller = new AbortController();
    let raw = "";
    let finished = false;
    let failure: { code: string; status?: number } | undefined;
    try {
      const response = await fetch(this.endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "text/event-stream" },
        body: JSON.stringify({
          ...(this.conversationId === undefined ? {} : { conversationId: this.conversationId }),
          messages: this.messages.slice(-historyTurns),
        }),
        signal: this.controller.signal,
      });
      if (!response.ok || response.body === null) {
        const body = (await response.json().catch(() => ({}))) as ChatErrorBody;
        failure = { code: body.error?.code ?? "http_error", status: response.status };
      } else {
        for await (const { event, data } of readEventStream(response.body)) {
          // No schema library here (it would double the script); a malformed event ends the answer as an error.
          const payload: unknown = JSON.parse(data);
          if (event === "start") this.conversationId = (payload as { conversationId: string }).conversationId;
          else if (event === "text") {
            raw += (payload as { delta: string }).delta;
            text.textContent = displayText(raw);
          } else if (event === "products") message.append(this.productList(payload as ChatProduct[]));
          else if (event === "citations") message.append(...this.citationList(payload as ChatCitation[]));
          else if (event === "handoff") {
            message.append(h("p", { class: "handoff", part: "handoff", role: "status" }, strings.handoff));
            this.emit("aisle-chat:handoff", { reason: (payload as { reason: string }).reason, conversationId: this.conversationId });
          } else if (event === "error") failure = { code: (payload as { code: string }).code };
          else if (event === "done") {
            finished = true;
            this.emit("aisle-chat:answer", { ...(payload as { intent: string; resolved: boolean }), conversationId: this.conversationId });
          }
          scroll();
        }
        // A stream that ends without `done` was cut off (a proxy timeout, a dropped connection).
        if (!finished) failure ??= { code: "interrupted" };
      }
    } catch (error) {
      if (this.controller.signal.aborted) return;
      failure = { code: error instanceof SyntaxError ? "bad_event" : "network_error" };
    } finally {
      this.setBusy(false);
    }
    if (failure === undefined) {
      this.messages.push({ role: "assistant", content: displayText(raw) });
      this.persist();
      return;
    }
    this.showError(message, failure);
    scroll();
  }

  private showError(message: HTMLElement, failure: { code: string; status?: number }): void {
    const strings = this.strings;
    const retry = h("button", { type: "button", class: "retry", part: "retry" }, strings.retry);
    retry.addEventListener("click", () => {
      if (this.busy) return;
      const focusInput = this.shadowRoot?.activeElement === retry;
      message.remove();
      void this.answer();
      if (focusInput) this.parts?.input.focus();
    });
    message.classList.add("failed");
    message.append(h("div", { class: "error", part: "error", role: "alert" }, h("span", {}, strings.error), retry));
    this.emit("aisle-chat:error", failure);
  }

  private productList(products: ChatProduct[]): HTMLElement {
    const strings = this.strings;
    return h(
      "ul",
      { class: "products", part: "products", "aria-label": strings.products },
      ...products.map((product) => {
        const image =
          product.imageUrl === undefined ? undefined : (h("img", { src: product.imageUrl, alt: product.imageAlt ?? "", loading: "lazy", width: "56", height: "56" }) as HTMLImageElement);
        image?.addEventListener("error", () => image.remove());
        const body = h(
          "span",
          {},
          h("span", { class: "name" }, product.title),
          h("span", { class: "price" }, product.compareAtPrice === undefined ? "" : h("s", {}, this.money(product.compareAtPrice)), this.money(product.price)),
          !product.available && h("span", { class: "stock" }, strings.outOfStock),
        );
        const attributes = { class: "card", part: "product-card", "data-product-id": product.id };
        return h("li", {}, product.url === undefined ? h("div", attributes, image, body) : h("a", { ...attributes, href: product.url }, image, body));
      }),
    );
  }

  private citationList(citations: ChatCitation[]): HTMLElement[] {
    const strings = this.strings;
    const items = citations.map((citation) => {
      const label = citation.path.length > 0 ? citation.path.join(" › ") : citation.title;
      return h("li", { "data-citation-id": citation.id }, citation.url === undefined ? label : h("a", { href: citation.url }, label));
    });
    const heading = h("h3", {}, strings.sources);
    return [heading, h("ol", { class: "sources", part: "citations", "aria-label": strings.sources }, ...items)];
  }

  private money(money: ChatMoney): string {
    try {
      return new Intl.NumberFormat(this.language, { style: "currency", currency: money.currencyCode }).format(Number(money.amount));
    } catch {
      return `${money.amount} ${money.currencyCode}`;
    }
  }
}

/** Registers the element (once; a second call or a second copy of the script is harmless). */
export function defineAisleChat(tagName = "aisle-chat"): void {
  if (typeof customElements !== "undefined" && customElements.get(tagName) === undefined) customElements.define(tagName, AisleChatElement);
}
