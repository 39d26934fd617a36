import type { CommerceRule } from "./rule";

/*
 * Disability and mental illness used as metaphor or insult. Literal, respectful descriptions ("for wheelchair
 * users", "blind-spot monitoring", "roller blind", "dumbbell") are not matched: every pattern is anchored at
 * word boundaries and the figurative senses are spelled out.
 */
export const ableistRules: readonly CommerceRule[] = [
  {
    id: "ableist/madness-as-intensifier",
    category: "ableist",
    severity: "warning",
    message: "Uses mental illness as an intensifier for a deal or a feature.",
    patterns: {
      en: [
        "crazy",
        "crazily",
        "insane(?:ly)?",
        "psycho",
        "bonkers",
        "lunatic",
        "go(?:es|ing)? (?:nuts|mad|bananas) (?:for|over)",
        "mad (?:deals?|prices?|savings|sale|discounts?)",
        "(?:so|totally|a little|a bit|super) (?:ocd|bipolar|schizo|autistic)",
      ],
      de: [
        "verrückt(?:e|er|es|en)? (?:gut|günstig|billig|bequem|schön|stark|weich|leicht|preis|angebot)\\p{L}*",
        "(?:irre|irrsinnig|wahnsinnig) (?:gut|günstig|billig|bequem|schön|stark|weich|leicht)\\p{L}*",
        "wahnsinns[- ]?(?:preis|angebot|deal|rabatt|sale)\\p{L}*",
        "psycho",
        "(?:total|voll|so|echt) (?:schizo|bipolar|autistisch)",
      ],
      fr: [
        "prix (?:fous|de fous?|de ouf|dingues?|délirants?)",
        "(?:offres?|promos?|affaires?|soldes?) (?:folles?|de fous?|dingues?|démentes?)",
        "de malade",
        "démentiel(?:le)?s?",
        "(?:complètement|totalement|trop) (?:schizo|bipolaire|autiste)",
      ],
      es: [
        "precios? (?:locos?|de locura|de locos)",
        "(?:una )?locura de (?:ofertas?|precios?|descuentos?)",
        "ofertas? (?:locas?|de locura)",
        "(?:un poco|muy|súper|super) (?:bipolar|esquizofrénic[oa]|autista)",
      ],
    },
    suggestions: {
      en: ["amazing", "incredible", "unbeatable"],
      de: ["unglaublich", "außergewöhnlich", "unschlagbar"],
      fr: ["incroyable", "exceptionnel", "imbattable"],
      es: ["increíble", "excepcional", "imbatible"],
    },
  },
  {
    id: "ableist/disability-as-metaphor",
    category: "ableist",
    severity: "warning",
    message: "Uses a disability as a figure of speech for ignorance, weakness or poor quality.",
    patterns: {
      en: [
        // "Lamé" is a metallic fabric, often written without its accent in feeds.
        "(?<!(?:gold|silver|metallic|bronze|copper|pewter) )lame(?! (?:fabric|dress|top|skirt|jacket|trousers|pants|gown|blouse|leggings))",
        "tone[- ]deaf",
        "(?<!(?:roller|window|venetian|roman|vertical|blackout|pleated|bamboo|wooden|cellular|the|a|your|this|our|each|every|new) )blind to",
        "turn(?:s|ed|ing)? a blind eye",
        "fall(?:s|ing|en)? on deaf ears",
        "deaf to",
        "crippl(?:ing|es)",
        "crippled by",
        "idiot[- ]?proof",
      ],
      de: ["blind (?:für|gegenüber)", "(?:auf )?taube ohren", "lahme (?:ausrede|party|nummer)", "idiotensicher(?:e|er|es|en)?"],
      fr: ["aveugles? (?:à|aux|face à)", "(?:fai(?:re|t|s)|font) la sourde oreille", "sourds? (?:à|aux) (?:vos|leurs|nos|ses|tes) (?:demandes|besoins|envies)"],
      es: ["ciegos? (?:a|ante) (?:las|los|la|el)", "(?:hacer|hace|hacen|hagas) oídos sordos"],
    },
    suggestions: {
      en: ["unaware of", "out of touch", "weak", "foolproof"],
      de: ["ignorieren", "unbeachtet", "kinderleicht"],
      fr: ["ignorer", "indifférent à", "négliger"],
      es: ["ignorar", "indiferente a", "flojea en"],
    },
  },
  {
    id: "ableist/slur",
    category: "ableist",
    severity: "error",
    message: "A disability slur; remove it.",
    patterns: {
      en: ["retard(?:ed|s)?", "spaz", "spastic", "cripples?", "midgets?", "mongoloids?", "imbeciles?"],
      de: ["(?:voll|total|echt|so|ganz schön) behindert", "spast(?:i|is|en)?", "krüppel", "mongos?", "geistig zurückgeblieben(?:e|er|es|en)?"],
      // Not a bare "mongol": it is also the nationality ("une yourte mongole", "un cheval mongol").
      fr: ["mongolien(?:ne)?s?", "(?:espèce de|sale|t'es|c'est un|quel) mongol", "gogols?", "trisos?", "attardée?s? mentale?s?", "débiles?"],
      es: ["subnormal(?:es)?", "mongólic[oa]s?", "retrasad[oa]s? mentale?s?"],
    },
    suggestions: {
      en: ["remove the word", "describe the quality directly"],
      de: ["das Wort streichen", "die Eigenschaft direkt beschreiben"],
      fr: ["supprimer le mot", "décrire directement la qualité"],
      es: ["eliminar la palabra", "describir la cualidad directamente"],
    },
  },
  {
    id: "ableist/wheelchair-bound",
    category: "ableist",
    severity: "warning",
    message: "A wheelchair gives mobility; it does not confine.",
    patterns: {
      en: ["wheel ?chair[- ]bound", "(?:confined|bound|restricted) to a wheel ?chair"],
      de: ["an den rollstuhl gefesselt(?:e|er|es|en)?", "rollstuhlgebunden(?:e|er|es|en)?"],
      fr: ["(?:cloué|confiné)e?s? (?:dans|à) (?:un|son|leur) fauteuil roulant"],
      es: ["(?:confinad|postrad|atad)[oa]s? (?:a|en) (?:una|la|su) silla de ruedas"],
    },
    suggestions: {
      en: ["wheelchair user", "who uses a wheelchair"],
      de: ["Rollstuhlnutzende", "die einen Rollstuhl nutzen"],
      fr: ["en fauteuil roulant", "qui utilise un fauteuil roulant"],
      es: ["usuario de silla de ruedas", "que usa silla de ruedas"],
    },
  },
];
