/*
 * Shopper queries over the sample store with the products that answer them, grouped by the kind of query, for
 * measuring retrieval on data that ships with Aisle. Written for the sample store; graded 2 (what the shopper
 * asked for) or 1 (a reasonable alternative).
 */

export type RetrievalQueryClass = "exact title" | "category" | "attribute" | "plain-language filter" | "typo" | "synonym" | "other language";

export type RetrievalQuery = { query: string; class: RetrievalQueryClass; relevant: Record<string, 1 | 2> };

export const sampleRetrievalQueries: readonly RetrievalQuery[] = [
  { class: "exact title", query: "Harbor 3-Seat Sofa", relevant: { "harbor-3-seat-sofa": 2, "harbor-loveseat": 1 } },
  { class: "exact title", query: "cast iron skillet", relevant: { "cast-iron-skillet-12": 2, "enameled-cast-iron-dutch-oven": 1 } },
  { class: "exact title", query: "basecamp tent", relevant: { "basecamp-4-person-tent": 2 } },
  { class: "exact title", query: "percale sheets", relevant: { "percale-sheet-set": 2 } },
  { class: "category", query: "sofa", relevant: { "harbor-3-seat-sofa": 2, "fenwick-leather-sofa": 2, "linden-modular-sectional": 2, "harbor-loveseat": 1 } },
  { class: "category", query: "sleeping bag", relevant: { "ember-20-down-sleeping-bag": 2, "trailhead-35-synthetic-sleeping-bag": 2 } },
  { class: "category", query: "rain jacket", relevant: { "stormline-rain-jacket-mens": 2, "stormline-rain-jacket-womens": 2 } },
  { class: "category", query: "mattress", relevant: { "dreamvale-hybrid-mattress": 2, "dreamvale-essential-foam-mattress": 2 } },
  { class: "category", query: "rug", relevant: { "sora-flatweave-wool-rug": 2, "washable-runner-rug": 2, "jute-round-rug": 2 } },
  { class: "attribute", query: "merino wool", relevant: { "merino-wool-throw": 2, "merino-hiking-socks-3-pack": 2 } },
  { class: "attribute", query: "waterproof boots", relevant: { "trailmaster-waterproof-hiking-boot-mens": 2, "trailmaster-waterproof-hiking-boot-womens": 2 } },
  { class: "attribute", query: "leather sofa", relevant: { "fenwick-leather-sofa": 2 } },
  { class: "attribute", query: "down jacket", relevant: { "summit-down-jacket": 2, "tundra-insulated-parka": 1 } },
  { class: "plain-language filter", query: "charcoal sofa under $3000 in stock", relevant: { "linden-modular-sectional": 2 } },
  { class: "plain-language filter", query: "linen bedding under $250", relevant: { "stonewashed-linen-duvet-cover": 2 } },
  { class: "plain-language filter", query: "tent under $300", relevant: { "basecamp-4-person-tent": 2 } },
  { class: "typo", query: "sleping bag", relevant: { "ember-20-down-sleeping-bag": 2, "trailhead-35-synthetic-sleeping-bag": 2 } },
  { class: "typo", query: "matress", relevant: { "dreamvale-hybrid-mattress": 2, "dreamvale-essential-foam-mattress": 2 } },
  { class: "typo", query: "skilet", relevant: { "cast-iron-skillet-12": 2 } },
  { class: "synonym", query: "couch", relevant: { "harbor-3-seat-sofa": 2, "fenwick-leather-sofa": 2, "linden-modular-sectional": 2, "harbor-loveseat": 1 } },
  { class: "synonym", query: "comforter", relevant: { "all-season-down-alternative-comforter": 2, "stonewashed-linen-duvet-cover": 1 } },
  { class: "synonym", query: "carpet", relevant: { "sora-flatweave-wool-rug": 2, "washable-runner-rug": 2, "jute-round-rug": 2 } },
  { class: "other language", query: "Schlafsack", relevant: { "ember-20-down-sleeping-bag": 2, "trailhead-35-synthetic-sleeping-bag": 2 } },
  { class: "other language", query: "canapé", relevant: { "harbor-3-seat-sofa": 2, "fenwick-leather-sofa": 2, "linden-modular-sectional": 2 } },
  { class: "other language", query: "tienda de campaña", relevant: { "basecamp-4-person-tent": 2, "skylark-ul-2-tent": 2 } },
];
