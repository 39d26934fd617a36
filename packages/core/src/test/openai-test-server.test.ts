import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { chunkLines, createOpenAITestServer } from "./openai-test-server";

const server = createOpenAITestServer({ baseURLs: ["https://api.openai.com/v1", "http://localhost:11434/v1"] });
beforeAll(() => server.listen());
afterEach(() => server.reset());
afterAll(() => server.close());

const post = (url: string, body: unknown) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("createOpenAITestServer", () => {
  it("answers with the stated JSON and records the request body, path and headers", async () => {
    server.respondWith("/chat/completions", { type: "json", body: { id: "chatcmpl-1" } });
    const response = await post("https://api.openai.com/v1/chat/completions", { model: "gpt-4o-mini" });
    expect(await response.json()).toEqual({ id: "chatcmpl-1" });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({ method: "POST", path: "/chat/completions" });
    expect(server.requests[0]?.headers["content-type"]).toBe("application/json");
    expect(server.requestBody()).toEqual({ model: "gpt-4o-mini" });
  });

  it("serves every base URL it was given, relative to that base", async () => {
    server.respondWith("/models", { type: "json", body: { data: [] } });
    await fetch("http://localhost:11434/v1/models");
    expect(server.requests[0]?.url).toBe("http://localhost:11434/v1/models");
    expect(server.requests[0]?.path).toBe("/models");
  });

  it("uses responses in order and repeats the last one", async () => {
    server.respondWith(
      "/embeddings",
      { type: "error", status: 500, body: { error: { message: "boom" } } },
      { type: "json", body: { ok: true } },
    );
    const statuses = [];
    for (let attempt = 0; attempt < 3; attempt++) statuses.push((await post(`${server.baseURL}/embeddings`, {})).status);
    expect(statuses).toEqual([500, 200, 200]);
  });

  it("builds a response from the request when given a function", async () => {
    server.respondWith("/embeddings", (request) => ({ type: "json", body: { echoed: request.body } }));
    const response = await post(`${server.baseURL}/embeddings`, { input: ["a", "b"] });
    expect(await response.json()).toEqual({ echoed: { input: ["a", "b"] } });
  });

  it("sends stream chunks as server-sent events ending with [DONE]", async () => {
    server.respondWith("/chat/completions", { type: "stream", chunks: [{ n: 1 }, '{"n":2}'] });
    const response = await post(`${server.baseURL}/chat/completions`, {});
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    expect(await response.text()).toBe('data: {"n":1}\n\ndata: {"n":2}\n\ndata: [DONE]\n\n');
  });

  it("can end a stream without [DONE] or break it mid-body", async () => {
    server.respondWith("/chat/completions", { type: "stream", chunks: [{ n: 1 }], end: "close" });
    expect(await (await post(`${server.baseURL}/chat/completions`, {})).text()).toBe('data: {"n":1}\n\n');

    server.respondWith("/chat/completions", { type: "stream", chunks: [{ n: 1 }], end: "error" });
    const response = await post(`${server.baseURL}/chat/completions`, {});
    await expect(response.text()).rejects.toThrow();
  });

  it("sends error statuses with their headers, and network errors", async () => {
    server.respondWith("/chat/completions", {
      type: "error",
      status: 429,
      headers: { "retry-after": "2" },
      body: { error: { message: "slow down" } },
    });
    const response = await post(`${server.baseURL}/chat/completions`, {});
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("2");
    expect(await response.json()).toEqual({ error: { message: "slow down" } });

    server.respondWith("/chat/completions", { type: "network-error" });
    await expect(post(`${server.baseURL}/chat/completions`, {})).rejects.toThrow();
  });

  it("answers 501 when the test stated nothing for the path", async () => {
    const response = await post(`${server.baseURL}/responses`, {});
    expect(response.status).toBe(501);
  });

  it("fails requests to hosts it does not serve instead of letting them out", async () => {
    await expect(fetch("https://example.com/v1/chat/completions", { method: "POST" })).rejects.toThrow();
    expect(server.requests).toHaveLength(0);
  });

  it("splits chunk fixtures into lines", () => {
    expect(chunkLines('{"a":1}\n\n{"b":2}\n')).toEqual(['{"a":1}', '{"b":2}']);
  });
});
