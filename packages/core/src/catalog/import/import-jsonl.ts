import { z } from "zod";
import { CatalogRowError } from "../../errors/catalog-row-error";
import { safeParseJson } from "../../util/parse-json";
import { parseSettings } from "../../util/parse-settings";
import { productSchema } from "../product";
import { readLines, readTextChunks, type ImportSource } from "./import-source";
import type { ImportResult } from "./import-result";
import { jsonlImportSettingsSchema, type JsonlImportSettings } from "./import-settings";
import { ImportTally, issuesFromZod } from "./import-support";

/**
 * Imports products from JSON Lines, one product (in the `ProductInput` shape, or any shape `map` turns into it)
 * per line. A bad line becomes a `CatalogRowError` with its line number and the failing field paths; the
 * import goes on. A later line with an id already imported is reported as a duplicate and skipped.
 */
export async function importProductsFromJsonl(
  source: ImportSource,
  options: JsonlImportSettings = {},
): Promise<ImportResult> {
  const settings = parseSettings("JSONL import", jsonlImportSettingsSchema, options);
  const tally = new ImportTally(settings.onProgress, settings.progressEvery);
  const seenIds = new Map<string, number>();

  for await (const line of readLines(readTextChunks(source), settings.maxLineLength)) {
    settings.signal?.throwIfAborted();
    if (!line.oversized && line.text.trim() === "") continue;
    tally.rows += 1;
    const fail = (error: CatalogRowError) => {
      tally.errors.push(error);
      tally.reportIfDue();
    };
    if (line.oversized) {
      fail(rowError(line.number, "malformed-row", `Line is longer than ${settings.maxLineLength} characters`));
      continue;
    }
    const parsed = safeParseJson(line.text, z.unknown());
    if (!parsed.success) {
      fail(rowError(line.number, "malformed-row", `Not valid JSON: ${parsed.error.message}`, parsed.error));
      continue;
    }
    let record: unknown;
    try {
      record = settings.map === undefined ? parsed.value : settings.map(parsed.value, line.number);
    } catch (error) {
      // A throwing mapper is a problem with this row's data as far as the import is concerned.
      const message = error instanceof Error ? error.message : String(error);
      fail(rowError(line.number, "invalid-field", `Mapping failed: ${message}`, error));
      continue;
    }
    if (record === undefined) {
      tally.reportIfDue();
      continue;
    }
    const result = productSchema.safeParse(withLocale(record, settings.locale));
    if (!result.success) {
      fail(
        new CatalogRowError({
          line: line.number,
          code: "invalid-field",
          issues: issuesFromZod(result.error),
          productKey: productKeyOf(record),
          cause: result.error,
        }),
      );
      continue;
    }
    const product = result.data;
    const firstLine = seenIds.get(product.id);
    if (firstLine !== undefined) {
      fail(
        new CatalogRowError({
          line: line.number,
          code: "duplicate-product",
          issues: [{ field: "id", message: `Product id '${product.id}' was already imported from line ${firstLine}` }],
          productKey: product.handle,
        }),
      );
      continue;
    }
    seenIds.set(product.id, line.number);
    tally.products.push(product);
    tally.reportIfDue();
  }
  return tally.finish();
}

function rowError(line: number, code: "malformed-row" | "invalid-field", message: string, cause?: unknown) {
  return new CatalogRowError({ line, code, issues: [{ field: "", message }], cause });
}

function withLocale(record: unknown, locale: string | undefined): unknown {
  if (locale === undefined || !isRecord(record) || record.locale !== undefined) return record;
  return { ...record, locale };
}

function productKeyOf(record: unknown): string | undefined {
  if (!isRecord(record)) return undefined;
  const key = record.handle ?? record.id;
  return typeof key === "string" && key !== "" ? key : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
