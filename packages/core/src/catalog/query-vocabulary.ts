/*
 * Word lists for query understanding. Written by hand for English with the common German, French and Spanish
 * forms. `position` marks words that are often products in their own right ("face cream", "wine glass",
 * "steam iron"): "modifier" words count only before another word ("cream sofa"), "explicit" ones only with
 * "in"/"colour" around them ("sofa in olive", "olive colour").
 */

export type WordPosition = "any" | "modifier" | "explicit";

export type ColorEntry = { name: string; family: string; aliases: string[]; position?: WordPosition };

const baseColors: ColorEntry[] = [
  { name: "red", family: "red", aliases: ["red", "reds"] },
  { name: "blue", family: "blue", aliases: ["blue", "blues"] },
  { name: "green", family: "green", aliases: ["green", "greens"] },
  { name: "yellow", family: "yellow", aliases: ["yellow"] },
  { name: "purple", family: "purple", aliases: ["purple"] },
  { name: "pink", family: "pink", aliases: ["pink"] },
  { name: "black", family: "black", aliases: ["black"] },
  { name: "white", family: "white", aliases: ["white"] },
  { name: "gray", family: "gray", aliases: ["gray", "grey"] },
  { name: "brown", family: "brown", aliases: ["brown"] },
  { name: "beige", family: "brown", aliases: ["beige"] },
  { name: "navy", family: "blue", aliases: ["navy", "navy blue"] },
  { name: "teal", family: "blue", aliases: ["teal", "teal blue"] },
  { name: "turquoise", family: "blue", aliases: ["turquoise"] },
  { name: "aqua", family: "blue", aliases: ["aqua"] },
  { name: "cyan", family: "blue", aliases: ["cyan"] },
  { name: "indigo", family: "blue", aliases: ["indigo"] },
  { name: "cobalt", family: "blue", aliases: ["cobalt", "cobalt blue"] },
  { name: "maroon", family: "red", aliases: ["maroon"] },
  { name: "burgundy", family: "red", aliases: ["burgundy", "bordeaux", "oxblood"] },
  { name: "crimson", family: "red", aliases: ["crimson"] },
  { name: "scarlet", family: "red", aliases: ["scarlet"] },
  { name: "magenta", family: "pink", aliases: ["magenta"] },
  { name: "fuchsia", family: "pink", aliases: ["fuchsia"] },
  { name: "violet", family: "purple", aliases: ["violet"] },
  { name: "lilac", family: "purple", aliases: ["lilac"] },
  { name: "mauve", family: "purple", aliases: ["mauve"] },
  { name: "khaki", family: "green", aliases: ["khaki"] },
  { name: "taupe", family: "brown", aliases: ["taupe"] },
  { name: "ecru", family: "white", aliases: ["ecru"] },
  { name: "off white", family: "white", aliases: ["off white", "offwhite", "eggshell"] },
  { name: "multicolor", family: "multicolor", aliases: ["multicolor", "multicolour", "multi color", "multi colour", "multicolored", "multicoloured", "multi colored", "multi coloured", "rainbow"] },
  { name: "rose gold", family: "pink", aliases: ["rose gold"] },
  { name: "hot pink", family: "pink", aliases: ["hot pink"] },
  { name: "dusty pink", family: "pink", aliases: ["dusty pink", "dusty rose", "blush pink"] },
  { name: "burnt orange", family: "orange", aliases: ["burnt orange"] },
  { name: "sky blue", family: "blue", aliases: ["sky blue", "baby blue", "powder blue", "ice blue"] },
  { name: "royal blue", family: "blue", aliases: ["royal blue"] },
  { name: "forest green", family: "green", aliases: ["forest green", "bottle green", "hunter green"] },
  { name: "olive", family: "green", aliases: ["olive green"] },
  { name: "mint", family: "green", aliases: ["mint green"] },
  { name: "lime", family: "green", aliases: ["lime green"] },
  { name: "sage", family: "green", aliases: ["sage green"] },
  { name: "emerald", family: "green", aliases: ["emerald green", "emerald"] },
  { name: "charcoal", family: "gray", aliases: ["charcoal gray", "charcoal grey"] },
  { name: "wine", family: "red", aliases: ["wine red"] },
  { name: "cherry red", family: "red", aliases: ["cherry red", "brick red"] },
  { name: "jet black", family: "black", aliases: ["jet black"] },
  // Often products or food in their own right: only before another word.
  { name: "orange", family: "orange", aliases: ["orange"], position: "modifier" },
  { name: "gold", family: "yellow", aliases: ["gold", "golden"], position: "modifier" },
  { name: "silver", family: "gray", aliases: ["silver"], position: "modifier" },
  { name: "cream", family: "white", aliases: ["cream"], position: "modifier" },
  { name: "ivory", family: "white", aliases: ["ivory"], position: "modifier" },
  { name: "charcoal", family: "gray", aliases: ["charcoal"], position: "modifier" },
  { name: "coral", family: "pink", aliases: ["coral"], position: "modifier" },
  { name: "rose", family: "pink", aliases: ["rose"], position: "modifier" },
  { name: "lavender", family: "purple", aliases: ["lavender"], position: "modifier" },
  { name: "plum", family: "purple", aliases: ["plum"], position: "modifier" },
  { name: "mustard", family: "yellow", aliases: ["mustard"], position: "modifier" },
  { name: "tan", family: "brown", aliases: ["tan"], position: "modifier" },
  { name: "camel", family: "brown", aliases: ["camel"], position: "modifier" },
  { name: "cognac", family: "brown", aliases: ["cognac"], position: "modifier" },
  { name: "chocolate", family: "brown", aliases: ["chocolate"], position: "modifier" },
  { name: "sand", family: "brown", aliases: ["sand"], position: "modifier" },
  { name: "rust", family: "orange", aliases: ["rust"], position: "modifier" },
  { name: "peach", family: "orange", aliases: ["peach"], position: "modifier" },
  { name: "wine", family: "red", aliases: ["wine"], position: "explicit" },
  { name: "slate", family: "gray", aliases: ["slate"], position: "modifier" },
  { name: "blush", family: "pink", aliases: ["blush"], position: "modifier" },
  // Mostly food or plants unless the shopper says it is a colour.
  { name: "olive", family: "green", aliases: ["olive"], position: "explicit" },
  { name: "mint", family: "green", aliases: ["mint"], position: "explicit" },
  { name: "lime", family: "green", aliases: ["lime"], position: "explicit" },
  { name: "sage", family: "green", aliases: ["sage"], position: "explicit" },
  { name: "natural", family: "white", aliases: ["natural"], position: "explicit" },
  { name: "nude", family: "brown", aliases: ["nude"], position: "explicit" },
];

const shadeModifiers = ["light", "dark", "pale", "bright", "deep", "neon", "pastel", "muted"];
const shadeBases = ["blue", "green", "red", "pink", "gray", "grey", "brown", "purple", "yellow", "orange", "beige"];

/** German, French and Spanish colour adjectives, with their inflected forms. */
const foreignColors: Array<{ name: string; forms: string[] }> = [
  { name: "red", forms: [...germanForms("rot"), "rouge", "rouges", ...spanishForms("roj")] },
  { name: "blue", forms: [...germanForms("blau"), "bleu", "bleue", "bleus", "bleues", "azul", "azules"] },
  { name: "green", forms: [...germanForms("grun"), "vert", "verte", "verts", "vertes", "verde", "verdes"] },
  { name: "yellow", forms: [...germanForms("gelb"), "jaune", "jaunes", ...spanishForms("amarill")] },
  { name: "black", forms: [...germanForms("schwarz"), "noir", "noire", "noirs", "noires", ...spanishForms("negr")] },
  { name: "white", forms: [...germanForms("weiss"), "blanc", "blanche", "blancs", "blanches", ...spanishForms("blanc")] },
  { name: "gray", forms: [...germanForms("grau"), "gris", "grise", "grises"] },
  { name: "brown", forms: [...germanForms("braun"), "marron", "marrons", "brun", "brune", "bruns", "brunes", "marrones"] },
  { name: "pink", forms: ["rosa", "rosafarben", ...spanishForms("rosad")] },
  { name: "purple", forms: ["lila", ...germanForms("violett"), "violette", "violettes", ...spanishForms("morad")] },
];

function germanForms(stem: string): string[] {
  return ["", "e", "en", "er", "es", "em"].map((ending) => stem + ending);
}

function spanishForms(stem: string): string[] {
  return ["o", "a", "os", "as"].map((ending) => stem + ending);
}

export function colorEntries(): ColorEntry[] {
  const shades: ColorEntry[] = shadeModifiers.flatMap((modifier) =>
    shadeBases.map((base) => {
      const family = base === "grey" ? "gray" : base;
      return { name: `${modifier} ${family}`, family, aliases: [`${modifier} ${base}`] };
    }),
  );
  const foreign: ColorEntry[] = foreignColors.map(({ name, forms }) => ({ name, family: name, aliases: forms }));
  return [...baseColors, ...shades, ...foreign];
}

export type MaterialEntry = { name: string; aliases: string[]; position?: WordPosition };

export const materialEntries: MaterialEntry[] = [
  { name: "leather", aliases: ["leather", "genuine leather", "full grain leather", "top grain leather", "leder", "cuir", "cuero"] },
  { name: "faux leather", aliases: ["faux leather", "vegan leather", "pu leather", "leatherette", "kunstleder", "similicuir", "cuero sintetico"] },
  { name: "suede", aliases: ["suede", "wildleder", "daim"] },
  { name: "nubuck", aliases: ["nubuck"] },
  { name: "cotton", aliases: ["cotton", "baumwolle", "coton", "algodon"] },
  { name: "organic cotton", aliases: ["organic cotton", "bio baumwolle", "coton bio", "algodon organico"] },
  { name: "linen", aliases: ["linen", "leinen", "lin"] },
  { name: "wool", aliases: ["wool", "woolen", "woollen", "wolle", "laine", "lana"] },
  { name: "merino", aliases: ["merino", "merino wool"] },
  { name: "cashmere", aliases: ["cashmere", "kaschmir", "cachemire", "cachemira"] },
  { name: "silk", aliases: ["silk", "seide", "soie", "seda"] },
  { name: "polyester", aliases: ["polyester", "poliester"] },
  { name: "nylon", aliases: ["nylon"] },
  { name: "elastane", aliases: ["elastane", "spandex", "lycra", "elasthan"] },
  { name: "viscose", aliases: ["viscose", "rayon", "viskose"] },
  { name: "modal", aliases: ["modal"], position: "modifier" },
  { name: "lyocell", aliases: ["lyocell", "tencel"] },
  { name: "denim", aliases: ["denim"] },
  { name: "velvet", aliases: ["velvet", "velour", "samt", "velours", "terciopelo"] },
  { name: "corduroy", aliases: ["corduroy", "cord", "cordsamt"], position: "modifier" },
  { name: "tweed", aliases: ["tweed"] },
  { name: "mohair", aliases: ["mohair"] },
  { name: "alpaca", aliases: ["alpaca"] },
  { name: "hemp", aliases: ["hemp", "hanf"] },
  { name: "jute", aliases: ["jute", "sisal"] },
  { name: "rattan", aliases: ["rattan", "wicker"] },
  { name: "bamboo", aliases: ["bamboo", "bambus", "bambou", "bambu"] },
  { name: "fleece", aliases: ["fleece", "sherpa"] },
  { name: "felt", aliases: ["felt", "filz"], position: "modifier" },
  { name: "microfiber", aliases: ["microfiber", "microfibre", "mikrofaser"] },
  { name: "wood", aliases: ["wood", "wooden", "solid wood", "hardwood", "holz", "massivholz", "bois", "madera"] },
  { name: "oak", aliases: ["oak", "oak wood", "eiche", "chene", "roble"] },
  { name: "walnut", aliases: ["walnut", "nussbaum", "noyer", "nogal"] },
  { name: "teak", aliases: ["teak", "teck"] },
  { name: "pine", aliases: ["pine", "kiefer", "pin", "pino"], position: "modifier" },
  { name: "birch", aliases: ["birch", "birke", "bouleau"] },
  { name: "maple", aliases: ["maple", "ahorn", "erable"], position: "modifier" },
  { name: "mahogany", aliases: ["mahogany"] },
  { name: "acacia", aliases: ["acacia", "akazie"] },
  { name: "beech", aliases: ["beech", "buche", "hetre", "haya"], position: "modifier" },
  { name: "ash", aliases: ["ash", "ash wood"], position: "modifier" },
  { name: "cherry", aliases: ["cherry wood", "cherrywood"] },
  { name: "mango wood", aliases: ["mango wood"] },
  { name: "plywood", aliases: ["plywood"] },
  { name: "marble", aliases: ["marble", "marmor", "marbre", "marmol"] },
  { name: "granite", aliases: ["granite", "granit"] },
  { name: "travertine", aliases: ["travertine", "terrazzo"] },
  { name: "ceramic", aliases: ["ceramic", "keramik", "ceramique", "ceramica"] },
  { name: "porcelain", aliases: ["porcelain", "porzellan", "porcelaine", "porcelana"] },
  { name: "stoneware", aliases: ["stoneware", "earthenware", "steingut"] },
  { name: "terracotta", aliases: ["terracotta", "terra cotta"] },
  { name: "stainless steel", aliases: ["stainless steel", "stainless", "edelstahl", "acier inoxydable", "acero inoxidable", "inox"] },
  { name: "steel", aliases: ["steel", "stahl", "acier", "acero"] },
  { name: "aluminum", aliases: ["aluminum", "aluminium", "aluminio"] },
  { name: "brass", aliases: ["brass", "messing", "laiton"] },
  { name: "bronze", aliases: ["bronze"], position: "modifier" },
  { name: "copper", aliases: ["copper", "kupfer", "cuivre"], position: "modifier" },
  { name: "cast iron", aliases: ["cast iron", "gusseisen", "fonte"] },
  { name: "wrought iron", aliases: ["wrought iron"] },
  { name: "iron", aliases: ["iron", "eisen"], position: "modifier" },
  { name: "titanium", aliases: ["titanium", "titan"] },
  { name: "platinum", aliases: ["platinum", "platin"] },
  { name: "sterling silver", aliases: ["sterling silver", "sterling", "925 silver"] },
  { name: "solid gold", aliases: ["solid gold", "14k gold", "18k gold", "9k gold", "24k gold"] },
  { name: "gold plated", aliases: ["gold plated", "gold filled", "vergoldet", "plaque or"] },
  { name: "silver plated", aliases: ["silver plated", "versilbert"] },
  { name: "glass", aliases: ["glass", "glas", "verre", "vidrio"], position: "modifier" },
  { name: "stone", aliases: ["stone", "stein", "piedra"], position: "modifier" },
  { name: "concrete", aliases: ["concrete", "beton"], position: "modifier" },
  { name: "cork", aliases: ["cork", "kork", "liege", "corcho"], position: "modifier" },
  { name: "down", aliases: ["down", "goose down", "duck down", "daunen", "duvet d'oie"], position: "modifier" },
  { name: "feather", aliases: ["feather", "feathers", "federn"], position: "modifier" },
  { name: "rubber", aliases: ["rubber", "gummi", "caoutchouc"], position: "modifier" },
  { name: "silicone", aliases: ["silicone", "silikon"] },
  { name: "latex", aliases: ["latex"], position: "modifier" },
  { name: "memory foam", aliases: ["memory foam", "viscoelastic", "visco"] },
  { name: "foam", aliases: ["foam", "schaum"], position: "modifier" },
  { name: "plastic", aliases: ["plastic", "kunststoff", "plastique", "plastico"], position: "modifier" },
  { name: "acrylic", aliases: ["acrylic", "acryl", "acrylique"] },
  { name: "resin", aliases: ["resin", "harz", "resine", "resina"], position: "modifier" },
  { name: "canvas", aliases: ["canvas", "segeltuch", "toile", "lona"], position: "modifier" },
  { name: "neoprene", aliases: ["neoprene", "neopren"] },
  { name: "gore-tex", aliases: ["gore tex", "goretex"] },
  { name: "metal", aliases: ["metal", "metall", "metallique", "metalico"], position: "modifier" },
];

export type SizeEntry = { name: string; aliases: string[] };

/** Letter sizes recognised anywhere ("xl hoodie"); S, M and L alone only after a size word or in capitals. */
export const letterSizes: SizeEntry[] = [
  { name: "XXS", aliases: ["xxs", "2xs"] },
  { name: "XS", aliases: ["xs", "extra small", "x small"] },
  { name: "XL", aliases: ["xl", "extra large", "x large", "1xl"] },
  { name: "XXL", aliases: ["xxl", "2xl", "xx large", "2x large"] },
  { name: "XXXL", aliases: ["xxxl", "3xl", "xxx large"] },
  { name: "4XL", aliases: ["4xl", "xxxxl"] },
  { name: "5XL", aliases: ["5xl"] },
];

/** Size words that count only after "size": "large" alone means big, not L. */
export const sizeWordsAfterKeyword: SizeEntry[] = [
  { name: "S", aliases: ["s", "small", "klein", "petit", "pequeno"] },
  { name: "M", aliases: ["m", "medium", "mittel", "moyen", "mediano"] },
  { name: "L", aliases: ["l", "large", "gross", "grand", "grande"] },
];

export const sizeKeywords = ["size", "sz", "sizes", "taille", "grosse", "gr", "talla", "tamano", "maat", "us", "eu", "uk", "fr", "it"];
/** Region words count as size keywords only before a number ("eu 42"), never before a letter. */
export const regionSizeKeywords = new Set(["us", "eu", "uk", "fr", "it"]);

export const bedSizes: SizeEntry[] = [
  { name: "california king", aliases: ["california king", "cal king"] },
  { name: "super king", aliases: ["super king", "super king size"] },
  { name: "king", aliases: ["king size", "king sized", "kingsize"] },
  { name: "queen", aliases: ["queen size", "queen sized"] },
  { name: "twin xl", aliases: ["twin xl"] },
  { name: "twin", aliases: ["twin size"] },
  { name: "full", aliases: ["full size"] },
  { name: "double", aliases: ["double size"] },
  { name: "single", aliases: ["single size"] },
  { name: "one size", aliases: ["one size", "one size fits all", "onesize", "taille unique", "talla unica", "einheitsgrosse"] },
];

/** "king" and "queen" alone are bed sizes when a bedding word follows ("queen duvet"). */
export const bareBedSizes: SizeEntry[] = [
  { name: "king", aliases: ["king"] },
  { name: "queen", aliases: ["queen"] },
];
export const beddingWords = new Set([
  "bed", "beds", "mattress", "mattresses", "sheet", "sheets", "duvet", "duvets", "comforter", "comforters",
  "quilt", "quilts", "bedspread", "frame", "headboard", "bedding", "topper", "protector", "pillowcase",
  "pillowcases", "blanket", "coverlet",
]);

export const inStockPhrases = [
  "in stock", "instock", "available", "available now", "ready to ship", "ships today", "ships now",
  "auf lager", "lagernd", "vorratig", "verfugbar", "sofort verfugbar", "lieferbar", "sofort lieferbar",
  "en stock", "disponible", "disponibles", "disponible immediatement", "en existencia", "con stock", "hay stock",
];

export const outOfStockPhrases = [
  "out of stock", "sold out", "unavailable", "ausverkauft", "nicht verfugbar", "nicht auf lager", "nicht lieferbar",
  "epuise", "epuisee", "epuises", "rupture de stock", "en rupture de stock", "agotado", "agotada", "agotados",
  "sin stock", "no disponible", "sin existencias",
];

export const onSalePhrases = [
  "on sale", "sale", "discounted", "discount", "discounts", "clearance", "reduced", "markdown", "marked down",
  "deal", "deals", "on offer", "special offer", "on special",
  "im angebot", "angebot", "angebote", "sonderangebot", "reduziert", "rabatt", "rabattiert", "im sale", "ermassigt",
  "en solde", "en soldes", "solde", "soldes", "promo", "en promo", "promotion", "en promotion", "reduit", "remise",
  "en oferta", "oferta", "ofertas", "rebajado", "rebajada", "rebajados", "rebajadas", "rebajas", "en rebaja",
  "descuento", "con descuento", "en promocion", "promocion", "liquidacion",
];

/** Phrases that contain a sale or stock word but mean something else; consumed without a filter. */
export const neutralPhrases = ["for sale", "zu verkaufen", "a vendre", "en venta", "se vende"];

/** Before an amount: an upper bound. */
export const maxPricePhrases = [
  "under", "below", "less than", "cheaper than", "lower than", "up to", "upto", "max", "max.", "maximum", "at most",
  "no more than", "not more than", "not over", "within", "<", "<=", "≤", "budget", "budget of",
  "unter", "bis", "bis zu", "hochstens", "maximal", "weniger als", "gunstiger als", "nicht mehr als", "billiger als",
  "moins de", "moins que", "a moins de", "pour moins de", "sous", "jusqu'a", "jusqu a", "au plus", "pas plus de",
  "inferieur a", "max de",
  "menos de", "por menos de", "hasta", "como maximo", "no mas de", "maximo", "inferior a", "por debajo de",
];

/** Before an amount: a lower bound. */
export const minPricePhrases = [
  "over", "above", "more than", "at least", "min", "min.", "minimum", "starting at", "starting from", "from",
  "higher than", ">", ">=", "≥",
  "uber", "ab", "mindestens", "mehr als", "hoher als", "teurer als",
  "plus de", "au moins", "a partir de", "des", "superieur a", "minimum de",
  "mas de", "desde", "al menos", "minimo", "a partir de", "superior a", "por encima de",
];

export const aroundPricePhrases = ["around", "about", "approximately", "approx", "roughly", "circa", "ca", "~", "etwa", "ungefahr", "environ", "vers", "alrededor de", "aproximadamente", "unos"];

/** After an amount. */
export const maxPriceSuffixes = ["or less", "or under", "or below", "and under", "and below", "or cheaper", "max", "maximum", "at most", "tops", "oder weniger", "ou moins", "o menos", "maximal", "max."];
export const minPriceSuffixes = ["or more", "and up", "and above", "or over", "and over", "+", "plus", "oder mehr", "und mehr", "ou plus", "o mas", "minimum"];

export const rangeOpeners = ["between", "zwischen", "entre", "from", "von", "de", "desde", "from between"];
export const rangeConnectors = ["and", "und", "et", "y", "&", "-", "–", "—", "to", "bis", "a", "hasta", "through", "till", "until"];
/** Words that make a bare range ("price 100-200") a price range even without a currency. */
export const priceWords = new Set(["price", "priced", "prices", "cost", "costs", "costing", "preis", "preise", "kostet", "prix", "coute", "precio", "cuesta", "budget"]);

/** Units after a number that make it a measurement, not a price ("under 50 cm"). */
export const measurementUnits = new Set([
  "cm", "mm", "m", "km", "kg", "g", "lb", "lbs", "oz", "inch", "inches", "ft", "feet", "foot", "l", "ml", "w",
  "watt", "watts", "kw", "v", "volt", "mah", "gb", "tb", "mb", "people", "persons", "person", "personen",
  "personnes", "personas", "seats", "seater", "sitzer", "places", "plazas", "pieces", "pcs", "pc", "stuck",
  "years", "year", "jahre", "ans", "anos", "months", "monate", "mois", "meses", "minutes", "min", "hours", "h",
  "x", "pack", "qt", "quarts", "gallon", "gallons", "cups", "tassen", "liter", "litre", "litres", "liters",
]);

/** Words dropped from the edges of the remaining text: glue between filters, never product words. */
export const edgeStopwords = new Set([
  "a", "an", "the", "in", "on", "with", "for", "and", "or", "of", "at", "by", "from", "to", "that", "is", "are",
  "which", "made", "price", "priced", "prices", "cost", "costs", "costing", "only", "color", "colour", "colors",
  "colours", "colored", "coloured", "size", "sized", "sizes", "please", "show", "me", "find", "i", "want", "need",
  "looking", "something", "some", "any", "it", "its", "also", "but", "than", "like", "comes", "come", "currently",
  "now", "item", "items", "products", "product", "something", "available", "buy", "get", "under", "over", "between",
  "in", "im", "mit", "fur", "und", "oder", "aus", "von", "der", "die", "das", "den", "dem", "ein", "eine", "einen",
  "zu", "preis", "farbe", "grosse", "ich", "suche", "bitte", "zum",
  "en", "de", "du", "des", "le", "la", "les", "un", "une", "avec", "pour", "et", "ou", "a", "au", "aux", "prix",
  "couleur", "taille", "je", "cherche", "d'un", "d'une",
  "del", "el", "los", "las", "una", "con", "para", "y", "o", "al", "precio", "talla", "que", "por", "busco",
]);

/** Currency words and symbols → ISO code; "$", "kr" and "¥" are resolved against the shop's currencies. */
export const currencyWords: Record<string, string> = {
  $: "$", dollar: "$", dollars: "$", bucks: "$", dolares: "$", dolar: "$",
  usd: "USD", "us$": "USD", cad: "CAD", "c$": "CAD", "ca$": "CAD", aud: "AUD", "a$": "AUD", "au$": "AUD",
  nzd: "NZD", "nz$": "NZD", hkd: "HKD", "hk$": "HKD", sgd: "SGD", "s$": "SGD", mxn: "MXN", pesos: "MXN",
  "€": "EUR", eur: "EUR", euro: "EUR", euros: "EUR",
  "£": "GBP", gbp: "GBP", pound: "GBP", pounds: "GBP", quid: "GBP", pfund: "GBP", livres: "GBP", libras: "GBP",
  "¥": "¥", yen: "JPY", jpy: "JPY", cny: "CNY", rmb: "CNY", yuan: "CNY",
  "₹": "INR", inr: "INR", rupees: "INR", rs: "INR",
  chf: "CHF", franken: "CHF", francs: "CHF",
  kr: "kr", sek: "SEK", nok: "NOK", dkk: "DKK", kronor: "SEK", kroner: "kr", kronen: "kr",
  "zł": "PLN", zl: "PLN", pln: "PLN", "₩": "KRW", krw: "KRW", won: "KRW", "₽": "RUB", rub: "RUB", "₺": "TRY",
  "₪": "ILS", ils: "ILS", "r$": "BRL", brl: "BRL", reais: "BRL", "₱": "PHP", "฿": "THB", "₫": "VND",
};

export const dollarCurrencies = ["USD", "CAD", "AUD", "NZD", "HKD", "SGD", "MXN"];
export const kronaCurrencies = ["SEK", "NOK", "DKK"];
