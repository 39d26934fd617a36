import { z } from "zod";
import { currencyCodeSchema } from "../product";
import type { ImportProgress } from "./import-result";
import { shopifyProductCsvColumns } from "./shopify-csv-columns";

const isFunction = (value: unknown) => typeof value === "function";

const sharedImportSettings = {
  /** Called every `progressEvery` rows and once at the end. */
  onProgress: z.custom<(progress: ImportProgress) => void>(isFunction, "Must be a function").optional(),
  progressEvery: z.number().int().positive().default(500),
  /** Set on products that carry no locale of their own. */
  locale: z.string().optional(),
  signal: z.custom<AbortSignal>((value) => value instanceof AbortSignal, "Must be an AbortSignal").optional(),
};

export const jsonlImportSettingsSchema = z.object({
  ...sharedImportSettings,
  /**
   * Turns one parsed line into a product input, for sources in another shape (a platform export). Return
   * `undefined` to skip a line without an error (e.g. child rows a platform plugin gathers itself).
   */
  map: z.custom<(record: unknown, line: number) => unknown>(isFunction, "Must be a function").optional(),
  /** Lines longer than this are reported as malformed instead of being held in memory. */
  maxLineLength: z.number().int().positive().default(5_000_000),
});

export type JsonlImportSettings = z.input<typeof jsonlImportSettingsSchema>;

const column = z.string().trim().min(1);

export const csvOptionColumnsSchema = z
  .object({
    /** Column holding the option's name (Shopify: "Option1 Name"), read from a product's first row. */
    nameColumn: column.optional(),
    /** Fixed option name when the file has one column per option (e.g. "Size"). */
    name: column.optional(),
    valueColumn: column,
  })
  .refine((option) => option.name !== undefined || option.nameColumn !== undefined, {
    message: "Give either name or nameColumn",
  });

/** Product field → CSV header (matched case-insensitively). Unmapped fields are left empty. */
export const csvColumnMappingSchema = z.object({
  /** Rows sharing a handle form one product; without a handle column every row is a product. */
  handle: column.optional(),
  id: column.optional(),
  title: column,
  description: column.optional(),
  descriptionHtml: column.optional(),
  vendor: column.optional(),
  productType: column.optional(),
  tags: column.optional(),
  /** A category path like "Furniture > Living room > Sofas". */
  category: column.optional(),
  status: column.optional(),
  url: column.optional(),
  updatedAt: column.optional(),
  variantId: column.optional(),
  variantSku: column.optional(),
  variantTitle: column.optional(),
  variantPrice: column,
  variantCompareAtPrice: column.optional(),
  variantCurrency: column.optional(),
  variantInventoryQuantity: column.optional(),
  /** "continue" keeps a variant for sale at zero stock (Shopify's "Variant Inventory Policy"). */
  variantInventoryPolicy: column.optional(),
  variantAvailable: column.optional(),
  variantImage: column.optional(),
  imageUrl: column.optional(),
  imageAlt: column.optional(),
  options: z.array(csvOptionColumnsSchema).default([]),
  /** Attribute key → column. */
  attributes: z.record(z.string().min(1), column).default({}),
});

export type CsvColumnMapping = z.input<typeof csvColumnMappingSchema>;

export const csvImportSettingsSchema = z.object({
  ...sharedImportSettings,
  /** Defaults to the columns of Shopify's product CSV export. */
  columns: csvColumnMappingSchema.prefault(shopifyProductCsvColumns),
  /** Currency of the price columns (a Shopify export has none: it is the store's currency). */
  currencyCode: currencyCodeSchema,
  delimiter: z.string().min(1).max(4).default(","),
  /** "," for files written with a European number format ("1.299,90"). */
  decimalSeparator: z.enum([".", ","]).default("."),
  /** Product URLs become `<storefrontUrl>/products/<handle>` when the file has no URL column. */
  storefrontUrl: z.url({ protocol: /^https?$/ }).optional(),
});

export type CsvImportSettings = z.input<typeof csvImportSettingsSchema>;
export type CsvImportOptions = CsvImportSettings;
export type JsonlImportOptions = JsonlImportSettings;
