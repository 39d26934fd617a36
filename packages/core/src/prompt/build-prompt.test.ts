import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors";
import type { Message } from "../spec";
import { buildPrompt } from "./build-prompt";
import { countTokens } from "./tokenizer";

const sentence = "The oak dining table seats six people and ships flat-packed within five working days. ";
const documents = Array.from({ length: 10 }, (_, index) => ({ id: `product-${index}`, title: `Table ${index}`, text: sentence.repeat(20) }));
const history: Message[] = Array.from({ length: 60 }, (_, index) => ({
  role: index % 2 === 0 ? "user" : "assistant",
  content: `Turn ${index}: ${sentence}`,
}));

describe("buildPrompt", () => {
  it("stays within the context window by real token counts", () => {
    const built = buildPrompt({
      system: "You are a helpful store assistant.",
      question: { role: "user", content: "Which table seats six?" },
      history,
      documents,
      budget: { contextTokens: 2000, reserveOutputTokens: 300 },
    });
    const rendered = built.messages.reduce((sum, message) => sum + countTokens(message.content) + 4, 3);
    const documentTokens = built.documents.reduce((sum, document) => sum + countTokens(document.text), 0);
    expect(rendered + documentTokens).toBeLessThanOrEqual(1700);
    expect(built.inputTokens).toBeLessThanOrEqual(1700);
    expect(built.inputTokens).toBeGreaterThan(1200);
  });

  it("keeps system and question, the best documents first, and the newest history", () => {
    const built = buildPrompt({
      system: "System.",
      question: { role: "user", content: "Question?" },
      history,
      documents,
      budget: { contextTokens: 2000, reserveOutputTokens: 300 },
    });
    expect(built.messages[0]).toEqual({ role: "system", content: "System." });
    expect(built.messages.at(-1)).toEqual({ role: "user", content: "Question?" });
    expect(built.documents[0]?.id).toBe("product-0");
    expect(built.dropped.documents).toBeGreaterThan(0);
    expect(built.dropped.messages).toBeGreaterThan(0);
    const keptHistory = built.messages.slice(1, -1);
    expect(keptHistory.at(-1)).toEqual(history.at(-1));
  });

  it("shortens the last document on a token boundary instead of dropping a useful part", () => {
    const built = buildPrompt({
      question: { role: "user", content: "Q" },
      documents: [{ id: "long", text: sentence.repeat(100) }],
      budget: { contextTokens: 1000, reserveOutputTokens: 100 },
    });
    expect(built.truncatedDocuments).toEqual(["long"]);
    expect(sentence.repeat(100).startsWith(built.documents[0]?.text ?? "x")).toBe(true);
  });

  it("refuses a budget that cannot hold the question", () => {
    expect(() =>
      buildPrompt({ question: { role: "user", content: sentence.repeat(50) }, budget: { contextTokens: 500, reserveOutputTokens: 100 } }),
    ).toThrow(expect.objectContaining({ argument: "budget" }));
    try {
      buildPrompt({ question: { role: "user", content: sentence.repeat(50) }, budget: { contextTokens: 500 } });
    } catch (error) {
      expect(InvalidArgumentError.isInstance(error)).toBe(true);
    }
  });
});
