import { InvalidConfigError } from "@aisle/core";
import type { z } from "zod";

/** Parses settings once; on failure names every bad path, not only the first. */
export function parseSettings<Schema extends z.ZodType>(subject: string, schema: Schema, value: unknown): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InvalidConfigError({
    subject,
    issues: result.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })),
    cause: result.error,
  });
}
