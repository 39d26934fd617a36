import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiCallError } from "../errors";
import { MockLanguageModel, mockTextStreamParts, simulateReadableStream } from "../test";
import { streamText } from "./stream-text";
import { tool } from "./tool";

describe("streamText", () => {
  it("streams text and resolves text, usage and finish reason from one model stream", async () => {
    const model = new MockLanguageModel({ doStream: mockTextStreamParts("The sofa ships in 3 days.") });
    const result = streamText({ model, prompt: "When does it ship?" });
    const chunks: string[] = [];
    for await (const chunk of result.textStream) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join("")).toBe("The sofa ships in 3 days.");
    expect(await result.text).toBe("The sofa ships in 3 days.");
    expect(await result.usage).toEqual({ inputTokens: 10, outputTokens: 5, totalTokens: 15 });
    expect(await result.finishReason).toBe("stop");
    expect(model.calls).toHaveLength(1);
  });

  it("lets several readers consume the same stream", async () => {
    const model = new MockLanguageModel({ doStream: mockTextStreamParts("a b c") });
    const result = streamText({ model, prompt: "x" });
    const read = async (iterable: AsyncIterable<string>) => {
      let text = "";
      for await (const chunk of iterable) text += chunk;
      return text;
    };
    const [first, second] = await Promise.all([read(result.textStream), read(result.textStream)]);
    expect(first).toBe("a b c");
    expect(second).toBe("a b c");
  });

  it("surfaces a stream error to the text stream and the promises", async () => {
    const failure = new ApiCallError({ message: "connection reset", url: "http://x", isRetryable: true });
    const model = new MockLanguageModel({
      doStream: () => ({
        stream: simulateReadableStream({ chunks: mockTextStreamParts("partial answer here"), failAfter: 2, error: failure }),
      }),
    });
    const result = streamText({ model, prompt: "x" });
    const received: string[] = [];
    await expect(
      (async () => {
        for await (const chunk of result.textStream) received.push(chunk);
      })(),
    ).rejects.toBe(failure);
    expect(received.join("")).toBe("partial ");
    await expect(result.text).rejects.toBe(failure);
  });

  it("executes streamed tool calls and continues with the result", async () => {
    let call = 0;
    const model = new MockLanguageModel({
      doStream: (options) => {
        call++;
        if (call === 1) {
          return {
            stream: simulateReadableStream({
              chunks: [
                { type: "tool-call" as const, toolCallId: "t1", toolName: "stock", input: '{"sku":"SOFA-1"}' },
                { type: "finish" as const, finishReason: "tool-calls" as const, usage: { inputTokens: 5, outputTokens: 2, totalTokens: 7 } },
              ],
            }),
          };
        }
        const result = options.messages.at(-1);
        return { stream: simulateReadableStream({ chunks: mockTextStreamParts(`In stock: ${result?.content}`) }) };
      },
    });
    const result = streamText({
      model,
      prompt: "Is SOFA-1 in stock?",
      maxSteps: 2,
      tools: { stock: tool({ inputSchema: z.object({ sku: z.string() }), execute: ({ sku }) => ({ sku, quantity: 4 }) }) },
    });
    const types: string[] = [];
    for await (const part of result.fullStream) types.push(part.type);
    expect(types).toContain("tool-call");
    expect(types).toContain("tool-result");
    expect(await result.text).toBe('In stock: {"sku":"SOFA-1","quantity":4}');
    expect((await result.usage).totalTokens).toBe(22);
  });

  it("returns a streaming text response", async () => {
    const model = new MockLanguageModel({ doStream: mockTextStreamParts("Hello world") });
    const response = streamText({ model, prompt: "x" }).toTextStreamResponse();
    expect(response.headers.get("content-type")).toContain("text/plain");
    expect(await response.text()).toBe("Hello world");
  });
});
