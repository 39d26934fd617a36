import type { CommerceRule } from "./rule";

/* Age as a defect to fight or a deficit to pity. Age ranges for products ("for ages 3+", "Senioren-Handy") are fine. */
export const ageistRules: readonly CommerceRule[] = [
  {
    id: "ageist/anti-aging",
    category: "ageist",
    severity: "warning",
    message: "Frames ageing as a defect to fight; say what the product does for the skin or the body.",
    patterns: {
      en: [
        "anti[- ]?ag(?:e)?ing",
        "age[- ]defying",
        "(?:fights?|fighting|combats?|combating|battles?|erases?|reverses?|reversing|stops?|defies|defy) (?:the )?(?:visible )?signs of (?:ag(?:e)?ing|age)",
        "turns? back (?:the )?(?:clock|years|hands of time)",
      ],
      de: ["anti[- ]?aging", "anti[- ]?age", "alterungsbekämpfend\\p{L}*", "(?:kampf|kämpft) gegen (?:die )?(?:zeichen|spuren) der (?:zeit|hautalterung)"],
      fr: ["anti[- ]?(?:âge|age|vieillissement)", "(?:efface|effacer|combat|combattre) les (?:signes|marques) (?:du temps|de l'âge)"],
      es: ["anti[- ]?(?:edad|envejecimiento|aging)", "(?:combate|combatir|borra|borrar) los signos (?:de la edad|del envejecimiento|del paso del tiempo)"],
    },
    suggestions: {
      en: ["for mature skin", "nourishing", "skin-renewing"],
      de: ["für reife Haut", "pflegend", "regenerierend"],
      fr: ["pour peaux matures", "nourrissant", "régénérant"],
      es: ["para piel madura", "nutritivo", "regenerador"],
    },
  },
  {
    id: "ageist/youth-as-standard",
    category: "ageist",
    severity: "warning",
    message: "Presents youth as the standard and older people as out of date.",
    patterns: {
      en: [
        "young and (?:hip|fresh|trendy|cool|beautiful)",
        "(?:hip|trendy|cool) and young",
        "not your (?:grand(?:ma|pa|mother|father|parents)|granny|gran|nan|nana)'s",
        "looks? (?:\\p{L}+ )?years younger",
        "old fogeys?",
        "over the hill",
        "senior moments?",
        "act your age",
        "ok,? boomer",
        "mutton dressed as lamb",
      ],
      de: [
        "jung und (?:hip|frisch|trendy|cool|modern)",
        "nicht (?:mehr )?(?:omas|opas|großmutters|großvaters) (?:\\p{L}+)",
        "(?:\\p{N}+ |zehn |ein paar )?jahre jünger (?:aussehen|wirken)",
        "alte (?:schachtel|knacker|säcke)",
        "alter (?:knacker|sack)",
      ],
      fr: [
        "jeunes? et (?:branchée?s?|dans le vent|tendance|cool)",
        "(?:ce n'est )?pas (?:celui |celle |le \\p{L}+ |la \\p{L}+ )?de (?:ta|votre) (?:grand-mère|mamie|mémé|grand-père|papi|papy)",
        "(?:paraître|paraissez|parais) (?:\\p{L}+ )?(?:ans )?plus jeunes?",
        "vieux (?:croûtons?|schnocks?)",
      ],
      es: [
        "(?:joven|jóvenes) y (?:modern[oa]s?|a la moda|cool)",
        "no es (?:el |la )?(?:\\p{L}+ )?de tu (?:abuela|abuelo|abuelita|abuelito)",
        "(?:parecer|aparentar|luce|lucir|lucirás|parecerás) (?:\\p{L}+ )?años más joven(?:es)?",
        "vejestorios?",
      ],
    },
    suggestions: {
      en: ["timeless", "modern", "for every age"],
      de: ["zeitlos", "modern", "für jedes Alter"],
      fr: ["intemporel", "moderne", "pour tous les âges"],
      es: ["atemporal", "moderno", "para todas las edades"],
    },
  },
  {
    id: "ageist/deficit",
    category: "ageist",
    severity: "warning",
    message: "Describes older people by what they cannot do; describe what the product makes easy.",
    patterns: {
      en: [
        "(?:seniors|senior citizens|the elderly|elderly people|older people|old people|pensioners|retirees|grandparents|grannies|old folks),? (?:who|that) (?:can't|cannot|can not|can no longer|are unable|struggle|have trouble|forget)",
        "even (?:your |my |the )?(?:grandma|grandpa|granny|grandparents|gran|nan|grandmother|grandfather|seniors|old people) (?:can|could|will be able to)",
      ],
      de: [
        "(?:senioren|seniorinnen|ältere menschen|alte menschen|alte leute|rentner|großeltern),? (?:die|welche) (?:nicht mehr|nichts mehr|kaum noch|schlecht)",
        "(?:sogar|selbst) (?:deine |ihre |die )?(?:oma|opa|omi|opi|großeltern|großmutter|großvater|senioren) (?:es )?(?:kann|können|schafft|schaffen|versteht|verstehen|kapiert)",
      ],
      fr: [
        "(?:seniors|personnes âgées|personnes agées|vieux|anciens|retraités),? qui ne (?:peuvent|savent|arrivent) plus",
        "même (?:ta |votre |la )?(?:grand-mère|mamie|mémé|grand-père|papi|papy|grands-parents) (?:peut|peuvent|pourra|saura|sait|savent|y arrive)",
      ],
      es: [
        "(?:mayores|ancianos|ancianas|personas mayores|abuelos|jubilados),? que (?:ya )?no (?:pueden|saben|consiguen)",
        "(?:hasta|incluso) (?:tu |la |el |los |su )?(?:abuela|abuelo|abuelita|abuelito|abuelos) (?:puede|pueden|podrá|podrán|sabe|sabrá)",
      ],
    },
    suggestions: {
      en: ["easy for anyone to use", "for anyone who wants…", "large, clear buttons"],
      de: ["für alle leicht zu bedienen", "für alle, die … möchten", "große, gut lesbare Tasten"],
      fr: ["facile à utiliser pour tous", "pour tous ceux qui veulent …", "grandes touches lisibles"],
      es: ["fácil de usar para cualquiera", "para quien quiera …", "botones grandes y claros"],
    },
  },
  {
    id: "ageist/the-elderly",
    category: "ageist",
    severity: "info",
    message: "\"The elderly\" lumps older people into one frail group; style guides prefer \"older adults\".",
    patterns: {
      en: ["the elderly", "elderly (?:people|persons|customers|folks)"],
      de: ["(?:die )?greise", "(?:die )?alten leute"],
      fr: ["(?:les )?vieillards?", "(?:les )?petits vieux"],
      es: ["(?:los )?ancianos", "(?:los )?viejitos"],
    },
    suggestions: {
      en: ["older adults", "older people"],
      de: ["ältere Menschen", "Seniorinnen und Senioren"],
      fr: ["les personnes âgées", "les seniors"],
      es: ["las personas mayores", "los mayores"],
    },
  },
];
