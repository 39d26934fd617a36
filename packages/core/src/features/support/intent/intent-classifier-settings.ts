import { z } from "zod";

export const intentExampleSchema = z.object({
  text: z.string().trim().min(1, "an example needs text"),
  intent: z.string().trim().min(1, "an example needs an intent"),
});

export type IntentExample = z.input<typeof intentExampleSchema>;

/**
 * Defaults were tuned once, in general ways (no per-intent or per-row choices), on a split of public
 * customer-support utterances that the benchmark `bench:intent` reads at run time.
 */
export const intentClassifierSettingsSchema = z
  .object({
    examples: z.array(intentExampleSchema).min(2, "train on at least two examples"),
    /** Seeds the example order, so the same examples always give the same classifier. */
    seed: z.number().int().default(1),
    epochs: z.number().int().min(1).max(500).default(30),
    learningRate: z.number().positive().default(2),
    /** L2 penalty; larger values give softer, less confident probabilities. */
    l2: z.number().min(0).default(1e-5),
    characterNgramMin: z.number().int().min(1).max(8).default(3),
    characterNgramMax: z.number().int().min(1).max(8).default(5),
    wordWeight: z.number().positive().default(1),
    characterWeight: z.number().positive().default(1),
  })
  .superRefine((settings, context) => {
    if (new Set(settings.examples.map((example) => example.intent)).size < 2) {
      context.addIssue({ code: "custom", path: ["examples"], message: "the examples need at least two distinct intents" });
    }
    if (settings.characterNgramMin > settings.characterNgramMax) {
      context.addIssue({ code: "custom", path: ["characterNgramMin"], message: "must not exceed characterNgramMax" });
    }
  });

export type IntentClassifierSettings = z.input<typeof intentClassifierSettingsSchema>;
