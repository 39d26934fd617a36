import { describe, expect, it } from "vitest";
import { productSchema, type ProductInput } from "../../catalog/product";
import { createComplementMatcher, defaultComplementRules, isThematicCollection } from "./complement-rules";
import { productFeatures } from "./product-features";

const product = (title: string, extra: Partial<ProductInput> = {}) =>
  productFeatures(
    productSchema.parse({
      id: title.toLowerCase().replaceAll(" ", "-"),
      handle: title.toLowerCase().replaceAll(" ", "-"),
      title,
      variants: [{ id: `${title}-v`, price: { amount: "10", currencyCode: "USD" } }],
      ...extra,
    }),
  );

describe("complement rules", () => {
  const matcher = createComplementMatcher(defaultComplementRules);

  it("matches kinds of product by title and tags, plurals included, best suggestion first", () => {
    const sofa = product("Oslo Sofa");
    expect(matcher.match(sofa, product("Birch Side Table"))?.score).toBe(1);
    expect(matcher.match(sofa, product("Wool Throw", { tags: ["throw"] }))?.term).toBe("throw");
    expect(matcher.match(product("Trail Boots"), product("Hiking Sock"))?.term).toBe("socks");
  });

  it("does not offer an alternative as a complement", () => {
    expect(matcher.match(product("Oslo Sofa"), product("Oslo Loveseat", { tags: ["sofa"] }))).toBeUndefined();
  });

  it("reads broad category names only for products their title and tags do not name", () => {
    const bed = product("Alder Bed");
    const rugsAndCurtains = [{ id: "cat-rugs", title: "Rugs & Curtains", path: ["Textiles", "Rugs & Curtains"] }];
    expect(matcher.match(bed, product("Linen Curtain Panel", { categories: rugsAndCurtains }))).toBeUndefined();
    expect(matcher.match(bed, product("Harbour Flatweave", { categories: rugsAndCurtains }))?.term).toBe("rug");
    expect(matcher.hasRules(product("Mystery Object"))).toBe(false);
  });

  it("uses a shop's own rules", () => {
    const custom = createComplementMatcher([{ when: ["espresso machine"], suggest: [["tamper", "milk jug"]] }]);
    expect(custom.match(product("Rocket Espresso Machine"), product("Steel Milk Jug"))?.term).toBe("milk jug");
  });

  it("tells thematic collections from merchandising ones", () => {
    const featured = new Set(["bestsellers"]);
    expect(isThematicCollection("Cabin Weekend", featured)).toBe(true);
    expect(isThematicCollection("Gifts Under $100", featured)).toBe(false);
    expect(isThematicCollection("Clearance — Final Sale", featured)).toBe(false);
    expect(isThematicCollection("Bestsellers", featured)).toBe(false);
    expect(isThematicCollection("Nouveautés", featured)).toBe(false);
  });
});
