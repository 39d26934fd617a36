import type { CommerceRule } from "./rule";

/* Sexual orientation as an insult. retext-equality adds addiction, suicide and more for English. */
export const otherRules: readonly CommerceRule[] = [
  {
    id: "other/orientation-as-insult",
    category: "other",
    severity: "error",
    message: "Uses sexual orientation as an insult; remove it.",
    patterns: {
      // Only the insult: Pride merchandise says "gay" proudly.
      en: ["no homo", "(?:that's|thats|that is) (?:so )?gay", "fags?", "faggots?"],
      de: ["(?:voll|total|so|echt|wie) schwul", "schwuchtel\\p{L}*"],
      // "Tapette à souris" and "tapette à mouches" are a mousetrap and a fly swatter.
      fr: ["pédés?", "tapettes?(?! (?:à|a) (?:souris|mouches?|rats?))", "c'est (?:trop|tellement) gay"],
      es: ["maric(?:ón|ones|a)", "mariconad(?:a|as)"],
    },
    suggestions: {
      en: ["remove the phrase"],
      de: ["die Wendung streichen"],
      fr: ["supprimer l'expression"],
      es: ["eliminar la expresión"],
    },
  },
];
