import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";

export type LabelledUtterance = { text: string; intent: string };

/** Reads `instruction` → `intent` rows; the CSV has multi-line quoted fields, so it goes through a real parser. */
export function loadLabelledUtterances(path: string): LabelledUtterance[] {
  const records: Record<string, string>[] = parse(readFileSync(path, "utf8"), { columns: true, skip_empty_lines: true });
  const rows: LabelledUtterance[] = [];
  for (const record of records) {
    const text = record.instruction?.trim();
    const intent = record.intent?.trim();
    if (text && intent) rows.push({ text, intent });
  }
  if (rows.length === 0) throw new Error(`${path}: no rows with both 'instruction' and 'intent' columns`);
  return rows;
}
