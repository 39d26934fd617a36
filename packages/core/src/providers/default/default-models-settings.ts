import { z } from "zod";

export const defaultModelsSettingsSchema = z
  .object({
    /** Where keys are looked up; defaults to `process.env`. Tests and multi-tenant servers pass their own. */
    // process.env is not a plain object, so a record schema would reject it.
    env: z
      .custom<Record<string, string | undefined>>((value) => typeof value === "object" && value !== null, "must be an object of variables")
      .optional(),
    /** The OpenAI chat model used when `OPENAI_API_KEY` is set. */
    languageModelId: z.string().min(1).default("gpt-4.1-mini"),
    /** The OpenAI embedding model used when `OPENAI_API_KEY` is set. */
    embeddingModelId: z.string().min(1).default("text-embedding-3-small"),
    /**
     * Receives the one-time notice that Aisle is running offline. Defaults to `console.warn`; pass a logger,
     * or `false` to stay silent (for example in tests).
     */
    onNotice: z
      .union([z.literal(false), z.custom<(message: string) => void>((value) => typeof value === "function", "must be a function or false")])
      .optional(),
  })
  .strict();

export type DefaultModelsSettings = z.input<typeof defaultModelsSettingsSchema>;
