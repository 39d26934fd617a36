import { isSupportedCountry } from "libphonenumber-js";
import { z } from "zod";
import { parseSettings } from "../../util/parse-settings";
import { regexSchema } from "../../util/regex-schema";
import { builtInEntityTypes, type PiiEntityType } from "./pii-types";

const typeName = z.string().regex(/^[A-Z][A-Z0-9_]*$/, "use an upper-case type name such as LOYALTY_ID");

/** A regular expression given as a RegExp (its own flags kept) or as its source text (Unicode-aware); compiled once, always global. */
const patternSchema = regexSchema();

const customPatternSchema = z.object({
  type: typeName,
  pattern: patternSchema,
  score: z.number().min(0).max(1).default(0.85),
  /** When set, a match only counts if one of these words occurs within 40 characters before it. */
  context: z.array(z.string().min(1)).optional(),
});

export const piiSettingsSchema = z.object({
  /** Types to detect; defaults to every built-in type. Custom pattern types are always included. */
  entities: z.array(z.enum(builtInEntityTypes)).optional(),
  /**
   * Values that are never reported, compared case-insensitively: the shop's own name, brands, product
   * names, the support address. Product names are the usual false positives of name detection.
   */
  allowList: z.array(z.string().min(1)).default([]),
  customPatterns: z.array(customPatternSchema).default([]),
  /** Regions tried for phone numbers written without a country code, most likely first. */
  defaultPhoneRegions: z
    .array(
      z
        .string()
        .length(2)
        .transform((region) => region.toUpperCase())
        .refine((region) => isSupportedCountry(region), "not a region libphonenumber knows"),
    )
    .default(["US", "GB", "DE", "FR", "ES"]),
  orderNumber: z
    .object({
      /** Shopify's order name format is `#1001`; shops can change prefix and suffix (`SO-1001-EU`). */
      prefix: z.string().default("#"),
      suffix: z.string().default(""),
      minDigits: z.number().int().min(1).max(20).default(4),
    })
    .default({ prefix: "#", suffix: "", minDigits: 4 }),
  /** Extra gift-card code formats, e.g. `/\b[A-Z0-9]{4}(?:-[A-Z0-9]{4}){3}\b/`. */
  giftCardPatterns: z.array(patternSchema).default([]),
  /** Discount codes are only detected through these patterns or after words like "discount code". */
  discountCodePatterns: z.array(patternSchema).default([]),
  /** Spans scoring below this are dropped. */
  minScore: z.number().min(0).max(1).default(0.4),
});

export type PiiSettings = z.input<typeof piiSettingsSchema>;
export type ResolvedPiiSettings = z.output<typeof piiSettingsSchema> & { enabled: ReadonlySet<PiiEntityType> };

export function resolvePiiSettings(settings: PiiSettings = {}): ResolvedPiiSettings {
  const parsed = parseSettings("PII detector", piiSettingsSchema, settings);
  const enabled = new Set<PiiEntityType>(parsed.entities ?? builtInEntityTypes);
  for (const custom of parsed.customPatterns) enabled.add(custom.type);
  return { ...parsed, enabled };
}
