import { z } from "zod";

export const offlineLanguageModelSettingsSchema = z
  .object({
    /** Most sentences (or list items, or "Key: value" lines) quoted in one answer. */
    maxSentences: z.number().int().min(1).max(50).default(3),
    /** Answer length cap in tokens when a call sets no `maxOutputTokens`. */
    maxOutputTokens: z.number().int().positive().default(256),
    /**
     * Least share of the question (weighted by how rare each word is) a sentence must cover, with its
     * document's title, to be quoted. Below it the model answers with the fallback message.
     */
    minimumRelevance: z.number().min(0).max(1).default(0.25),
    /** Replaces the built-in "I couldn't find that in the store's information." in every language. */
    fallbackMessage: z.string().min(1).optional(),
    /** Language of the built-in fallback message; "auto" follows the question's language. */
    fallbackLanguage: z.enum(["auto", "en", "de", "fr", "es"]).default("auto"),
    /** Words per `text-delta` part when streaming. */
    wordsPerDelta: z.number().int().min(1).max(100).default(3),
  })
  .strict();

export type OfflineLanguageModelSettings = z.input<typeof offlineLanguageModelSettingsSchema>;
export type ResolvedOfflineLanguageModelSettings = z.output<typeof offlineLanguageModelSettingsSchema>;

export const fallbackMessages = {
  en: "I couldn't find that in the store's information.",
  de: "Dazu habe ich in den Informationen des Shops nichts gefunden.",
  fr: "Je n'ai pas trouvé cela dans les informations de la boutique.",
  es: "No he encontrado eso en la información de la tienda.",
} as const;
