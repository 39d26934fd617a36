import type { Product, RecommendationList } from "@aisle/core";
import { loadStore, type StoreFlags } from "../context";
import { usageError } from "../errors";
import type { Output } from "../output";

export type RecommendFlags = StoreFlags & { mode?: string; cart?: string; limit?: string; inStock?: boolean };

/**
 * `aisle recommend [product] [--mode similar|complementary|trending|shopper] [--cart a,b]`: picks with the
 * reason for each. Products are named by id or handle.
 */
export async function recommendCommand(product: string | undefined, flags: RecommendFlags, output: Output): Promise<number> {
  const mode = flags.mode ?? (product === undefined ? "trending" : "similar");
  if (!["similar", "complementary", "trending", "shopper"].includes(mode)) {
    throw usageError(`Unknown --mode '${mode}'.`, "Use similar, complementary, trending or shopper.");
  }
  const limit = flags.limit === undefined ? 5 : Number(flags.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw usageError(`--limit must be a whole number from 1 to 50, not '${flags.limit}'.`);
  const { aisle } = await loadStore(flags, output);
  await aisle.ready();
  const find = (reference: string): Product => {
    const found = aisle.catalog.get(reference) ?? aisle.catalog.all().find((candidate) => candidate.handle === reference);
    if (found === undefined) throw usageError(`No product '${reference}' in the catalog.`, "Pass a product id or handle; `aisle index --json` lists what was indexed.");
    return found;
  };
  const options = { limit, filters: { inStockOnly: flags.inStock !== false } };
  let list: RecommendationList;
  if (mode === "trending") list = await aisle.recommend.trending(options);
  else if (mode === "shopper") {
    const cart = (flags.cart ?? "").split(",").map((entry) => entry.trim()).filter((entry) => entry !== "").map((entry) => find(entry).id);
    list = await aisle.recommend.forShopper({ ...options, cart, ...(product === undefined ? {} : { browsing: [find(product).id] }) });
  } else {
    if (product === undefined) throw usageError(`--mode ${mode} needs a product.`, `Example: aisle recommend harbor-3-seat-sofa --mode ${mode}`);
    const id = find(product).id;
    list = mode === "similar" ? await aisle.recommend.similar(id, options) : await aisle.recommend.complementary(id, options);
  }
  output.info(`${mode} · strategy ${list.strategy}${list.coldStart ? " · cold start" : ""}`);
  for (const pick of list.recommendations) output.write(`${pick.product.title} (${pick.product.handle})\n    ${pick.why}\n`);
  if (list.recommendations.length === 0) output.info("No recommendations: the catalog has nothing that fits the filters.");
  output.result({ ...list, recommendations: list.recommendations.map(({ product: picked, ...rest }) => ({ productId: picked.id, handle: picked.handle, title: picked.title, ...rest })) });
  return 0;
}
