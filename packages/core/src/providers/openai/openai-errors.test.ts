import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ApiCallError } from "../../errors/api-call-error";
import { createOpenAITestServer } from "../../test/openai-test-server";
import { headersFixture, textFixture } from "./__fixtures__/load-fixture";
import { createOpenAI } from "./openai-provider";

const server = createOpenAITestServer();
beforeAll(() => server.listen());
afterEach(() => server.reset());
afterAll(() => server.close());

const openai = createOpenAI({ apiKey: "sk-test" });
const call = { messages: [{ role: "user" as const, content: "Hello" }] };

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

describe("OpenAI errors", () => {
  const cases = [
    { status: 400, fixture: "error-400.json", retryable: false, message: /Invalid 'temperature'/ },
    { status: 401, fixture: "error-401.json", retryable: false, message: /Incorrect API key/ },
    { status: 429, fixture: "error-429.json", retryable: true, message: /Rate limit reached/ },
    { status: 500, fixture: "error-500.json", retryable: true, message: /server had an error/ },
  ];

  for (const { status, fixture, retryable, message } of cases) {
    it(`maps ${status} to an ApiCallError (retryable: ${retryable}) with the body as sent`, async () => {
      server.respondWith("/chat/completions", { type: "error", status, body: textFixture(fixture) });
      for (const attempt of ["generate", "stream"] as const) {
        const model = openai("gpt-4o-mini");
        const error = await failure(attempt === "generate" ? model.doGenerate(call) : model.doStream(call));
        expect(ApiCallError.isInstance(error)).toBe(true);
        const apiError = error as ApiCallError;
        expect(apiError.statusCode).toBe(status);
        expect(apiError.isRetryable).toBe(retryable);
        expect(apiError.message).toMatch(message);
        expect(apiError.responseBody).toBe(textFixture(fixture));
        expect(apiError.url).toBe("https://api.openai.com/v1/chat/completions");
        expect(apiError.responseHeaders?.["x-request-id"]).toBe("req_test");
      }
      // The SDK's own retries are off: one request per call, retries are the middleware's.
      expect(server.requests).toHaveLength(2);
    });
  }

  it("keeps Retry-After so the retry middleware can wait what the server asked", async () => {
    server.respondWith("/chat/completions", {
      type: "error",
      status: 429,
      headers: headersFixture("error-429.headers.json"),
      body: textFixture("error-429.json"),
    });
    const error = (await failure(openai("gpt-4o-mini").doGenerate(call))) as ApiCallError;
    expect(error.retryAfterMs).toBe(1000);
    expect(error.responseHeaders?.["x-ratelimit-remaining-tokens"]).toBe("380");
  });

  it("prefers retry-after-ms when the server sends it", async () => {
    server.respondWith("/chat/completions", {
      type: "error",
      status: 429,
      headers: { "retry-after-ms": "248", "retry-after": "1" },
      body: textFixture("error-429.json"),
    });
    const error = (await failure(openai("gpt-4o-mini").doGenerate(call))) as ApiCallError;
    expect(error.retryAfterMs).toBe(248);
  });

  it("follows the server's x-should-retry over the status", async () => {
    server.respondWith("/chat/completions", {
      type: "error",
      status: 500,
      headers: { "x-should-retry": "false" },
      body: textFixture("error-500.json"),
    });
    const error = (await failure(openai("gpt-4o-mini").doGenerate(call))) as ApiCallError;
    expect(error.isRetryable).toBe(false);
  });

  it("maps a failed connection to a retryable ApiCallError without a status", async () => {
    server.respondWith("/chat/completions", { type: "network-error" });
    const error = (await failure(openai("gpt-4o-mini").doGenerate(call))) as ApiCallError;
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect(error.statusCode).toBeUndefined();
    expect(error.isRetryable).toBe(true);
  });

  it("rethrows the caller's abort reason instead of wrapping it", async () => {
    server.respondWith("/chat/completions", { type: "stream", chunks: ["{}"], delayMs: 200 });
    const reason = new Error("shopper left");
    const controller = new AbortController();
    controller.abort(reason);
    const error = await failure(openai("gpt-4o-mini").doGenerate({ ...call, abortSignal: controller.signal }));
    expect(error).toBe(reason);

    const late = new AbortController();
    server.respondWith("/chat/completions", { type: "network-error" });
    const pending = openai("gpt-4o-mini").doGenerate({ ...call, abortSignal: late.signal });
    late.abort();
    const lateError = await failure(pending);
    expect(ApiCallError.isInstance(lateError)).toBe(false);
    expect((lateError as DOMException).name).toBe("AbortError");
  });
});
