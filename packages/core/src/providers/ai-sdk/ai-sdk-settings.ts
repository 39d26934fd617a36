import { z } from "zod";

/** Passed to the AI SDK model on every call, keyed by provider name, e.g. `{ openai: { reasoningEffort: "low" } }`. */
const providerOptionsSchema = z.record(z.string(), z.record(z.string(), z.json())).optional();

export const aiSdkLanguageModelSettingsSchema = z
  .object({
    /**
     * Whether the provider enforces `responseFormat.schema` (OpenAI strict structured outputs, for example).
     * The AI SDK does not say, so it defaults to false and `generateObject` restates the schema in the prompt.
     */
    supportsStructuredOutputs: z.boolean().default(false),
    providerOptions: providerOptionsSchema,
  })
  .strict();

export type AiSdkLanguageModelSettings = z.input<typeof aiSdkLanguageModelSettingsSchema>;
export type ResolvedAiSdkLanguageModelSettings = z.output<typeof aiSdkLanguageModelSettingsSchema>;

export const aiSdkEmbeddingModelSettingsSchema = z
  .object({
    /** Requested vector length. Sent to v4 models; older specs take it through `providerOptions` instead. */
    dimensions: z.number().int().positive().optional(),
    providerOptions: providerOptionsSchema,
  })
  .strict();

export type AiSdkEmbeddingModelSettings = z.input<typeof aiSdkEmbeddingModelSettingsSchema>;
export type ResolvedAiSdkEmbeddingModelSettings = z.output<typeof aiSdkEmbeddingModelSettingsSchema>;
