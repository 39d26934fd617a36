import { z } from "zod";

export const knowledgeChunkSettingsSchema = z.object({
  /** Upper bound of a chunk's text in tokens; a single sentence longer than this is cut on word boundaries. */
  maxTokens: z.number().int().min(16).max(8192).default(320),
  /** Tokenizer encoding the bound is measured in (see `getTokenizer`). */
  encoding: z.enum(["o200k_base", "cl100k_base"]).default("o200k_base"),
  /** Locale for sentence splitting (Intl.Segmenter), e.g. "de". */
  locale: z.string().default("en"),
  /**
   * Start each chunk's text with its heading path ("Returns policy > Refund window"). Helps retrieval that only
   * reads `text`; counted inside `maxTokens`.
   */
  includeHeadingPath: z.boolean().default(false),
});

export type KnowledgeChunkSettings = z.input<typeof knowledgeChunkSettingsSchema>;

export const knowledgeDocumentSchema = z.object({
  /** Stable id of the source document, e.g. "policy:refund"; chunk ids start with it. */
  id: z.string().trim().min(1),
  title: z.string().trim().min(1).optional(),
  content: z.string(),
  format: z.enum(["markdown", "html", "text"]).default("markdown"),
  /** Merchant policies and FAQs are trusted; set false for text written by others. */
  trusted: z.boolean().default(true),
});

/** A store policy, FAQ or help page before chunking. */
export type KnowledgeDocument = z.input<typeof knowledgeDocumentSchema>;
