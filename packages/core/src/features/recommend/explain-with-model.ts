import { z } from "zod";
import { generateObject } from "../../generate/generate-object";
import type { LanguageModel } from "../../spec";
import type { RecommendationReason } from "./recommend-types";
import { checkWhyPhrasing, type RecommendLanguage } from "./why-text";
import { languageNames } from "../../util/language-names";


const phrasingSchema = z.object({
  whys: z.array(z.object({ id: z.string(), why: z.string() })),
});

export type WhyToPhrase = { id: string; title: string; reasons: readonly RecommendationReason[] };

/**
 * Asks the model for one friendly line per recommendation from its reasons alone (the model never sees the
 * shopper's profile), and keeps only lines that `checkWhyPhrasing` finds inside the facts. Returns id → line.
 */
export async function phraseWhysWithModel({
  model,
  items,
  language,
  vocabulary,
  abortSignal,
}: {
  model: LanguageModel;
  items: readonly WhyToPhrase[];
  language: RecommendLanguage;
  vocabulary: ReadonlySet<string>;
  abortSignal?: AbortSignal;
}): Promise<Map<string, string>> {
  if (items.length === 0) return new Map();
  const facts = items.map((item) => ({ id: item.id, product: item.title, reasons: item.reasons.map((reason) => reason.detail) }));
  const result = await generateObject({
    model,
    schema: phrasingSchema,
    schemaName: "recommendation_whys",
    system: [
      `For each product, write one short line in ${languageNames[language]} (at most 20 words) telling a shopper why it is suggested.`,
      "Use only the facts in its reasons. Do not add colours, materials, brands, numbers, prices, ratings, claims or superlatives.",
      "Return every id exactly once.",
    ].join(" "),
    prompt: JSON.stringify(facts),
    temperature: 0,
    ...(abortSignal === undefined ? {} : { abortSignal }),
  });
  const byId = new Map(items.map((item) => [item.id, item]));
  const accepted = new Map<string, string>();
  for (const entry of result.object.whys) {
    const item = byId.get(entry.id);
    if (item === undefined || accepted.has(entry.id)) continue;
    const check = checkWhyPhrasing(entry.why, [item.title, ...item.reasons.map((reason) => reason.detail)], vocabulary, language);
    if (check.valid) accepted.set(entry.id, entry.why.trim());
  }
  return accepted;
}
