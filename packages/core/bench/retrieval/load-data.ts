import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { safeParseJson } from "../../src/util/parse-json";

const productSchema = z.object({ id: z.string(), title: z.string(), description: z.string().default("") });

export type Product = { id: string; title: string; description: string };
export type Query = { id: string; text: string };
/** Judgments per query id: product id → relevance (1 to 3). */
export type Judgments = Map<string, Map<string, number>>;

export type ProductSearchData = { products: Product[]; queries: Query[]; judgments: Judgments };

/** Reads `products.jsonl`, `queries.tsv` and `qrels.tsv` from the folder the README describes. */
export function loadProductSearchData(folder: string): ProductSearchData {
  const products: Product[] = [];
  for (const line of readFileSync(join(folder, "products.jsonl"), "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const row = safeParseJson(line, productSchema);
    if (row.success) products.push(row.value);
  }
  const queries = readTsv(join(folder, "queries.tsv")).map(([id, text]) => ({ id: id as string, text: text ?? "" }));
  const judgments: Judgments = new Map();
  for (const [queryId, productId, relevance] of readTsv(join(folder, "qrels.tsv"))) {
    if (queryId === undefined || productId === undefined || relevance === undefined) continue;
    let forQuery = judgments.get(queryId);
    if (forQuery === undefined) judgments.set(queryId, (forQuery = new Map()));
    forQuery.set(productId, Number(relevance));
  }
  return { products, queries, judgments };
}

/** Rows after the header, split on tabs. */
function readTsv(path: string): string[][] {
  return readFileSync(path, "utf8")
    .split("\n")
    .slice(1)
    .filter((line) => line !== "")
    .map((line) => line.split("\t"));
}
