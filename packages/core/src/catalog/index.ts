export {
  attributeValueSchema,
  currencyCodeSchema,
  isInStock,
  isOnSale,
  isVariantInStock,
  isVariantOnSale,
  moneySchema,
  moneyToNumber,
  numberToDecimal,
  priceRange,
  primaryImage,
  productCategorySchema,
  productImageSchema,
  productOptionSchema,
  productSchema,
  productStatusSchema,
  productToContextDocument,
  productToText,
  productVariantSchema,
  type Money,
  type PriceRange,
  type Product,
  type ProductAttributeValue,
  type ProductCategory,
  type ProductContextOptions,
  type ProductImage,
  type ProductInput,
  type ProductOption,
  type ProductStatus,
  type ProductTextFields,
  type ProductVariant,
} from "./product";
export { decodeHtmlEntities, htmlToBlocks, htmlToText, type HtmlToTextOptions } from "./html-to-text";
export { blockText, renderBlocks, type TextBlock } from "./text-blocks";
export { slugify } from "./slugify";
export { importProductsFromCsv } from "./import/import-csv";
export { importProductsFromJsonl } from "./import/import-jsonl";
export { shopifyProductCsvColumns } from "./import/shopify-csv-columns";
export type { ImportSource } from "./import/import-source";
export type { ImportProgress, ImportResult, ImportSummary } from "./import/import-result";
export {
  csvColumnMappingSchema,
  csvImportSettingsSchema,
  jsonlImportSettingsSchema,
  type CsvColumnMapping,
  type CsvImportOptions,
  type CsvImportSettings,
  type JsonlImportOptions,
  type JsonlImportSettings,
} from "./import/import-settings";
export {
  createQueryFilterParser,
  normalizeColor,
  parseQueryFilters,
  type ParsedQuery,
  type QueryFilterKind,
  type QueryFilterMatch,
  type QueryFilterParser,
  type QueryFilters,
} from "./query-filters";
export { queryFilterSettingsSchema, type QueryFilterSettings } from "./query-filter-settings";
