import { z } from "zod";
import { currencyCodeSchema } from "../../catalog/product";
import { parseSettings } from "../../util/parse-settings";
import { claimKinds } from "./grounding-types";

const position = z.enum(["any", "modifier", "capitalized"]);

/** A colour or finish the shop uses, with its names in other languages and its family ("blue"). */
const colourSchema = z.object({
  name: z.string().trim().min(1),
  synonyms: z.array(z.string().trim().min(1)).default([]),
  /** Basic colours it is a shade of, so "blue" in a text is supported by this colour in the facts. */
  family: z.array(z.string().trim().min(1)).default([]),
  position: position.default("any"),
});

/** A material, with its names in other languages and the broader materials it is a kind of ("wood"). */
const materialSchema = z.object({
  name: z.string().trim().min(1),
  synonyms: z.array(z.string().trim().min(1)).default([]),
  broader: z.array(z.string().trim().min(1)).default([]),
  position: position.default("any"),
});

/** An attribute value that excludes the others of its group, e.g. group "hinge" with "left"/"right". */
const attributeSchema = z.object({
  name: z.string().trim().min(1),
  synonyms: z.array(z.string().trim().min(1)).default([]),
  group: z.string().trim().min(1),
  position: position.default("any"),
});

/** A unit the built-in table lacks; `factor` converts it to other units of the same `dimension`. */
const unitSchema = z.object({
  name: z.string().trim().min(1),
  spellings: z.array(z.string().trim().min(1)).min(1, "give at least one spelling"),
  dimension: z.string().trim().min(1),
  factor: z.number().positive().finite().default(1),
  kind: z.enum(["measurement", "count", "duration"]).default("measurement"),
});

export const groundingSettingsSchema = z.object({
  /** Claim kinds to check; defaults to all. */
  kinds: z.array(z.enum(claimKinds)).optional(),
  /**
   * Phrases that are never claims, matched case-insensitively in the text: the shop's name, "24/7", product
   * line names with numbers in them ("Series 7").
   */
  allowList: z.array(z.string().trim().min(1)).default(["24/7"]),
  /** The currency a bare "$" means when the facts do not say. */
  defaultCurrency: currencyCodeSchema.default("USD"),
  colours: z.array(colourSchema).default([]),
  materials: z.array(materialSchema).default([]),
  attributes: z.array(attributeSchema).default([]),
  units: z.array(unitSchema).default([]),
  /**
   * How far a converted value may be from the facts, relative to it: 60 in. is 152.4 cm, so "152 cm"
   * passes. The claim must also round to the converted value at its own precision.
   */
  conversionTolerance: z.number().min(0).max(0.2).default(0.03),
  /** Check numbers written without a unit ("Series 300"); off leaves them out of the report. */
  bareNumbers: z.boolean().default(true),
});

export type GroundingSettings = z.input<typeof groundingSettingsSchema>;
export type ResolvedGroundingSettings = z.output<typeof groundingSettingsSchema>;

export function resolveGroundingSettings(settings: GroundingSettings = {}): ResolvedGroundingSettings {
  return parseSettings("grounding checker", groundingSettingsSchema, settings);
}
