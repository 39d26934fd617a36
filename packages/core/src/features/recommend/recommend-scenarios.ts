import { isInStock, type Product } from "../../catalog/product";
import { InvalidArgumentError } from "../../errors/invalid-argument-error";
import { loadSampleStore } from "../../sample-store/load-sample-store";
import { sampleProductScenarios } from "../../sample-store/scenarios";
import { auditRecommendationFairness, createFairnessRequests } from "./fairness-audit";
import { findUngroundedReasons } from "./reason-grounding";
import type { RecommendationList, Recommender } from "./recommend-types";
import { createSampleStoreRecommender } from "./sample-store-recommender";

/*
 * Recommendation scenarios over the sample store, for `pnpm eval`. They check what code guarantees, whatever
 * model phrases the whys: sold-out products never shown when the shopper asked for in-stock ones, identical
 * lists when only a protected attribute changes, co-purchases used when there are orders and rules when not,
 * cold start, price bands, diversity, and whys that name only real values.
 */

export type RecommendationEvalContext = {
  /** Over the sample store with its orders. */
  recommender: Recommender;
  /** The same catalog without an order source. */
  withoutOrders: Recommender;
  /** The sample store's products, to find ids by handle. */
  products: readonly Product[];
};

export type RecommendationScenario = {
  id: string;
  title: string;
  /** Returns what failed; an empty list passes. */
  run(context: RecommendationEvalContext): Promise<string[]>;
};

const idOf = (products: readonly Product[], handle: string): string => {
  const product = products.find((entry) => entry.handle === handle);
  if (product === undefined) throw new InvalidArgumentError({ argument: "handle", message: `the sample store has no product "${handle}".` });
  return product.id;
};

const soldOutIn = (list: RecommendationList) => list.recommendations.filter((entry) => !isInStock(entry.product)).map((entry) => entry.product.id);

const lookupIn = (products: readonly Product[]) => (id: string) => products.find((product) => product.id === id);

export const recommendationScenarios: readonly RecommendationScenario[] = [
  {
    id: "in-stock-only",
    title: "In-stock only: no sold-out product in any list",
    async run({ recommender, withoutOrders, products }) {
      const failures: string[] = [];
      const calls: Array<[string, Promise<RecommendationList>]> = [];
      for (const handle of sampleProductScenarios.soldOut) {
        const id = idOf(products, handle);
        calls.push([`similar(${handle})`, recommender.similar(id)]);
        calls.push([`complementary(${handle})`, recommender.complementary(id)]);
        calls.push([`complementary(${handle}) without orders`, withoutOrders.complementary(id)]);
        calls.push([`forShopper viewed ${handle}`, recommender.forShopper({ browsing: [id] })]);
        calls.push([`forShopper cart ${handle}`, recommender.forShopper({ cart: [id], filters: { inStockOnly: true } })]);
      }
      calls.push(["trending", recommender.trending({ limit: 20 })]);
      calls.push(["cold start", recommender.forShopper({ limit: 20 })]);
      calls.push(["cold start without orders", withoutOrders.forShopper({ limit: 20 })]);
      let shown = 0;
      for (const [name, call] of calls) {
        const list = await call;
        shown += list.recommendations.length;
        const soldOut = soldOutIn(list);
        if (soldOut.length > 0) failures.push(`${name} shows sold-out ${soldOut.join(", ")}`);
      }
      if (shown === 0) failures.push("no list had any product, so nothing was checked");
      return failures;
    },
  },
  {
    id: "out-of-stock-when-allowed",
    title: "Sold-out products return when the filter is off",
    async run({ recommender, products }) {
      const soldOut = new Set(sampleProductScenarios.soldOut.map((handle) => idOf(products, handle)));
      let found = false;
      for (const id of soldOut) {
        const anchor = products.find((product) => product.id === id) as Product;
        const sameCategory = products.find(
          (product) => product.id !== id && product.status === "active" && isInStock(product) && product.categories[0]?.id === anchor.categories[0]?.id,
        );
        if (sameCategory === undefined) continue;
        const list = await recommender.similar(sameCategory.id, { limit: 20, filters: { inStockOnly: false } });
        if (list.recommendations.some((entry) => soldOut.has(entry.product.id))) found = true;
      }
      return found ? [] : ["no sold-out product appeared with inStockOnly: false"];
    },
  },
  {
    id: "protected-attributes-counterfactual",
    title: "Only a protected attribute changes: the same recommendations",
    async run({ recommender, products }) {
      const report = await auditRecommendationFairness({ recommender, requests: createFairnessRequests({ all: () => [...products] }) });
      return report.comparisons
        .filter((entry) => entry.diverged)
        .map((entry) => `${entry.requestId} × ${entry.swapId}: overlap ${entry.overlap.toFixed(2)}, price shift ${(entry.priceShift * 100).toFixed(1)} %`);
    },
  },
  {
    id: "protected-fields-stripped",
    title: "Protected profile fields are stripped and reported, never ranked on",
    async run({ recommender, products }) {
      const cart = [idOf(products, "harbor-3-seat-sofa")];
      const plain = await recommender.forShopper({ cart, profile: { customerId: "eval-1", preferences: { colors: ["Charcoal"] } } });
      const loaded = await recommender.forShopper({
        cart,
        profile: {
          customerId: "eval-1",
          preferences: { colors: ["Charcoal"] },
          gender: "female",
          age: 67,
          religion: "Catholic",
          demographics: { ethnicity: "Hispanic" },
          notes: "Widowed, lives alone. She has arthritis.",
        },
      });
      const failures: string[] = [];
      const kinds = new Set(loaded.removedAttributes.map((entry) => entry.kind));
      for (const kind of ["gender", "age", "religion", "demographic", "marital-status", "health"] as const) {
        if (!kinds.has(kind)) failures.push(`${kind} not reported as removed`);
      }
      const ids = (list: RecommendationList) => list.recommendations.map((entry) => `${entry.product.id}:${entry.why}`).join("|");
      if (ids(plain) !== ids(loaded)) failures.push("the list changed when protected fields were added");
      return failures;
    },
  },
  {
    id: "price-band",
    title: "Price band filter: every product has an in-stock variant inside it",
    async run({ recommender, products }) {
      const failures: string[] = [];
      const lists = [
        await recommender.forShopper({ browsing: [idOf(products, "harbor-3-seat-sofa")], filters: { priceMin: 50, priceMax: 500 } }),
        await recommender.complementary(idOf(products, "basecamp-4-person-tent"), { filters: { priceMax: 150 } }),
        await recommender.trending({ filters: { priceMin: 100 } }),
      ];
      const bands = [
        [50, 500],
        [0, 150],
        [100, Number.POSITIVE_INFINITY],
      ] as const;
      for (const [index, list] of lists.entries()) {
        const [low, high] = bands[index] as readonly [number, number];
        if (list.recommendations.length === 0) failures.push(`list ${index + 1} is empty`);
        for (const { product } of list.recommendations) {
          const inside = product.variants.some((variant) => variant.availableForSale && Number(variant.price.amount) >= low && Number(variant.price.amount) <= high);
          if (!inside) failures.push(`${product.id} has no in-stock variant in ${low}–${high}`);
        }
      }
      return failures;
    },
  },
  {
    id: "complementary-co-purchase",
    title: "Complementary uses co-purchases when there are orders",
    async run({ recommender, products }) {
      const anchor = idOf(products, "stonewashed-linen-duvet-cover");
      const store = loadSampleStore();
      const together = new Set(
        store.orders
          .filter((order) => order.cancelledAt === undefined && order.lineItems.some((line) => line.productId === anchor))
          .flatMap((order) => order.lineItems.map((line) => line.productId))
          .filter((id) => id !== anchor),
      );
      const list = await recommender.complementary(anchor);
      const failures: string[] = [];
      if (list.strategy !== "co-purchase") failures.push(`strategy is ${list.strategy}`);
      const first = list.recommendations[0];
      if (first === undefined || !together.has(first.product.id)) failures.push("the first pick was not bought with the anchor");
      if (first?.reasons[0]?.kind !== "bought-together") failures.push("the first reason is not bought-together");
      return failures;
    },
  },
  {
    id: "complementary-rules",
    title: "Complementary falls back to category rules without orders",
    async run({ withoutOrders, products }) {
      const failures: string[] = [];
      const cases: Array<[string, RegExp]> = [
        ["harbor-3-seat-sofa", /side table|coffee table|throw|rug/iu],
        ["basecamp-4-person-tent", /sleeping (?:bag|pad)/iu],
        ["trailmaster-waterproof-hiking-boot-mens", /socks/iu],
        ["alder-platform-bed", /mattress|sheet|duvet|comforter/iu],
      ];
      for (const [handle, expected] of cases) {
        const list = await withoutOrders.complementary(idOf(products, handle));
        if (list.strategy !== "rules") failures.push(`${handle}: strategy is ${list.strategy}`);
        if (list.recommendations.some((entry) => entry.reasons.some((reason) => reason.kind === "bought-together"))) failures.push(`${handle}: bought-together without orders`);
        const top = list.recommendations.slice(0, 3).map((entry) => `${entry.product.title} ${entry.product.tags.join(" ")}`);
        if (!top.some((text) => expected.test(text))) failures.push(`${handle}: no ${expected} in the top three`);
      }
      return failures;
    },
  },
  {
    id: "cold-start",
    title: "Cold start: a full list for a shopper with no history",
    async run({ recommender, withoutOrders }) {
      const failures: string[] = [];
      for (const [name, candidate] of [
        ["with orders", recommender],
        ["without orders", withoutOrders],
      ] as const) {
        const list = await candidate.forShopper({ history: [], browsing: [], cart: [], limit: 6 });
        if (!list.coldStart) failures.push(`${name}: not marked cold start`);
        if (list.recommendations.length !== 6) failures.push(`${name}: ${list.recommendations.length} picks instead of 6`);
      }
      const unknown = await recommender.forShopper({ browsing: ["no-such-product"], limit: 6 });
      if (unknown.recommendations.length !== 6 || !unknown.unknownProductIds.includes("no-such-product")) failures.push("an unknown product id broke the cold start");
      return failures;
    },
  },
  {
    id: "whys-grounded",
    title: "Whys name only real attribute values and the shopper's own products",
    async run({ recommender, withoutOrders, products }) {
      const id = (handle: string) => idOf(products, handle);
      const lists = [
        await recommender.forShopper({
          cart: [id("harbor-3-seat-sofa")],
          browsing: [id("sora-flatweave-wool-rug"), id("wren-boucle-accent-chair")],
          history: [id("merino-wool-throw")],
          profile: { preferences: { colors: ["Charcoal"], materials: ["oak"] }, notes: "Likes linen and walnut." },
        }),
        await recommender.similar(id("stormline-rain-jacket-womens")),
        await recommender.complementary(id("stonewashed-linen-duvet-cover")),
        await withoutOrders.complementary(id("cast-iron-skillet-12")),
        await recommender.trending(),
        await withoutOrders.trending(),
      ];
      return lists.flatMap((list) => list.recommendations.flatMap((entry) => findUngroundedReasons(entry, lookupIn(products))));
    },
  },
  {
    id: "diversity",
    title: "Diversity: at most three picks from one category",
    async run({ recommender, products }) {
      const list = await recommender.forShopper({ browsing: [idOf(products, "basecamp-4-person-tent"), idOf(products, "ember-20-down-sleeping-bag")], limit: 8 });
      const counts = new Map<string, number>();
      for (const { product } of list.recommendations) {
        const key = product.categories.find((category) => category.kind === "category")?.id ?? "none";
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return [...counts.entries()].filter(([, count]) => count > 3).map(([key, count]) => `${count} picks from ${key}`);
    },
  },
];

export type RecommendationScenarioResult = { id: string; title: string; passed: boolean; failures: string[]; ms: number };
export type RecommendationEvalReport = { results: RecommendationScenarioResult[]; passed: number; total: number; passRate: number };

/**
 * Runs the scenarios. Without recommenders it builds them over the sample store (with and without orders);
 * a given `recommender` must serve the sample store's catalog (e.g. `createSampleStoreAisle().recommend`).
 * A scenario that throws fails with the error, and the run goes on.
 */
export async function runRecommendationEval({
  recommender,
  withoutOrders,
  scenarios = recommendationScenarios,
  onResult,
}: {
  recommender?: Recommender;
  withoutOrders?: Recommender;
  scenarios?: readonly RecommendationScenario[];
  onResult?: (result: RecommendationScenarioResult, index: number) => void;
} = {}): Promise<RecommendationEvalReport> {
  const context: RecommendationEvalContext = {
    recommender: recommender ?? (await createSampleStoreRecommender()).recommender,
    withoutOrders: withoutOrders ?? (await createSampleStoreRecommender({ orders: false })).recommender,
    products: loadSampleStore().products,
  };
  const results: RecommendationScenarioResult[] = [];
  for (const [index, scenario] of scenarios.entries()) {
    const started = performance.now();
    let failures: string[];
    try {
      failures = await scenario.run(context);
    } catch (error) {
      failures = [`threw: ${error instanceof Error ? error.message : String(error)}`];
    }
    const result = { id: scenario.id, title: scenario.title, passed: failures.length === 0, failures, ms: performance.now() - started };
    results.push(result);
    onResult?.(result, index);
  }
  const passed = results.filter((result) => result.passed).length;
  return { results, passed, total: results.length, passRate: results.length === 0 ? 0 : passed / results.length };
}
