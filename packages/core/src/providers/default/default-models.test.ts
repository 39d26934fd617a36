import { afterEach, describe, expect, it, vi } from "vitest";
import { InvalidConfigError } from "../../errors/invalid-config-error";
import { generateText } from "../../generate/generate-text";
import { offlineLanguageModelId } from "../offline/offline-language-model";
import { offlineNotice, resolveDefaultModels } from "./default-models";

const noticeShown = Symbol.for("aisle.offline-notice-shown");
afterEach(() => {
  delete (globalThis as { [noticeShown]?: boolean })[noticeShown];
});

describe("resolveDefaultModels", () => {
  it("uses OpenAI when OPENAI_API_KEY is set, without announcing anything", () => {
    const onNotice = vi.fn();
    const models = resolveDefaultModels({ env: { OPENAI_API_KEY: "sk-live" }, onNotice });
    expect(models.source).toBe("openai");
    expect(models.languageModel.provider).toBe("openai");
    expect(models.languageModel.modelId).toBe("gpt-4.1-mini");
    expect(models.embeddingModel.modelId).toBe("text-embedding-3-small");
    expect(onNotice).not.toHaveBeenCalled();
  });

  it("falls back to the offline models without a key and says so once per process", async () => {
    const onNotice = vi.fn();
    const first = resolveDefaultModels({ env: { OPENAI_API_KEY: "  " }, onNotice });
    const second = resolveDefaultModels({ env: {}, onNotice });
    expect(first.source).toBe("offline");
    expect(second.languageModel.modelId).toBe(offlineLanguageModelId);
    expect(onNotice).toHaveBeenCalledTimes(1);
    expect(onNotice).toHaveBeenCalledWith(offlineNotice);
    const answer = await generateText({
      model: first.languageModel,
      system: "Answer from the documents.",
      documents: [{ id: "returns", title: "Returns", text: "Unworn items can be returned within 30 days of delivery." }],
      prompt: "How long do I have to return something?",
    });
    expect(answer.text).toContain("30 days");
  });

  it("can stay silent", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    resolveDefaultModels({ env: {}, onNotice: false });
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it("names a bad setting", () => {
    expect(() => resolveDefaultModels({ languageModelId: "", onNotice: "loud" as never })).toThrow(InvalidConfigError);
    try {
      resolveDefaultModels({ languageModelId: "", onNotice: "loud" as never });
    } catch (error) {
      expect((error as Error).message).toMatch(/languageModelId/);
      expect((error as Error).message).toMatch(/onNotice/);
    }
  });
});
