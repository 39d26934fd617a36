import { describe, expect, it } from "vitest";
import { NoObjectGeneratedError } from "../../../errors/no-object-generated-error";
import { MockLanguageModel, mockGenerateResult } from "../../../test";
import { classifyIntentWithModel } from "./classify-intent-with-model";
import { createDefaultIntentClassifier } from "./default-intent-classifier";

const classifier = createDefaultIntentClassifier();

describe("classifyIntentWithModel", () => {
  it("asks the model with an enum of the intents and uses its answer", async () => {
    const model = new MockLanguageModel({ doGenerate: mockGenerateResult('{"intent":"exchange"}') });
    const result = await classifyIntentWithModel({ model, classifier, text: "these trousers are too tight, can I get the next size?" });

    expect(result.source).toBe("model");
    expect(result.intent).toBe("exchange");
    expect(result.usage?.totalTokens).toBeGreaterThan(0);
    expect(result.offline.ranking.length).toBe(classifier.intents.length);

    const call = model.calls[0];
    const schema = call?.responseFormat?.type === "json" ? call.responseFormat.schema : undefined;
    expect(JSON.stringify(schema)).toContain('"enum"');
    expect(JSON.stringify(schema)).toContain('"contact_human"');
    const system = call?.messages.find((message) => message.role === "system")?.content ?? "";
    expect(system).toContain("- exchange: Exchanging an item");
    expect(call?.messages.at(-1)).toEqual({ role: "user", content: "these trousers are too tight, can I get the next size?" });
    expect(call?.temperature).toBe(0);
  });

  it("falls back to the offline classifier when the model answers outside the enum", async () => {
    const model = new MockLanguageModel({ doGenerate: () => mockGenerateResult('{"intent":"buy_a_boat"}') });
    const result = await classifyIntentWithModel({ model, classifier, text: "please cancel my order" });
    expect(result.source).toBe("classifier");
    expect(result.intent).toBe("cancel_order");
    expect(NoObjectGeneratedError.isInstance(result.error)).toBe(true);
    // One call and one repair attempt, then the fallback.
    expect(model.calls).toHaveLength(2);
  });

  it("falls back when the model call fails", async () => {
    const model = new MockLanguageModel({
      doGenerate: () => {
        throw new Error("provider down");
      },
    });
    const result = await classifyIntentWithModel({ model, classifier, text: "where is my parcel" });
    expect(result).toMatchObject({ source: "classifier", intent: "order_status" });
    expect((result.error as Error).message).toBe("provider down");
  });

  it("keeps the fallback inside a restricted intent list", async () => {
    const model = new MockLanguageModel({ doGenerate: () => mockGenerateResult("no idea") });
    const result = await classifyIntentWithModel({
      model,
      classifier,
      text: "where is my parcel",
      intents: [{ intent: "delivery_problem", description: "A parcel problem." }, "other"],
    });
    expect(["delivery_problem", "other"]).toContain(result.intent);
    expect(result.offline.intent).toBe("order_status");
    const schema = model.calls[0]?.responseFormat?.type === "json" ? model.calls[0].responseFormat.schema : undefined;
    expect(JSON.stringify(schema)).not.toContain("order_status");
  });

  it("skips the model when the offline classifier is confident enough", async () => {
    const model = new MockLanguageModel({ doGenerate: mockGenerateResult('{"intent":"other"}') });
    const confident = await classifyIntentWithModel({ model, classifier, text: "I want to cancel my order", skipModelAboveConfidence: 0.5 });
    expect(confident).toMatchObject({ source: "classifier", intent: "cancel_order" });
    expect(model.calls).toHaveLength(0);

    const unsure = await classifyIntentWithModel({ model, classifier, text: "hmm", skipModelAboveConfidence: 0.99 });
    expect(unsure.source).toBe("model");
    expect(model.calls).toHaveLength(1);
  });
});
