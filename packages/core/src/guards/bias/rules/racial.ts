import type { CommerceRule } from "./rule";

export const racialRules: readonly CommerceRule[] = [
  {
    id: "racial/slur",
    category: "racial",
    severity: "error",
    message: "A racial or ethnic slur, including in product and dish names; remove it.",
    patterns: {
      // Not "negro": it is the Spanish word for black, and a product title's language is often unknown.
      en: ["squaws?", "redskins?", "coolies?(?: hats?)?", "(?:towel|rag)[- ]?heads?", "n[i1]gg(?:er|a|ah)s?", "pickaninn(?:y|ies)", "golliwog+s?", "japs?"],
      // Not a bare "Mohr": it is a surname, and "Mohren" is a regional word for carrots.
      de: ["zigeuner\\p{L}*", "mohrenk(?:opf|öpfe|opfs)\\p{L}*", "(?:der|ein|den|dem|einen) mohr", "neger\\p{L}*"],
      fr: ["nègres?(?:ses)?", "tête de nègre", "négros?", "bamboula"],
      es: ["merienda de negros", "trabaj(?:ar|o|a|as|amos) como (?:un )?negro", "sudacas?"],
    },
    suggestions: {
      en: ["remove the term", "name the people or the product precisely"],
      de: ["den Begriff streichen", "Paprika- (z. B. Paprikaschnitzel)", "Schokokuss"],
      fr: ["supprimer le terme", "chocolat", "marron foncé"],
      es: ["eliminar la expresión", "describir el producto con precisión"],
    },
  },
  {
    id: "racial/skin-colour-as-one-shade",
    category: "racial",
    severity: "warning",
    message: "\"Skin-coloured\" and \"flesh-coloured\" treat one light shade as the colour of skin; name the shade.",
    patterns: {
      // The adjective only: "for every skin tone" and "whatever your skin colour" are the inclusive phrasing.
      en: ["(?:skin|nude)[- ]colou?red", "skin[- ]colou?r (?:tights|bras?|underwear|plasters?|bandages?|stockings|hosiery)", "flesh[- ]?(?:colou?r(?:ed)?|tones?d?)"],
      de: ["hautfarben(?:e|er|es|en|em)?", "fleischfarben(?:e|er|es|en|em)?"],
      fr: ["couleur (?:chair|peau)"],
      es: ["color (?:carne|piel)"],
    },
    suggestions: {
      en: ["beige", "name the shade, e.g. sand or mocha"],
      de: ["beige", "sandfarben"],
      fr: ["beige", "sable"],
      es: ["beige", "arena"],
    },
  },
];
