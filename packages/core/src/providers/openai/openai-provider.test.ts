import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { InvalidConfigError } from "../../errors/invalid-config-error";
import { LoadApiKeyError } from "../../errors/load-api-key-error";
import { createOpenAITestServer } from "../../test/openai-test-server";
import { jsonFixture } from "./__fixtures__/load-fixture";
import { createAzureOpenAI, createOpenAI, createOpenAICompatible } from "./openai-provider";

const server = createOpenAITestServer({
  baseURLs: [
    "https://api.openai.com/v1",
    "http://localhost:11434/v1",
    "https://gateway.example.com/openai/v1",
    "https://aisle-shop.openai.azure.com/openai",
  ],
});
beforeAll(() => server.listen());
afterEach(() => {
  server.reset();
  vi.unstubAllEnvs();
});
afterAll(() => server.close());

const call = { messages: [{ role: "user" as const, content: "Hello" }] };
const completion = () => ({ type: "json" as const, body: jsonFixture("chat-completion.json") });

describe("createOpenAI", () => {
  it("builds a provider without any environment and reads OPENAI_API_KEY only when a request is made", async () => {
    vi.stubEnv("OPENAI_API_KEY", undefined);
    const openai = createOpenAI();
    const model = openai("gpt-4o-mini");
    expect(model.provider).toBe("openai");
    expect(model.modelId).toBe("gpt-4o-mini");

    const error = await model.doGenerate(call).catch((caught: unknown) => caught);
    expect(LoadApiKeyError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/OPENAI_API_KEY/);
    expect((error as Error).message).toMatch(/apiKey/);
    expect(server.requests).toHaveLength(0);

    vi.stubEnv("OPENAI_API_KEY", "sk-from-env");
    server.respondWith("/chat/completions", completion());
    await model.doGenerate(call);
    expect(server.requests[0]?.headers.authorization).toBe("Bearer sk-from-env");
  });

  it("calls an apiKey function per request, so rotated keys apply", async () => {
    server.respondWith("/chat/completions", completion());
    const keys = ["sk-first", "sk-second"];
    const apiKey = vi.fn(async () => keys.shift() ?? "");
    const model = createOpenAI({ apiKey })("gpt-4o-mini");
    expect(apiKey).not.toHaveBeenCalled();
    await model.doGenerate(call);
    await model.doGenerate(call);
    expect(server.requests.map((request) => request.headers.authorization)).toEqual(["Bearer sk-first", "Bearer sk-second"]);
    await expect(model.doGenerate(call)).rejects.toSatisfy((error: unknown) => LoadApiKeyError.isInstance(error));
  });

  it("sends organization, project and custom headers, and reports its configured name", async () => {
    server.respondWith("/chat/completions", completion());
    const openai = createOpenAI({
      apiKey: "sk-test",
      organization: "org-aisle",
      project: "proj_shop",
      headers: { "x-shop": "aisle-demo" },
      name: "openai-eu",
    });
    const model = openai.languageModel("gpt-4o-mini");
    expect(model.provider).toBe("openai-eu");
    await model.doGenerate({ ...call, headers: { "x-call": "1" } });
    const headers = server.requests[0]?.headers ?? {};
    expect(headers["openai-organization"]).toBe("org-aisle");
    expect(headers["openai-project"]).toBe("proj_shop");
    expect(headers["x-shop"]).toBe("aisle-demo");
    expect(headers["x-call"]).toBe("1");
  });

  it("honours baseURL for any OpenAI-compatible gateway", async () => {
    server.respondWith("/chat/completions", completion());
    const model = createOpenAI({ apiKey: "sk-test", baseURL: "https://gateway.example.com/openai/v1" })("gpt-4o-mini");
    await model.doGenerate(call);
    expect(server.requests[0]?.url).toBe("https://gateway.example.com/openai/v1/chat/completions");
  });

  it("uses a custom fetch", async () => {
    server.respondWith("/chat/completions", completion());
    const seen: string[] = [];
    const model = createOpenAI({
      apiKey: "sk-test",
      fetch: (input, init) => {
        seen.push(String(input));
        return fetch(input, init);
      },
    })("gpt-4o-mini");
    await model.doGenerate(call);
    expect(seen).toEqual(["https://api.openai.com/v1/chat/completions"]);
  });

  it("names every bad setting at once", () => {
    let error: unknown;
    try {
      createOpenAI({ apiKey: "", baseURL: "not a url", name: "open ai" });
    } catch (caught) {
      error = caught;
    }
    expect(InvalidConfigError.isInstance(error)).toBe(true);
    expect((error as InvalidConfigError).issues.map((issue) => issue.path).sort()).toEqual(["apiKey", "baseURL", "name"]);
  });

  it("rejects an empty model id", () => {
    expect(() => createOpenAI({ apiKey: "sk-test" })("")).toThrow(/modelId/);
  });
});

describe("createOpenAICompatible", () => {
  it("talks to a local server without a key or an Authorization header", async () => {
    vi.stubEnv("OPENAI_API_KEY", "sk-must-not-leak");
    vi.stubEnv("OPENAI_ORG_ID", "org-must-not-leak");
    server.respondWith("/chat/completions", completion());
    const ollama = createOpenAICompatible({ baseURL: "http://localhost:11434/v1", name: "ollama" });
    const model = ollama("llama3.2");
    expect(model.provider).toBe("ollama");
    const result = await model.doGenerate({ ...call, maxOutputTokens: 64 });
    expect(result.text.length).toBeGreaterThan(0);
    const request = server.requests[0];
    expect(request?.url).toBe("http://localhost:11434/v1/chat/completions");
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.headers["openai-organization"]).toBeUndefined();
    expect(request?.body).toMatchObject({ model: "llama3.2", max_tokens: 64 });
  });

  it("sends a key when given one, and query parameters", async () => {
    server.respondWith("/embeddings", { type: "json", body: jsonFixture("embeddings.json") });
    const vllm = createOpenAICompatible({
      baseURL: "http://localhost:11434/v1",
      name: "vllm",
      apiKey: "token-abc",
      queryParams: { tenant: "shop-1" },
    });
    await vllm.embeddingModel("bge-m3").doEmbed({ values: ["a", "b", "c"] });
    expect(server.requests[0]?.headers.authorization).toBe("Bearer token-abc");
    expect(new URL(server.requests[0]?.url ?? "").searchParams.get("tenant")).toBe("shop-1");
  });
});

describe("createAzureOpenAI", () => {
  it("routes model ids as deployments, sends api-key and api-version, and reads the key lazily", async () => {
    vi.stubEnv("AZURE_OPENAI_API_KEY", undefined);
    const azure = createAzureOpenAI({ resourceName: "aisle-shop", apiVersion: "2024-10-21" });
    const model = azure("shop-gpt-4o-mini");
    expect(model.provider).toBe("azure-openai");
    const error = await model.doGenerate(call).catch((caught: unknown) => caught);
    expect(LoadApiKeyError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/AZURE_OPENAI_API_KEY/);

    vi.stubEnv("AZURE_OPENAI_API_KEY", "azure-key");
    server.respondWith("/deployments/shop-gpt-4o-mini/chat/completions", completion());
    await model.doGenerate(call);
    const request = server.requests[0];
    expect(request?.url).toBe(
      "https://aisle-shop.openai.azure.com/openai/deployments/shop-gpt-4o-mini/chat/completions?api-version=2024-10-21",
    );
    expect(request?.headers["api-key"]).toBe("azure-key");
  });

  it("requires exactly one of endpoint and resourceName, and an apiVersion", () => {
    expect(() => createAzureOpenAI({ apiVersion: "2024-10-21" })).toThrow(/endpoint or resourceName/);
    let error: unknown;
    try {
      createAzureOpenAI({ endpoint: "https://a.openai.azure.com", resourceName: "a" } as never);
    } catch (caught) {
      error = caught;
    }
    expect((error as InvalidConfigError).issues.map((issue) => issue.path).sort()).toEqual(["apiVersion", "endpoint"]);
  });
});
