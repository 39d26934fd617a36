import { z } from "zod";
import { generateObject } from "../../src/generate/generate-object";
import type { LanguageModel } from "../../src/spec";

/** The configured model asked the same two questions, with structured output; used only when a key is set. */
export function createModelEngine(model: LanguageModel) {
  const binarySchema = z.object({ sentiment: z.enum(["positive", "negative"]) });
  const aspectSchema = z.object({ polarity: z.enum(["positive", "negative", "neutral"]) });
  return {
    id: `${model.provider}:${model.modelId}`,
    async binary(text: string): Promise<"positive" | "negative"> {
      const { object } = await generateObject({
        model,
        schema: binarySchema,
        temperature: 0,
        system: "Classify the overall sentiment of this customer review of a clothing product. Answer positive or negative.",
        prompt: text,
      });
      return object.sentiment;
    },
    async aspect(sentence: string, term: string): Promise<"positive" | "negative" | "neutral"> {
      const { object } = await generateObject({
        model,
        schema: aspectSchema,
        temperature: 0,
        system:
          "Give the sentiment the writer expresses towards the named aspect in this review sentence: positive, negative, or neutral when the sentence states no opinion about that aspect.",
        prompt: `Sentence: ${sentence}\nAspect: ${term}`,
      });
      return object.polarity;
    },
  };
}
