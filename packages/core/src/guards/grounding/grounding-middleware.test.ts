import { describe, expect, it } from "vitest";
import { UngroundedResponseError } from "../../errors/ungrounded-response-error";
import { generateText } from "../../generate/generate-text";
import { streamText } from "../../generate/stream-text";
import { wrapLanguageModel } from "../../middleware/wrap-language-model";
import type { ContextDocument, LanguageModelStreamPart } from "../../spec";
import { MockLanguageModel, mockGenerateResult, mockTextStreamParts } from "../../test/mock-language-model";
import { groundingMiddleware, type GroundingMiddlewareSettings } from "./grounding-middleware";
import type { GroundingReport } from "./grounding-types";

const documents: ContextDocument[] = [
  { id: "product:lamp", title: "Aurora Floor Lamp", text: "Aurora Floor Lamp, 160 cm tall, brushed brass, linen shade. Price: 129.00 USD. In stock: yes" },
  { id: "policy:returns", text: "Returns are accepted within 30 days." },
];
const answer = "The Aurora lamp is 160 cm tall with a linen shade. It costs $99 and comes in chrome. You can return it within 30 days.";

function generatingModel(text = answer) {
  return new MockLanguageModel({ doGenerate: mockGenerateResult(text) });
}

function streamingModel(text = answer) {
  return new MockLanguageModel({ doStream: mockTextStreamParts(text) });
}

async function generate(settings: GroundingMiddlewareSettings, model = generatingModel()) {
  const reports: GroundingReport[] = [];
  const wrapped = wrapLanguageModel({ model, middleware: groundingMiddleware({ ...settings, onReport: (report) => reports.push(report) }) });
  const result = await generateText({ model: wrapped, prompt: "Tell me about the Aurora lamp.", documents });
  return { result, reports };
}

async function stream(settings: GroundingMiddlewareSettings, model = streamingModel()) {
  const reports: GroundingReport[] = [];
  const wrapped = wrapLanguageModel({ model, middleware: groundingMiddleware({ ...settings, onReport: (report) => reports.push(report) }) });
  const result = streamText({ model: wrapped, prompt: "Tell me about the Aurora lamp.", documents });
  return { result, reports };
}

describe("groundingMiddleware with generate", () => {
  it("flags: keeps the answer, reports every claim and warns about the unsupported ones", async () => {
    const unsupported: string[] = [];
    const { result, reports } = await generate({ onUnsupported: (report) => unsupported.push(...report.unsupported.map((claim) => claim.text)) });
    expect(result.text).toBe(answer);
    expect(unsupported).toEqual(["$99", "chrome"]);
    expect(reports[0]?.claims.map((claim) => claim.text)).toEqual(["160 cm", "linen", "$99", "chrome", "30 days"]);
    expect(result.warnings.filter((warning) => warning.startsWith("grounding:"))).toHaveLength(2);
    expect(result.warnings[0]).toContain('"$99"');
  });

  it("remove-claims: drops the sentences that hold unsupported claims", async () => {
    const { result } = await generate({ action: "remove-claims" });
    expect(result.text).toBe("The Aurora lamp is 160 cm tall with a linen shade. You can return it within 30 days.");
  });

  it("refuse: answers with the refusal text, or fails with a typed error holding the report", async () => {
    const { result } = await generate({ action: "refuse", refusal: "Let me check that with the team." });
    expect(result.text).toBe("Let me check that with the team.");
    const error = await generate({ action: "refuse" }).catch((caught: unknown) => caught);
    expect(UngroundedResponseError.isInstance(error)).toBe(true);
    expect((error as UngroundedResponseError).report.unsupported.map((claim) => claim.text)).toEqual(["$99", "chrome"]);
  });

  it("leaves grounded answers and calls without documents alone", async () => {
    const grounded = "It is 160 cm tall and costs $129.";
    const { result, reports } = await generate({ action: "refuse" }, generatingModel(grounded));
    expect(result.text).toBe(grounded);
    expect(reports[0]?.grounded).toBe(true);
    const model = wrapLanguageModel({ model: generatingModel(), middleware: groundingMiddleware({ action: "refuse" }) });
    expect((await generateText({ model, prompt: "Hello" })).text).toBe(answer);
  });

  it("adds facts given to the middleware to the call's documents", async () => {
    const { result } = await generate({ action: "refuse", facts: "Spring sale: 99.00 USD; also in chrome." });
    expect(result.text).toBe(answer);
  });

  it("rejects an unknown action", () => {
    expect(() => groundingMiddleware({ action: "delete" as never })).toThrow(/action/);
  });
});

describe("groundingMiddleware with streams", () => {
  it("flags: passes text through unchanged and reports at the end", async () => {
    const { result, reports } = await stream({});
    expect(await result.text).toBe(answer);
    expect(reports).toHaveLength(1);
    expect(reports[0]?.unsupported.map((claim) => [claim.text, answer.slice(claim.start, claim.end)])).toEqual([
      ["$99", "$99"],
      ["chrome", "chrome"],
    ]);
  });

  it("remove-claims: holds each sentence until it is checked and drops the unsupported ones", async () => {
    const { result } = await stream({ action: "remove-claims" });
    expect(await result.text).toBe("The Aurora lamp is 160 cm tall with a linen shade. You can return it within 30 days.");
  });

  it("refuse: stops at the first unsupported sentence with the refusal text", async () => {
    const { result, reports } = await stream({ action: "refuse", refusal: "Let me check that with the team." });
    expect(await result.text).toBe("The Aurora lamp is 160 cm tall with a linen shade. Let me check that with the team.");
    expect(reports[0]?.grounded).toBe(false);
  });

  it("refuse without refusal text: ends the stream with UngroundedResponseError", async () => {
    const { result } = await stream({ action: "refuse" });
    const error = await result.text.catch((caught: unknown) => caught);
    expect(UngroundedResponseError.isInstance(error)).toBe(true);
    expect((error as UngroundedResponseError).text).toContain("It costs $99");
  });

  it("checks the last sentence before a later part and at the end", async () => {
    const parts: LanguageModelStreamPart[] = [
      { type: "stream-start" },
      { type: "text-delta", delta: "Costs $1" },
      { type: "text-delta", delta: "29." },
      { type: "finish", finishReason: "stop", usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2 } },
    ];
    const { result, reports } = await stream({ action: "remove-claims" }, new MockLanguageModel({ doStream: parts }));
    expect(await result.text).toBe("Costs $129.");
    expect(reports[0]?.claims.map((claim) => [claim.text, claim.supported])).toEqual([["$129", true]]);
  });
});
