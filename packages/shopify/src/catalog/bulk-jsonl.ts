import { ShopifyBulkOperationError } from "../errors/shopify-bulk-operation-error";
import { readCollection, readMedia, readMetafield, readProductFields, readVariant, type Read, type ShopifyProductRecord } from "./shopify-records";

/** Lines of a byte stream, decoded as UTF-8, without holding more than one chunk and one partial line. */
export async function* readLines(stream: ReadableStream<Uint8Array>, abortSignal?: AbortSignal): AsyncGenerator<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let rest = "";
  try {
    for (;;) {
      if (abortSignal?.aborted === true) throw abortSignal.reason;
      const { done, value } = await reader.read();
      if (done) break;
      rest += decoder.decode(value, { stream: true });
      let start = 0;
      for (let end = rest.indexOf("\n", start); end !== -1; end = rest.indexOf("\n", start)) {
        const line = rest.slice(start, end);
        start = end + 1;
        if (line.trim() !== "") yield line;
      }
      rest = rest.slice(start);
    }
    rest += decoder.decode();
    if (rest.trim() !== "") yield rest;
  } finally {
    // Stops the download when the reader gives up early (an abort, an invalid line).
    await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

type Row = Record<string, unknown> & { __parentId?: unknown };

/**
 * Products from a bulk operation's JSONL, with their variants, collections, metafields and images joined back
 * through `__parentId`.
 *
 * `grouped` (the operation ran with `groupObjects: true`): children follow their product, so each product is
 * yielded as soon as the next one starts and memory stays flat however large the file. Ungrouped files may put
 * a child anywhere after its parent, so every product is held until the file ends.
 */
export async function* readBulkProducts(
  lines: AsyncIterable<string>,
  { grouped, operationId }: { grouped: boolean; operationId?: string },
): AsyncGenerator<ShopifyProductRecord> {
  const invalid = (line: number, message: string, cause?: unknown) =>
    new ShopifyBulkOperationError({
      message: `Bulk operation file line ${line}: ${message}`,
      status: "INVALID_FILE",
      ...(operationId === undefined ? {} : { operationId }),
      ...(cause === undefined ? {} : { cause }),
    });
  let current: ShopifyProductRecord | undefined;
  const held = new Map<string, ShopifyProductRecord>();
  let number = 0;
  for await (const line of lines) {
    number++;
    let row: Row;
    try {
      row = JSON.parse(line) as Row;
    } catch (error) {
      throw invalid(number, "not JSON", error);
    }
    if (typeof row !== "object" || row === null) throw invalid(number, "not an object");
    const parentId = row.__parentId;
    if (parentId === undefined) {
      const fields = readProductFields(row);
      if (typeof fields === "string") throw invalid(number, fields);
      const record: ShopifyProductRecord = { ...fields, variants: [], collections: [], metafields: [], media: [] };
      if (grouped) {
        if (current !== undefined) yield current;
        current = record;
      } else {
        held.set(record.id, record);
      }
      continue;
    }
    if (typeof parentId !== "string") throw invalid(number, "__parentId is not a string");
    const parent = grouped ? (current?.id === parentId ? current : undefined) : held.get(parentId);
    if (parent === undefined) {
      throw invalid(number, grouped ? `row for ${parentId} is not under its product; run the operation with groupObjects or read it ungrouped` : `row for unknown parent ${parentId}`);
    }
    addChild(parent, row, number, invalid);
  }
  if (grouped && current !== undefined) yield current;
  if (!grouped) yield* held.values();
}

function addChild(
  parent: ShopifyProductRecord,
  row: Row,
  line: number,
  invalid: (line: number, message: string) => ShopifyBulkOperationError,
): void {
  const id = typeof row.id === "string" ? row.id : "";
  const read = <T>(reader: (value: unknown) => Read<T>): T => {
    const value = reader(row);
    if (typeof value === "string") throw invalid(line, value);
    return value;
  };
  if (id.startsWith("gid://shopify/ProductVariant/")) parent.variants.push(read(readVariant));
  else if (id.startsWith("gid://shopify/Collection/")) parent.collections.push(read(readCollection));
  else if ("namespace" in row && "key" in row) parent.metafields.push(read(readMetafield));
  else if ("image" in row) parent.media.push(read(readMedia));
  // Other media (videos, 3D models) come through as bare rows with only __parentId: nothing to keep.
}
