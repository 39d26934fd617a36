import { normalizeColor, phrasesIn } from "./product-features";
import type { RecommendationReason } from "./recommend-types";

export type RecommendLanguage = "en" | "de" | "fr" | "es";

/** Each phrase takes only real values: product titles, attribute values as written, counts, the window. */
export type WhyPhrases = {
  cartComplement(anchor: string): string;
  cartSimilar(anchor: string): string;
  viewedComplement(anchor: string): string;
  viewedSimilar(anchor: string): string;
  purchasedComplement(anchor: string): string;
  purchasedSimilar(anchor: string): string;
  /** `orders` is only given when it is worth saying (three or more). */
  boughtTogether(anchor: string, orders?: number): string;
  complements(anchor: string): string;
  sameCategory(category: string): string;
  sameCollection(collection: string): string;
  material(value: string, anchor: string): string;
  color(value: string): string;
  vendor(value: string): string;
  tag(value: string): string;
  preference(value: string): string;
  priceBand(): string;
  trending(orders: number, days: number): string;
  collection(title: string): string;
  featured(category: string): string;
};

const capitalise = (text: string) => (text === "" ? text : text[0]?.toUpperCase() + text.slice(1));

export const whyPhrases: Record<RecommendLanguage, WhyPhrases> = {
  en: {
    cartComplement: (anchor) => `Goes with the ${anchor} in your cart`,
    cartSimilar: (anchor) => `Like the ${anchor} in your cart`,
    viewedComplement: (anchor) => `Goes with the ${anchor} you viewed`,
    viewedSimilar: (anchor) => `Similar to the ${anchor} you viewed`,
    purchasedComplement: (anchor) => `Goes with the ${anchor} you bought`,
    purchasedSimilar: (anchor) => `Like the ${anchor} you bought`,
    boughtTogether: (anchor, orders) =>
      orders === undefined ? `Bought together with the ${anchor}` : `Bought with the ${anchor} in ${orders} orders`,
    complements: (anchor) => `Goes with the ${anchor}`,
    sameCategory: (category) => `Also in ${category}`,
    sameCollection: (collection) => `Also in our ${collection} collection`,
    material: (value, anchor) => `${capitalise(value)}, like the ${anchor}`,
    color: (value) => `Comes in ${value}`,
    vendor: (value) => `Also by ${value}`,
    tag: (value) => `Also ${value}`,
    preference: (value) => `Matches your preference for ${value}`,
    priceBand: () => "Within your price range",
    trending: (orders, days) => (orders === 1 ? `Ordered in the last ${days} days` : `In ${orders} orders in the last ${days} days`),
    collection: (title) => `In our ${title} collection`,
    featured: (category) => `From our ${category} range`,
  },
  de: {
    cartComplement: (anchor) => `Passt zu „${anchor}“ in Ihrem Warenkorb`,
    cartSimilar: (anchor) => `Ähnlich wie „${anchor}“ in Ihrem Warenkorb`,
    viewedComplement: (anchor) => `Passt zu „${anchor}“, das Sie angesehen haben`,
    viewedSimilar: (anchor) => `Ähnlich wie „${anchor}“, das Sie angesehen haben`,
    purchasedComplement: (anchor) => `Passt zu „${anchor}“, das Sie gekauft haben`,
    purchasedSimilar: (anchor) => `Ähnlich wie „${anchor}“, das Sie gekauft haben`,
    boughtTogether: (anchor, orders) =>
      orders === undefined ? `Zusammen mit „${anchor}“ gekauft` : `In ${orders} Bestellungen zusammen mit „${anchor}“ gekauft`,
    complements: (anchor) => `Passt zu „${anchor}“`,
    sameCategory: (category) => `Ebenfalls in ${category}`,
    sameCollection: (collection) => `Ebenfalls in unserer Kollektion ${collection}`,
    material: (value, anchor) => `${capitalise(value)}, wie „${anchor}“`,
    color: (value) => `Erhältlich in ${value}`,
    vendor: (value) => `Ebenfalls von ${value}`,
    tag: (value) => `Ebenfalls ${value}`,
    preference: (value) => `Passt zu Ihrer Vorliebe: ${value}`,
    priceBand: () => "In Ihrer Preisklasse",
    trending: (orders, days) =>
      orders === 1 ? `In den letzten ${days} Tagen bestellt` : `In ${orders} Bestellungen der letzten ${days} Tage`,
    collection: (title) => `Aus unserer Kollektion ${title}`,
    featured: (category) => `Aus unserem Sortiment ${category}`,
  },
  fr: {
    cartComplement: (anchor) => `Va avec « ${anchor} » de votre panier`,
    cartSimilar: (anchor) => `Proche de « ${anchor} » de votre panier`,
    viewedComplement: (anchor) => `Va avec « ${anchor} », que vous avez consulté`,
    viewedSimilar: (anchor) => `Proche de « ${anchor} », que vous avez consulté`,
    purchasedComplement: (anchor) => `Va avec « ${anchor} », que vous avez acheté`,
    purchasedSimilar: (anchor) => `Proche de « ${anchor} », que vous avez acheté`,
    boughtTogether: (anchor, orders) =>
      orders === undefined ? `Acheté avec « ${anchor} »` : `Acheté avec « ${anchor} » dans ${orders} commandes`,
    complements: (anchor) => `Va avec « ${anchor} »`,
    sameCategory: (category) => `Aussi dans ${category}`,
    sameCollection: (collection) => `Aussi dans notre collection ${collection}`,
    material: (value, anchor) => `${capitalise(value)}, comme « ${anchor} »`,
    color: (value) => `Existe en ${value}`,
    vendor: (value) => `Aussi de ${value}`,
    tag: (value) => `Aussi ${value}`,
    preference: (value) => `Correspond à votre préférence : ${value}`,
    priceBand: () => "Dans votre budget",
    trending: (orders, days) =>
      orders === 1 ? `Commandé ces ${days} derniers jours` : `Dans ${orders} commandes ces ${days} derniers jours`,
    collection: (title) => `Dans notre collection ${title}`,
    featured: (category) => `De notre gamme ${category}`,
  },
  es: {
    cartComplement: (anchor) => `Combina con «${anchor}» de tu carrito`,
    cartSimilar: (anchor) => `Parecido a «${anchor}» de tu carrito`,
    viewedComplement: (anchor) => `Combina con «${anchor}», que has visto`,
    viewedSimilar: (anchor) => `Parecido a «${anchor}», que has visto`,
    purchasedComplement: (anchor) => `Combina con «${anchor}», que compraste`,
    purchasedSimilar: (anchor) => `Parecido a «${anchor}», que compraste`,
    boughtTogether: (anchor, orders) =>
      orders === undefined ? `Comprado junto con «${anchor}»` : `Comprado con «${anchor}» en ${orders} pedidos`,
    complements: (anchor) => `Combina con «${anchor}»`,
    sameCategory: (category) => `También en ${category}`,
    sameCollection: (collection) => `También en nuestra colección ${collection}`,
    material: (value, anchor) => `${capitalise(value)}, como «${anchor}»`,
    color: (value) => `Disponible en ${value}`,
    vendor: (value) => `También de ${value}`,
    tag: (value) => `También ${value}`,
    preference: (value) => `Coincide con tu preferencia: ${value}`,
    priceBand: () => "Dentro de tu presupuesto",
    trending: (orders, days) => (orders === 1 ? `Pedido en los últimos ${days} días` : `En ${orders} pedidos de los últimos ${days} días`),
    collection: (title) => `En nuestra colección ${title}`,
    featured: (category) => `De nuestra gama ${category}`,
  },
};

/** The why line: the two strongest reasons, as written. */
export function composeWhy(reasons: readonly RecommendationReason[]): string {
  return reasons
    .slice(0, 2)
    .map((reason) => reason.detail)
    .join(" · ");
}

/** Words that make a claim; a model's phrasing may only use them when the facts do. */
const claimWords = [
  "best", "cheapest", "cheap", "lowest", "award", "awarded", "guarantee", "guaranteed", "free", "lifetime", "eco", "sustainable",
  "organic", "handmade", "exclusive", "limited", "perfect", "everyone", "popular", "top-rated", "bestselling", "bestseller",
  "sale", "discount", "deal", "new", "only", "must-have", "premium", "luxury", "waterproof", "durable", "favourite", "favorite",
  "loved", "trending", "award-winning", "certified",
  "beste", "günstigste", "kostenlos", "gratis", "garantie", "nachhaltig", "bio", "perfekt", "beliebt", "neu", "angebot", "rabatt",
  "meilleur", "meilleure", "moins cher", "garanti", "durable", "parfait", "parfaite", "populaire", "nouveau", "nouvelle", "promo", "soldes",
  "mejor", "más barato", "garantizado", "gratis", "sostenible", "perfecto", "perfecta", "popular", "nuevo", "nueva", "oferta", "descuento",
];

const foldForCheck = (text: string) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
const containsWord = (haystack: string, needle: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u").test(haystack);

export type WhyCheck = { valid: true } | { valid: false; problem: string };

/**
 * Whether a model's phrasing of a why stays inside its facts: no number, catalog term (colour, material, brand,
 * category, tag), proper noun or claim word that the facts (the reasons and the product's title) do not have.
 */
export function checkWhyPhrasing(
  text: string,
  facts: readonly string[],
  vocabulary: ReadonlySet<string>,
  language: RecommendLanguage = "en",
): WhyCheck {
  const trimmed = text.trim();
  if (trimmed === "") return { valid: false, problem: "empty" };
  if (trimmed.length > 220 || /[\n\r]/u.test(trimmed)) return { valid: false, problem: "not one short line" };
  const factText = foldForCheck(facts.join(" \n "));
  const folded = foldForCheck(trimmed);

  const factNumbers = new Set(factText.match(/\d+(?:[.,]\d+)?/gu) ?? []);
  for (const number of folded.match(/\d+(?:[.,]\d+)?/gu) ?? []) {
    if (!factNumbers.has(number)) return { valid: false, problem: `number ${number} is not in the reasons` };
  }
  const factPhrases = phrasesIn(facts.join("\n"));
  for (const phrase of phrasesIn(trimmed)) {
    if (factPhrases.has(phrase)) continue;
    // A catalog term (colour, material, brand, category, tag) or any colour name the facts do not have.
    if (vocabulary.has(phrase)) return { valid: false, problem: `"${phrase}" is not in the reasons` };
    if (!phrase.includes(" ") && normalizeColor(phrase) !== undefined && !factText.includes(phrase)) {
      return { valid: false, problem: `colour "${phrase}" is not in the reasons` };
    }
  }
  for (const word of claimWords) {
    const key = foldForCheck(word);
    if (containsWord(folded, key) && !containsWord(factText, key)) return { valid: false, problem: `claim "${word}" is not in the reasons` };
  }
  // Proper nouns (brands, product names) past the first word must come from the facts. German capitalises
  // every noun, so there the catalog vocabulary above has to do.
  if (language === "de") return { valid: true };
  const words = trimmed.match(/[\p{L}][\p{L}\p{N}'’-]*/gu) ?? [];
  for (const word of words.slice(1)) {
    if (/^\p{Lu}/u.test(word) && !containsWord(factText, foldForCheck(word))) {
      return { valid: false, problem: `"${word}" is not in the reasons` };
    }
  }
  return { valid: true };
}
