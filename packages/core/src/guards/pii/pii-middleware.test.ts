import { describe, expect, it } from "vitest";
import { wrapLanguageModel } from "../../middleware/wrap-language-model";
import type {
  LanguageModel,
  LanguageModelCallOptions,
  LanguageModelGenerateResult,
  LanguageModelStreamPart,
} from "../../spec";
import { createPiiVault } from "./pii-vault";
import { piiMiddleware } from "./pii-middleware";

const usage = { inputTokens: 1, outputTokens: 1, totalTokens: 2 };

/** A model that records what it receives and answers by echoing every placeholder it was shown. */
function recordingModel(answer: (received: string) => { text: string; chunks?: string[]; toolInput?: string }) {
  const received: LanguageModelCallOptions[] = [];
  const allText = (options: LanguageModelCallOptions) =>
    JSON.stringify({ messages: options.messages, documents: options.documents ?? [] });
  const model: LanguageModel = {
    specificationVersion: "aisle.v1",
    provider: "test",
    modelId: "recording",
    async doGenerate(options): Promise<LanguageModelGenerateResult> {
      received.push(options);
      const reply = answer(allText(options));
      return {
        text: reply.text,
        toolCalls: reply.toolInput === undefined ? [] : [{ toolCallId: "call-1", toolName: "lookupOrder", input: reply.toolInput }],
        finishReason: "stop",
        usage,
      };
    },
    async doStream(options) {
      received.push(options);
      const reply = answer(allText(options));
      const parts: LanguageModelStreamPart[] = [
        { type: "stream-start" },
        ...(reply.chunks ?? [reply.text]).map((delta) => ({ type: "text-delta" as const, delta })),
        ...(reply.toolInput === undefined ? [] : [{ type: "tool-call" as const, toolCallId: "call-1", toolName: "lookupOrder", input: reply.toolInput }]),
        { type: "finish", finishReason: "stop", usage },
      ];
      return {
        stream: new ReadableStream<LanguageModelStreamPart>({
          start(controller) {
            for (const part of parts) controller.enqueue(part);
            controller.close();
          },
        }),
      };
    },
  };
  return { model, received };
}

const secrets = ["Ana Ruiz", "ana.ruiz@example.com", "+44 20 7946 0958", "4111 1111 1111 1111", "221B Baker Street", "#1042"];
const messages: LanguageModelCallOptions["messages"] = [
  { role: "system", content: "You are the support assistant of the shop." },
  { role: "user", content: "Hi, I'm Ana Ruiz. My email is ana.ruiz@example.com and my phone +44 20 7946 0958." },
  { role: "assistant", content: "Thanks! How can I help?", toolCalls: [{ toolCallId: "c0", toolName: "lookupOrder", input: '{"order":"#1042"}' }] },
  { role: "tool", toolCallId: "c0", toolName: "lookupOrder", content: "Order #1042 paid with 4111 1111 1111 1111, ships to 221B Baker Street." },
  { role: "user", content: "Where is order #1042?" },
];
const documents = [{ id: "d1", title: "Customer Ana Ruiz", text: "Preferred contact: ana.ruiz@example.com" }];

describe("piiMiddleware", () => {
  it("never sends a detected value to the model and restores the answer and tool input", async () => {
    const { model, received } = recordingModel((seen) => {
      const person = /<PERSON_\d+>/.exec(seen)?.[0] ?? "?";
      const order = /<ORDER_\d+>/.exec(seen)?.[0] ?? "?";
      return { text: `Hello ${person}, order ${order} ships to <ADDRESS_1>.`, toolInput: `{"order":"${order}","name":"${person}"}` };
    });
    const guarded = wrapLanguageModel({ model, middleware: piiMiddleware() });
    const result = await guarded.doGenerate({ messages, documents });

    const sent = JSON.stringify(received[0]);
    for (const secret of secrets) expect(sent).not.toContain(secret);
    expect(sent).toContain("<EMAIL_1>");
    expect(result.text).toBe("Hello Ana Ruiz, order #1042 ships to 221B Baker Street.");
    expect(JSON.parse(result.toolCalls[0]?.input ?? "")).toEqual({ order: "#1042", name: "Ana Ruiz" });
  });

  it("restores streamed text split in awkward places", async () => {
    const answer = "Dear <PERSON_1>, we emailed <EMAIL_1>.";
    for (let split = 1; split < answer.length; split++) {
      const chunks = [answer.slice(0, split), ...[...answer.slice(split)].reduce<string[]>((all, character, index) => {
        if (index % 3 === 0) all.push(character);
        else all[all.length - 1] += character;
        return all;
      }, [])];
      const { model, received } = recordingModel(() => ({ text: answer, chunks }));
      const guarded = wrapLanguageModel({ model, middleware: piiMiddleware() });
      const { stream } = await guarded.doStream({ messages: [{ role: "user", content: "I'm Ana Ruiz, ana.ruiz@example.com" }] });
      const deltas: string[] = [];
      const reader = stream.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (value.type === "text-delta") deltas.push(value.delta);
      }
      expect(JSON.stringify(received[0])).not.toContain("ana.ruiz@example.com");
      expect(deltas.join("")).toBe("Dear Ana Ruiz, we emailed ana.ruiz@example.com.");
      for (const delta of deltas) expect(delta).not.toMatch(/<|_1>/);
    }
  });

  it("restores streamed tool-call input and keeps one vault across a conversation's turns", async () => {
    const vault = createPiiVault();
    const { model, received } = recordingModel(() => ({ text: "Checking <ORDER_1>", chunks: ["Checking <ORD", "ER_1>"], toolInput: '{"order":"<ORDER_1>"}' }));
    const guarded = wrapLanguageModel({ model, middleware: piiMiddleware({ vault }) });
    await guarded.doGenerate({ messages: [{ role: "user", content: "Where is #1042?" }] });
    const { stream } = await guarded.doStream({ messages: [{ role: "user", content: "And #1042 again, plus #2077?" }] });
    const parts: LanguageModelStreamPart[] = [];
    const reader = stream.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
    }
    expect(received[1]?.messages[0]?.content).toBe("And <ORDER_1> again, plus <ORDER_2>?");
    const text = parts.flatMap((part) => (part.type === "text-delta" ? [part.delta] : [])).join("");
    expect(text).toBe("Checking #1042");
    const toolCall = parts.find((part) => part.type === "tool-call");
    expect(toolCall?.type === "tool-call" ? toolCall.input : "").toBe('{"order":"#1042"}');
  });

  it("gives concurrent conversations their own vaults through createVault", async () => {
    const vaults = new Map<string, ReturnType<typeof createPiiVault>>();
    const middleware = piiMiddleware({
      createVault: (params) => {
        const conversation = params.headers?.["x-conversation"] ?? "default";
        let vault = vaults.get(conversation);
        if (vault === undefined) vaults.set(conversation, (vault = createPiiVault()));
        return vault;
      },
    });
    const { model } = recordingModel(() => ({ text: "Noted <EMAIL_1>" }));
    const guarded = wrapLanguageModel({ model, middleware });
    const [first, second] = await Promise.all([
      guarded.doGenerate({ messages: [{ role: "user", content: "mail: one@example.com" }], headers: { "x-conversation": "a" } }),
      guarded.doGenerate({ messages: [{ role: "user", content: "mail: two@example.com" }], headers: { "x-conversation": "b" } }),
    ]);
    expect(first.text).toBe("Noted one@example.com");
    expect(second.text).toBe("Noted two@example.com");
  });
});
