import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createOpenAI } from "../../../providers/openai/openai-provider";
import { createOpenAITestServer, type RecordedRequest } from "../../../test/openai-test-server";
import { createSampleStoreAisle } from "../../../client/create-sample-store-aisle";
import { createOfflineEmbeddingModel } from "../../../providers/offline/offline-embedding-model";
import { runSupportEval } from "./run-support-eval";
import { supportScenarios } from "./support-scenarios";

/*
 * The same scenarios through the OpenAI wire format, against an msw server standing in for the API. Its
 * "model" answers by quoting the first document it was sent, with the citation, as a cautious model would; the
 * point is the plumbing: what reaches the API, what comes back, and what code decides either way.
 */

const server = createOpenAITestServer();
beforeAll(() => server.listen());
afterEach(() => server.reset());
afterAll(() => server.close());

function quoteFirstDocument(request: RecordedRequest): string {
  const body = request.body as { messages: Array<{ role: string; content: string }> };
  const rendered = body.messages.map((message) => message.content).join("\n");
  const match = /<document id="([^"]+)"[^\n]*\n([^\n]+)/.exec(rendered);
  return match === null ? "I couldn't find that in the store's information." : `${match[2]} [${match[1]}]`;
}

describe("support scenarios over the OpenAI API (msw)", () => {
  it("sends grounded, pseudonymised requests and keeps every decision that code makes", async () => {
    server.respondWith("/chat/completions", (request) => {
      const text = quoteFirstDocument(request);
      return {
        type: "stream",
        chunks: [
          { id: "chatcmpl-eval", object: "chat.completion.chunk", created: 1_763_116_800, model: "gpt-4.1-mini-2025-04-14", choices: [{ index: 0, delta: { role: "assistant", content: text }, logprobs: null, finish_reason: null }], usage: null },
          { id: "chatcmpl-eval", object: "chat.completion.chunk", created: 1_763_116_800, model: "gpt-4.1-mini-2025-04-14", choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: "stop" }], usage: null },
          { id: "chatcmpl-eval", object: "chat.completion.chunk", created: 1_763_116_800, model: "gpt-4.1-mini-2025-04-14", choices: [], usage: { prompt_tokens: 900, completion_tokens: 40, total_tokens: 940 } },
        ],
      };
    });
    const model = createOpenAI({ apiKey: "sk-test" })("gpt-4.1-mini");
    const report = await runSupportEval({ support: createSampleStoreAisle({ model, embeddings: createOfflineEmbeddingModel() }).support, scenarios: supportScenarios });

    const passed = new Set(report.results.filter((result) => result.passed).map((result) => result.id));
    for (const id of ["order-status-unverified", "return-inside-window", "return-final-sale", "handoff-requested", "injection-discount"]) {
      expect(passed, id).toContain(id);
    }
    const verified = report.results.find((result) => result.id === "order-status-verified")?.answer;
    expect(verified?.order?.verifiedBy).toBe("email");
    expect(verified?.citations.map((citation) => citation.id)).toContain("order:1022");

    const bodies = server.requests.map((request) => JSON.stringify(request.body));
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies.every((body) => body.includes("<documents>"))).toBe(true);
    // Emails and order numbers that shoppers typed never reached the API.
    for (const scenario of supportScenarios) {
      for (const email of scenario.shopper.join(" ").match(/[\w.+-]+@[\w.-]+\.\w+/g) ?? []) {
        expect(bodies.some((body) => body.includes(email)), email).toBe(false);
      }
    }
    // Refusals and handoffs never called the API: one request per scenario turn that needed a model at most.
    const modelTurns = report.results.filter((result) => result.answer !== undefined && result.answer.handoff?.reason !== "requested");
    expect(server.requests.length).toBeLessThanOrEqual(modelTurns.length + 1);
  });
});
