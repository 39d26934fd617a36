import { InvalidArgumentError } from "../errors/invalid-argument-error";
import type { FilterColumn, FilterValue } from "./filter-columns";

/**
 * A condition on one filterable field. A bare value means equality. On a field with several values per
 * document (tags, variant prices) a positive condition holds when any value satisfies it; `notIn` holds when
 * none is in the list. Conditions in one object must all hold.
 */
export type FieldCondition =
  | FilterValue
  | {
      eq?: FilterValue;
      in?: readonly FilterValue[];
      notIn?: readonly FilterValue[];
      gt?: number;
      gte?: number;
      lt?: number;
      lte?: number;
      /** `true`: the document has at least one value; `false`: it has none. */
      exists?: boolean;
    };

/**
 * Field conditions, all of which must hold, plus `$and`, `$or` and `$not` for other combinations:
 * `{ price: { lte: 50 }, vendor: { in: ["Acme", "Bolt"] }, available: true, $not: { tags: "clearance" } }`.
 */
export type SearchFilter = {
  $and?: readonly SearchFilter[];
  $or?: readonly SearchFilter[];
  $not?: SearchFilter;
  [field: string]: FieldCondition | SearchFilter | readonly SearchFilter[] | undefined;
};

export type DocumentPredicate = (documentNumber: number) => boolean;

const conditionKeys = new Set(["eq", "in", "notIn", "gt", "gte", "lt", "lte", "exists"]);

/** Turns a filter into a predicate over document numbers, checking field names and value types once. */
export function compileFilter(filter: SearchFilter, columns: ReadonlyMap<string, FilterColumn>): DocumentPredicate {
  const predicates: DocumentPredicate[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    if (key === "$and" || key === "$or") {
      if (!Array.isArray(value)) throw invalid(`'${key}' takes a list of filters.`);
      const parts = (value as SearchFilter[]).map((part) => compileFilter(part, columns));
      predicates.push(
        key === "$and"
          ? (document) => parts.every((part) => part(document))
          : (document) => parts.some((part) => part(document)),
      );
      continue;
    }
    if (key === "$not") {
      if (typeof value !== "object" || value === null || Array.isArray(value)) throw invalid("'$not' takes one filter.");
      const inner = compileFilter(value as SearchFilter, columns);
      predicates.push((document) => !inner(document));
      continue;
    }
    const column = columns.get(key);
    if (column === undefined) {
      const known = [...columns.keys()].join(", ") || "none";
      throw invalid(`'${key}' is not a filterable field (filterable: ${known}).`);
    }
    predicates.push(compileCondition(column, value as FieldCondition));
  }
  if (predicates.length === 0) return () => true;
  if (predicates.length === 1) return predicates[0] as DocumentPredicate;
  return (document) => predicates.every((predicate) => predicate(document));
}

function compileCondition(column: FilterColumn, condition: FieldCondition): DocumentPredicate {
  if (typeof condition !== "object" || condition === null) return compileCondition(column, { eq: condition });
  for (const key of Object.keys(condition)) {
    if (!conditionKeys.has(key)) throw invalid(`unknown condition '${key}' on '${column.name}'.`);
  }
  const checks: DocumentPredicate[] = [];
  const lookupAll = (values: readonly FilterValue[]) =>
    new Set(values.map((value) => column.lookup(value)).filter((stored): stored is number => stored !== undefined && stored >= 0));

  if (condition.eq !== undefined) {
    const stored = column.lookup(condition.eq);
    checks.push(stored === undefined || stored < 0 ? () => false : (document) => column.valuesOf(document).includes(stored));
  }
  if (condition.in !== undefined) {
    const wanted = lookupAll(condition.in);
    checks.push((document) => column.valuesOf(document).some((value) => wanted.has(value)));
  }
  if (condition.notIn !== undefined) {
    const unwanted = lookupAll(condition.notIn);
    checks.push((document) => !column.valuesOf(document).some((value) => unwanted.has(value)));
  }
  const { gt, gte, lt, lte } = condition;
  if (gt !== undefined || gte !== undefined || lt !== undefined || lte !== undefined) {
    if (column.kind !== "number") throw invalid(`'${column.name}' is a ${column.kind} field: ranges need a number field.`);
    for (const bound of [gt, gte, lt, lte]) {
      if (bound !== undefined && typeof bound !== "number") throw invalid(`range bounds on '${column.name}' must be numbers.`);
    }
    const low = gte ?? gt ?? Number.NEGATIVE_INFINITY;
    const high = lte ?? lt ?? Number.POSITIVE_INFINITY;
    const lowOpen = gte === undefined && gt !== undefined;
    const highOpen = lte === undefined && lt !== undefined;
    checks.push((document) =>
      column.valuesOf(document).some(
        (value) => (lowOpen ? value > low : value >= low) && (highOpen ? value < high : value <= high),
      ),
    );
  }
  if (condition.exists !== undefined) {
    const wanted = condition.exists;
    checks.push((document) => column.valuesOf(document).length > 0 === wanted);
  }
  if (checks.length === 1) return checks[0] as DocumentPredicate;
  return (document) => checks.every((check) => check(document));
}

function invalid(message: string): InvalidArgumentError {
  return new InvalidArgumentError({ argument: "filter", message });
}
