import type { CommerceRule } from "./rule";

/*
 * Bodies as problems to hide or shrink. Fit names ("slim fit", "skinny jeans", "tummy control" shapewear) and
 * sizes are product facts and are not matched; neither is the German "figurbetont" (form-fitting) or a
 * "kaschiert" fabric (laminated) unless a body part is being hidden.
 */
const hideEn = "(?:hides?|hiding|conceals?|concealing|disguises?|disguising|camouflages?|camouflaging|minimi[sz]es?|minimi[sz]ing)";
const bodyEn =
  "(?:tummy|tummies|belly|bellies|stomach|bulges?|love handles|muffin tops?|hips|thighs|curves|figure flaws|problem areas|bingo wings|wobbly bits|extra pounds|pounds|baby weight)";
// Verb forms only: "ein verstecktes Fach am Bauch" (a money belt) hides nothing of the body.
const hideDe = "(?:kaschier\\p{L}*|versteckt|verstecken|verbirgt|verbergen|mogelt|schummelt)";
const hiddenDe = "(?:kaschier\\p{L}*|weggemogelt|verschwinden)";
const bodyDe =
  "(?:bauch|bäuchlein|bauchansatz|babybauch|hüften|hüftgold|pölsterchen|speckröllchen|rettungsringe|oberschenkel|problemzonen|rundungen|kilos|pfunde|pfündchen|reiterhosen)";
const hideFr = "(?:cache(?:r|nt)?|camoufle(?:r|nt)?|dissimule(?:r|nt)?|masque(?:r|nt)?|gomme(?:r|nt)?)";
const bodyFr = "(?:ventre|bidon|rondeurs|bourrelets|poignées d'amour|hanches|culotte de cheval|kilos|capitons|cellulite|petit ventre)";
const hideEs = "(?:disimul\\p{L}*|oculta(?:r|n)?|esconde(?:r|n)?|camufla(?:r|n)?)";
const bodyEs = "(?:barriga|barriguita|tripa|michelines|lorzas|caderas?|cartucheras|kilos|curvas|rollitos|flacidez|celulitis)";

export const bodyShamingRules: readonly CommerceRule[] = [
  {
    id: "body-shaming/slimming",
    category: "body-shaming",
    severity: "warning",
    message: "Promises a smaller-looking body, as if that were the goal of every shopper; describe the cut instead.",
    patterns: {
      en: [
        "slimming",
        // Of the wearer, not of the product: "the case looks slimmer" is a product fact.
        "(?:you|you'll|makes? you|helps? you|to) (?:look|appear) (?:\\p{L}+ )?(?:slimmer|thinner|skinnier)",
        "(?:slimmer|thinner)[- ]looking (?:legs|waist|figure|silhouette|hips|thighs|arms|you)",
        "(?:slims|slim down) (?:your |the )?(?:figure|waist|silhouette|hips|thighs|tummy|legs)",
        "(?:takes|knocks) (?:\\p{N}+|ten|five|a few) (?:pounds|lbs|kilos) off",
      ],
      de: [
        "schlank ?machend(?:e|er|es|en)?",
        "macht (?:optisch |sofort |dich |sie )?(?:schlank|schlanker|dünn|dünner)",
        "(?:schlanker|dünner) (?:aussehen|wirken|erscheinen)",
        "(?:mogelt|schummelt|zaubert) (?:\\p{L}+ ){0,3}(?:kilos?|pfunde?|pfündchen|zentimeter) weg",
      ],
      fr: [
        "amincissant(?:e|s|es)?",
        "(?:effet|produits?|crème|gaine) minceur",
        "(?:vous |te )?(?:fait|font) paraître (?:plus )?(?:mince|fine|minces|fines)",
        "affine (?:la |votre |ta )?(?:silhouette|taille|figure)",
      ],
      es: [
        "adelgazantes?",
        "efecto (?:adelgazante|reductor|vientre plano)",
        "(?:te |le )?hace (?:ver |parecer |lucir )?más (?:delgad|flac)[oa]s?",
      ],
    },
    suggestions: {
      en: ["streamlined", "tailored", "structured fit"],
      de: ["tailliert", "gerade geschnitten", "strukturierte Passform"],
      fr: ["coupe structurée", "ajusté", "coupe droite"],
      es: ["entallado", "de corte estructurado", "corte recto"],
    },
  },
  {
    id: "body-shaming/hide-the-body",
    category: "body-shaming",
    severity: "warning",
    message: "Treats parts of the shopper's body as problems to hide.",
    patterns: {
      en: [
        "problem (?:areas?|zones?|spots)",
        `${hideEn} (?:your |those |any |the |unwanted |a )?(?:\\p{L}+ )?${bodyEn}`,
        "muffin tops?",
        "love handles",
        "bingo wings",
        "cankles",
        "thunder thighs",
        "(?:figure|body) flaws",
        "flabby",
        "(?:beach|bikini|summer)[- ]body(?:[- ]ready)?",
      ],
      de: [
        "problemzonen?",
        `${hideDe} (?:\\p{L}+ ){0,3}${bodyDe}`,
        `${bodyDe} (?:\\p{L}+ ){0,3}${hiddenDe}`,
        "figur\\p{L}* kaschier\\p{L}*",
        "hüftgold",
        "speckröllchen",
        "winkearme",
        "(?:bikini|strand)figur",
      ],
      fr: [
        "zones? (?:à problèmes?|problématiques?|rebelles)",
        `${hideFr} (?:\\p{L}+ ){0,3}${bodyFr}`,
        "bourrelets",
        "poignées d'amour",
        "capitons",
      ],
      es: [
        "zonas? (?:problemáticas?|conflictivas?|problema)",
        `${hideEs} (?:\\p{L}+ ){0,3}${bodyEs}`,
        "michelines",
        "lorzas",
      ],
    },
    suggestions: {
      en: ["smooth fit", "comfortable fit", "relaxed silhouette"],
      de: ["bequeme Passform", "locker fallend", "angenehm weit"],
      fr: ["coupe confortable", "tombé fluide", "coupe ample"],
      es: ["ajuste cómodo", "caída fluida", "corte holgado"],
    },
  },
  {
    id: "body-shaming/size-apology",
    category: "body-shaming",
    severity: "warning",
    message: "Treats a larger body or size as something the product has to excuse.",
    patterns: {
      en: [
        "plus[- ]?sized?,? (?:but|yet)(?: still)?",
        "(?:even|still) (?:for|on) (?:the )?(?:bigger|larger|heavier|fuller|chubby|chubbier|curvy|curvier|plus[- ]?sized?|fat|overweight)(?: (?:girls|ladies|women|guys|men|people|figures|bodies|frames))?",
        "for (?:fat|chubby|overweight|obese) (?:girls|ladies|women|guys|men|people|kids|children)",
        "despite (?:your |the |their |her |his )?(?:size|weight|curves|extra (?:pounds|kilos))",
      ],
      de: [
        "trotz (?:\\p{L}+ )?(?:übergröße\\p{L}*|rundungen|pfunde?n?|kilos|größe)",
        "(?:auch|sogar|selbst) für (?:\\p{L}+ )?(?:mollige\\p{L}*|dicke\\p{L}*|füllige\\p{L}*|übergewichtige\\p{L}*|kräftigere\\p{L}*)",
        "für (?:dicke|mollige|fette) (?:frauen|männer|menschen|mädchen|kinder|damen|herren)",
      ],
      fr: [
        "malgré (?:\\p{L}+ ){0,2}(?:rondeurs|kilos|taille|formes|poids)",
        "(?:même|aussi) pour (?:les )?(?:rondes|ronds|grosses|gros|femmes rondes|personnes fortes|fortes)",
        "pour (?:les )?(?:grosses|gros) (?:femmes|hommes|filles)",
        "grande taille,? mais",
      ],
      es: [
        "(?:aunque|a pesar de) (?:\\p{L}+ ){0,2}(?:talla grande|tallas grandes|kilos|curvas|peso)",
        "(?:incluso|también) para (?:las |los )?(?:gorditas?|gorditos?|gordas?|gordos?|rellenitas?|rellenitos?)",
        "para (?:gordas|gordos|gorditas|gorditos)",
        "talla grande,? pero",
      ],
    },
    suggestions: {
      en: ["available in extended sizes", "in sizes XS–4XL", "for every body"],
      de: ["in großen Größen erhältlich", "in allen Größen", "für jede Figur"],
      fr: ["disponible en grandes tailles", "du XS au 4XL", "pour toutes les morphologies"],
      es: ["disponible en tallas grandes", "de la XS a la 4XL", "para todos los cuerpos"],
    },
  },
];
