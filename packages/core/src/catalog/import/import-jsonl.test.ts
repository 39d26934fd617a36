import { describe, expect, it } from "vitest";
import { importProductsFromJsonl } from "./import-jsonl";

const line = (value: unknown) => JSON.stringify(value);
const product = (id: string, amount: string | number = "25.00") => ({
  id,
  handle: `mug-${id}`,
  title: `Stoneware mug ${id}`,
  variants: [{ id: `${id}-v1`, price: { amount, currencyCode: "GBP" } }],
});

describe("importProductsFromJsonl", () => {
  it("imports good lines and reports bad ones with line numbers and field paths", async () => {
    const text = [
      line(product("1")),
      "",
      "{not json",
      line({ ...product("2"), variants: [{ id: "v", price: { amount: "-3", currencyCode: "GBP" } }] }),
      line(product("1")),
      line({ ...product("3", 12.5), images: [{ url: "ftp://example.com/a.jpg" }] }),
      line(product("4", 18)),
    ].join("\r\n");
    const result = await importProductsFromJsonl(text, { locale: "en-GB" });
    expect(result.products.map((item) => item.id)).toEqual(["1", "4"]);
    expect(result.products[1]?.variants[0]?.price.amount).toBe("18");
    expect(result.products[0]?.locale).toBe("en-GB");
    expect(result.summary).toEqual({ rows: 6, imported: 2, failed: 4 });
    expect(result.errors.map((error) => [error.line, error.code, error.field])).toEqual([
      [3, "malformed-row", ""],
      [4, "invalid-field", "variants.0.price.amount"],
      [5, "duplicate-product", "id"],
      [6, "invalid-field", "images.0.url"],
    ]);
    expect(result.errors[1]?.productKey).toBe("mug-2");
    expect(result.errors[1]?.message).toMatch(/^Line 4 \(product 'mug-2'\) was not imported:\n  - variants\.0\.price\.amount: /);
  });

  it("maps another shape, skips lines the mapper drops and contains mapper failures", async () => {
    const text = [
      line({ kind: "product", gid: "p1", name: "Teapot", cost: 30 }),
      line({ kind: "variant", __parentId: "p1" }),
      line({ kind: "product", gid: "p2" }),
    ].join("\n");
    const result = await importProductsFromJsonl(text, {
      map: (record) => {
        const value = record as { kind: string; gid: string; name?: string; cost?: number };
        if (value.kind !== "product") return undefined;
        if (value.name === undefined) throw new TypeError("name missing");
        return { id: value.gid, handle: value.gid, title: value.name, variants: [{ id: "d", price: { amount: value.cost, currencyCode: "USD" } }] };
      },
    });
    expect(result.products.map((item) => item.title)).toEqual(["Teapot"]);
    expect(result.errors.map((error) => [error.line, error.message.includes("name missing")])).toEqual([[3, true]]);
    expect(result.summary.rows).toBe(3);
  });

  it("reads a web ReadableStream and refuses oversized lines without holding them", async () => {
    const encoder = new TextEncoder();
    const parts = [line(product("1")).slice(0, 10), line(product("1")).slice(10) + "\n", "x".repeat(300), "y".repeat(300) + "\n", line(product("2"))];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const part of parts) controller.enqueue(encoder.encode(part));
        controller.close();
      },
    });
    const result = await importProductsFromJsonl(stream, { maxLineLength: 500 });
    expect(result.products.map((item) => item.id)).toEqual(["1", "2"]);
    expect(result.errors.map((error) => [error.line, error.code])).toEqual([[2, "malformed-row"]]);
  });

  it("stops when aborted", async () => {
    const controller = new AbortController();
    controller.abort(new Error("cancelled by user"));
    await expect(importProductsFromJsonl(line(product("1")), { signal: controller.signal })).rejects.toThrow("cancelled by user");
  });
});
