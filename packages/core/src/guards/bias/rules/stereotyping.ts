import type { CommerceRule } from "./rule";

/* Cultures turned into a look: name the origin, the technique or the maker instead. */
export const stereotypingRules: readonly CommerceRule[] = [
  {
    id: "stereotyping/ethnic-style",
    category: "stereotyping",
    severity: "warning",
    message: "\"Ethnic\" treats every non-Western culture as one style; name the origin or the technique.",
    patterns: {
      en: [
        "ethnic[- ](?:prints?|patterns?|styles?|looks?|fabrics?|jewel(?:le)?ry|designs?|motifs?|inspired|chic|wear|dress(?:es)?|clothing|decor|rugs?|vibes?|accents?)",
        "ethno[- ](?:style|print|look|pattern|chic)",
      ],
      de: [
        "ethno[- ]?(?:look|muster|print|stil|design|style|schmuck|teppich|mode|kleid|chic)\\p{L}*",
        "ethnische(?:s|n|r)? (?:muster|print|stil|design|look|schmuck|mode)",
      ],
      fr: ["(?:imprimés?|motifs?|style|look|tissus?|bijoux|bijou|tapis|robes?|déco) ethniques?", "ethniques? chic"],
      es: ["(?:estampados?|estilo|motivos?|diseños?|tejidos?|look|joyería|alfombras?|vestidos?) étnic[oa]s?"],
    },
    suggestions: {
      en: ["name the origin or technique, e.g. ikat, batik or kente", "geometric print", "hand-woven"],
      de: ["Ikat-Muster", "Batik", "Herkunft oder Technik nennen"],
      fr: ["imprimé ikat", "wax", "nommer l'origine ou la technique"],
      es: ["estampado ikat", "batik", "indicar el origen o la técnica"],
    },
  },
  {
    id: "stereotyping/exotic",
    category: "stereotyping",
    severity: "warning",
    message: "\"Exotic\" frames a culture or a person as strange and foreign; name the origin instead.",
    patterns: {
      // Trade terms for woods, fruit and animals are left alone.
      en: ["exotic(?:ally|ism)?(?! (?:hard)?woods?| timbers?| veneers?| fruits?| pets?| animals?| species| plants?| birds?| fish| cars?| leathers?)"],
      de: ["exotisch(?:e|er|es|en|em)?(?! (?:hölzer|holz|früchte|frucht|obst|tiere|haustiere|pflanzen|vögel|fische|leder))"],
      fr: ["(?<!(?:fruits?|bois|essences?|animaux|plantes|oiseaux|poissons|cuirs?) )exotiques?"],
      es: ["(?<!(?:frutas?|maderas?|animales|plantas|aves|peces|mascotas|pieles) )exótic[oa]s?"],
    },
    suggestions: {
      en: ["name the origin, e.g. Moroccan or Balinese", "imported", "distinctive"],
      de: ["Herkunft nennen, z. B. marokkanisch", "importiert", "außergewöhnlich"],
      fr: ["nommer l'origine, p. ex. marocain", "importé", "singulier"],
      es: ["indicar el origen, p. ej. marroquí", "importado", "singular"],
    },
  },
  {
    id: "stereotyping/tribal",
    category: "stereotyping",
    severity: "warning",
    message: "\"Tribal\" reduces Indigenous and African cultures to decoration; name the pattern or the origin.",
    patterns: {
      en: ["tribal"],
      de: ["tribal(?:[- ]?(?:muster|print|look|tattoo|design|stil)\\p{L}*)?", "stammes(?:muster|print|look|design)\\p{L}*"],
      fr: ["tribal(?:e|es|aux)?"],
      es: ["tribal(?:es)?"],
    },
    suggestions: {
      en: ["geometric print", "graphic pattern", "name the origin or the artist"],
      de: ["geometrisches Muster", "grafisches Muster", "Herkunft oder Künstler*in nennen"],
      fr: ["motif géométrique", "motif graphique", "nommer l'origine ou l'artiste"],
      es: ["estampado geométrico", "motivo gráfico", "indicar el origen o el artista"],
    },
  },
  {
    id: "stereotyping/gypsy",
    category: "stereotyping",
    severity: "warning",
    message: "\"Gypsy\" is an exonym for the Roma, used as a costume or a mood; describe the style itself.",
    patterns: {
      en: ["g[iy]ps(?:y|ies)"],
      de: ["g[iy]ps(?:y|ies)(?:[- ]?(?:look|stil|rock|kleid|bluse)\\p{L}*)?"],
      fr: ["gitan(?:e|es|s)?", "g[iy]psy"],
      es: ["gitan[oa]s?", "g[iy]psy"],
    },
    suggestions: {
      en: ["boho", "free-spirited", "tiered"],
      de: ["Boho", "Hippie-Stil", "Stufenrock"],
      fr: ["bohème", "style folk", "à volants"],
      es: ["bohemio", "estilo boho", "de volantes"],
    },
  },
  {
    id: "stereotyping/oriental",
    category: "stereotyping",
    severity: "warning",
    // Orientteppich is the ordinary German trade name, so there it is a note rather than a warning.
    severityByLanguage: { de: "info", fr: "info", es: "info" },
    message: "\"Oriental\" lumps the cultures east of Europe together; name the region or the technique.",
    patterns: {
      en: ["oriental(?:[- ]style| (?:rugs?|carpets?|decor|look|prints?|designs?|fans?|lanterns?|vases?))?", "(?:the|far) orient"],
      de: ["orient[- ]?teppich\\p{L}*", "orientalisch(?:e|er|es|en|em)? (?:muster|stil|look|design|teppich\\p{L}*|flair)"],
      fr: ["tapis (?:d'orient|orientaux|oriental)", "style oriental"],
      es: ["alfombras? (?:oriental(?:es)?|de oriente)", "estilo oriental"],
    },
    suggestions: {
      en: ["Persian rug", "hand-knotted rug", "name the region, e.g. Turkish or Caucasian"],
      de: ["handgeknüpfter Teppich", "Perserteppich", "Region nennen, z. B. türkisch"],
      fr: ["tapis persan", "tapis noué main", "nommer la région, p. ex. turc"],
      es: ["alfombra persa", "alfombra anudada a mano", "indicar la región, p. ej. turca"],
    },
  },
  {
    id: "stereotyping/native-costume",
    category: "stereotyping",
    severity: "warning",
    message: "Turns Indigenous peoples and their sacred dress into a costume or a print.",
    patterns: {
      en: [
        "(?:indian|native american|red indian|pocahontas|squaw|tribal)[- ](?:costumes?|headdress(?:es)?|outfits?|princess)",
        "war[- ]?bonnets?",
        "(?:indian|native) headdress(?:es)?",
        "(?:navajo|navaho|aztec|inca|mayan) (?:prints?|patterns?|style|inspired)",
        "spirit animal",
      ],
      de: ["indianer\\p{L}*", "(?:navajo|azteken|inka)[- ]?(?:muster|print|stil)\\p{L}*"],
      fr: ["(?:déguisements?|costumes?|coiffes?) (?:d'indien(?:ne)?s?|indien(?:ne)?s?)", "(?:imprimés?|motifs?) (?:aztèques?|navajos?)"],
      es: ["disfra(?:z|ces) de (?:indi[oa]s?|apache|piel roja)", "(?:estampados?|motivos?) (?:aztecas?|navajos?)"],
    },
    suggestions: {
      en: ["name the nation and credit the maker", "geometric pattern", "feather headband"],
      de: ["indigene Völker", "Native Americans", "geometrisches Muster"],
      fr: ["nommer le peuple et créditer l'artisan", "motif géométrique", "bandeau à plumes"],
      es: ["nombrar el pueblo y al artesano", "estampado geométrico", "diadema de plumas"],
    },
  },
];
