import { describe, expect, it } from "vitest";
import { InvalidConfigError } from "../errors/invalid-config-error";
import { createQueryFilterParser, normalizeColor, parseQueryFilters } from "./query-filters";

const shop = { currencies: ["USD"] };
const parse = (query: string, settings: Parameters<typeof parseQueryFilters>[1] = shop) => parseQueryFilters(query, settings);

describe("parseQueryFilters: prices", () => {
  it("reads the example from the spec", () => {
    expect(parse("red sofa under $500 in stock")).toEqual({
      text: "sofa",
      filters: { priceMax: 500, currency: "USD", colors: ["red"], inStock: true },
      matches: [
        { kind: "price", text: "under $500", value: 500 },
        { kind: "color", text: "red", value: "red" },
        { kind: "stock", text: "in stock", value: true },
      ],
    });
  });

  it.each([
    ["lamp below 80", { priceMax: 80 }],
    ["lamp less than 80", { priceMax: 80 }],
    ["lamp up to $80", { priceMax: 80 }],
    ["lamp max 80", { priceMax: 80 }],
    ["lamp no more than 80", { priceMax: 80 }],
    ["lamp $80 or less", { priceMax: 80 }],
    ["lamp over 80", { priceMin: 80 }],
    ["lamp above $80", { priceMin: 80 }],
    ["lamp more than 80", { priceMin: 80 }],
    ["lamp at least 80", { priceMin: 80 }],
    ["lamp $80+", { priceMin: 80 }],
    ["lamp between 80 and 120", { priceMin: 80, priceMax: 120 }],
    ["lamp $80-$120", { priceMin: 80, priceMax: 120 }],
    ["lamp 120 to 80 dollars", { priceMin: 80, priceMax: 120 }],
    ["lamp from $80 to $120", { priceMin: 80, priceMax: 120 }],
    ["lamp around $100", { priceMin: 80, priceMax: 120 }],
    ["lamp under 1k", { priceMax: 1000 }],
    ["lamp under $1,299.50", { priceMax: 1299.5 }],
  ])("%s", (query, bounds) => {
    const result = parse(query);
    expect(result.text).toBe("lamp");
    expect(result.filters).toEqual({ ...bounds, currency: "USD" });
  });

  it("knows currency signs, codes and words, and the shop's dollar", () => {
    expect(parse("scarf under €40").filters.currency).toBe("EUR");
    expect(parse("scarf under 40 GBP").filters.currency).toBe("GBP");
    expect(parse("scarf under £40").filters.currency).toBe("GBP");
    expect(parse("scarf under 40 euros").filters.currency).toBe("EUR");
    expect(parse("scarf under $40", { currencies: ["CAD", "USD"] }).filters.currency).toBe("CAD");
    expect(parse("scarf under US$40", { currencies: ["CAD"] }).filters.currency).toBe("USD");
    expect(parse("scarf under 400 kr", { currencies: ["NOK"] }).filters.currency).toBe("NOK");
    expect(parse("scarf under 40", { currencies: [] }).filters).toEqual({ priceMax: 40 });
    expect(parse("scarf under 40", { currencies: ["USD"], defaultCurrency: "EUR" }).filters.currency).toBe("EUR");
  });

  it("reads German, French and Spanish price and stock phrasings", () => {
    const eur = { currencies: ["EUR"] };
    expect(parse("Sofa unter 500 € auf Lager", eur)).toMatchObject({ text: "Sofa", filters: { priceMax: 500, currency: "EUR", inStock: true } });
    expect(parse("Schuhe ab 30 € lieferbar", eur)).toMatchObject({ text: "Schuhe", filters: { priceMin: 30, inStock: true } });
    expect(parse("Lampe zwischen 20 und 49,90 €", eur).filters).toMatchObject({ priceMin: 20, priceMax: 49.9 });
    expect(parse("chaussures moins de 50 € en stock", eur)).toMatchObject({ text: "chaussures", filters: { priceMax: 50, inStock: true } });
    expect(parse("robe noire jusqu’à 80€ disponible", eur)).toMatchObject({ text: "robe", filters: { priceMax: 80, colors: ["black"], inStock: true } });
    expect(parse("canapé de 300 à 600 €", eur)).toMatchObject({ text: "canapé", filters: { priceMin: 300, priceMax: 600 } });
    expect(parse("zapatos menos de 50 € disponibles", eur)).toMatchObject({ text: "zapatos", filters: { priceMax: 50, inStock: true } });
    expect(parse("camisetas desde 20€ hasta 40€ en stock", eur)).toMatchObject({ text: "camisetas", filters: { priceMin: 20, priceMax: 40, inStock: true } });
    expect(parse("Tisch 1.299,00 € oder weniger", eur).filters).toMatchObject({ priceMax: 1299 });
  });

  it("leaves numbers that are not prices in the text", () => {
    expect(parse("2 seater sofa").text).toBe("2 seater sofa");
    expect(parse("lamp under 50 cm")).toEqual({ text: "lamp under 50 cm", filters: {}, matches: [] });
    expect(parse("4-seater sofa").text).toBe("4-seater sofa");
    expect(parse("tent for 4 people under $300")).toMatchObject({ text: "tent for 4 people", filters: { priceMax: 300 } });
  });
});

describe("parseQueryFilters: colours, materials, sizes, stock and sale", () => {
  it("folds colour spellings and multiword colours", () => {
    expect(parse("navy blue chinos").filters.colors).toEqual(["navy"]);
    expect(parse("Navy-Blue chinos").filters.colors).toEqual(["navy"]);
    expect(parse("light grey cushion")).toMatchObject({ text: "cushion", filters: { colors: ["light gray"] } });
    expect(parse("GREY or black hoodie")).toMatchObject({ text: "hoodie", filters: { colors: ["gray", "black"] } });
    expect(parse("zapatos rojos").filters.colors).toEqual(["red"]);
    expect(parse("weiße Bluse").filters.colors).toEqual(["white"]);
  });

  it("treats colour words that are products by where they stand", () => {
    expect(parse("face cream")).toEqual({ text: "face cream", filters: {}, matches: [] });
    expect(parse("cream sofa")).toMatchObject({ text: "sofa", filters: { colors: ["cream"] } });
    expect(parse("olive oil").filters).toEqual({});
    expect(parse("sofa in olive")).toMatchObject({ text: "sofa", filters: { colors: ["olive"] } });
    expect(parse("olive colour jacket")).toMatchObject({ text: "jacket", filters: { colors: ["olive"] } });
    expect(parse("wine glass").filters).toEqual({});
    expect(parse("steam iron").filters).toEqual({});
    expect(parse("iron bed frame").filters.materials).toEqual(["iron"]);
  });

  it("uses the shop's own colours and can drop the built-in ones", () => {
    expect(parse("throw in Fog", { colors: ["Fog"] }).filters.colors).toEqual(["Fog"]);
    expect(parse("orange juice", { builtInColors: false }).filters).toEqual({});
  });

  it("reads materials, including multiword and translated ones", () => {
    expect(parse("leather sofa")).toMatchObject({ text: "sofa", filters: { materials: ["leather"] } });
    expect(parse("stainless steel water bottle")).toMatchObject({ text: "water bottle", filters: { materials: ["stainless steel"] } });
    expect(parse("cast iron skillet").filters.materials).toEqual(["cast iron"]);
    expect(parse("pull en laine").filters.materials).toEqual(["wool"]);
    expect(parse("organic cotton tee").filters.materials).toEqual(["organic cotton"]);
  });

  it("reads sizes without mistaking words for them", () => {
    expect(parse("running shoes size 9.5")).toMatchObject({ text: "running shoes", filters: { sizes: ["9.5"] } });
    expect(parse("hoodie XXL/XL").filters.sizes).toEqual(["XXL", "XL"]);
    expect(parse("2XL hoodie").filters.sizes).toEqual(["XXL"]);
    expect(parse("linen shirt M").filters.sizes).toEqual(["M"]);
    expect(parse("linen shirt size large").filters.sizes).toEqual(["L"]);
    expect(parse("large sofa")).toEqual({ text: "large sofa", filters: {}, matches: [] });
    expect(parse("king size bed frame")).toMatchObject({ text: "bed frame", filters: { sizes: ["king"] } });
    expect(parse("queen duvet cover").filters.sizes).toEqual(["queen"]);
    expect(parse("the king of pop poster").filters).toEqual({});
    expect(parse("Sneaker Größe 42")).toMatchObject({ text: "Sneaker", filters: { sizes: ["42"] } });
    expect(parse("sneakers size 44 EU")).toMatchObject({ text: "sneakers", filters: { sizes: ["44"] } });
  });

  it("reads stock and sale words, and their look-alikes", () => {
    expect(parse("boots on sale").filters.onSale).toBe(true);
    expect(parse("20% off jackets")).toMatchObject({ text: "jackets", filters: { onSale: true } });
    expect(parse("sofa for sale")).toEqual({ text: "sofa", filters: {}, matches: [] });
    expect(parse("jackets sold out").filters.inStock).toBe(false);
    expect(parse("chaqueta rebajada").filters.onSale).toBe(true);
    expect(parse("lamp available in red")).toMatchObject({ text: "lamp", filters: { colors: ["red"] } });
    expect(parse("lamp available in red").filters.inStock).toBeUndefined();
  });

  it("keeps gender and age words in the text", () => {
    expect(parse("men's leather boots under $150")).toMatchObject({ text: "men's boots", filters: { materials: ["leather"], priceMax: 150 } });
    expect(parse("red dress for girls")).toMatchObject({ text: "dress for girls", filters: { colors: ["red"] } });
    expect(parse("kids rain jacket navy").text).toBe("kids rain jacket");
  });

  it("matches known vendors as whole names", () => {
    const settings = { currencies: ["USD"], vendors: ["Under Armour", "Fjord & Field"] };
    expect(parse("Under Armour shorts under 50", settings)).toMatchObject({
      text: "shorts",
      filters: { vendors: ["Under Armour"], priceMax: 50 },
    });
    expect(parse("shirts by fjord & field", settings)).toMatchObject({ text: "shirts", filters: { vendors: ["Fjord & Field"] } });
    expect(parse("armour stand", settings).filters).toEqual({});
  });
});

describe("query filter parser", () => {
  it("validates settings once and stays fast on long hostile input", () => {
    expect(() => createQueryFilterParser({ currencies: ["dollars"] })).toThrow(InvalidConfigError);
    const parser = createQueryFilterParser(shop);
    const hostile = `${"1,".repeat(2000)}${"under ".repeat(2000)}${"-".repeat(2000)}`;
    const started = performance.now();
    for (let run = 0; run < 20; run += 1) parser.parse(hostile);
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it("normalises colour values for matching products", () => {
    expect(normalizeColor("Navy Blue")).toEqual({ name: "navy", family: "blue" });
    expect(normalizeColor("Grey")).toEqual({ name: "gray", family: "gray" });
    expect(normalizeColor("Fog")).toBeUndefined();
  });
});
