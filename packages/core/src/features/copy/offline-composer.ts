import { isOnSale, priceRange, type Product } from "../../catalog/product";
import type { AdCopy, AltText, EmailSubjects, ProductDescription, SeoMeta } from "./copy-schemas";

/*
 * Copy composed in code from the product's own facts, for running without a model: every claim is an
 * attribute value, an option value, the price or a sentence of the merchant's description. It reads plainer
 * than a model's draft and never invents anything.
 */

export type CopyLanguage = "en" | "de" | "fr" | "es";

const phrases: Record<
  CopyLanguage,
  {
    madeOf: (materials: string) => string;
    availableIn: (values: string) => string;
    measures: (dimensions: string) => string;
    warranty: (years: number) => string;
    care: string;
    material: string;
    colours: string;
    sizes: string;
    dimensions: string;
    from: (price: string) => string;
    onSale: string;
    newIn: (title: string) => string;
    meet: (title: string) => string;
    shop: (vendor: string) => string;
    and: string;
    photo: (title: string, colour: string | undefined) => string;
  }
> = {
  en: {
    madeOf: (materials) => `Made of ${materials}.`,
    availableIn: (values) => `Available in ${values}.`,
    measures: (dimensions) => `Measures ${dimensions}.`,
    warranty: (years) => `${years}-year warranty`,
    care: "Care",
    material: "Material",
    colours: "Colours",
    sizes: "Sizes",
    dimensions: "Dimensions",
    from: (price) => `From ${price}`,
    onSale: "Now on sale",
    newIn: (title) => `New in: ${title}`,
    meet: (title) => `Meet the ${title}`,
    shop: (vendor) => `Shop ${vendor}`,
    and: "and",
    photo: (title, colour) => (colour === undefined ? title : `${title} in ${colour}`),
  },
  de: {
    madeOf: (materials) => `Aus ${materials}.`,
    availableIn: (values) => `Erhältlich in ${values}.`,
    measures: (dimensions) => `Maße: ${dimensions}.`,
    warranty: (years) => `${years} Jahre Garantie`,
    care: "Pflege",
    material: "Material",
    colours: "Farben",
    sizes: "Größen",
    dimensions: "Maße",
    from: (price) => `Ab ${price}`,
    onSale: "Jetzt reduziert",
    newIn: (title) => `Neu: ${title}`,
    meet: (title) => `Entdecken Sie: ${title}`,
    shop: (vendor) => `${vendor} entdecken`,
    and: "und",
    photo: (title, colour) => (colour === undefined ? title : `${title} in ${colour}`),
  },
  fr: {
    madeOf: (materials) => `En ${materials}.`,
    availableIn: (values) => `Disponible en ${values}.`,
    measures: (dimensions) => `Dimensions : ${dimensions}.`,
    warranty: (years) => `Garantie ${years} ans`,
    care: "Entretien",
    material: "Matière",
    colours: "Coloris",
    sizes: "Tailles",
    dimensions: "Dimensions",
    from: (price) => `À partir de ${price}`,
    onSale: "En promotion",
    newIn: (title) => `Nouveau : ${title}`,
    meet: (title) => `Découvrez ${title}`,
    shop: (vendor) => `Découvrir ${vendor}`,
    and: "et",
    photo: (title, colour) => (colour === undefined ? title : `${title}, coloris ${colour}`),
  },
  es: {
    madeOf: (materials) => `De ${materials}.`,
    availableIn: (values) => `Disponible en ${values}.`,
    measures: (dimensions) => `Medidas: ${dimensions}.`,
    warranty: (years) => `${years} años de garantía`,
    care: "Cuidado",
    material: "Material",
    colours: "Colores",
    sizes: "Tallas",
    dimensions: "Medidas",
    from: (price) => `Desde ${price}`,
    onSale: "Ahora en oferta",
    newIn: (title) => `Novedad: ${title}`,
    meet: (title) => `Descubre ${title}`,
    shop: (vendor) => `Descubre ${vendor}`,
    and: "y",
    photo: (title, colour) => (colour === undefined ? title : `${title} en ${colour}`),
  },
};

/** Cuts text to `max` characters on a word boundary, dropping a dangling connector or comma. */
export function fitWords(text: string, max: number): string {
  if (text.length <= max) return text;
  // Prefer ending at a sentence, then a clause, when that keeps most of the room.
  const window = text.slice(0, max + 1);
  for (const boundary of [/[.!?](?=\s)/g, /[;,:](?=\s)/g]) {
    const ends = [...window.matchAll(boundary)].map((match) => match.index + 1).filter((end) => end <= max);
    const last = ends.at(-1);
    if (last !== undefined && last >= max * 0.6) return text.slice(0, last).replace(/[,;:]$/, "");
  }
  const cut = window;
  const boundary = cut.lastIndexOf(" ");
  return (boundary > 0 ? cut.slice(0, boundary) : text.slice(0, max)).replace(/[\s,;:–-]+$/u, "").replace(/\s+(?:and|with|in|of|for|the|a|und|et|y|de|en)$/iu, "");
}

function list(values: readonly string[], and: string): string {
  if (values.length <= 1) return values.join("");
  return `${values.slice(0, -1).join(", ")} ${and} ${values.at(-1)}`;
}

function attributeList(product: Product, key: string): string[] {
  const value = product.attributes[key];
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map(String).filter((entry) => entry.trim() !== "");
}

function optionValues(product: Product, name: string): string[] {
  return product.options.find((option) => option.name.toLowerCase() === name)?.values ?? [];
}

const sentenceSegmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Sentences of a description; the segmenter keeps decimals ("0.95 kg") and abbreviations whole. */
function sentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((paragraph) => [...sentenceSegmenter.segment(paragraph)].map((segment) => segment.segment.trim()))
    .filter((sentence) => sentence.length > 0);
}

function formatPrice(amount: string, currency: string, language: CopyLanguage): string {
  const locale = { en: "en-US", de: "de-DE", fr: "fr-FR", es: "es-ES" }[language];
  return new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: Number(amount) % 1 === 0 ? 0 : 2 }).format(Number(amount));
}

export type ProductFacts = {
  title: string;
  type: string | undefined;
  vendor: string | undefined;
  lead: string | undefined;
  details: string[];
  materials: string[];
  colours: string[];
  sizes: string[];
  dimensions: string | undefined;
  care: string | undefined;
  warrantyYears: number | undefined;
  price: string;
  onSale: boolean;
};

export function productFacts(product: Product, language: CopyLanguage): ProductFacts {
  const description = sentences(product.description);
  const warranty = product.attributes.warranty_years;
  const { min } = priceRange(product);
  const colours = [...new Set([...optionValues(product, "color"), ...optionValues(product, "colour")])];
  return {
    title: product.title,
    type: product.productType,
    vendor: product.vendor,
    lead: description[0],
    details: description.slice(1, 3),
    materials: attributeList(product, "material"),
    colours: colours.length > 0 ? colours : attributeList(product, "color"),
    sizes: optionValues(product, "size"),
    dimensions: attributeList(product, "dimensions")[0],
    care: attributeList(product, "care")[0],
    warrantyYears: typeof warranty === "number" ? warranty : undefined,
    price: formatPrice(min.amount, min.currencyCode, language),
    onSale: isOnSale(product),
  };
}

export function composeProductDescription(product: Product, language: CopyLanguage, keywords: readonly string[] = []): ProductDescription {
  const facts = productFacts(product, language);
  const words = phrases[language];
  const body = [
    facts.lead,
    ...facts.details,
    facts.materials.length > 0 ? words.madeOf(list(facts.materials, words.and)) : undefined,
    facts.colours.length > 1 ? words.availableIn(list(facts.colours, words.and)) : undefined,
  ]
    .filter((part): part is string => part !== undefined)
    .join(" ");
  const bullets = [
    facts.materials.length > 0 ? `${words.material}: ${facts.materials.join(", ")}` : undefined,
    facts.colours.length > 0 ? `${words.colours}: ${facts.colours.join(", ")}` : undefined,
    facts.sizes.length > 0 ? `${words.sizes}: ${facts.sizes.join(", ")}` : undefined,
    facts.dimensions === undefined ? undefined : `${words.dimensions}: ${facts.dimensions}`,
    facts.care === undefined ? undefined : `${words.care}: ${facts.care}`,
    facts.warrantyYears === undefined ? undefined : words.warranty(facts.warrantyYears),
  ]
    .filter((bullet): bullet is string => bullet !== undefined)
    .map((bullet) => fitWords(bullet, 160));
  while (bullets.length < 2) bullets.push(bullets.length === 0 ? words.from(facts.price) : facts.type ?? facts.title);
  const keyword = keywords.find((candidate) => !facts.title.toLowerCase().includes(candidate.toLowerCase()));
  const headline = fitWords(keyword === undefined || facts.type === undefined ? facts.title : `${facts.title}: ${facts.type}`, 90);
  return { headline, body: fitWords(body === "" ? facts.title : body, 1500), bullets: bullets.slice(0, 6) };
}

export function composeSeoMeta(product: Product, language: CopyLanguage, storeName: string, keywords: readonly string[] = []): SeoMeta {
  const facts = productFacts(product, language);
  const withStore = `${facts.title} | ${storeName}`;
  const title = withStore.length <= 60 ? withStore : fitWords(facts.title, 60);
  const words = phrases[language];
  const colours = facts.colours.length > 1 ? words.availableIn(list(facts.colours, words.and)) : undefined;
  const price = `${words.from(facts.price)}.`;
  const loose = (text: string) => text.toLowerCase().replace(/[\s-]+/g, " ");
  const missing = keywords.filter((keyword) => !loose(`${facts.title} ${facts.lead ?? ""}`).includes(loose(keyword)));
  const prefix = missing.length > 0 ? `${missing.join(", ")}: ` : "";
  // Whole sentences only: the first composition that fits is used, a cut sentence only as a last resort.
  const candidates = [
    [facts.lead, colours, price],
    [facts.lead, price],
    [facts.lead],
    [`${facts.title}.`, ...facts.details.slice(0, 1), colours, price],
    [`${facts.title}.`, colours, price],
  ].map((parts) => `${prefix}${parts.filter((part): part is string => part !== undefined).join(" ")}`);
  let description = candidates.find((candidate) => candidate.length >= 50 && candidate.length <= 155) ?? fitWords(candidates[0] ?? facts.title, 155);
  if (description.length < 50) description = fitWords(`${description} ${facts.title}. ${price}`, 155);
  return { title, description };
}

export function composeAltText(product: Product, language: CopyLanguage, imageIndex = 0): AltText {
  const facts = productFacts(product, language);
  const image = product.images[imageIndex];
  // An image's own alt written by the merchant says what it shows; otherwise the product and its colour.
  if (image?.alt !== undefined && image.alt.trim() !== "") return { alt: fitWords(image.alt.trim(), 125) };
  return { alt: fitWords(phrases[language].photo(facts.title, facts.colours[0]), 125) };
}

export function composeAdCopy(product: Product, language: CopyLanguage): AdCopy {
  const facts = productFacts(product, language);
  const words = phrases[language];
  const candidates = [
    facts.title,
    words.from(facts.price),
    facts.onSale ? words.onSale : undefined,
    facts.materials[0] !== undefined && facts.type !== undefined ? `${facts.materials[0]} ${facts.type}` : undefined,
    facts.vendor === undefined ? undefined : words.shop(facts.vendor),
    facts.warrantyYears === undefined ? undefined : words.warranty(facts.warrantyYears),
    facts.type,
    facts.colours.length > 1 ? list(facts.colours.slice(0, 3), words.and) : undefined,
    facts.title.split(" ").slice(0, 2).join(" "),
  ];
  const headlines = [
    ...new Set(candidates.filter((text): text is string => text !== undefined && text.trim() !== "").map((text) => fitWords(text, 30))),
  ].slice(0, 5);
  const descriptions = [facts.lead, ...facts.details, facts.materials.length > 0 ? words.madeOf(list(facts.materials, words.and)) : undefined]
    .filter((text): text is string => text !== undefined)
    .map((text) => fitWords(text, 90));
  while (descriptions.length < 2) descriptions.push(fitWords(`${facts.title}. ${words.from(facts.price)}.`, 90));
  return { headlines, descriptions: descriptions.slice(0, 3) };
}

export function composeEmailSubjects(product: Product, language: CopyLanguage, variants: number): EmailSubjects {
  const facts = productFacts(product, language);
  const words = phrases[language];
  const preheader = fitWords(facts.lead ?? facts.title, 100);
  const candidates = [
    words.meet(facts.title),
    words.newIn(facts.title),
    `${facts.title}: ${words.from(facts.price).toLowerCase()}`,
    facts.onSale ? `${facts.title}: ${words.onSale.toLowerCase()}` : undefined,
    facts.materials[0] === undefined ? undefined : `${facts.title}, ${facts.materials[0]}`,
    facts.colours.length > 1 ? `${facts.title}: ${list(facts.colours, words.and)}` : undefined,
  ].filter((subject): subject is string => subject !== undefined);
  const subjects = [...new Set(candidates.map((subject) => fitWords(subject, 60)))].slice(0, variants);
  return { subjects: subjects.map((subject) => ({ subject, preheader })) };
}
