import { InvalidArgumentError } from "../../errors/invalid-argument-error";
import type { FilterFieldKind, FilterValue } from "../filter-columns";
import type { SearchDocument } from "../search-types";

/** Throws unless `value` has the field's kind, worded as the embedded engine words it. */
export function checkFilterValue(field: string, kind: FilterFieldKind, value: unknown, argument: string): asserts value is FilterValue {
  const fits =
    (kind === "number" && typeof value === "number" && Number.isFinite(value)) ||
    (kind === "keyword" && typeof value === "string") ||
    (kind === "boolean" && typeof value === "boolean");
  if (!fits) {
    throw new InvalidArgumentError({ argument, message: `filter field '${field}' holds ${kind} values, got ${JSON.stringify(value)}.` });
  }
}

/**
 * Checks ids and filter values of a whole upsert before any of it is applied, so a bad document rejects the
 * call instead of leaving the documents before it (or itself, half indexed) stored.
 */
export function validateDocuments(documents: readonly SearchDocument[], filterFields: ReadonlyMap<string, FilterFieldKind>): void {
  for (const document of documents) {
    if (typeof document.id !== "string" || document.id === "") {
      throw new InvalidArgumentError({ argument: "documents", message: "every document needs a non-empty string id." });
    }
    for (const [field, raw] of Object.entries(document.filters ?? {})) {
      const kind = filterFields.get(field);
      if (kind === undefined) {
        throw new InvalidArgumentError({ argument: "documents", message: `document '${document.id}' has filter field '${field}', which the settings do not declare.` });
      }
      if (raw === undefined || raw === null) continue;
      for (const value of Array.isArray(raw) ? raw : [raw]) {
        if (value !== undefined && value !== null) checkFilterValue(field, kind, value, "documents");
      }
    }
  }
}
