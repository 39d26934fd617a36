import { z } from "zod";
import { parseSettings } from "../../util/parse-settings";
import { biasCategories, biasLanguages, biasSeverities, biasSources } from "./bias-types";

const ruleLanguageSchema = z.enum([...biasLanguages, "any"]);

/**
 * A custom rule's pattern: a string is a literal phrase (case-insensitive, any white space between words); a
 * RegExp is used as written against lower-cased text. Either must match whole words.
 */
const customPatternSchema = z.union([
  z.string().trim().min(1),
  z.instanceof(RegExp).refine((expression) => !expression.test(""), "must not match the empty string"),
]);

const extraRuleSchema = z.object({
  /** Shown in findings and usable in `disabledRules`; must not reuse a built-in id. */
  id: z.string().min(1),
  category: z.enum(biasCategories),
  severity: z.enum(biasSeverities).default("warning"),
  message: z.string().min(1),
  /** Patterns per language; `any` applies to text in every language. */
  patterns: z
    .partialRecord(ruleLanguageSchema, z.array(customPatternSchema).min(1))
    .refine((patterns) => Object.keys(patterns).length > 0, "needs patterns for at least one language (or `any`)"),
  /** Suggestions per language; `any` is the fallback. */
  suggestions: z.partialRecord(ruleLanguageSchema, z.array(z.string().min(1))).default({}),
});

export const biasLinterSettingsSchema = z.object({
  /** Rule sets to run. A text whose language is not given is checked against these (see `lint`). */
  languages: z.array(z.enum(biasLanguages)).min(1).default([...biasLanguages]),
  /**
   * Words and phrases the merchant accepts, compared case-insensitively as whole words: a product line named
   * "Manhattan", a "Gypsy Rose" colourway, the brand "Oriental Trading". A finding that overlaps one is dropped.
   */
  allowList: z.array(z.string().trim().min(1)).default([]),
  /** Rule ids to skip: Aisle's (`stereotyping/exotic`) or retext-equality's (`gals-man`). */
  disabledRules: z.array(z.string().min(1)).default([]),
  /** The shop's own rules, e.g. its style guide's banned words. */
  extraRules: z.array(extraRuleSchema).default([]),
  /** The lowest severity reported; `info` notes (pronouns, "the elderly") are hidden by default. */
  severity: z.enum(biasSeverities).default("warning"),
  /** Lexicons to use; without `retext-equality` nothing is loaded from that package. */
  sources: z.array(z.enum(biasSources)).min(1).default([...biasSources]),
});

export type BiasLinterSettings = z.input<typeof biasLinterSettingsSchema>;
export type ResolvedBiasLinterSettings = z.output<typeof biasLinterSettingsSchema>;
export type BiasExtraRule = z.input<typeof extraRuleSchema>;

export function resolveBiasLinterSettings(settings: BiasLinterSettings = {}): ResolvedBiasLinterSettings {
  return parseSettings("bias linter", biasLinterSettingsSchema, settings);
}
