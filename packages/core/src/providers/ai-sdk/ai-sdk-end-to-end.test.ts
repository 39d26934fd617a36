import { APICallError, type LanguageModelV4CallOptions } from "@ai-sdk/provider";
import { MockLanguageModelV4 } from "ai/test";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { generateObject, generateText, streamText, tool } from "../../generate";
import { retryMiddleware, wrapLanguageModel } from "../../middleware";
import { finishReasonV4, generateResultV4, streamResultV4, textStreamPartsV4, usageV4 } from "./ai-sdk-test-results";
import { fromAiSdk } from "./index";

const orderStatus = tool({
  description: "Looks up the shipping status of an order.",
  inputSchema: z.object({ orderId: z.string() }),
  execute: ({ orderId }) => ({ orderId, status: orderId === "1042" ? "shipped" : "unknown" }),
});

describe("Aisle's generate functions over an adapted AI SDK model", () => {
  it("generateText runs a tool round trip", async () => {
    const inner = new MockLanguageModelV4({
      doGenerate: [
        generateResultV4([{ type: "tool-call", toolCallId: "call_1", toolName: "orderStatus", input: '{"orderId":"1042"}' }], {
          finishReason: finishReasonV4("tool-calls", "tool_calls"),
          usage: usageV4(50, 10),
        }),
        generateResultV4([{ type: "text", text: "Order 1042 has shipped." }], { usage: usageV4(70, 8) }),
      ],
    });
    const result = await generateText({
      model: fromAiSdk(inner),
      system: "You help shoppers with orders.",
      prompt: "Where is order 1042?",
      tools: { orderStatus },
      maxSteps: 2,
    });

    expect(result.text).toBe("Order 1042 has shipped.");
    expect(result.steps[0]?.toolResults).toEqual([
      { toolCallId: "call_1", toolName: "orderStatus", input: { orderId: "1042" }, output: { orderId: "1042", status: "shipped" } },
    ]);
    expect(result.totalUsage).toEqual({ inputTokens: 120, outputTokens: 18, totalTokens: 138 });

    const secondPrompt = inner.doGenerateCalls[1]?.prompt ?? [];
    expect(secondPrompt.slice(2)).toEqual([
      {
        role: "assistant",
        content: [{ type: "tool-call", toolCallId: "call_1", toolName: "orderStatus", input: { orderId: "1042" } }],
      },
      {
        role: "tool",
        content: [
          {
            type: "tool-result",
            toolCallId: "call_1",
            toolName: "orderStatus",
            output: { type: "text", value: expect.stringContaining('"status":"shipped"') },
          },
        ],
      },
    ]);
    const tools = inner.doGenerateCalls[0]?.tools ?? [];
    expect(tools.map((definition) => definition.name)).toEqual(["orderStatus"]);
  });

  it("streamText streams text and cites the documents it was given", async () => {
    const inner = new MockLanguageModelV4({
      doStream: streamResultV4(textStreamPartsV4(["Unworn items ", "can be returned within 30 days ", "[policy-returns]."])),
    });
    const result = streamText({
      model: fromAiSdk(inner),
      prompt: "Can I return these boots?",
      documents: [{ id: "policy-returns", title: "Returns policy", text: "Unworn items can be returned within 30 days.", trusted: true }],
    });
    const chunks: string[] = [];
    for await (const chunk of result.textStream) chunks.push(chunk);

    expect(chunks.join("")).toBe("Unworn items can be returned within 30 days [policy-returns].");
    expect(await result.sources).toEqual([{ id: "policy-returns", title: "Returns policy" }]);
    expect(await result.usage).toEqual({ inputTokens: 9, outputTokens: 3, totalTokens: 12 });
    expect(await result.finishReason).toBe("stop");
    expect(await result.response).toMatchObject({ id: "resp_1", modelId: "mock-model-2025" });
  });

  it("generateObject parses the model's JSON answer", async () => {
    const inner = new MockLanguageModelV4({
      doGenerate: generateResultV4([{ type: "text", text: '{"title":"Trail boot","bullets":["Waterproof"]}' }]),
    });
    const schema = z.object({ title: z.string(), bullets: z.array(z.string()) });
    const result = await generateObject({ model: fromAiSdk(inner), schema, prompt: "Write copy for a trail boot." });
    expect(result.object).toEqual({ title: "Trail boot", bullets: ["Waterproof"] });
    expect((inner.doGenerateCalls[0] as LanguageModelV4CallOptions).responseFormat?.type).toBe("json");
  });

  it("retry middleware retries an AI SDK rate limit", async () => {
    let attempts = 0;
    const inner = new MockLanguageModelV4({
      doGenerate: async () => {
        attempts++;
        if (attempts === 1) {
          throw new APICallError({
            message: "Too Many Requests",
            url: "https://generativelanguage.googleapis.com/v1beta/models/gemini:generateContent",
            requestBodyValues: {},
            statusCode: 429,
            responseHeaders: { "retry-after-ms": "1" },
          });
        }
        return generateResultV4([{ type: "text", text: "Here to help." }]);
      },
    });
    const retries: number[] = [];
    const model = wrapLanguageModel({
      model: fromAiSdk(inner),
      middleware: retryMiddleware({ initialDelayMs: 1, jitter: false, onRetry: ({ attempt }) => retries.push(attempt) }),
    });
    const result = await generateText({ model, prompt: "Hello" });
    expect(result.text).toBe("Here to help.");
    expect(attempts).toBe(2);
    expect(retries).toEqual([1]);
  });
});
