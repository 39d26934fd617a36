import type { JsonSchema } from "../../spec";

/** Keywords OpenAI's strict structured outputs reject; a schema using any of them is sent non-strict. */
const unsupportedKeywords = new Set([
  "allOf",
  "oneOf",
  "not",
  "if",
  "then",
  "else",
  "dependentRequired",
  "dependentSchemas",
  "patternProperties",
  "unevaluatedProperties",
  "propertyNames",
  "minProperties",
  "maxProperties",
  "unevaluatedItems",
  "prefixItems",
  "contains",
  "minContains",
  "maxContains",
  "uniqueItems",
]);

/** Annotations strict mode refuses although they never change what validates; dropped from the copy. */
const droppedAnnotations = new Set(["$schema", "default"]);

/**
 * A copy of `schema` that OpenAI accepts with `strict: true`, or `undefined` when none exists without changing
 * what the schema accepts. Strict mode wants every object closed (`additionalProperties: false`) with every
 * property required: an object that leaves `additionalProperties` unset is closed in the copy (the model has
 * nothing to put there), but an optional property or an open object makes the schema non-strict, because
 * forcing them would make the model's answer fail the caller's own validation.
 */
export function toStrictJsonSchema(schema: JsonSchema): JsonSchema | undefined {
  if (schema.type !== "object") return undefined;
  return strictCopy(schema);
}

function strictCopy(schema: unknown): JsonSchema | undefined {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return undefined;
  const source = schema as JsonSchema;
  const copy: JsonSchema = {};
  for (const [keyword, value] of Object.entries(source)) {
    if (unsupportedKeywords.has(keyword)) return undefined;
    if (droppedAnnotations.has(keyword)) continue;
    switch (keyword) {
      case "properties":
      case "$defs":
      case "definitions": {
        const children = strictRecord(value);
        if (children === undefined) return undefined;
        copy[keyword] = children;
        break;
      }
      case "items": {
        const items = strictCopy(value);
        if (items === undefined) return undefined;
        copy.items = items;
        break;
      }
      case "anyOf": {
        if (!Array.isArray(value)) return undefined;
        const options: JsonSchema[] = [];
        for (const option of value) {
          const strictOption = strictCopy(option);
          if (strictOption === undefined) return undefined;
          options.push(strictOption);
        }
        copy.anyOf = options;
        break;
      }
      case "additionalProperties":
        if (value !== false) return undefined;
        copy.additionalProperties = false;
        break;
      default:
        copy[keyword] = value;
    }
  }
  if (isObjectSchema(source)) {
    const names = Object.keys(copy.properties ?? {});
    const required = new Set(source.required ?? []);
    if (names.some((name) => !required.has(name))) return undefined;
    copy.properties ??= {};
    copy.required = names;
    copy.additionalProperties = false;
  }
  return copy;
}

function strictRecord(value: unknown): Record<string, JsonSchema> | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const result: Record<string, JsonSchema> = {};
  for (const [name, child] of Object.entries(value)) {
    const strictChild = strictCopy(child);
    if (strictChild === undefined) return undefined;
    result[name] = strictChild;
  }
  return result;
}

function isObjectSchema(schema: JsonSchema): boolean {
  const type = schema.type;
  return type === "object" || (Array.isArray(type) && type.includes("object")) || schema.properties !== undefined;
}

/** OpenAI names structured outputs with `^[a-zA-Z0-9_-]{1,64}$`. */
export function responseFormatName(name: string | undefined): string {
  const cleaned = (name ?? "response").replace(/[^a-zA-Z0-9_-]+/g, "_").slice(0, 64);
  return cleaned.length > 0 ? cleaned : "response";
}
