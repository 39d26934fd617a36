import { chatKeepAlive, type SupportAnswer } from "@aisle/core";
import { describe, expect, it } from "vitest";
import { POST } from "./route";

/** The route against a module whose answer comes slowly, and a response that records what is written. */
async function serve(keepAliveMs: number, delayMs: number): Promise<{ written: string[]; ended: boolean }> {
  const module = {
    settings: { chat: { keepAliveMs } },
    aisle: { catalog: { get: () => undefined } },
    connect() {
      return this;
    },
    async chat() {
      async function* textStream() {
        for (const delta of ["Slow ", "answer."]) {
          await new Promise((resolve) => setTimeout(resolve, delayMs));
          yield delta;
        }
      }
      const answer = { text: "Slow answer.", citations: [], intent: "other", confidence: 1, language: "en", tools: [], resolved: true } as unknown as SupportAnswer;
      return { conversationId: "aconv_1", textStream: textStream(), answer: Promise.resolve(answer) };
    },
  };
  const scope = { resolve: (key: string) => (key === "aisle" ? module : key === "logger" ? console : {}) };
  const written: string[] = [];
  const response = { ended: false, writableFinished: false, on() {}, status() {}, setHeader() {}, flushHeaders() {}, write: (chunk: string) => written.push(chunk), end() { response.ended = true; } };
  await POST({ scope, validatedBody: { message: "hi" } } as never, response as never);
  return { written, ended: response.ended };
}

describe("POST /store/aisle/chat", () => {
  it("sends keep-alive comments while a slow answer is quiet, between whole events", async () => {
    const { written, ended } = await serve(20, 120);
    expect(ended).toBe(true);
    expect(written.filter((chunk) => chunk === chatKeepAlive).length).toBeGreaterThanOrEqual(2);
    const events = written.filter((chunk) => chunk !== chatKeepAlive);
    expect(events.map((chunk) => /^event: (\w+)/.exec(chunk)?.[1])).toEqual(["start", "text", "text", "done"]);
    // No comment once the stream has ended: the timer is stopped with it.
    const count = written.length;
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(written.length).toBe(count);
  });

  it("sends none when keepAliveMs is 0", async () => {
    const { written } = await serve(0, 60);
    expect(written).not.toContain(chatKeepAlive);
  });
});
