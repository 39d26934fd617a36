import { z } from "zod";
import { fold, matchesTerm, type ProductFeatures } from "./product-features";

const termSchema = z.string().trim().min(1);

/**
 * "What goes with what", by kind of product rather than by product id, so a rule keeps working as the catalog
 * changes. Terms are matched as whole words (plurals too) in a product's title and tags, falling back to its
 * type and category names.
 */
export const complementRuleSchema = z
  .object({
    /** Terms that identify the anchor product, e.g. `["sofa", "sectional"]`. */
    when: z.array(termSchema).min(1),
    /** What goes with it, best first; an inner array groups words for the same thing (`["side table", "end table"]`). */
    suggest: z.array(z.union([termSchema, z.array(termSchema).min(1)])).min(1),
  })
  .strict();

export type ComplementRule = z.input<typeof complementRuleSchema>;

/**
 * Complements for common home, kitchen, bedroom, outdoor and apparel goods, in English. Shops selling in other
 * languages, or other goods, add their own through `complementRules`.
 */
export const defaultComplementRules: readonly ComplementRule[] = [
  {
    when: ["sofa", "couch", "sectional", "loveseat", "settee"],
    suggest: [["side table", "end table"], "coffee table", ["throw", "throw blanket"], "rug", ["cushion", "throw pillow"], ["floor lamp", "table lamp"], "curtains"],
  },
  {
    when: ["accent chair", "armchair", "swivel chair", "reading chair", "lounge chair"],
    suggest: [["side table", "end table"], ["throw", "throw blanket"], "rug", ["floor lamp", "table lamp"], ["cushion", "throw pillow"]],
  },
  { when: ["coffee table"], suggest: ["rug", ["sofa", "sectional"], ["side table", "end table"]] },
  { when: ["side table", "end table"], suggest: [["table lamp"], ["sofa", "accent chair"]] },
  {
    when: ["dining table", "kitchen table"],
    suggest: [["dining chair", "dining bench"], ["dinnerware", "plates"], ["napkins", "table linen", "tablecloth"], ["glassware", "tumblers"], "rug"],
  },
  { when: ["dining chair", "counter stool", "bar stool"], suggest: [["dining table", "kitchen island"], ["seat cushion", "seat pad"]] },
  {
    when: ["bed frame", "platform bed", "bed"],
    suggest: ["mattress", ["sheets", "sheet set"], "duvet cover", ["comforter", "duvet insert"], "pillow", ["nightstand", "bedside table"], "rug"],
  },
  {
    when: ["mattress"],
    suggest: [["sheets", "sheet set"], "pillow", ["mattress protector", "mattress topper"], ["bed frame", "platform bed"], ["comforter", "duvet insert"], "duvet cover"],
  },
  { when: ["sheets", "sheet set"], suggest: ["pillow", "duvet cover", ["comforter", "duvet insert"], ["throw", "blanket"]] },
  { when: ["duvet cover"], suggest: [["comforter", "duvet insert"], ["sheets", "sheet set"], "pillow", ["throw", "blanket"]] },
  { when: ["comforter", "duvet insert"], suggest: ["duvet cover", ["sheets", "sheet set"], "pillow"] },
  { when: ["pillow"], suggest: [["sheets", "sheet set", "pillowcase"], ["comforter", "duvet insert"]] },
  { when: ["nightstand", "bedside table", "dresser"], suggest: [["table lamp"], ["bed frame", "platform bed"], "rug"] },
  { when: ["desk", "writing desk"], suggest: [["desk chair", "office chair"], ["bookcase", "bookshelf"], ["desk lamp", "table lamp"]] },
  { when: ["bookcase", "bookshelf"], suggest: ["desk", ["reading chair", "accent chair"]] },
  { when: ["rug", "runner"], suggest: [["rug pad"], ["sofa", "sectional"], "coffee table"] },
  { when: ["curtains", "curtain"], suggest: [["curtain rod"], "rug"] },
  { when: ["towels", "towel"], suggest: [["bath mat"], ["bathrobe", "robe"]] },
  { when: ["tent"], suggest: ["sleeping bag", "sleeping pad", ["headlamp", "lantern"], "camp chair", "camp stove", "cooler"] },
  { when: ["sleeping bag"], suggest: ["sleeping pad", "tent", "headlamp", "camp pillow"] },
  { when: ["sleeping pad"], suggest: ["sleeping bag", "tent"] },
  { when: ["camp stove"], suggest: [["cook pot", "camp cookware"], "cooler", "camp chair"] },
  { when: ["cook pot"], suggest: ["camp stove", "mug"] },
  { when: ["cooler", "ice chest"], suggest: ["camp chair", "camp stove"] },
  { when: ["camp chair"], suggest: ["cooler", "camp stove", "tent"] },
  { when: ["backpack", "daypack"], suggest: ["rain jacket", "trekking poles", "headlamp", "water bottle"] },
  { when: ["trekking poles"], suggest: ["hiking boots", ["daypack", "backpack"]] },
  { when: ["hiking boots", "boots"], suggest: ["socks", "trekking poles", ["daypack", "backpack"]] },
  { when: ["socks"], suggest: [["hiking boots", "boots"]] },
  { when: ["rain jacket"], suggest: [["fleece", "midlayer"], ["daypack", "backpack"], "hiking boots"] },
  { when: ["down jacket", "puffer", "parka", "winter coat"], suggest: [["fleece", "midlayer"], "socks", ["beanie", "hat"], "gloves"] },
  { when: ["fleece", "midlayer"], suggest: ["rain jacket", "down jacket"] },
  {
    when: ["skillet", "frying pan", "fry pan", "dutch oven", "wok", "cookware set", "saucepan"],
    suggest: [["knife", "chef's knife"], "cutting board", ["utensils", "spatula"], ["trivet", "pot holder", "oven mitt"]],
  },
  { when: ["knife", "chef's knife"], suggest: ["cutting board", ["knife sharpener", "honing steel"]] },
  { when: ["cutting board"], suggest: ["knife"] },
  { when: ["dinnerware", "plates"], suggest: ["napkins", ["glassware", "tumblers"], ["flatware", "cutlery"]] },
  { when: ["glassware", "tumblers"], suggest: ["dinnerware", "napkins", ["pitcher", "carafe"]] },
  { when: ["napkins", "tablecloth"], suggest: ["dinnerware", ["glassware", "tumblers"]] },
  { when: ["pour over", "coffee maker", "french press", "espresso maker"], suggest: [["mug", "mugs"], "coffee grinder"] },
];

type NormalizedRule = { when: string[]; suggest: string[][] };

export type ComplementRuleMatch = {
  /** 1 for the rule's first suggestion, less for later ones. */
  score: number;
  /** The suggestion term the candidate matched. */
  term: string;
};

export type ComplementMatcher = {
  /** Whether any rule applies to the anchor. */
  hasRules(anchor: ProductFeatures): boolean;
  match(anchor: ProductFeatures, candidate: ProductFeatures): ComplementRuleMatch | undefined;
};

export function createComplementMatcher(rules: readonly ComplementRule[]): ComplementMatcher {
  const normalized: NormalizedRule[] = rules.map((rule) => ({
    when: rule.when.map(fold),
    suggest: rule.suggest.map((entry) => (typeof entry === "string" ? [fold(entry)] : entry.map(fold))),
  }));
  const anchorRules = new WeakMap<ProductFeatures, Array<{ rule: NormalizedRule; matched: string[] }>>();
  const allTerms = [...new Set(normalized.flatMap((rule) => [...rule.when, ...rule.suggest.flat()]))];
  const identified = new WeakMap<ProductFeatures, boolean>();
  /** Whether the title and tags already say what the product is; then its broad category names are not read. */
  const isIdentified = (features: ProductFeatures) => {
    let known = identified.get(features);
    if (known === undefined) {
      known = allTerms.some((term) => matchesTerm(features, term));
      identified.set(features, known);
    }
    return known;
  };

  const rulesFor = (anchor: ProductFeatures) => {
    let found = anchorRules.get(anchor);
    if (found !== undefined) return found;
    const collect = (scope: "title-and-tags" | "categories") =>
      normalized.flatMap((rule) => {
        const matched = rule.when.filter((term) => matchesTerm(anchor, term, scope));
        return matched.length === 0 ? [] : [{ rule, matched }];
      });
    found = collect("title-and-tags");
    if (found.length === 0) found = collect("categories");
    anchorRules.set(anchor, found);
    return found;
  };

  const suggestionIndex = (suggest: string[][], candidate: ProductFeatures, scope: "title-and-tags" | "categories") => {
    for (const [index, group] of suggest.entries()) {
      const term = group.find((entry) => matchesTerm(candidate, entry, scope));
      if (term !== undefined) return { index, term };
    }
    return undefined;
  };

  return {
    hasRules: (anchor) => rulesFor(anchor).length > 0,
    match(anchor, candidate) {
      let best: ComplementRuleMatch | undefined;
      for (const { rule, matched } of rulesFor(anchor)) {
        // The same kind of product as the anchor is an alternative to it, not something to go with it.
        if (matched.some((term) => matchesTerm(candidate, term))) continue;
        const hit =
          suggestionIndex(rule.suggest, candidate, "title-and-tags") ??
          (isIdentified(candidate) ? undefined : suggestionIndex(rule.suggest, candidate, "categories"));
        if (hit === undefined) continue;
        const score = Math.max(0.4, 1 - 0.08 * hit.index);
        if (best === undefined || score > best.score) best = { score, term: hit.term };
      }
      return best;
    },
  };
}

const merchandisingCollection =
  /(?<![\p{L}\p{N}])(?:sale|clearance|outlet|deals?|offers?|best ?sellers?|new|gifts?|under|angebot|neu|neuheiten|geschenke?|soldes|nouveaut[eé]s?|cadeaux?|ofertas?|rebajas|novedades|regalos?)(?![\p{L}\p{N}])/iu;

/** A hand-picked collection about a theme ("Cabin Weekend"), not a merchandising one ("Sale", "Gifts Under $100"). */
export function isThematicCollection(title: string, featuredTitles: ReadonlySet<string>): boolean {
  return !featuredTitles.has(fold(title)) && !merchandisingCollection.test(title);
}
