import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { safeParseJson } from "../../src/util/parse-json";

export type GoldSpan = { type: string; start: number; end: number };
export type LabelledRecord = { text: string; spans: GoldSpan[] };

const recordSchema = z.array(
  z.object({
    full_text: z.string(),
    spans: z.array(
      z.object({ entity_type: z.string(), start_position: z.number().int(), end_position: z.number().int() }),
    ),
  }),
);

/** Reads Presidio's synthetic-data layout (one JSON array) from a file or a folder holding one. */
export function loadPresidioRecords(path: string): LabelledRecord[] {
  const file = statSync(path).isDirectory() ? join(path, "synth_dataset_v2.json") : path;
  const parsed = safeParseJson(readFileSync(file, "utf8"), recordSchema);
  if (!parsed.success) {
    console.error(`could not read ${file}: ${parsed.error.message}`);
    process.exit(2);
  }
  return parsed.value.map((record) => ({
    text: record.full_text,
    spans: record.spans.map((entry) => ({ type: entry.entity_type, start: entry.start_position, end: entry.end_position })),
  }));
}
