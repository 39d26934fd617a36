import { describe, expect, it } from "vitest";
import { CatalogRowError } from "../../errors/catalog-row-error";
import { InvalidArgumentError } from "../../errors/invalid-argument-error";
import { InvalidConfigError } from "../../errors/invalid-config-error";
import { importProductsFromCsv } from "./import-csv";
import type { ImportProgress } from "./import-result";

const header =
  "Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Option3 Name,Option3 Value,Variant SKU,Variant Inventory Qty,Variant Inventory Policy,Variant Price,Variant Compare At Price,Image Src,Image Alt Text,Variant Image,Status";

// Line numbers in comments: header is line 1; the first row's quoted description spans lines 2-3.
const shopifyCsv = [
  header,
  // 2-6: one product, two colours x sizes, a multi-line quoted description, and an image-only row.
  'linen-shirt,Linen shirt,"<p>Breathable <b>linen</b>.</p>\n<ul><li>Relaxed fit</li></ul>",Fjord & Field,Apparel & Accessories > Clothing > Shirts,Shirt,"summer, linen, summer",TRUE,Color,Sand,Size,M,,,LS-SAND-M,4,deny,59.00,79.00,https://cdn.example.com/ls-sand.jpg,Linen shirt in sand,,active',
  "linen-shirt,,,,,,,,,Sand,,L,,,LS-SAND-L,0,deny,59.00,,,,,",
  "linen-shirt,,,,,,,,,Olive,,M,,,LS-OLIVE-M,0,continue,59.00,,https://cdn.example.com/ls-olive.jpg,,https://cdn.example.com/ls-olive.jpg,",
  "linen-shirt,,,,,,,,,,,,,,,,,,,https://cdn.example.com/ls-back.jpg,Back view,,",
  // 7: a single-variant product written the Shopify way.
  "wool-throw,Wool throw,<p>Warm &amp; soft.</p>,Fjord & Field,,Blanket,,TRUE,Title,Default Title,,,,,WT-1,12,deny,\"1,049.50\",,,,,draft",
  // 8: a valid first variant; 9: a bad price and quantity on the product's second variant row.
  "oak-stool,Oak stool,,Timberline,,Stool,,TRUE,Finish,Natural,,,,,OS-NAT,3,deny,120.00,,,,,active",
  "oak-stool,,,,,,,,,Black,,,,,OS-BLK,x3,deny,12O.00,,,,,",
  // 10: missing title on a product's first row.
  "mystery,,,,,,,,Title,Default Title,,,,,MY-1,1,deny,10.00,,,,,active",
  // 11: a row with more fields than the header (unquoted comma in a value).
  "bad-row,Bad, row,,,,,,,,,,,,,,,,,,,,,,extra",
  // 12: a row with an empty handle.
  ",Orphan,,,,,,,,,,,,,,,,5.00,,,,,",
  // 13: the first product's handle again, after other products.
  "linen-shirt,,,,,,,,,Navy,,S,,,LS-NAVY-S,1,deny,59.00,,,,,",
].join("\n");

describe("importProductsFromCsv", () => {
  it("groups Shopify rows into products with variants, options and images", async () => {
    const result = await importProductsFromCsv(shopifyCsv, {
      currencyCode: "EUR",
      storefrontUrl: "https://shop.example.com",
    });
    const shirt = result.products.find((product) => product.handle === "linen-shirt");
    expect(shirt).toBeDefined();
    expect(shirt?.id).toBe("linen-shirt");
    expect(shirt?.description).toBe("Breathable linen.\n\n- Relaxed fit");
    expect(shirt?.descriptionHtml).toContain("<b>linen</b>");
    expect(shirt?.tags).toEqual(["summer", "linen"]);
    expect(shirt?.categories).toEqual([
      {
        id: "apparel-accessories/clothing/shirts",
        title: "Shirts",
        path: ["Apparel & Accessories", "Clothing", "Shirts"],
        kind: "category",
      },
    ]);
    expect(shirt?.options).toEqual([
      { name: "Color", values: ["Sand", "Olive"] },
      { name: "Size", values: ["M", "L"] },
    ]);
    expect(shirt?.variants.map((variant) => [variant.sku, variant.title, variant.availableForSale])).toEqual([
      ["LS-SAND-M", "Sand / M", true],
      ["LS-SAND-L", "Sand / L", false],
      // Out of stock but the policy keeps selling.
      ["LS-OLIVE-M", "Olive / M", true],
    ]);
    expect(shirt?.variants[0]?.compareAtPrice).toEqual({ amount: "79.00", currencyCode: "EUR" });
    expect(shirt?.variants[2]?.image?.url).toBe("https://cdn.example.com/ls-olive.jpg");
    expect(shirt?.images.map((image) => image.url)).toEqual([
      "https://cdn.example.com/ls-sand.jpg",
      "https://cdn.example.com/ls-olive.jpg",
      "https://cdn.example.com/ls-back.jpg",
    ]);
    expect(shirt?.url).toBe("https://shop.example.com/products/linen-shirt");

    const throw_ = result.products.find((product) => product.handle === "wool-throw");
    expect(throw_?.options).toEqual([]);
    expect(throw_?.status).toBe("draft");
    expect(throw_?.description).toBe("Warm & soft.");
    expect(throw_?.variants[0]?.price.amount).toBe("1049.50");

    const stool = result.products.find((product) => product.handle === "oak-stool");
    expect(stool?.variants.map((variant) => variant.sku)).toEqual(["OS-NAT"]);
  });

  it("reports each bad row with its line, field path and column, and goes on", async () => {
    const result = await importProductsFromCsv(shopifyCsv, { currencyCode: "EUR" });
    expect(result.summary).toEqual({ rows: 11, imported: 3, failed: 5 });
    expect(result.errors.every((error) => CatalogRowError.isInstance(error))).toBe(true);
    const byLine = new Map(result.errors.map((error) => [error.line, error]));
    expect([...byLine.keys()]).toEqual([9, 10, 11, 12, 13]);

    const stoolRow = byLine.get(9);
    expect(stoolRow?.code).toBe("invalid-field");
    expect(stoolRow?.productKey).toBe("oak-stool");
    expect(stoolRow?.issues.map((issue) => [issue.field, issue.column])).toEqual([
      ["variants.1.inventoryQuantity", "Variant Inventory Qty"],
      ["variants.1.price.amount", "Variant Price"],
    ]);
    expect(byLine.get(10)?.issues[0]).toMatchObject({ field: "title", column: "Title" });
    expect(byLine.get(11)?.code).toBe("malformed-row");
    expect(byLine.get(12)?.issues[0]).toMatchObject({ field: "handle", column: "Handle" });
    expect(byLine.get(13)?.code).toBe("duplicate-product");
    expect(byLine.get(13)?.message).toContain("line 2");
  });

  it("reads a custom one-row-per-product file with fixed option names, attributes and a decimal comma", async () => {
    const csv = [
      "sku;name;price_eur;stock;colour;material;description",
      "SB-1;Sofa Bergen;1.299,00;2;Grau;Wolle;Ein <em>weiches</em> Sofa",
      "SB-2;Sessel Bergen;abc;0;Blau;Wolle;",
    ].join("\r\n");
    const result = await importProductsFromCsv(csv, {
      currencyCode: "EUR",
      delimiter: ";",
      decimalSeparator: ",",
      locale: "de-DE",
      columns: {
        id: "sku",
        title: "name",
        variantSku: "sku",
        variantPrice: "price_eur",
        variantInventoryQuantity: "stock",
        description: "description",
        options: [{ name: "Farbe", valueColumn: "colour" }],
        attributes: { material: "material" },
      },
    });
    expect(result.products).toHaveLength(1);
    const sofa = result.products[0];
    expect(sofa).toMatchObject({ id: "SB-1", handle: "sofa-bergen", locale: "de-DE", attributes: { material: "Wolle" } });
    expect(sofa?.variants[0]).toMatchObject({ price: { amount: "1299.00", currencyCode: "EUR" }, options: { Farbe: "Grau" } });
    expect(result.errors.map((error) => [error.line, error.field])).toEqual([[3, "variants.0.price.amount"]]);
  });

  it("reads streamed byte chunks split inside characters and records", async () => {
    const bytes = new TextEncoder().encode("\uFEFF" + shopifyCsv.replace("Fjord & Field", "Fjörd & Fïeld"));
    async function* chunks() {
      for (let start = 0; start < bytes.length; start += 7) yield bytes.slice(start, start + 7);
    }
    const progress: ImportProgress[] = [];
    const result = await importProductsFromCsv(chunks(), {
      currencyCode: "EUR",
      progressEvery: 4,
      onProgress: (update) => progress.push(update),
    });
    expect(result.products[0]?.vendor).toBe("Fjörd & Fïeld");
    expect(result.summary.imported).toBe(3);
    expect(progress.map((update) => update.rows)).toEqual([4, 8, 11]);
    expect(progress.at(-1)).toEqual(result.summary);
  });

  it("reports an unclosed quote as a malformed row", async () => {
    const csv = `${header}\nok,Ok,,,,,,,,,,,,,,,,5.00,,,,,\nbroken,"Broken,,,,,,,,,,,,,,,,5.00,,,,,\n`;
    const result = await importProductsFromCsv(csv, { currencyCode: "USD" });
    expect(result.products.map((product) => product.handle)).toEqual(["ok"]);
    expect(result.errors.map((error) => [error.line, error.code])).toEqual([[3, "malformed-row"]]);
  });

  it("fails fast on a header without the required columns and on bad settings", async () => {
    await expect(importProductsFromCsv("Name,Cost\nA,1", { currencyCode: "USD" })).rejects.toSatisfy(
      (error) => InvalidArgumentError.isInstance(error) && error.message.includes("'Handle'"),
    );
    await expect(importProductsFromCsv("", { currencyCode: "dollars" })).rejects.toSatisfy(
      (error) => InvalidConfigError.isInstance(error) && error.message.includes("currencyCode"),
    );
  });
});
