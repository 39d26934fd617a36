import { z } from "zod";
import { currencyCodeSchema } from "./product";

const names = z.array(z.string().trim().min(1)).default([]);

export const queryFilterSettingsSchema = z.object({
  /** The shop's currencies. The first is used for amounts without a currency ("under 500") and decides "$" and "kr". */
  currencies: z.array(currencyCodeSchema).default([]),
  /** Overrides the first of `currencies` for amounts without a currency. */
  defaultCurrency: currencyCodeSchema.optional(),
  /** The shop's own colour names (from its option values), recognised anywhere in the query. */
  colors: names,
  materials: names,
  /** Known vendor / brand names; matched as whole names and returned as written here. */
  vendors: names,
  /** Extra size values such as "Petite" or "Tall". */
  sizes: names,
  /** Turn off the built-in colour or material words, e.g. for a food shop where "orange" is a fruit. */
  builtInColors: z.boolean().default(true),
  builtInMaterials: z.boolean().default(true),
  /** "around $100" becomes 100 ± this fraction. */
  aroundTolerance: z.number().min(0).max(1).default(0.2),
});

export type QueryFilterSettings = z.input<typeof queryFilterSettingsSchema>;
