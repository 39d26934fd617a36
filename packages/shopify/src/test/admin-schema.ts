import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { buildClientSchema, parse, validate, type GraphQLSchema, type IntrospectionQuery } from "graphql";

let cached: GraphQLSchema | undefined;

/** Shopify's Admin schema for the version the package targets, from the vendored introspection file. */
export function adminSchema(): GraphQLSchema {
  if (cached !== undefined) return cached;
  const file = new URL("../__fixtures__/admin-schema-2026-07.json.gz", import.meta.url);
  const json = JSON.parse(gunzipSync(readFileSync(file)).toString("utf8")) as { data: IntrospectionQuery };
  cached = buildClientSchema(json.data);
  return cached;
}

/** The validation errors of a document against the Admin schema (empty when valid). */
export function validateAdminDocument(document: string): string[] {
  return validate(adminSchema(), parse(document)).map((error) => error.message);
}
