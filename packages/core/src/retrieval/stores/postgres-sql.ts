import { InvalidArgumentError } from "../../errors/invalid-argument-error";
import type { FilterFieldKind } from "../filter-columns";
import type { FieldCondition, SearchFilter } from "../filters";
import { checkFilterValue } from "./document-validation";

/** Collects the values of one statement as `$1`, `$2`, ...: values never become part of the SQL text. */
export class SqlParameters {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** A JSON value, sent as text and cast in SQL, so both pg and PGlite pass it through unchanged. */
  json(value: unknown): string {
    return `${this.add(JSON.stringify(value))}::text::jsonb`;
  }
}

const identifierPattern = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** Quotes a table, schema or column name after checking it holds nothing but letters, digits and `_`. */
export function quoteIdentifier(name: string): string {
  if (!identifierPattern.test(name)) {
    throw new InvalidArgumentError({ argument: "identifier", message: `'${name}' is not a plain SQL identifier.` });
  }
  return `"${name}"`;
}

/** A string constant for DDL that takes no parameters (`COMMENT ON`); standard conforming strings assumed. */
export function quoteLiteral(text: string): string {
  if (text.includes("\\") || text.includes("\u0000")) {
    throw new InvalidArgumentError({ argument: "literal", message: "backslashes and NUL are not allowed in DDL constants." });
  }
  return `'${text.replaceAll("'", "''")}'`;
}

const conditionKeys = new Set(["eq", "in", "notIn", "gt", "gte", "lt", "lte", "exists"]);

/**
 * Translates a `SearchFilter` into a SQL condition on the `filters` jsonb column of the row aliased `t`, where
 * every field holds an array of values. Field names and values travel as parameters; every condition is
 * either true or false (never NULL), so `NOT` behaves as in the embedded engine.
 */
export function filterToSql(filter: SearchFilter | undefined, fields: ReadonlyMap<string, FilterFieldKind>, parameters: SqlParameters): string {
  if (filter === undefined) return "TRUE";
  const parts: string[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    if (key === "$and" || key === "$or") {
      if (!Array.isArray(value)) throw invalidFilter(`'${key}' takes a list of filters.`);
      const inner = (value as SearchFilter[]).map((part) => filterToSql(part, fields, parameters));
      if (inner.length === 0) parts.push(key === "$and" ? "TRUE" : "FALSE");
      else parts.push(`(${inner.join(key === "$and" ? " AND " : " OR ")})`);
      continue;
    }
    if (key === "$not") {
      if (typeof value !== "object" || value === null || Array.isArray(value)) throw invalidFilter("'$not' takes one filter.");
      parts.push(`(NOT ${filterToSql(value as SearchFilter, fields, parameters)})`);
      continue;
    }
    const kind = fields.get(key);
    if (kind === undefined) {
      throw invalidFilter(`'${key}' is not a filterable field (filterable: ${[...fields.keys()].join(", ") || "none"}).`);
    }
    parts.push(conditionToSql(key, kind, value as FieldCondition, parameters));
  }
  if (parts.length === 0) return "TRUE";
  return parts.length === 1 ? (parts[0] as string) : `(${parts.join(" AND ")})`;
}

function conditionToSql(field: string, kind: FilterFieldKind, condition: FieldCondition, parameters: SqlParameters): string {
  if (typeof condition !== "object" || condition === null) return conditionToSql(field, kind, { eq: condition }, parameters);
  for (const key of Object.keys(condition)) {
    if (!conditionKeys.has(key)) throw invalidFilter(`unknown condition '${key}' on '${field}'.`);
  }
  // Containment of `{"field": [value]}` can use the GIN index on `filters`.
  const contains = (value: unknown) => {
    checkFilterValue(field, kind, value, "filter");
    return `t.filters @> ${parameters.json({ [field]: [value] })}`;
  };
  const anyOf = (values: unknown, key: string) => {
    if (!Array.isArray(values)) throw invalidFilter(`'${key}' on '${field}' takes a list of values.`);
    return values.length === 0 ? "FALSE" : `(${values.map(contains).join(" OR ")})`;
  };
  const checks: string[] = [];
  if (condition.eq !== undefined) checks.push(contains(condition.eq));
  if (condition.in !== undefined) checks.push(anyOf(condition.in, "in"));
  if (condition.notIn !== undefined) checks.push(`(NOT ${anyOf(condition.notIn, "notIn")})`);
  const bounds = [
    ["gt", ">"],
    ["gte", ">="],
    ["lt", "<"],
    ["lte", "<="],
  ] as const;
  const present = bounds.filter(([key]) => condition[key] !== undefined);
  if (present.length > 0) {
    if (kind !== "number") throw invalidFilter(`'${field}' is a ${kind} field: ranges need a number field.`);
    const comparisons = present.map(([key, operator]) => {
      const bound = condition[key];
      if (typeof bound !== "number" || !Number.isFinite(bound)) throw invalidFilter(`range bounds on '${field}' must be finite numbers.`);
      return `(v.value)::float8 ${operator} ${parameters.add(bound)}::float8`;
    });
    // One value of a many-valued field must satisfy every bound, as in the embedded engine.
    checks.push(`EXISTS (SELECT 1 FROM jsonb_array_elements(t.filters -> ${parameters.add(field)}::text) AS v(value) WHERE ${comparisons.join(" AND ")})`);
  }
  if (condition.exists !== undefined) {
    if (typeof condition.exists !== "boolean") throw invalidFilter(`'exists' on '${field}' takes true or false.`);
    checks.push(`((t.filters -> ${parameters.add(field)}::text) IS ${condition.exists ? "NOT NULL" : "NULL"})`);
  }
  if (checks.length === 0) return "TRUE";
  return checks.length === 1 ? (checks[0] as string) : `(${checks.join(" AND ")})`;
}

function invalidFilter(message: string): InvalidArgumentError {
  return new InvalidArgumentError({ argument: "filter", message });
}
