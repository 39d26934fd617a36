import { z } from "zod";

/** A key, or a function that returns one (read per request, so rotated keys are picked up). */
export type ApiKeySource = string | (() => string | Promise<string>);

const isFunction = (value: unknown) => typeof value === "function";

const apiKeySchema = z
  .union([
    z.string().min(1, "must not be empty"),
    z.custom<() => string | Promise<string>>(isFunction, "must be a string or a function returning one"),
  ])
  .optional();

const headersSchema = z.record(z.string(), z.string()).optional();

const fetchSchema = z.custom<typeof globalThis.fetch>(isFunction, "must be a fetch function").optional();

const providerNameSchema = z
  .string()
  .min(1, "must not be empty")
  .regex(/^[\w.-]+$/, "use letters, digits, '.', '_' or '-' only");

export const openAISettingsSchema = z
  .object({
    /** Defaults to the `OPENAI_API_KEY` environment variable, read when a request is made. */
    apiKey: apiKeySchema,
    /** Any OpenAI-compatible server (Ollama, vLLM, LM Studio): e.g. `http://localhost:11434/v1`. */
    baseURL: z.url().optional(),
    organization: z.string().min(1).optional(),
    project: z.string().min(1).optional(),
    /** Sent with every request. */
    headers: headersSchema,
    /** Provider name reported by the models, used in usage accounting. */
    name: providerNameSchema.default("openai"),
    fetch: fetchSchema,
  })
  .strict();

export type OpenAISettings = z.input<typeof openAISettingsSchema>;

export const openAICompatibleSettingsSchema = z
  .object({
    baseURL: z.url(),
    name: providerNameSchema,
    /** Local servers usually need none; when absent no `Authorization` header is sent. */
    apiKey: apiKeySchema,
    headers: headersSchema,
    /** Added to every request URL (some gateways want e.g. `api-version`). */
    queryParams: z.record(z.string(), z.string()).optional(),
    fetch: fetchSchema,
  })
  .strict();

export type OpenAICompatibleSettings = z.input<typeof openAICompatibleSettingsSchema>;

export const azureOpenAISettingsSchema = z
  .object({
    /** `https://<resource>.openai.azure.com`; give this or `resourceName`. */
    endpoint: z.url().optional(),
    resourceName: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/i, "must be the Azure resource name, e.g. 'my-shop-openai'")
      .optional(),
    /** Azure OpenAI API version, e.g. `2024-10-21`. */
    apiVersion: z.string().min(1, "must not be empty"),
    /** Defaults to the `AZURE_OPENAI_API_KEY` environment variable, read when a request is made. */
    apiKey: apiKeySchema,
    headers: headersSchema,
    name: providerNameSchema.default("azure-openai"),
    fetch: fetchSchema,
  })
  .strict()
  .superRefine(
    (settings, context) => {
      const given = Number(settings.endpoint !== undefined) + Number(settings.resourceName !== undefined);
      if (given !== 1) {
        context.addIssue({
          code: "custom",
          path: ["endpoint"],
          message: given === 0 ? "give endpoint or resourceName" : "give endpoint or resourceName, not both",
        });
      }
    },
    // Runs even when other settings failed, so one error names every problem.
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );

export type AzureOpenAISettings = z.input<typeof azureOpenAISettingsSchema>;

export const openAIChatModelSettingsSchema = z
  .object({
    /** Send JSON schemas as strict structured outputs when they allow it. Turn off for servers that reject them. */
    structuredOutputs: z.boolean().default(true),
    parallelToolCalls: z.boolean().optional(),
    /** End-user id forwarded for OpenAI's abuse monitoring. */
    user: z.string().min(1).optional(),
  })
  .strict();

export type OpenAIChatModelSettings = z.input<typeof openAIChatModelSettingsSchema>;
export type ResolvedOpenAIChatModelSettings = z.output<typeof openAIChatModelSettingsSchema>;

export const openAIEmbeddingModelSettingsSchema = z
  .object({
    /** Shortened vectors; only `text-embedding-3-*` models accept it. */
    dimensions: z.number().int().positive().optional(),
    user: z.string().min(1).optional(),
  })
  .strict();

export type OpenAIEmbeddingModelSettings = z.input<typeof openAIEmbeddingModelSettingsSchema>;
export type ResolvedOpenAIEmbeddingModelSettings = z.output<typeof openAIEmbeddingModelSettingsSchema>;
