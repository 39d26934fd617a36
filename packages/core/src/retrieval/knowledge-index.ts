import { z } from "zod";
import { chunkKnowledgeDocuments, type KnowledgeChunk } from "../knowledge/chunk-knowledge";
import type { KnowledgeChunkSettings, KnowledgeDocument } from "../knowledge/knowledge-settings";
import { InvalidArgumentError } from "../errors/invalid-argument-error";
import { parseSettings } from "../util/parse-settings";
import { createSearchEngine } from "./search-engine";
import type { SearchMode } from "./search-types";
import { embeddingModelSchema } from "../util/model-schemas";

export const knowledgeIndexSettingsSchema = z
  .object({
    embeddingModel: embeddingModelSchema.optional(),
    language: z.enum(["en", "de", "fr", "es"]).default("en"),
    synonyms: z.array(z.array(z.string().min(1)).min(2)).default([]),
    /** How policies and FAQs are cut into sections (see `chunkKnowledgeDocuments`). */
    chunking: z.custom<KnowledgeChunkSettings>((value) => typeof value === "object" && value !== null).optional(),
  })
  .strict();

export type KnowledgeIndexSettings = z.input<typeof knowledgeIndexSettingsSchema>;

export type KnowledgeHit = { chunk: KnowledgeChunk; score: number };

export type KnowledgeIndex = {
  /**
   * Chunks the documents by section and indexes the chunks. A document already indexed is replaced whole, so
   * sections removed from a policy disappear from answers.
   */
  upsert(documents: readonly KnowledgeDocument[], options?: { abortSignal?: AbortSignal }): Promise<KnowledgeChunk[]>;
  /** Removes documents (all their chunks) by document id; returns the number of chunks removed. */
  remove(documentIds: readonly string[]): number;
  search(query: string, options?: { limit?: number; mode?: SearchMode; abortSignal?: AbortSignal }): Promise<KnowledgeHit[]>;
  readonly chunkCount: number;
};

/** How shoppers name places and actions differently from policy texts. A shop adds its own through `synonyms`. */
export const defaultKnowledgeSynonyms: string[][] = [
  ["uk", "united kingdom", "great britain", "britain"],
  ["usa", "united states"],
  ["eu", "european union"],
  ["deliver", "ship"],
  ["delivery", "shipping"],
  ["send back", "return"],
  ["money back", "refund"],
];

/** Store policies, FAQs and guides as section-aware chunks, searchable by heading and text. */
export function createKnowledgeIndex(settings: KnowledgeIndexSettings = {}): KnowledgeIndex {
  const resolved = parseSettings("knowledge index", knowledgeIndexSettingsSchema, settings);
  const engine = createSearchEngine({
    fields: { heading: { weight: 2.5 }, title: { weight: 1 }, text: { weight: 1 } },
    filterFields: { documentId: "keyword" },
    language: resolved.language,
    synonyms: [...defaultKnowledgeSynonyms, ...resolved.synonyms],
    ...(resolved.embeddingModel === undefined ? {} : { embedding: { model: resolved.embeddingModel, fields: ["heading", "text"] } }),
  });
  const chunks = new Map<string, KnowledgeChunk>();
  const chunksByDocument = new Map<string, string[]>();

  const remove = (documentIds: readonly string[]): number => {
    const ids = documentIds.flatMap((documentId) => chunksByDocument.get(documentId) ?? []);
    engine.remove(ids);
    for (const id of ids) chunks.delete(id);
    for (const documentId of documentIds) chunksByDocument.delete(documentId);
    return ids.length;
  };

  return {
    get chunkCount() {
      return chunks.size;
    },
    async upsert(documents, options = {}) {
      // Chunk everything first: a bad document fails the call before anything is replaced.
      const fresh = chunkKnowledgeDocuments(documents, resolved.chunking ?? {});
      remove(documents.map((document) => document.id));
      await engine.add(
        fresh.map((chunk) => ({
          id: chunk.id,
          text: { heading: chunk.path.slice(1).join(" "), title: chunk.path[0] ?? chunk.title ?? "", text: chunk.text },
          filters: { documentId: chunk.documentId },
        })),
        options.abortSignal === undefined ? {} : { abortSignal: options.abortSignal },
      );
      for (const chunk of fresh) {
        chunks.set(chunk.id, chunk);
        chunksByDocument.set(chunk.documentId, [...(chunksByDocument.get(chunk.documentId) ?? []), chunk.id]);
      }
      return fresh;
    },
    remove,
    async search(query, options = {}) {
      if (typeof query !== "string") {
        throw new InvalidArgumentError({ argument: "query", message: "the search query must be a string." });
      }
      const result = await engine.search({
        query,
        limit: options.limit ?? 5,
        ...(options.mode === undefined ? {} : { mode: options.mode }),
        ...(options.abortSignal === undefined ? {} : { abortSignal: options.abortSignal }),
      });
      return result.hits.flatMap((hit) => {
        const chunk = chunks.get(hit.id);
        return chunk === undefined ? [] : [{ chunk, score: hit.score }];
      });
    },
  };
}
