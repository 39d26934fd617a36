import type { CommerceRule } from "./rule";

/*
 * Gender roles in product copy. Department and sizing names ("men's jacket", "Damenstiefel", "pour femme")
 * are deliberately not rules: they tell a shopper which cut to buy. Nor is the generic masculine of German,
 * French and Spanish nouns ("Mannschaft", "le client"), which is grammar rather than an assumption about
 * who buys; a shop that writes gender-fair German adds its own `extraRules`.
 */
export const genderedRules: readonly CommerceRule[] = [
  {
    id: "gendered/head-of-household",
    category: "gendered",
    severity: "warning",
    message: "Assumes the household has a head, and that it is a man (or that the home is a woman's domain).",
    patterns: {
      en: ["(?:the )?(?:man|woman|lady|master|mistress) of the house(?:hold)?"],
      de: ["(?:den |der |dem )?(?:mann|herrn?) im hause?", "(?:den |der |die )?(?:herrn?|dame|frau) des hauses"],
      fr: ["(?:l')?homme de la maison", "(?:la )?(?:maîtresse|femme) de (?:la )?maison"],
      es: ["(?:el )?hombre de la casa", "(?:la )?(?:señora|mujer|dueña) de la casa"],
    },
    suggestions: {
      en: ["for the whole household", "for everyone at home"],
      de: ["für den ganzen Haushalt", "für alle im Haus"],
      fr: ["pour toute la maison", "pour tout le foyer"],
      es: ["para toda la casa", "para todo el hogar"],
    },
  },
  {
    id: "gendered/household-duties",
    category: "gendered",
    severity: "warning",
    message: "Assigns cooking, cleaning or care to women; say what the product does for whoever does the task.",
    patterns: {
      en: [
        "(?:mom|mum|mommy|mummy|mother|wife|wives|housewife|housewives|women|woman|ladies|girls?)(?:'s?)? (?:\\p{L}+ ){0,2}(?:duties|chores|housework|household tasks)",
        "(?:a )?(?:woman|women)'s (?:work|job|place)",
        "help(?:s|ing)? (?:mom|mum|mommy|mummy|mother) (?:in|with) the (?:kitchen|cleaning|laundry|housework|washing)",
        "(?:every|any) (?:busy )?(?:mom|mum|housewife|wife) (?:needs|deserves|wants)",
      ],
      de: [
        "(?:mamas?|mamis?|muttis?|mutters?|hausfrauen|hausfrau|ehefrauen|ehefrau|frauen) (?:\\p{L}+ ){0,2}(?:haushaltspflichten|hausarbeit|hausfrauenpflichten|küchenpflichten|putzpflichten|pflichten)",
        "frauenarbeit",
        "(?:mama|mami|mutti|der mutter) (?:in der küche|beim putzen|beim kochen|bei der hausarbeit|bei der wäsche) (?:helfen|zur hand gehen)",
      ],
      fr: [
        "(?:les )?(?:corvées|tâches) (?:ménagères |domestiques )?de (?:maman|la maman|la mère|la femme|madame|l'épouse)",
        "(?:un )?travail de femmes?",
        "aide(?:r)? maman (?:à la cuisine|dans la cuisine|à faire le ménage|pour le ménage|avec la lessive)",
      ],
      es: [
        "(?:las )?(?:tareas|labores|deberes) (?:domésticas |del hogar |de la cocina )?de (?:mamá|la madre|la mujer|la esposa|las mujeres)",
        "(?:un )?trabajo de mujeres?",
        "ayuda(?:r)? a mamá (?:en la cocina|con la limpieza|con la colada|en casa)",
      ],
    },
    suggestions: {
      en: ["for everyone who cooks", "household tasks", "for anyone at home"],
      de: ["für alle, die gern kochen", "Hausarbeit", "für alle im Haushalt"],
      fr: ["pour tous ceux qui cuisinent", "tâches ménagères", "pour toute la famille"],
      es: ["para quien cocina", "tareas del hogar", "para toda la familia"],
    },
  },
  {
    id: "gendered/housewife",
    category: "gendered",
    severity: "warning",
    message: "Casts the person who runs the home as a wife.",
    patterns: {
      en: ["housewi(?:fe|ves)", "the little (?:woman|lady)"],
      de: ["hausfrau(?:en)?(?:traum|glück|alltag|tipps?)?", "hausmütterchen"],
      fr: ["femmes? au foyer", "(?:la )?ménagère de moins de \\p{N}+ ans", "(?:une )?fée du logis"],
      es: ["amas? de casa", "(?:la )?mujercita de la casa"],
    },
    suggestions: {
      en: ["homemaker", "home cook", "everyone at home"],
      de: ["Haushaltsführende", "alle, die den Haushalt führen"],
      fr: ["parent au foyer", "personne au foyer"],
      es: ["persona que se ocupa del hogar", "quien lleva la casa"],
    },
  },
  {
    id: "gendered/gender-stereotype",
    category: "gendered",
    severity: "warning",
    message: "Ties a trait, a task or a product to one gender.",
    patterns: {
      en: [
        "real (?:men|man|women)",
        "man up",
        "like a girl",
        "(?:a )?man's (?:job|work|world|game|drink|tool)",
        "boys will be boys",
        "man[- ]?sized?",
        "no girls allowed",
      ],
      de: ["echte (?:männer|kerle|frauen)", "(?:eine )?männersache", "(?:eine )?frauensache", "mädchenkram", "wie ein mädchen"],
      fr: ["(?:de |des |les )?vrais hommes", "(?:une )?affaire d'hommes", "(?:des )?trucs de (?:filles|mecs|bonnes femmes)", "comme une fille"],
      es: ["hombres de verdad", "cosas? de (?:hombres|chicas|mujeres|niñas)", "como una niña"],
    },
    suggestions: {
      en: ["for anyone who…", "for every cook", "sturdy", "full-size"],
      de: ["für alle, die …", "robust", "für jeden Geschmack"],
      fr: ["pour tous ceux qui …", "robuste", "pour tous les goûts"],
      es: ["para quien …", "resistente", "para todos los gustos"],
    },
  },
  {
    id: "gendered/so-easy-even",
    category: "gendered",
    severity: "error",
    message: "Says the product is easy by implying women cannot handle technology or tools.",
    patterns: {
      en: ["(?:so (?:easy|simple)(?: that)? )?even (?:your |a |my |the )?(?:wife|woman|women|girlfriend|girls?|mom|mum|mother) (?:can|could|will be able to)"],
      de: ["(?:so einfach,? dass )?(?:sogar|selbst) (?:deine |ihre |eine |die )?(?:frau|freundin|mutter|mama|frauen) (?:es )?(?:kann|können|schafft|versteht|hinbekommt|kapiert)"],
      fr: ["même (?:votre |ta |une |les )?(?:femme|femmes|copine|mère|maman) (?:peut|peuvent|pourra|saura|sait|savent|y arrive)"],
      es: ["(?:hasta|incluso) (?:tu |su |una |las )?(?:mujer|mujeres|novia|madre|mamá) (?:puede|pueden|podrá|sabe|sabrá|sabrán)"],
    },
    suggestions: {
      en: ["easy for anyone to use", "set up in minutes"],
      de: ["für alle leicht zu bedienen", "in wenigen Minuten eingerichtet"],
      fr: ["facile à utiliser pour tous", "prêt en quelques minutes"],
      es: ["fácil de usar para cualquiera", "listo en pocos minutos"],
    },
  },
];
