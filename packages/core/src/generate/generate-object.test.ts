import { describe, expect, it } from "vitest";
import { z } from "zod";
import { NoObjectGeneratedError } from "../errors";
import { MockLanguageModel, mockGenerateResult } from "../test";
import { generateObject } from "./generate-object";

const schema = z.object({ title: z.string(), price: z.number().positive(), tags: z.array(z.string()) });

describe("generateObject", () => {
  it("sends the JSON schema and parses a valid answer, also inside a Markdown fence", async () => {
    const model = new MockLanguageModel({
      doGenerate: mockGenerateResult('Here it is:\n```json\n{"title":"Oak table","price":499,"tags":["oak"]}\n```'),
    });
    const result = await generateObject({ model, schema, prompt: "Describe" });
    expect(result.object).toEqual({ title: "Oak table", price: 499, tags: ["oak"] });
    expect(result.repaired).toBe(false);
    const call = model.calls[0];
    expect(call?.responseFormat).toMatchObject({ type: "json", schema: { type: "object", required: ["title", "price", "tags"] } });
    // A model without native structured outputs is told the schema in the prompt.
    expect(call?.messages[0]?.content).toContain('"price"');
  });

  it("repairs once with the validation error, then succeeds", async () => {
    const answers = ['{"title":"Oak table","price":-1,"tags":[]}', '{"title":"Oak table","price":499,"tags":[]}'];
    const model = new MockLanguageModel({ doGenerate: () => mockGenerateResult(answers.shift() ?? "") });
    const result = await generateObject({ model, schema, prompt: "Describe" });
    expect(result.repaired).toBe(true);
    expect(result.object.price).toBe(499);
    const repairTurn = model.calls[1]?.messages.at(-1)?.content ?? "";
    expect(repairTurn).toContain("price");
  });

  it("fails with a typed error carrying the raw text after the repair attempt", async () => {
    const model = new MockLanguageModel({ doGenerate: () => mockGenerateResult("not json at all") });
    const error = await generateObject({ model, schema, prompt: "Describe" }).catch((caught: unknown) => caught);
    expect(NoObjectGeneratedError.isInstance(error)).toBe(true);
    expect((error as NoObjectGeneratedError).text).toBe("not json at all");
    expect(model.calls).toHaveLength(2);
  });

  it("does not add schema instructions when the provider enforces the schema", async () => {
    const model = new MockLanguageModel({
      supportsStructuredOutputs: true,
      doGenerate: mockGenerateResult('{"title":"x","price":1,"tags":[]}'),
    });
    await generateObject({ model, schema, prompt: "Describe" });
    expect(model.calls[0]?.messages).toEqual([{ role: "user", content: "Describe" }]);
  });
});
