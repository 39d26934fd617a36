import type { z } from "zod";

export type ParseJsonResult<T> =
  | { success: true; value: T }
  | { success: false; error: Error; stage: "json" | "schema" };

/** Parses untrusted JSON text through a schema; never throws. */
export function safeParseJson<Schema extends z.ZodType>(
  text: string,
  schema: Schema,
): ParseJsonResult<z.output<Schema>> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { success: false, error: error as Error, stage: "json" };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { success: true, value: result.data };
  return { success: false, error: result.error, stage: "schema" };
}

/** Pulls a JSON value out of model output that wrapped it in prose or a Markdown fence. */
export function extractJsonText(text: string): string {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(text);
  if (fenced?.[1] !== undefined) return fenced[1].trim();
  const start = text.search(/[[{]/);
  if (start === -1) return text.trim();
  const open = text[start];
  const close = open === "{" ? "}" : "]";
  const end = text.lastIndexOf(close);
  return end > start ? text.slice(start, end + 1) : text.slice(start);
}
