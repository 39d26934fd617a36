import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";

/**
 * The Women's E-Commerce Clothing Reviews CSV (CC0), read at run time from the path given on the command line.
 * Binary view as the benchmark defines it: Rating 4-5 positive, 1-2 negative, 3 and empty texts dropped,
 * review text only (the title often states the verdict on its own).
 */
export type BinaryReview = { id: string; productId: string; text: string; label: "positive" | "negative" };

export function loadBinaryClothingReviews(path: string): BinaryReview[] {
  const records: Record<string, string>[] = parse(readFileSync(path, "utf8"), { columns: true, skip_empty_lines: true, relax_quotes: true });
  const rows: BinaryReview[] = [];
  for (const record of records) {
    const text = record["Review Text"]?.trim() ?? "";
    const rating = Number(record.Rating);
    const productId = record["Clothing ID"]?.trim() ?? "";
    if (text.length === 0 || !Number.isInteger(rating) || rating === 3 || productId.length === 0) continue;
    rows.push({ id: record[""] ?? String(rows.length), productId, text, label: rating >= 4 ? "positive" : "negative" });
  }
  if (rows.length === 0) throw new Error(`${path}: no rows with 'Review Text', 'Rating' and 'Clothing ID' columns`);
  return rows;
}
