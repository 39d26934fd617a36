import { z } from "zod";
import { embeddingModelSchema } from "../../util/model-schemas";

/**
 * The one method the PostgreSQL store calls. A `pg` `Pool` or `Client` and a PGlite instance all have it, so
 * neither driver is a dependency of Aisle. The store never closes the client: its owner does.
 */
export type SqlClient = {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
};

/** Columns of the documents table that text fields cannot be named after. */
export const reservedColumnNames = ["id", "filters", "embedding", "search_vector", "updated_at"] as const;

const sqlIdentifier = z
  .string()
  .regex(/^[a-z_][a-z0-9_]{0,62}$/, "lower-case letters, digits and _, starting with a letter or _, at most 63 characters");

const textFieldName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/, "letters, digits and _, starting with a letter or _, at most 63 characters")
  .refine((name) => !(reservedColumnNames as readonly string[]).includes(name.toLowerCase()), {
    message: `is a reserved column name (${reservedColumnNames.join(", ")})`,
  });

const sqlClientSchema = z.custom<SqlClient>(
  (value) => typeof value === "object" && value !== null && typeof (value as { query?: unknown }).query === "function",
  { message: "must have a query(sql, params) method: a pg Pool or Client, or a PGlite instance" },
);


/** PostgreSQL's text search configurations for the engine's languages. */
export const textSearchConfigurations = { en: "english", de: "german", fr: "french", es: "spanish" } as const;

export const postgresStoreSettingsSchema = z
  .object({
    client: sqlClientSchema,
    /** The documents table; created with its indexes when missing. */
    table: sqlIdentifier,
    /** The table's schema; the connection's search path when left out. Created when missing. */
    schema: sqlIdentifier.optional(),
    /**
     * Text fields, one text column each, with their weights. PostgreSQL ranks with four weight classes: the
     * highest weight gets class A, the next B, then C, and any lower ones D.
     */
    fields: z
      .record(textFieldName, z.object({ weight: z.number().positive().default(1) }))
      .refine((fields) => Object.keys(fields).length >= 1 && Object.keys(fields).length <= 8, { message: "between 1 and 8 text fields" }),
    /** Fields that filters and facets can use, with the kind of value each holds; stored in a `jsonb` column. */
    filterFields: z
      .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_.-]*$/, "field names start with a letter or _"), z.enum(["number", "keyword", "boolean"]))
      .default({}),
    language: z.enum(["en", "de", "fr", "es"]).default("en"),
    /** Vector search (needs pgvector): documents and queries are embedded with this model. */
    embedding: z
      .object({
        model: embeddingModelSchema,
        /** Text fields embedded, joined in this order; all text fields when left out. */
        fields: z.array(z.string()).optional(),
      })
      .optional(),
    /**
     * Length of the `vector` column; the embedding model's `dimensions` when left out. Setting it without an
     * embedding model stores the vectors that documents bring, for a model added later.
     */
    dimensions: z.number().int().min(1).max(16_000).optional(),
    /** `hnsw`: an approximate index on the vectors (pgvector's HNSW, cosine). `none`: exact scans. */
    vectorIndex: z.enum(["hnsw", "none"]).default("hnsw"),
    fusion: z
      .object({
        /** `rrf` (reciprocal rank fusion) or `weighted` scores, as in the embedded engine. */
        method: z.enum(["rrf", "weighted"]).default("rrf"),
        rrfK: z.number().positive().default(60),
        /** Share of the vector ranking in the fused score; 0.5 is plain RRF. */
        vectorWeight: z.number().min(0).max(1).default(0.5),
        /** How many top documents each ranking contributes. */
        candidates: z.number().int().min(1).max(10_000).default(100),
      })
      .default({ method: "rrf", rrfK: 60, vectorWeight: 0.5, candidates: 100 }),
    /** Documents written per SQL statement (each statement is atomic). */
    batchSize: z.number().int().min(1).max(10_000).default(500),
    /** Create the table and indexes when missing (idempotent). Off: the table must exist. */
    migrate: z.boolean().default(true),
  })
  .superRefine((settings, context) => {
    const textFields = Object.keys(settings.fields);
    for (const [index, field] of (settings.embedding?.fields ?? []).entries()) {
      if (!textFields.includes(field)) {
        context.addIssue({ code: "custom", path: ["embedding", "fields", index], message: `'${field}' is not one of the text fields (${textFields.join(", ")})` });
      }
    }
    const lowerCase = textFields.map((field) => field.toLowerCase());
    if (new Set(lowerCase).size !== lowerCase.length) {
      context.addIssue({ code: "custom", path: ["fields"], message: "field names must differ in more than letter case (they become columns)" });
    }
    const modelDimensions = settings.embedding?.model.dimensions;
    if (settings.embedding !== undefined && settings.dimensions === undefined && modelDimensions === undefined) {
      context.addIssue({ code: "custom", path: ["dimensions"], message: "required: the embedding model does not declare its dimensions" });
    }
    if (settings.dimensions !== undefined && modelDimensions !== undefined && settings.dimensions !== modelDimensions) {
      context.addIssue({ code: "custom", path: ["dimensions"], message: `is ${settings.dimensions} but the embedding model makes ${modelDimensions}-dimensional vectors` });
    }
    const dimensions = settings.dimensions ?? modelDimensions;
    if (settings.vectorIndex === "hnsw" && dimensions !== undefined && dimensions > 2000) {
      context.addIssue({ code: "custom", path: ["vectorIndex"], message: `pgvector's HNSW index takes at most 2000 dimensions (got ${dimensions}); use "none"` });
    }
  });

export type PostgresStoreSettings = z.input<typeof postgresStoreSettingsSchema>;
export type ParsedPostgresStoreSettings = z.output<typeof postgresStoreSettingsSchema>;
