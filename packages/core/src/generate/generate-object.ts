import type { z } from "zod";
import { NoObjectGeneratedError } from "../errors/no-object-generated-error";
import type { FinishReason, LanguageModelGenerateResult, Message, ResponseMetadata, Usage } from "../spec";
import { extractJsonText, safeParseJson } from "../util/parse-json";
import { addUsage, callOptions, type CallSettings } from "./call-settings";
import { standardizePrompt } from "./prompt";
import { toJsonSchema } from "./tool";

export type GenerateObjectSettings<Schema extends z.ZodType> = CallSettings & {
  schema: Schema;
  schemaName?: string;
  schemaDescription?: string;
  /** One repair attempt feeds the validation error back to the model. Set false to fail at once. */
  repair?: boolean;
};

export type GenerateObjectResult<T> = {
  object: T;
  usage: Usage;
  finishReason: FinishReason;
  response: ResponseMetadata | undefined;
  /** True when the first answer failed validation and the repair attempt produced the object. */
  repaired: boolean;
};

/**
 * Generates a value typed by a zod schema: the JSON Schema goes to the provider (enforced in strict mode
 * where it supports that), the answer is validated, one repair attempt follows a failure, and then a
 * `NoObjectGeneratedError` carries the raw text.
 */
export async function generateObject<Schema extends z.ZodType>(
  settings: GenerateObjectSettings<Schema>,
): Promise<GenerateObjectResult<z.output<Schema>>> {
  const { model, schema, schemaName = "result", schemaDescription, repair = true } = settings;
  const jsonSchema = toJsonSchema(schema);
  const instructions = model.supportsStructuredOutputs
    ? undefined
    : `Answer with a single JSON value that matches this JSON Schema, and nothing else:\n${JSON.stringify(jsonSchema)}`;
  const messages: Message[] = standardizePrompt({
    ...settings,
    system: [settings.system, instructions].filter((part) => part !== undefined).join("\n\n") || undefined,
  });

  const call = (conversation: Message[]) =>
    model.doGenerate({
      ...callOptions(settings),
      messages: conversation,
      responseFormat: { type: "json", schema: jsonSchema, name: schemaName, description: schemaDescription },
    });

  const attempt = (result: LanguageModelGenerateResult) => safeParseJson(extractJsonText(result.text), schema);

  const first = await call(messages);
  const parsed = attempt(first);
  if (parsed.success) {
    return { object: parsed.value, usage: first.usage, finishReason: first.finishReason, response: first.response, repaired: false };
  }
  if (!repair) {
    throw new NoObjectGeneratedError({ text: first.text, finishReason: first.finishReason, usage: first.usage, cause: parsed.error });
  }

  const second = await call([
    ...messages,
    { role: "assistant", content: first.text },
    {
      role: "user",
      content: `That answer was not valid (${parsed.stage === "json" ? "not parseable JSON" : parsed.error.message}). Reply with only the corrected JSON value matching the schema.`,
    },
  ]);
  const usage = addUsage(first.usage, second.usage);
  const repaired = attempt(second);
  if (repaired.success) {
    return { object: repaired.value, usage, finishReason: second.finishReason, response: second.response, repaired: true };
  }
  throw new NoObjectGeneratedError({
    message: `No object generated: the response did not match the schema after one repair attempt (${repaired.error.message}).`,
    text: second.text,
    finishReason: second.finishReason,
    usage,
    cause: repaired.error,
  });
}
