import { describe, expect, it } from "vitest";
import { countTokens, encodingForModel, getTokenizer } from "./tokenizer";

describe("tokenizer", () => {
  it("counts real BPE tokens, not characters", () => {
    // "hello world" is two tokens in both encodings; a character heuristic would say 3.
    expect(countTokens("hello world")).toBe(2);
    expect(countTokens("")).toBe(0);
    const german = "Rückgabe innerhalb von 30 Tagen möglich.";
    expect(countTokens(german)).toBeGreaterThan(5);
    expect(countTokens(german)).toBeLessThan(german.length);
  });

  it("picks the encoding of the model", () => {
    expect(encodingForModel("gpt-4o-mini")).toBe("o200k_base");
    expect(encodingForModel("gpt-4.1")).toBe("o200k_base");
    expect(encodingForModel("gpt-4-turbo")).toBe("cl100k_base");
    expect(encodingForModel("text-embedding-3-small")).toBe("cl100k_base");
    expect(encodingForModel("llama3.1")).toBe("o200k_base");
  });

  it("truncates on a token boundary within the budget and round-trips", () => {
    const tokenizer = getTokenizer("gpt-4o");
    const text = "The walnut dining table seats six and ships flat-packed within five working days.";
    const cut = tokenizer.truncate(text, 5);
    expect(tokenizer.count(cut)).toBeLessThanOrEqual(5);
    expect(text.startsWith(cut)).toBe(true);
    expect(tokenizer.truncate(text, 1000)).toBe(text);
    expect(tokenizer.decode(tokenizer.encode(text))).toBe(text);
  });
});
