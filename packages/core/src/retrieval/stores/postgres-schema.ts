import { z } from "zod";
import { InvalidConfigError } from "../../errors/invalid-config-error";
import { safeParseJson } from "../../util/parse-json";
import { type ParsedPostgresStoreSettings, type SqlClient, textSearchConfigurations } from "./postgres-store-settings";
import { quoteIdentifier, quoteLiteral } from "./postgres-sql";

export type WeightClass = "A" | "B" | "C" | "D";

/**
 * What the table's columns and generated search vector were built from. Stored as the table's comment, so a
 * store opened with settings that need another table says so instead of writing rows the index misreads.
 */
const layoutSchema = z.object({
  format: z.literal("aisle-search-store"),
  version: z.literal(1),
  language: z.string(),
  fields: z.record(z.string(), z.enum(["A", "B", "C", "D"])),
  dimensions: z.number().int().nullable(),
});

type TableLayout = z.infer<typeof layoutSchema>;

export type TableNames = {
  /** `"schema"."table"` or `"table"`. */
  qualified: string;
  /** The same unquoted, for `to_regclass`. */
  plain: string;
};

export function tableNames(settings: Pick<ParsedPostgresStoreSettings, "schema" | "table">): TableNames {
  const table = quoteIdentifier(settings.table);
  return settings.schema === undefined
    ? { qualified: table, plain: table }
    : { qualified: `${quoteIdentifier(settings.schema)}.${table}`, plain: `${quoteIdentifier(settings.schema)}.${table}` };
}

/**
 * PostgreSQL ranks with four weight classes. Distinct field weights, highest first, get A, B and C; the rest
 * share D. `rankWeights` is the `{D, C, B, A}` array `ts_rank_cd` takes, scaled so the highest is 1.
 */
export function weightClasses(fields: ParsedPostgresStoreSettings["fields"]): { classes: Map<string, WeightClass>; rankWeights: string } {
  const distinct = [...new Set(Object.values(fields).map((field) => field.weight))].sort((a, b) => b - a);
  const letters: WeightClass[] = ["A", "B", "C", "D"];
  const classes = new Map<string, WeightClass>();
  const classWeight: Record<WeightClass, number> = { A: 0, B: 0, C: 0, D: 0 };
  const top = distinct[0] ?? 1;
  for (const [name, { weight }] of Object.entries(fields)) {
    const letter = letters[Math.min(distinct.indexOf(weight), 3)] as WeightClass;
    classes.set(name, letter);
    classWeight[letter] = Math.max(classWeight[letter], weight / top);
  }
  return { classes, rankWeights: `{${classWeight.D},${classWeight.C},${classWeight.B},${classWeight.A}}` };
}

export function vectorDimensions(settings: ParsedPostgresStoreSettings): number | undefined {
  return settings.dimensions ?? settings.embedding?.model.dimensions;
}

function layoutOf(settings: ParsedPostgresStoreSettings): TableLayout {
  const { classes } = weightClasses(settings.fields);
  return {
    format: "aisle-search-store",
    version: 1,
    language: textSearchConfigurations[settings.language],
    fields: Object.fromEntries(classes),
    dimensions: vectorDimensions(settings) ?? null,
  };
}

function indexName(table: string, suffix: string): string {
  return quoteIdentifier(`${table.slice(0, 63 - suffix.length)}${suffix}`);
}

/** The DDL for the documents table and its indexes; every statement is a no-op when its object exists. */
export function migrationStatements(settings: ParsedPostgresStoreSettings): string[] {
  const { qualified } = tableNames(settings);
  const configuration = `'${textSearchConfigurations[settings.language]}'::regconfig`;
  const { classes } = weightClasses(settings.fields);
  const dimensions = vectorDimensions(settings);
  const textColumns = Object.keys(settings.fields).map((field) => `${quoteIdentifier(field)} text NOT NULL DEFAULT ''`);
  const searchVector = [...classes]
    .map(([field, letter]) => `setweight(to_tsvector(${configuration}, coalesce(${quoteIdentifier(field)}, '')), '${letter}')`)
    .join(" || ");
  const statements: string[] = [];
  if (dimensions !== undefined) statements.push("CREATE EXTENSION IF NOT EXISTS vector");
  if (settings.schema !== undefined) statements.push(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(settings.schema)}`);
  statements.push(
    `CREATE TABLE IF NOT EXISTS ${qualified} (
  id text PRIMARY KEY,
  ${textColumns.join(",\n  ")},
  filters jsonb NOT NULL DEFAULT '{}'::jsonb,${dimensions === undefined ? "" : `\n  embedding vector(${dimensions}),`}
  search_vector tsvector GENERATED ALWAYS AS (${searchVector}) STORED,
  updated_at timestamptz NOT NULL DEFAULT now()
)`,
    `CREATE INDEX IF NOT EXISTS ${indexName(settings.table, "_search_vector_idx")} ON ${qualified} USING gin (search_vector)`,
    `CREATE INDEX IF NOT EXISTS ${indexName(settings.table, "_filters_idx")} ON ${qualified} USING gin (filters jsonb_path_ops)`,
  );
  if (dimensions !== undefined && settings.vectorIndex === "hnsw") {
    statements.push(`CREATE INDEX IF NOT EXISTS ${indexName(settings.table, "_embedding_idx")} ON ${qualified} USING hnsw (embedding vector_cosine_ops)`);
  }
  statements.push(`COMMENT ON TABLE ${qualified} IS ${quoteLiteral(JSON.stringify(layoutOf(settings)))}`);
  return statements;
}

const subject = "PostgreSQL search store";

/**
 * Creates what is missing (with `migrate`) and checks that an existing table was made for these settings.
 * Safe to run any number of times, also from several processes.
 */
export async function prepareTable(client: SqlClient, settings: ParsedPostgresStoreSettings): Promise<void> {
  const { plain } = tableNames(settings);
  const existing = await client.query(
    "SELECT to_regclass($1::text) IS NOT NULL AS exists, obj_description(to_regclass($1::text), 'pg_class') AS comment",
    [plain],
  );
  const row = z.object({ exists: z.boolean(), comment: z.string().nullable() }).parse(existing.rows[0]);
  const wanted = layoutOf(settings);
  if (row.exists) {
    const stored = row.comment === null ? undefined : safeParseJson(row.comment, layoutSchema);
    if (stored === undefined || !stored.success) {
      throw new InvalidConfigError({
        subject,
        issues: [{ path: "table", message: `${plain} exists but was not created by an Aisle search store; choose another table.` }],
      });
    }
    if (JSON.stringify(stored.value) !== JSON.stringify(wanted)) {
      throw new InvalidConfigError({
        subject,
        issues: [
          {
            path: "table",
            message: `${plain} was created for ${JSON.stringify(stored.value)}, but these settings need ${JSON.stringify(wanted)}. Use another table, or drop it and upsert the catalog again.`,
          },
        ],
      });
    }
  } else if (!settings.migrate) {
    throw new InvalidConfigError({ subject, issues: [{ path: "migrate", message: `${plain} does not exist; turn migrate on to create it.` }] });
  }
  if (!settings.migrate) return;
  for (const statement of migrationStatements(settings)) {
    if (row.exists && statement.startsWith("COMMENT ON")) continue;
    try {
      await client.query(statement);
    } catch (error) {
      if (statement.startsWith("CREATE EXTENSION")) {
        throw new InvalidConfigError({
          subject,
          issues: [
            {
              path: "dimensions",
              message: `vector columns need the pgvector extension, which could not be enabled (${error instanceof Error ? error.message : String(error)}). Install pgvector on the server, or leave out embedding and dimensions for a lexical-only store.`,
            },
          ],
          cause: error,
        });
      }
      throw error;
    }
  }
}
