import { describe, expect, it } from "vitest";
import { ShopifyBulkOperationError } from "../errors/shopify-bulk-operation-error";
import { shopifyProductNode, toBulkRows, toJsonl } from "../test/fixtures";
import { readBulkProducts, readLines } from "./bulk-jsonl";

const streamOf = (chunks: readonly string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe("readLines", () => {
  it("splits lines across chunk boundaries, including inside multi-byte characters", async () => {
    const text = '{"a":"café"}\n{"b":2}\n';
    const bytes = new TextEncoder().encode(text);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    expect(await collect(readLines(stream))).toEqual(['{"a":"café"}', '{"b":2}']);
  });
});

describe("readBulkProducts", () => {
  const nodes = [shopifyProductNode({ number: 1 }), shopifyProductNode({ number: 2, variants: 3 })];

  it("joins __parentId rows back into their products (grouped files, streamed)", async () => {
    const text = toJsonl(nodes.flatMap(toBulkRows));
    const records = await collect(readBulkProducts(readLines(streamOf([text.slice(0, 333), text.slice(333)])), { grouped: true }));
    expect(records.map((record) => [record.id, record.variants.length, record.collections.length, record.metafields.length, record.media.length])).toEqual([
      ["gid://shopify/Product/1", 2, 1, 4, 1],
      ["gid://shopify/Product/2", 3, 1, 4, 1],
    ]);
  });

  it("joins ungrouped files where children come later, out of order", async () => {
    const [first, second] = nodes.map(toBulkRows) as [object[], object[]];
    const rows = [first[0]!, second[0]!, ...second.slice(1), ...first.slice(1)];
    const records = await collect(readBulkProducts(readLines(streamOf([toJsonl(rows)])), { grouped: false }));
    expect(records.map((record) => record.variants.length)).toEqual([2, 3]);
  });

  it("refuses a grouped read of a file whose children are not under their product", async () => {
    const [first, second] = nodes.map(toBulkRows) as [object[], object[]];
    const rows = [first[0]!, second[0]!, ...first.slice(1)];
    const error = await collect(readBulkProducts(readLines(streamOf([toJsonl(rows)])), { grouped: true, operationId: "gid://shopify/BulkOperation/1" })).catch((caught: unknown) => caught);
    expect(ShopifyBulkOperationError.isInstance(error)).toBe(true);
    expect((error as ShopifyBulkOperationError).status).toBe("INVALID_FILE");
  });

  it("reports the line of a row that is not JSON", async () => {
    const error = await collect(readBulkProducts(readLines(streamOf(['{"id":"x"\n'])), { grouped: true })).catch((caught: unknown) => caught);
    expect((error as Error).message).toContain("line 1");
  });
});
