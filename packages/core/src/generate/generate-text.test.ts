import { describe, expect, it } from "vitest";
import { z } from "zod";
import { InvalidArgumentError, InvalidToolInputError } from "../errors";
import { MockLanguageModel, mockGenerateResult } from "../test";
import { generateText } from "./generate-text";
import { tool } from "./tool";

describe("generateText", () => {
  it("sends system and prompt as messages and returns the answer with usage", async () => {
    const model = new MockLanguageModel({ doGenerate: mockGenerateResult("Hello there.") });
    const result = await generateText({ model, system: "Be brief.", prompt: "Hi" });
    expect(result.text).toBe("Hello there.");
    expect(model.calls[0]?.messages).toEqual([
      { role: "system", content: "Be brief." },
      { role: "user", content: "Hi" },
    ]);
    expect(result.totalUsage.totalTokens).toBe(result.usage.totalTokens);
  });

  it("rejects a call with neither prompt nor messages", async () => {
    const model = new MockLanguageModel();
    await expect(generateText({ model })).rejects.toSatisfy((error) => InvalidArgumentError.isInstance(error));
  });

  it("validates tool arguments with zod, executes the tool and feeds the result back", async () => {
    let step = 0;
    const model = new MockLanguageModel({
      doGenerate: (options) => {
        step++;
        if (step === 1) {
          return mockGenerateResult("", {
            finishReason: "tool-calls",
            toolCalls: [{ toolCallId: "call_1", toolName: "orderStatus", input: '{"orderNumber":"#1001"}' }],
          });
        }
        const toolMessage = options.messages.find((message) => message.role === "tool");
        return mockGenerateResult(`Status: ${toolMessage?.content}`);
      },
    });
    const seen: string[] = [];
    const result = await generateText({
      model,
      prompt: "Where is order #1001?",
      maxSteps: 3,
      tools: {
        orderStatus: tool({
          description: "Look up an order",
          inputSchema: z.object({ orderNumber: z.string().regex(/^#\d+$/) }),
          execute: async ({ orderNumber }) => {
            seen.push(orderNumber);
            return { status: "shipped" };
          },
        }),
      },
    });
    expect(seen).toEqual(["#1001"]);
    expect(result.text).toBe('Status: {"status":"shipped"}');
    expect(result.steps).toHaveLength(2);
    expect(result.totalUsage.totalTokens).toBe(result.steps[0]!.usage.totalTokens + result.steps[1]!.usage.totalTokens);
    expect(model.calls[0]?.tools?.[0]?.inputSchema).toMatchObject({ type: "object", required: ["orderNumber"] });
  });

  it("throws a typed error when the model passes invalid tool arguments", async () => {
    const model = new MockLanguageModel({
      doGenerate: mockGenerateResult("", { toolCalls: [{ toolCallId: "c", toolName: "orderStatus", input: '{"orderNumber":42}' }] }),
    });
    const error = await generateText({
      model,
      prompt: "x",
      tools: { orderStatus: tool({ inputSchema: z.object({ orderNumber: z.string() }) }) },
    }).catch((caught: unknown) => caught);
    expect(InvalidToolInputError.isInstance(error)).toBe(true);
    expect((error as InvalidToolInputError).toolInput).toBe('{"orderNumber":42}');
  });

  it("collects sources reported by the model", async () => {
    const model = new MockLanguageModel({
      doGenerate: mockGenerateResult("30 days.", { sources: [{ id: "returns#window", path: ["Returns", "Window"] }] }),
    });
    const result = await generateText({ model, prompt: "Return window?" });
    expect(result.sources).toEqual([{ id: "returns#window", path: ["Returns", "Window"] }]);
  });
});
