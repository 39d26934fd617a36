import { z } from "zod";
import { parseSettings } from "../../util/parse-settings";
import { regexSchema } from "../../util/regex-schema";
import type { InjectionClassifier } from "./injection-classifier";
import { injectionFamilies } from "./injection-types";

const unit = z.number().min(0).max(1);

const thresholdsSchema = (flag: number, block: number) =>
  z
    .object({
      /** Scores at or above this are flagged. */
      flag: unit.default(flag),
      /** Scores at or above this are blocked. */
      block: unit.default(block),
    })
    .default({ flag, block })
    .refine((value) => value.flag <= value.block, { message: "flag must not exceed block" });

/** A regular expression given as a RegExp or its source; compiled once, global and Unicode-aware, on folded (lower-case) text. */
const patternSchema = regexSchema({ unicode: true });

const customRuleSchema = z.object({
  id: z.string().min(1),
  family: z.enum(injectionFamilies),
  pattern: patternSchema,
  weight: unit,
  sources: z.array(z.enum(["shopper", "retrieved"])).min(1).optional(),
});

export const injectionSettingsSchema = z.object({
  /**
   * Verdict thresholds per source. Retrieved content is held to a stricter standard: a product text has no
   * reason to contain instructions at all, while shoppers legitimately tell the assistant what they want.
   */
  thresholds: z
    .object({
      shopper: thresholdsSchema(0.5, 0.8),
      retrieved: thresholdsSchema(0.4, 0.7),
    })
    .default({ shopper: { flag: 0.5, block: 0.8 }, retrieved: { flag: 0.4, block: 0.7 } }),
  /** Rule sets to run; fewer languages means fewer patterns per call. */
  languages: z.array(z.enum(["en", "de", "fr", "es"])).min(1).default(["en", "de", "fr", "es"]),
  /** Per-family switch and weight multiplier (a rule's weight times this, capped at 1). */
  families: z
    .partialRecord(
      z.enum(injectionFamilies),
      z.object({ enabled: z.boolean().default(true), weight: z.number().min(0).max(4).default(1) }),
    )
    .default({}),
  /** Extra rules, e.g. the shop's own tool names or a brand-specific attack seen in logs. */
  customRules: z.array(customRuleSchema).default([]),
  /**
   * Phrases never treated as evidence, compared case-insensitively: product and brand names such as a
   * "Jailbreak" cider or a "Developer Mode" keyboard.
   */
  allowList: z.array(z.string().min(1)).default([]),
  /** A classifier trained on the shop's own labelled messages; adds one `classifier` signal. */
  classifier: z
    .custom<InjectionClassifier>((value) => typeof (value as InjectionClassifier | undefined)?.score === "function", "expected an object with a score(text) method")
    .optional(),
  /**
   * The classifier's signal weight is its probability times this, and only probabilities of 0.5 and up
   * count. Below the block threshold by default, so the classifier alone can flag but not block.
   */
  classifierWeight: unit.default(0.7),
});

export type InjectionSettings = z.input<typeof injectionSettingsSchema>;
export type ResolvedInjectionSettings = z.output<typeof injectionSettingsSchema>;

export function resolveInjectionSettings(settings: InjectionSettings = {}): ResolvedInjectionSettings {
  return parseSettings("injection detector", injectionSettingsSchema, settings);
}
