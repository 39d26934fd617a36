import { beforeAll, describe, expect, it } from "vitest";
import { isInStock, type Product } from "../../catalog/product";
import { InvalidArgumentError } from "../../errors/invalid-argument-error";
import { InvalidConfigError } from "../../errors/invalid-config-error";
import { ProductNotFoundError } from "../../errors/product-not-found-error";
import { createCatalogIndex } from "../../retrieval/catalog-index";
import { sampleStoreToday } from "../../sample-store/load-sample-store";
import { sampleProductScenarios } from "../../sample-store/scenarios";
import { createInMemoryEventSink, createInMemoryOrders } from "../../sources/in-memory-sources";
import type { OrderSource } from "../../sources/sources";
import { MockLanguageModel, mockGenerateResult } from "../../test/mock-language-model";
import { findUngroundedReasons } from "./reason-grounding";
import type { RecommendationList, Recommender, ShopperProfile } from "./recommend-types";
import { createRecommender } from "./recommender";
import { createSampleStoreRecommender, type SampleStoreRecommender } from "./sample-store-recommender";

let withOrders: SampleStoreRecommender;
let withoutOrders: Recommender;
let products: Product[];
const id = (handle: string) => {
  const product = products.find((entry) => entry.handle === handle);
  if (product === undefined) throw new InvalidArgumentError({ argument: "handle", message: handle });
  return product.id;
};
const ids = (list: RecommendationList) => list.recommendations.map((entry) => entry.product.id);
const lookup = (productId: string) => products.find((product) => product.id === productId);

beforeAll(async () => {
  withOrders = await createSampleStoreRecommender();
  withoutOrders = (await createSampleStoreRecommender({ orders: false })).recommender;
  products = withOrders.store.products;
});

describe("createRecommender settings", () => {
  it("names every bad setting", () => {
    const attempt = () => createRecommender({ catalog: {} as never, limit: 0, explain: "model", trending: { windowDays: -1 } as never });
    expect(attempt).toThrow(InvalidConfigError);
    try {
      attempt();
    } catch (error) {
      const paths = (error as InvalidConfigError).issues.map((issue) => issue.path);
      expect(paths).toEqual(expect.arrayContaining(["catalog", "limit", "trending.windowDays"]));
    }
    expect(() => createRecommender({ catalog: createCatalogIndex(), explain: "model" })).toThrow(/model: is required when explain is "model"/);
  });

  it("rejects bad requests with the path at fault, and unknown anchors with ProductNotFoundError", async () => {
    const { recommender } = withOrders;
    await expect(recommender.forShopper({ filters: { priceMin: 500, priceMax: 100 } })).rejects.toThrow(InvalidArgumentError);
    await expect(recommender.forShopper({ limit: 0 })).rejects.toThrow(/request\.limit/);
    await expect(recommender.similar("")).rejects.toThrow(InvalidArgumentError);
    const missing = await recommender.complementary("prod-no-such-thing").catch((error: unknown) => error);
    expect(ProductNotFoundError.isInstance(missing)).toBe(true);
    expect((missing as ProductNotFoundError).productId).toBe("prod-no-such-thing");
  });

  it("reads the catalog through a getter, so a swapped index is used at once", async () => {
    const first = createCatalogIndex();
    await first.upsert(products.filter((product) => product.handle === "harbor-3-seat-sofa" || product.handle === "harbor-loveseat"));
    const second = createCatalogIndex();
    await second.upsert(products.filter((product) => product.handle === "harbor-3-seat-sofa" || product.handle === "fenwick-leather-sofa"));
    let current = first;
    const recommender = createRecommender({ catalog: () => current, now: () => new Date(sampleStoreToday) });
    expect(ids(await recommender.similar(id("harbor-3-seat-sofa")))).toEqual([id("harbor-loveseat")]);
    current = second;
    expect(ids(await recommender.similar(id("harbor-3-seat-sofa")))).toEqual([id("fenwick-leather-sofa")]);
  });
});

describe("availability and price filters", () => {
  it("never returns a sold-out product while inStockOnly is on (the default)", async () => {
    const { recommender } = withOrders;
    const soldOut = sampleProductScenarios.soldOut.map(id);
    const lists: RecommendationList[] = [await recommender.trending({ limit: 30 }), await recommender.forShopper({ limit: 30 })];
    for (const productId of soldOut) {
      lists.push(
        await recommender.similar(productId, { limit: 30 }),
        await recommender.complementary(productId, { limit: 30 }),
        await withoutOrders.complementary(productId, { limit: 30 }),
        await recommender.forShopper({ browsing: [productId], cart: [productId], limit: 30 }),
      );
    }
    const shown = lists.flatMap((list) => list.recommendations.map((entry) => entry.product));
    expect(shown.length).toBeGreaterThan(50);
    expect(shown.filter((product) => !isInStock(product)).map((product) => product.handle)).toEqual([]);
  });

  it("shows sold-out products when asked to", async () => {
    const list = await withOrders.recommender.similar(id("basecamp-4-person-tent"), { limit: 20, filters: { inStockOnly: false } });
    expect(ids(list)).toContain(id("skylark-ul-2-tent"));
  });

  it("keeps to a hard price band, on variants that can be bought", async () => {
    const list = await withOrders.recommender.forShopper({ cart: [id("harbor-3-seat-sofa")], filters: { priceMin: 80, priceMax: 120 }, limit: 20 });
    expect(list.recommendations.length).toBeGreaterThan(0);
    for (const { product } of list.recommendations) {
      expect(product.variants.some((variant) => variant.availableForSale && Number(variant.price.amount) >= 80 && Number(variant.price.amount) <= 120)).toBe(true);
    }
  });

  it("leaves out excluded ids and the shopper's own products", async () => {
    const cart = [id("harbor-3-seat-sofa")];
    const list = await withOrders.recommender.forShopper({ cart, browsing: [id("pell-metal-side-table")], filters: { excludeIds: [id("merino-wool-throw")] } });
    expect(ids(list)).not.toContain(id("harbor-3-seat-sofa"));
    expect(ids(list)).not.toContain(id("pell-metal-side-table"));
    expect(ids(list)).not.toContain(id("merino-wool-throw"));
  });
});

describe("protected attributes", () => {
  const base: ShopperProfile = { customerId: "cust-test", firstName: "Alex", lastName: "Taylor", preferences: { materials: ["wool"] }, notes: "Alex likes charcoal." };
  const variants: ShopperProfile[] = [
    { ...base, firstName: "Emily", lastName: "Walsh", gender: "female", age: 29, notes: "Emily likes charcoal. She is 29." },
    { ...base, firstName: "Jamal", lastName: "Jones", gender: "male", ethnicity: "Black", notes: "Jamal likes charcoal. He is Black." },
    { ...base, firstName: "Olive", lastName: "Bennett", birthDate: "1950-02-01", notes: ["Olive likes charcoal.", "Retired, widowed, uses a wheelchair."] },
    { ...base, demographics: { religion: "Muslim", nationality: "Turkish" }, preferences: { materials: ["wool"], colors: ["Women's"] } },
  ];

  it("gives the same list, scores and whys when only protected attributes change", async () => {
    const { recommender } = withOrders;
    const request = { browsing: [id("sora-flatweave-wool-rug")], cart: [id("harbor-3-seat-sofa")] };
    const baseline = await recommender.forShopper({ ...request, profile: base });
    const snapshot = (list: RecommendationList) => list.recommendations.map((entry) => [entry.product.id, entry.score, entry.why]);
    expect(baseline.recommendations.some((entry) => entry.reasons.some((reason) => reason.kind === "matches-preference"))).toBe(true);
    for (const profile of variants) {
      const variant = await recommender.forShopper({ ...request, profile });
      expect(snapshot(variant)).toEqual(snapshot(baseline));
      expect(variant.removedAttributes.length).toBeGreaterThan(0);
    }
  });

  it("reports what it removed without the values", async () => {
    const list = await withOrders.recommender.forShopper({ profile: variants[1] as ShopperProfile });
    expect(new Set(list.removedAttributes.map((entry) => entry.kind))).toEqual(new Set(["name", "gender", "ethnicity", "race"]));
    expect(JSON.stringify(list.removedAttributes)).not.toMatch(/Jamal|Black|male/);
  });
});

describe("complementary", () => {
  it("uses co-purchase statistics when the orders have any", async () => {
    const list = await withOrders.recommender.complementary(id("stonewashed-linen-duvet-cover"));
    expect(list.strategy).toBe("co-purchase");
    // #1010 and #1018 put the duvet cover with the napkins and the sheets.
    expect(ids(list).slice(0, 2).sort()).toEqual([id("linen-napkins-set-of-4"), id("percale-sheet-set")].sort());
    expect(list.recommendations[0]?.reasons[0]).toMatchObject({ kind: "bought-together", relatedProductId: id("stonewashed-linen-duvet-cover"), orders: 1 });
    expect(list.strategies).toEqual(["co-purchase", "rules"]);
  });

  it("falls back to rules over product kinds when there is no order source", async () => {
    const sofa = await withoutOrders.complementary(id("harbor-3-seat-sofa"));
    expect(sofa.strategy).toBe("rules");
    expect(sofa.recommendations.flatMap((entry) => entry.reasons).some((reason) => reason.kind === "bought-together")).toBe(false);
    const top = sofa.recommendations.slice(0, 6).map((entry) => entry.product.handle);
    expect(top).toEqual(expect.arrayContaining(["pell-metal-side-table", "tamsin-round-coffee-table", "merino-wool-throw"]));
    expect(top.some((handle) => handle.includes("rug"))).toBe(true);
    // Another sofa is an alternative, not a complement.
    expect(top).not.toContain("harbor-loveseat");

    const tent = await withoutOrders.complementary(id("basecamp-4-person-tent"));
    expect(tent.recommendations.slice(0, 3).map((entry) => entry.product.tags.join(" ")).join(" ")).toMatch(/sleeping (bag|pad)/);
    const boots = await withoutOrders.complementary(id("trailmaster-waterproof-hiking-boot-womens"));
    expect(boots.recommendations[0]?.product.handle).toBe("merino-hiking-socks-3-pack");
  });

  it("uses rules for a product nobody has bought with anything", async () => {
    const list = await withOrders.recommender.complementary(id("harbor-3-seat-sofa"));
    expect(list.strategy).toBe("rules");
  });

  it("lets shop rules go first", async () => {
    const { recommender } = await createSampleStoreRecommender({ orders: false, complementRules: [{ when: ["sofa"], suggest: [["dining table"]] }] });
    const list = await recommender.complementary(id("harbor-3-seat-sofa"));
    expect(list.recommendations[0]?.product.handle).toBe("brookline-extendable-dining-table");
  });
});

describe("cold start and trending", () => {
  it("gives a full list to a shopper with no history, from recent orders", async () => {
    const list = await withOrders.recommender.forShopper({ history: [], browsing: [], cart: [], limit: 6 });
    expect(list.coldStart).toBe(true);
    expect(list.strategy).toBe("trending");
    expect(list.recommendations).toHaveLength(6);
    expect(list.recommendations.every((entry) => entry.reasons[0]?.kind === "trending")).toBe(true);
  });

  it("falls back to the bestseller collection without orders", async () => {
    const list = await withoutOrders.forShopper({ limit: 6 });
    expect(list.coldStart).toBe(true);
    expect(list.strategy).toBe("cold-start");
    expect(list.recommendations).toHaveLength(6);
    expect(list.recommendations.every((entry) => entry.why === "In our Bestsellers collection")).toBe(true);
  });

  it("ignores unknown product ids and says so", async () => {
    const list = await withOrders.recommender.forShopper({ browsing: ["prod-gone"], limit: 4 });
    expect(list.unknownProductIds).toEqual(["prod-gone"]);
    expect(list.coldStart).toBe(true);
    expect(list.recommendations).toHaveLength(4);
  });

  it("ranks recent orders higher and counts only the window", async () => {
    const list = await withOrders.recommender.trending({ limit: 30, diversity: false });
    const scores = list.recommendations.filter((entry) => entry.reasons[0]?.kind === "trending");
    // The fry pan set was ordered this morning (#1025); the sleeping bag three days ago (#1022).
    const rank = (handle: string) => scores.findIndex((entry) => entry.product.handle === handle);
    expect(rank("ceramic-nonstick-fry-pan-set")).toBe(0);
    expect(rank("ember-20-down-sleeping-bag")).toBeGreaterThan(0);
    // The down jacket of #1017 is within 30 days; the rug of #1007 (two months ago) is not.
    expect(rank("summit-down-jacket")).toBeGreaterThan(0);
    expect(rank("sora-flatweave-wool-rug")).toBe(-1);
    const throwEntry = scores.find((entry) => entry.product.handle === "merino-wool-throw");
    expect(throwEntry?.why).toBe("In 2 orders in the last 30 days");
  });
});

describe("personalisation", () => {
  it("suggests what goes with the cart and alternatives to what was viewed", async () => {
    const cart = await withOrders.recommender.forShopper({ cart: [id("basecamp-4-person-tent")], limit: 4 });
    expect(cart.recommendations[0]?.why).toMatch(/^Goes with the Basecamp 4-Person Tent in your cart/);
    const viewed = await withOrders.recommender.forShopper({ browsing: [id("harbor-3-seat-sofa")], limit: 4 });
    expect(viewed.recommendations[0]?.product.handle).toBe("harbor-loveseat");
    expect(viewed.recommendations[0]?.why).toMatch(/^Similar to the Harbor 3-Seat Sofa you viewed/);
  });

  it("loads a signed-in customer's orders as history", async () => {
    const list = await withOrders.recommender.forShopper({ profile: { customerId: "cust-ethan-brooks" }, limit: 6 });
    expect(list.coldStart).toBe(false);
    const related = new Set(list.recommendations.flatMap((entry) => entry.reasons.map((reason) => reason.relatedProductId)));
    expect(related.has(id("basecamp-4-person-tent")) || related.has(id("ember-20-down-sleeping-bag"))).toBe(true);
    expect(list.recommendations.some((entry) => /you bought/.test(entry.why))).toBe(true);
    // What Ethan already bought is not offered again.
    expect(ids(list)).not.toContain(id("ember-20-down-sleeping-bag"));
  });

  it("reads only catalog words from notes", async () => {
    const list = await withOrders.recommender.forShopper({ profile: { notes: "Prefers walnut, hates clutter." }, limit: 3 });
    expect(list.coldStart).toBe(false);
    expect(list.recommendations.every((entry) => entry.reasons.some((reason) => reason.kind === "matches-preference" && /walnut/i.test(reason.detail)))).toBe(true);
  });

  it("spreads the page over categories and can be told not to", async () => {
    const request = { browsing: [id("basecamp-4-person-tent"), id("ember-20-down-sleeping-bag"), id("loft-insulated-sleeping-pad")], limit: 8 };
    const diverse = await withOrders.recommender.forShopper(request);
    const camping = diverse.recommendations.filter((entry) => entry.product.categories.some((category) => category.id === "cat-camping"));
    expect(camping.length).toBeLessThanOrEqual(3);
    const plain = await withOrders.recommender.forShopper({ ...request, diversity: false });
    const scores = plain.recommendations.map((entry) => entry.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe("whys", () => {
  it("name only real attribute values and the shopper's own products", async () => {
    const { recommender } = withOrders;
    const lists = [
      await recommender.forShopper({
        cart: [id("harbor-3-seat-sofa")],
        browsing: [id("wren-boucle-accent-chair")],
        history: [{ productId: id("merino-wool-throw"), orderedAt: "2026-11-03T07:50:00Z" }],
        profile: { preferences: { colors: ["Charcoal"], materials: ["oak"], priceMax: 400 } },
      }),
      await recommender.similar(id("stormline-rain-jacket-womens")),
      await recommender.similar(id("cast-iron-skillet-12")),
      await recommender.complementary(id("percale-sheet-set")),
      await withoutOrders.complementary(id("alder-platform-bed")),
      await recommender.trending(),
    ];
    const recommendations = lists.flatMap((list) => list.recommendations);
    expect(recommendations.length).toBeGreaterThan(30);
    expect(recommendations.flatMap((entry) => findUngroundedReasons(entry, lookup))).toEqual([]);
    for (const entry of recommendations) {
      for (const reason of entry.reasons) {
        if (reason.attribute?.name === "material" || reason.attribute?.name === "color") {
          expect(JSON.stringify([entry.product.attributes, entry.product.options]).toLowerCase()).toContain(reason.attribute.value.toLowerCase());
        }
      }
    }
  });

  it("catches a why that names a value the product does not have", () => {
    const product = lookup(id("harbor-loveseat")) as Product;
    const problems = findUngroundedReasons(
      { product, score: 1, why: "Comes in Crimson", whySource: "code", reasons: [{ kind: "shared-attribute", detail: "Comes in Crimson", attribute: { name: "color", value: "Crimson" } }] },
      lookup,
    );
    expect(problems).toEqual([`${product.id}: color "Crimson" is not the product's`]);
  });

  it("are written in the shop's language", async () => {
    const { recommender } = await createSampleStoreRecommender({ language: "de" });
    const list = await recommender.forShopper({ cart: [id("harbor-3-seat-sofa")], limit: 1 });
    expect(list.recommendations[0]?.why).toMatch(/^Passt zu „Harbor 3-Seat Sofa“ in Ihrem Warenkorb/);
  });

  it("take the model's phrasing only when it stays inside the reasons", async () => {
    const model = new MockLanguageModel({
      doGenerate: (options) => {
        const facts = JSON.parse(options.messages.at(-1)?.content ?? "[]") as Array<{ id: string; product: string }>;
        const whys = facts.map((fact, index) => ({
          id: fact.id,
          // Every other line invents a colour the product may not have.
          why: index % 2 === 0 ? `A good match for what you have in your cart.` : `Available in crimson, a shopper favourite.`,
        }));
        return mockGenerateResult(JSON.stringify({ whys }));
      },
    });
    const { recommender } = await createSampleStoreRecommender({ model, explain: "model" });
    const list = await recommender.forShopper({
      cart: [id("harbor-3-seat-sofa")],
      profile: { firstName: "Emily", gender: "female", notes: "Emily is 40." },
      limit: 4,
    });
    const sources = list.recommendations.map((entry) => entry.whySource);
    expect(sources).toEqual(["model", "code", "model", "code"]);
    expect(list.recommendations[0]?.why).toBe("A good match for what you have in your cart.");
    expect(list.recommendations[1]?.why).not.toMatch(/crimson/i);
    // The model sees reasons and titles, never the profile.
    const sent = JSON.stringify(model.calls);
    expect(sent).not.toMatch(/Emily|female|40/);
  });

  it("keep the code's whys when the model fails", async () => {
    const model = new MockLanguageModel({
      doGenerate: () => {
        throw new Error("model down");
      },
    });
    const { recommender } = await createSampleStoreRecommender({ model, explain: "model" });
    const list = await recommender.similar(id("harbor-3-seat-sofa"));
    expect(list.recommendations.length).toBeGreaterThan(0);
    expect(list.recommendations.every((entry) => entry.whySource === "code")).toBe(true);
  });
});

describe("events and failures", () => {
  it("emits one event per list, without profile data", async () => {
    const events = createInMemoryEventSink();
    const { recommender } = await createSampleStoreRecommender({ events });
    await recommender.forShopper({ cart: [id("harbor-3-seat-sofa")], profile: { firstName: "Emily", age: 30 } });
    expect(events.events).toHaveLength(1);
    expect(events.events[0]).toMatchObject({ type: "recommend.recommendations-served", method: "forShopper", strategy: "personalized", removedAttributes: 2 });
    expect(JSON.stringify(events.events)).not.toMatch(/Emily|30/);
  });

  it("falls back to rules when the order source fails, and reports it", async () => {
    const events = createInMemoryEventSink();
    const failing: OrderSource = {
      ...createInMemoryOrders([]),
      listOrders: async () => {
        throw new Error("orders API down");
      },
    };
    const catalog = withOrders.catalog;
    const recommender = createRecommender({ catalog, orders: failing, events, now: () => new Date(sampleStoreToday) });
    const list = await recommender.complementary(id("harbor-3-seat-sofa"));
    expect(list.strategy).toBe("rules");
    expect(list.recommendations.length).toBeGreaterThan(0);
    expect(events.events.map((event) => event.type)).toContain("recommend.order-statistics-failed");
  });

  it("stops when the call is aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(withOrders.recommender.trending({ abortSignal: controller.signal })).rejects.toThrow();
  });
});
