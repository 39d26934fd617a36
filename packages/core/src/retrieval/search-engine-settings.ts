import { z } from "zod";
import type { RerankFunction } from "./search-types";
import type { VectorIndexFactory } from "./vector-index";
import { embeddingModelSchema } from "../util/model-schemas";

const fieldNamePattern = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

const textFieldSchema = z.object({
  /** How much a match in this field counts relative to others (BM25F field weight). */
  weight: z.number().positive().default(1),
  /** Length normalisation (BM25 `b`): 0 ignores field length, 1 normalises fully. */
  lengthNormalisation: z.number().min(0).max(1).default(0.75),
});


export const searchEngineSettingsSchema = z
  .object({
    /** Text fields in the order they are indexed, with their BM25F weights. At most eight. */
    fields: z
      .record(z.string().regex(fieldNamePattern, "field names start with a letter or _"), textFieldSchema)
      .refine((fields) => Object.keys(fields).length >= 1 && Object.keys(fields).length <= 8, {
        message: "between 1 and 8 text fields",
      }),
    /** Fields that filters and facets can use, with the kind of value each holds. */
    filterFields: z
      .record(z.string().regex(fieldNamePattern, "field names start with a letter or _"), z.enum(["number", "keyword", "boolean"]))
      .default({}),
    language: z.enum(["en", "de", "fr", "es"]).default("en"),
    /**
     * `plural` (the default) indexes light stems and reaches Snowball's wider families through stem expansion
     * at query time; it ranked better than indexing Snowball stems on the development benchmark.
     */
    stemming: z.enum(["snowball", "plural", "none"]).default("plural"),
    removeStopwords: z.boolean().default(true),
    /**
     * With `plural` stemming, a query term also matches index terms that the language's Snowball stemmer
     * merges with it ("lighting" for "light"), at this weight; 0 turns it off.
     */
    stemExpansionWeight: z.number().min(0).max(1).default(0.5),
    /** Weight of the joined form of two adjacent query words ("dish washer" → "dishwasher"); 0 turns it off. */
    compoundWeight: z.number().min(0).max(1).default(0.5),
    /** BM25 term-frequency saturation. */
    k1: z.number().positive().default(1.2),
    /**
     * Exponent of the share of query positions a document matches, multiplied into its BM25F score; 0 turns
     * it off. Favours documents that match all of a query's words.
     */
    coordination: z.number().min(0).max(8).default(1),
    /**
     * Groups of words or phrases that mean the same to shoppers, e.g. `[["sofa", "couch"], ["tv", "television"]]`.
     * Applied to queries, so changing them needs no re-indexing.
     */
    synonyms: z.array(z.array(z.string().min(1)).min(2)).default([]),
    /** How much a synonym's match counts relative to the word the shopper typed. */
    synonymWeight: z.number().min(0).max(1).default(0.8),
    typoTolerance: z
      .object({
        enabled: z.boolean().default(true),
        /** Shortest query term (after analysis) that typo matching considers. */
        minLength: z.number().int().min(2).default(5),
        /** A query term found in at most this many documents also tries its one-edit neighbours. */
        rareDocumentFrequency: z.number().int().min(0).default(2),
        /** A neighbour of a rare (not missing) term must be this many times more frequent to be tried. */
        rareFrequencyRatio: z.number().min(1).default(20),
        /** How much a typo neighbour's match counts relative to an exact match. */
        weight: z.number().min(0).max(1).default(0.6),
        /** Most neighbours tried per query term, most frequent first. */
        maxAlternatives: z.number().int().min(1).default(3),
      })
      .default({
        enabled: true,
        minLength: 5,
        rareDocumentFrequency: 2,
        rareFrequencyRatio: 20,
        weight: 0.6,
        maxAlternatives: 3,
      }),
    /** Vector search: an embedding model for documents and queries. Without it the engine is lexical only. */
    embedding: z
      .object({
        model: embeddingModelSchema,
        /** Text fields embedded, joined in this order; all text fields when left out. */
        fields: z.array(z.string()).optional(),
        /** Documents embedded per model call. */
        batchSize: z.number().int().min(1).optional(),
        /** Model calls in flight at once when the model supports parallel calls. */
        concurrency: z.number().int().min(1).default(2),
      })
      .optional(),
    /** Builds the vector index; an exact flat index with int8 vectors when left out. */
    vectorIndex: z.custom<VectorIndexFactory>((value) => typeof value === "function", "must be a function").optional(),
    fusion: z
      .object({
        method: z.enum(["rrf", "weighted"]).default("weighted"),
        /** The `k` of reciprocal rank fusion. */
        rrfK: z.number().positive().default(60),
        /** Share of the vector ranking in the fused score, from 0 (lexical only) to 1 (vector only). */
        vectorWeight: z.number().min(0).max(1).default(0.3),
        /** How many top documents from each ranking are fused. */
        candidates: z.number().int().min(1).default(100),
        /**
         * `exhaustive`: search all vectors for every query. `rescore`: when the lexical side matched at least
         * `candidates` documents, score only its top `rescoreDepth` by vector instead of searching every vector.
         */
        vectorSearch: z.enum(["exhaustive", "rescore"]).default("rescore"),
        rescoreDepth: z.number().int().min(1).default(300),
      })
      .default({ method: "weighted", rrfK: 60, vectorWeight: 0.3, candidates: 100, vectorSearch: "rescore", rescoreDepth: 300 }),
    /** A default reranker for every search; a request can pass its own. */
    rerank: z.custom<RerankFunction>((value) => typeof value === "function", "must be a function").optional(),
  })
  .superRefine((settings, context) => {
    const textFields = new Set(Object.keys(settings.fields));
    for (const [index, field] of (settings.embedding?.fields ?? []).entries()) {
      if (!textFields.has(field)) {
        context.addIssue({
          code: "custom",
          path: ["embedding", "fields", index],
          message: `'${field}' is not one of the text fields (${[...textFields].join(", ")})`,
        });
      }
    }
  });

export type SearchEngineSettings = z.input<typeof searchEngineSettingsSchema>;
export type ParsedSearchEngineSettings = z.output<typeof searchEngineSettingsSchema>;
