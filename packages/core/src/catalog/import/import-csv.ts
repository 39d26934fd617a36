import { parse, type CsvError } from "csv-parse";
import { Readable, pipeline } from "node:stream";
import type { z } from "zod";
import { CatalogRowError, type CatalogRowIssue } from "../../errors/catalog-row-error";
import { InvalidArgumentError } from "../../errors/invalid-argument-error";
import { parseSettings } from "../../util/parse-settings";
import { htmlToText } from "../html-to-text";
import {
  productImageSchema,
  productSchema,
  productVariantSchema,
  type Product,
  type ProductCategory,
  type ProductImage,
  type ProductInput,
  type ProductVariant,
} from "../product";
import { slugify } from "../slugify";
import { readTextChunks, type ImportSource } from "./import-source";
import type { ImportResult } from "./import-result";
import { csvImportSettingsSchema, type CsvImportSettings } from "./import-settings";
import { ImportTally, issuesFromZod } from "./import-support";

type Settings = z.output<typeof csvImportSettingsSchema>;
type Mapping = Settings["columns"];
type ColumnKey = Exclude<keyof Mapping, "options" | "attributes">;

type Row = { line: number; values: string[] };

type Group = {
  key: string;
  handle: string;
  firstLine: number;
  product: Omit<ProductInput, "variants" | "images" | "options">;
  optionNames: Array<string | undefined>;
  optionValues: Map<string, string[]>;
  variants: ProductVariant[];
  variantRows: number;
  images: ProductImage[];
  imageRows: number;
  issues: Map<number, CatalogRowIssue[]>;
};

/** Which column a product field path came from, so errors name the column the merchant sees. */
const productFieldColumns: Partial<Record<string, ColumnKey>> = {
  id: "id",
  handle: "handle",
  title: "title",
  description: "description",
  descriptionHtml: "descriptionHtml",
  vendor: "vendor",
  productType: "productType",
  tags: "tags",
  categories: "category",
  status: "status",
  url: "url",
  updatedAt: "updatedAt",
};

const variantFieldColumns: Partial<Record<string, ColumnKey>> = {
  id: "variantId",
  sku: "variantSku",
  title: "variantTitle",
  price: "variantPrice",
  "price.amount": "variantPrice",
  "price.currencyCode": "variantCurrency",
  compareAtPrice: "variantCompareAtPrice",
  "compareAtPrice.amount": "variantCompareAtPrice",
  "compareAtPrice.currencyCode": "variantCurrency",
  inventoryQuantity: "variantInventoryQuantity",
  availableForSale: "variantAvailable",
  image: "variantImage",
  "image.url": "variantImage",
};

/**
 * Imports products from CSV (Shopify's product export by default, or any file through `columns`). Rows that
 * share a handle and follow each other form one product with several variants and images. A bad row becomes a
 * `CatalogRowError` (line, field path, column) and the import goes on: a bad variant row drops that variant, a
 * bad first row drops the product. Needs a Node-compatible runtime (`node:stream`).
 */
export async function importProductsFromCsv(source: ImportSource, options: CsvImportSettings): Promise<ImportResult> {
  const settings = parseSettings("CSV import", csvImportSettingsSchema, options);
  const tally = new ImportTally(settings.onProgress, settings.progressEvery);
  const malformed: CatalogRowError[] = [];
  const parser = parse({
    delimiter: settings.delimiter,
    info: true,
    raw: true,
    bom: true,
    relax_column_count: true,
    // Shopify descriptions often hold stray quotes inside unquoted fields; reading them literally beats losing rows.
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined, raw: string | undefined) => {
      const lines = typeof error?.lines === "number" ? error.lines : 0;
      malformed.push(
        new CatalogRowError({
          line: startLine(lines, raw),
          code: "malformed-row",
          issues: [{ field: "", message: error?.message ?? "Malformed CSV record" }],
          cause: error,
        }),
      );
      return undefined;
    },
  });
  const records = pipeline(Readable.from(readTextChunks(source)), parser, () => {
    // Errors reach the loop below through the destroyed parser; nothing to do here.
  });

  let assembler: CsvAssembler | undefined;
  for await (const item of records as AsyncIterable<unknown>) {
    settings.signal?.throwIfAborted();
    tally.errors.push(...malformed.splice(0));
    const row = toRow(item);
    if (row === undefined) continue;
    if (assembler === undefined) {
      assembler = new CsvAssembler(row.values, settings, tally);
      continue;
    }
    tally.rows += 1;
    assembler.add(row);
    tally.reportIfDue();
  }
  tally.errors.push(...malformed.splice(0));
  assembler?.finish();
  return tally.finish();
}

class CsvAssembler {
  private readonly columns: Partial<Record<ColumnKey, number>> = {};
  private readonly optionColumns: Array<{ name?: string; nameIndex?: number; valueIndex?: number }>;
  private readonly attributeColumns: Array<[string, number]>;
  private readonly headerLength: number;
  private readonly seenKeys = new Map<string, number>();
  private readonly seenIds = new Map<string, number>();
  private current: Group | undefined;

  constructor(
    header: string[],
    private readonly settings: Settings,
    private readonly tally: ImportTally,
  ) {
    this.headerLength = header.length;
    const index = new Map<string, number>();
    header.forEach((name, position) => {
      const key = normaliseHeader(name);
      if (!index.has(key)) index.set(key, position);
    });
    const find = (column: string | undefined) => (column === undefined ? undefined : index.get(normaliseHeader(column)));
    const mapping = settings.columns;
    const missing: string[] = [];
    for (const [key, column] of Object.entries(mapping) as Array<[string, unknown]>) {
      if (typeof column !== "string") continue;
      const position = find(column);
      if (position === undefined) {
        if (key === "title" || key === "variantPrice" || key === "handle") missing.push(column);
        continue;
      }
      this.columns[key as ColumnKey] = position;
    }
    if (missing.length > 0) {
      throw new InvalidArgumentError({
        argument: "columns",
        message: `The CSV header lacks required column(s) ${missing.map((name) => `'${name}'`).join(", ")}; it has ${header
          .slice(0, 40)
          .map((name) => `'${name}'`)
          .join(", ")}.`,
      });
    }
    this.optionColumns = mapping.options.map((option) => ({
      ...(option.name === undefined ? {} : { name: option.name }),
      ...(option.nameColumn === undefined ? {} : { nameIndex: find(option.nameColumn) }),
      valueIndex: find(option.valueColumn),
    }));
    this.attributeColumns = Object.entries(mapping.attributes).flatMap(([key, column]) => {
      const position = find(column);
      return position === undefined ? [] : [[key, position] as [string, number]];
    });
  }

  add(row: Row): void {
    const extra = row.values.slice(this.headerLength).filter((value) => value.trim() !== "");
    if (extra.length > 0) {
      this.tally.errors.push(
        new CatalogRowError({
          line: row.line,
          code: "malformed-row",
          issues: [
            {
              field: "",
              message: `Row has ${row.values.length} fields but the header has ${this.headerLength}; an unquoted delimiter inside a value shifts every field after it`,
            },
          ],
        }),
      );
      return;
    }
    const handleColumn = this.columns.handle;
    const handle = this.get(row, "handle");
    if (handleColumn !== undefined && handle === "") {
      this.fail(row.line, [{ field: "handle", message: "Handle is empty", column: this.columnName("handle") }]);
      return;
    }
    const key = handleColumn === undefined ? `line:${row.line}` : handle;
    if (this.current !== undefined && this.current.key !== key) this.finalise();
    if (this.current === undefined) {
      const firstLine = this.seenKeys.get(key);
      if (firstLine !== undefined) {
        this.tally.errors.push(
          new CatalogRowError({
            line: row.line,
            code: "duplicate-product",
            issues: [
              {
                field: "handle",
                message: `Handle '${key}' already formed a product starting on line ${firstLine}; rows of one product must be consecutive`,
                column: this.columnName("handle"),
              },
            ],
            productKey: key,
          }),
        );
        return;
      }
      this.seenKeys.set(key, row.line);
      this.current = this.startGroup(row, key, handle);
    }
    this.addVariant(this.current, row);
    this.addImage(this.current, row);
  }

  finish(): void {
    if (this.current !== undefined) this.finalise();
  }

  private startGroup(row: Row, key: string, handleValue: string): Group {
    const title = this.get(row, "title");
    const handle = handleValue !== "" ? handleValue : slugify(title) || this.get(row, "id") || `line-${row.line}`;
    const descriptionHtml = this.raw(row, "descriptionHtml");
    const plainDescription = this.get(row, "description");
    const status = this.get(row, "status").toLowerCase();
    const url = this.get(row, "url");
    const updatedAt = this.get(row, "updatedAt");
    const vendor = this.get(row, "vendor");
    const productType = this.get(row, "productType");
    const category = this.get(row, "category");
    const attributes = Object.fromEntries(
      this.attributeColumns
        .map(([name, position]) => [name, (row.values[position] ?? "").trim()] as const)
        .filter(([, value]) => value !== ""),
    );
    const product: Group["product"] = {
      id: this.get(row, "id") || handle,
      handle,
      title,
      description: plainDescription !== "" ? plainDescription : descriptionHtml === "" ? "" : htmlToText(descriptionHtml),
      ...(descriptionHtml === "" ? {} : { descriptionHtml }),
      ...(vendor === "" ? {} : { vendor }),
      ...(productType === "" ? {} : { productType }),
      tags: splitList(this.get(row, "tags")),
      categories: category === "" ? [] : [categoryFromPath(category)],
      attributes,
      ...(status === "" ? {} : { status: status as Product["status"] }),
      ...(url !== "" ? { url } : this.settings.storefrontUrl === undefined ? {} : { url: productUrl(this.settings.storefrontUrl, handle) }),
      ...(updatedAt === "" ? {} : { updatedAt }),
      ...(this.settings.locale === undefined ? {} : { locale: this.settings.locale }),
    };
    return {
      key,
      handle,
      firstLine: row.line,
      product,
      optionNames: this.optionColumns.map((option) => {
        const name = option.name ?? (option.nameIndex === undefined ? "" : (row.values[option.nameIndex] ?? "").trim());
        return name === "" ? undefined : name;
      }),
      optionValues: new Map(),
      variants: [],
      variantRows: 0,
      images: [],
      imageRows: 0,
      issues: new Map(),
    };
  }

  private addVariant(group: Group, row: Row): void {
    const optionEntries: Array<[string, string]> = [];
    this.optionColumns.forEach((option, position) => {
      const name = group.optionNames[position];
      const value = option.valueIndex === undefined ? "" : (row.values[option.valueIndex] ?? "").trim();
      // Shopify writes a product without options as option "Title" = "Default Title".
      if (name === undefined || value === "" || (name === "Title" && value === "Default Title")) return;
      optionEntries.push([name, value]);
    });
    const price = this.get(row, "variantPrice");
    const sku = this.get(row, "variantSku");
    const quantityText = this.get(row, "variantInventoryQuantity");
    const isVariantRow = price !== "" || sku !== "" || optionEntries.length > 0 || quantityText !== "";
    if (!isVariantRow) return;

    const index = group.variantRows;
    group.variantRows += 1;
    const issues: CatalogRowIssue[] = [];
    const currencyCode = this.get(row, "variantCurrency") || this.settings.currencyCode;
    const compareAt = this.get(row, "variantCompareAtPrice");
    const variantImage = this.get(row, "variantImage");
    const availableText = this.get(row, "variantAvailable");

    let inventoryQuantity: number | undefined;
    if (quantityText !== "") {
      const quantity = Number(quantityText);
      if (Number.isInteger(quantity)) inventoryQuantity = quantity;
      else issues.push(this.variantIssue(index, "inventoryQuantity", `'${quantityText}' is not a whole number`));
    }
    let availableForSale = true;
    if (availableText !== "") {
      const parsed = parseBoolean(availableText);
      if (parsed === undefined) issues.push(this.variantIssue(index, "availableForSale", `'${availableText}' is not true or false`));
      else availableForSale = parsed;
    } else if (inventoryQuantity !== undefined) {
      availableForSale = inventoryQuantity > 0 || this.get(row, "variantInventoryPolicy").toLowerCase() === "continue";
    }
    const compareAtAmount = compareAt === "" ? undefined : normaliseDecimal(compareAt, this.settings.decimalSeparator);
    const skuValue = sku === "" ? undefined : sku;
    const input = {
      id: this.get(row, "variantId") || `${group.handle}:${skuValue ?? index + 1}`,
      ...(skuValue === undefined ? {} : { sku: skuValue }),
      title: this.get(row, "variantTitle") || optionEntries.map(([, value]) => value).join(" / "),
      price: { amount: price === "" ? "" : normaliseDecimal(price, this.settings.decimalSeparator), currencyCode },
      // A compare-at price of zero is how spreadsheets say "none".
      ...(compareAtAmount === undefined || Number(compareAtAmount) === 0
        ? {}
        : { compareAtPrice: { amount: compareAtAmount, currencyCode } }),
      availableForSale,
      ...(inventoryQuantity === undefined ? {} : { inventoryQuantity }),
      options: Object.fromEntries(optionEntries),
      ...(variantImage === "" ? {} : { image: { url: variantImage } }),
    };
    if (price === "") issues.push(this.variantIssue(index, "price.amount", "Price is empty"));
    const result = productVariantSchema.safeParse(input);
    if (!result.success) {
      for (const issue of issuesFromZod(result.error, ["variants", String(index)], (field) =>
        this.columnName(variantFieldColumns[field.split(".").slice(2).join(".")]),
      )) {
        if (!issues.some((existing) => existing.field === issue.field)) issues.push(issue);
      }
    }
    if (issues.length > 0) {
      this.addIssues(group, row.line, issues);
      return;
    }
    if (!result.success) return;
    for (const [name, value] of optionEntries) {
      const values = group.optionValues.get(name) ?? [];
      if (!values.includes(value)) values.push(value);
      group.optionValues.set(name, values);
    }
    group.variants.push(result.data);
  }

  private addImage(group: Group, row: Row): void {
    const url = this.get(row, "imageUrl");
    if (url === "") return;
    const index = group.imageRows;
    group.imageRows += 1;
    const alt = this.get(row, "imageAlt");
    const result = productImageSchema.safeParse({ url, ...(alt === "" ? {} : { alt }) });
    if (!result.success) {
      this.addIssues(group, row.line, issuesFromZod(result.error, ["images", String(index)], () => this.columnName("imageUrl")));
      return;
    }
    if (!group.images.some((image) => image.url === result.data.url)) group.images.push(result.data);
  }

  private finalise(): void {
    const group = this.current;
    this.current = undefined;
    if (group === undefined) return;
    const input: ProductInput = {
      ...group.product,
      variants: group.variants,
      images: group.images,
      options: [...group.optionValues].map(([name, values]) => ({ name, values })),
    };
    const result = productSchema.safeParse(input);
    let duplicate = false;
    if (!result.success) {
      const issues = issuesFromZod(result.error, [], (field) => this.columnName(productFieldColumns[field.split(".")[0] ?? ""]));
      for (const issue of issues) {
        if (issue.field === "variants" && group.variantRows > 0) {
          issue.message = `None of the product's ${group.variantRows} variant row(s) was valid`;
        }
      }
      this.addIssues(group, group.firstLine, issues);
    } else {
      const firstLine = this.seenIds.get(result.data.id);
      if (firstLine === undefined) {
        this.seenIds.set(result.data.id, group.firstLine);
        this.tally.products.push(result.data);
      } else {
        duplicate = true;
        this.addIssues(group, group.firstLine, [
          {
            field: "id",
            message: `Product id '${result.data.id}' was already imported from line ${firstLine}`,
            ...this.columnField("id"),
          },
        ]);
      }
    }
    for (const [line, issues] of group.issues) {
      this.tally.errors.push(
        new CatalogRowError({
          line,
          code: duplicate && line === group.firstLine ? "duplicate-product" : "invalid-field",
          issues,
          productKey: group.handle,
        }),
      );
    }
  }

  private fail(line: number, issues: CatalogRowIssue[]): void {
    this.tally.errors.push(new CatalogRowError({ line, code: "invalid-field", issues }));
  }

  private addIssues(group: Group, line: number, issues: CatalogRowIssue[]): void {
    const existing = group.issues.get(line) ?? [];
    existing.push(...issues);
    group.issues.set(line, existing);
  }

  private variantIssue(index: number, field: string, message: string): CatalogRowIssue {
    return { field: `variants.${index}.${field}`, message, ...this.columnField(variantFieldColumns[field]) };
  }

  private columnField(key: ColumnKey | undefined): { column?: string } {
    const column = this.columnName(key);
    return column === undefined ? {} : { column };
  }

  private columnName(key: ColumnKey | undefined): string | undefined {
    if (key === undefined) return undefined;
    const column = this.settings.columns[key];
    return typeof column === "string" ? column : undefined;
  }

  private raw(row: Row, key: ColumnKey): string {
    const position = this.columns[key];
    return position === undefined ? "" : (row.values[position] ?? "");
  }

  private get(row: Row, key: ColumnKey): string {
    return this.raw(row, key).trim();
  }
}

function toRow(item: unknown): Row | undefined {
  if (typeof item !== "object" || item === null) return undefined;
  const { record, info, raw } = item as { record?: unknown; info?: { lines?: unknown }; raw?: unknown };
  if (!Array.isArray(record)) return undefined;
  const lines = typeof info?.lines === "number" ? info.lines : 0;
  return { line: startLine(lines, typeof raw === "string" ? raw : undefined), values: record.map(String) };
}

/** csv-parse reports the line a record ends on; a quoted value with line breaks starts earlier. */
function startLine(endLine: number, raw: string | undefined): number {
  if (raw === undefined) return Math.max(1, endLine);
  const body = raw.replace(/^[\r\n]+/, "").replace(/[\r\n]+$/, "");
  let breaks = 0;
  for (let index = body.indexOf("\n"); index !== -1; index = body.indexOf("\n", index + 1)) breaks += 1;
  return Math.max(1, endLine - breaks);
}

const normaliseHeader = (name: string) => name.replace(/^\uFEFF/, "").trim().toLowerCase();

function splitList(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(",")) {
    const value = part.trim();
    if (value !== "") seen.add(value);
  }
  return [...seen];
}

function categoryFromPath(text: string): ProductCategory {
  const path = text
    .split(">")
    .map((part) => part.trim())
    .filter((part) => part !== "");
  return { id: path.map((part) => slugify(part)).join("/"), title: path.at(-1) ?? text, path, kind: "category" };
}

function productUrl(storefrontUrl: string, handle: string): string {
  const base = storefrontUrl.endsWith("/") ? storefrontUrl : `${storefrontUrl}/`;
  return new URL(`products/${encodeURIComponent(handle)}`, base).toString();
}

/**
 * Turns "1,299.90", "1.299,90" (with `decimalSeparator: ","`), "$ 19.99" into "1299.90"-style decimals. Returns
 * the input unchanged when it does not look like a number, so validation reports it as it was written.
 */
function normaliseDecimal(text: string, decimalSeparator: "." | ","): string {
  const stripped = text.replace(/[\s\u00A0$€£¥]/g, "");
  const thousands = decimalSeparator === "." ? "," : ".";
  const withoutGroups = stripped.split(thousands).join("");
  const normalised = decimalSeparator === "," ? withoutGroups.replace(",", ".") : withoutGroups;
  return /^\d+(?:\.\d+)?$/.test(normalised) ? normalised : text;
}

function parseBoolean(text: string): boolean | undefined {
  const value = text.toLowerCase();
  if (["true", "yes", "y", "1"].includes(value)) return true;
  if (["false", "no", "n", "0"].includes(value)) return false;
  return undefined;
}
