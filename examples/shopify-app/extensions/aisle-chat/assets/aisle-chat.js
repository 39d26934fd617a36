// Aisle storefront chat: posts each message to the app proxy and renders the streamed answer.
(() => {
  const root = document.getElementById("aisle-chat");
  if (!root) return;
  root.hidden = false;
  const toggle = root.querySelector(".aisle-chat__toggle");
  const panel = root.querySelector(".aisle-chat__panel");
  const list = root.querySelector(".aisle-chat__messages");
  const form = root.querySelector(".aisle-chat__form");
  const input = form.querySelector("input");
  const storageKey = "aisle-chat-conversation";
  let conversationId = sessionStorage.getItem(storageKey) || undefined;

  const add = (role, text) => {
    const item = document.createElement("li");
    item.className = `aisle-chat__message aisle-chat__message--${role}`;
    item.textContent = text;
    list.appendChild(item);
    list.scrollTop = list.scrollHeight;
    return item;
  };

  toggle.addEventListener("click", () => {
    const open = panel.hidden;
    panel.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
    if (open && list.children.length === 0 && root.dataset.greeting) add("assistant", root.dataset.greeting);
    if (open) input.focus();
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const message = input.value.trim();
    if (!message) return;
    input.value = "";
    add("user", message);
    const answer = add("assistant", "…");
    try {
      const response = await fetch(root.dataset.endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "text/event-stream" },
        body: JSON.stringify(conversationId ? { message, conversationId } : { message }),
      });
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      let text = "";
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += value;
        let end;
        while ((end = buffer.indexOf("\n\n")) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const [eventLine = "", dataLine = ""] = block.split("\n");
          const data = JSON.parse(dataLine.replace(/^data: /, ""));
          const name = eventLine.replace(/^event: /, "");
          if (name === "conversation") {
            conversationId = data.conversationId;
            sessionStorage.setItem(storageKey, conversationId);
          } else if (name === "text-delta") {
            text += data.text;
            answer.textContent = text;
          } else if (name === "answer") {
            answer.textContent = data.text;
          } else if (name === "error") {
            answer.textContent = data.message;
          }
          list.scrollTop = list.scrollHeight;
        }
      }
    } catch {
      answer.textContent = "Sorry, the chat is not available right now.";
    }
  });
})();
