import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { generateText } from "../../generate/generate-text";
import { wrapLanguageModel } from "../../middleware/wrap-language-model";
import { createOpenAI } from "../../providers/openai/openai-provider";
import { createOpenAITestServer } from "../../test/openai-test-server";
import { piiDevelopmentCorpus as piiCorpus } from "./development-corpus";
import { createPiiDetector } from "./pii-detector";
import { piiMiddleware } from "./pii-middleware";

const server = createOpenAITestServer();
beforeAll(() => server.listen());
afterEach(() => server.reset());
afterAll(() => server.close());

const completion = (content: string) => ({
  id: "chatcmpl-pii",
  object: "chat.completion",
  created: 1_763_116_800,
  model: "gpt-4.1-mini-2025-04-14",
  choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, logprobs: null, finish_reason: "stop" }],
  usage: { prompt_tokens: 40, completion_tokens: 12, total_tokens: 52 },
});

describe("PII middleware over the OpenAI API", () => {
  it("sends none of the personal values of the development corpus, and restores them in the answer", async () => {
    // The fake API echoes the user's (pseudonymised) message, so restoration is visible in the answer.
    server.respondWith("/chat/completions", (request) => {
      const body = request.body as { messages: Array<{ role: string; content: string }> };
      return { type: "json", body: completion(`You wrote: ${body.messages.at(-1)?.content ?? ""}`) };
    });
    const detector = createPiiDetector();
    const model = wrapLanguageModel({ model: createOpenAI({ apiKey: "sk-test" })("gpt-4.1-mini"), middleware: piiMiddleware({ detector }) });

    const missed: string[] = [];
    for (const [index, entry] of piiCorpus.entries()) {
      const result = await generateText({ model, prompt: entry.text, documents: [{ id: "note", text: `Shopper note: ${entry.text}`, trusted: false }] });
      // Placeholders such as <IBAN_CODE_1> are what should be there; a value is looked for in everything else.
      const sent = JSON.stringify(server.requests[index]?.body).replace(/<[A-Z][A-Z0-9_]*_\d+>/g, "<>");
      const detected = detector.detect(entry.text).map((span) => span.text);
      for (const value of new Set([...detected, ...entry.values.map((planted) => planted.text)])) {
        if (sent.includes(value)) missed.push(`${value} (in "${entry.text}")`);
      }
      expect(result.text).toBe(`You wrote: ${entry.text}`);
    }
    expect(missed).toEqual([]);
    expect(server.requests).toHaveLength(piiCorpus.length);
  });
});
