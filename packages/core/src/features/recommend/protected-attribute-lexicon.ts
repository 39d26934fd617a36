/*
 * What counts as a protected attribute in a shopper profile, in English, German, French and Spanish: the field
 * names that hold one, and the phrases that state or imply one in free text. Text patterns are written for
 * folded text (lower case, accents removed) and are matched as whole words.
 *
 * Words that are also ordinary product words ("black", "blind", "single", "Dutch oven") only count next to a
 * person: "she is Black", "a blind customer", "single mom". A pattern that fires drops the clause it sits in,
 * so a stated value ("34", "Muslim") cannot survive its cue; pronouns and honorifics are dropped as words.
 */

export const protectedAttributeKinds = [
  "gender",
  "age",
  "birth-date",
  "ethnicity",
  "race",
  "religion",
  "health",
  "disability",
  "pregnancy",
  "sexual-orientation",
  "marital-status",
  "nationality",
  /** A subtree named for demographics as a whole (`demographics: {...}`). */
  "demographic",
  /** Names and e-mail addresses: not protected themselves, but they imply gender and ethnicity. */
  "name",
] as const;

export type ProtectedAttributeKind = (typeof protectedAttributeKinds)[number];

/** Field names, as words: `dateOfBirth`, `date_of_birth` and `DateOfBirth` all read as "date of birth". */
export const protectedFieldNames: Record<Exclude<ProtectedAttributeKind, "name">, readonly string[]> = {
  gender: ["gender", "sex", "pronoun", "pronouns", "salutation", "honorific", "anrede", "geschlecht", "sexe", "civilite", "genero", "sexo", "tratamiento"],
  age: ["age", "age range", "age group", "age bracket", "years old", "generation", "alter", "altersgruppe", "tranche d age", "edad", "rango de edad"],
  "birth-date": [
    "birth date",
    "birthdate",
    "birthday",
    "date of birth",
    "dob",
    "birth year",
    "year of birth",
    "born",
    "geburtsdatum",
    "geburtstag",
    "geburtsjahr",
    "date de naissance",
    "naissance",
    "anniversaire",
    "fecha de nacimiento",
    "nacimiento",
    "cumpleanos",
  ],
  ethnicity: ["ethnicity", "ethnic", "ethnic group", "ethnic origin", "heritage", "ancestry", "ethnie", "ethnizitat", "herkunft", "abstammung", "origine ethnique", "etnia", "origen etnico"],
  race: ["race", "racial", "rasse", "raza", "skin color", "skin colour", "skin tone", "hautfarbe", "couleur de peau", "color de piel"],
  religion: ["religion", "religious", "faith", "belief", "beliefs", "denomination", "konfession", "religionszugehorigkeit", "glaube", "culte", "credo"],
  health: [
    "health",
    "medical",
    "medication",
    "medications",
    "diagnosis",
    "diagnoses",
    "allergy",
    "allergies",
    "medical condition",
    "health condition",
    "gesundheit",
    "krankheit",
    "allergien",
    "sante",
    "maladie",
    "salud",
    "enfermedad",
    "alergias",
  ],
  disability: ["disability", "disabilities", "disabled", "impairment", "accessibility needs", "handicap", "behinderung", "schwerbehinderung", "discapacidad", "invalidite"],
  pregnancy: ["pregnancy", "pregnant", "due date", "expecting", "maternity", "schwangerschaft", "geburtstermin", "grossesse", "enceinte", "embarazo", "embarazada"],
  "sexual-orientation": ["sexual orientation", "orientation", "sexuality", "sexuelle orientierung", "orientation sexuelle", "orientacion sexual"],
  "marital-status": ["marital status", "married", "relationship status", "spouse", "familienstand", "situation familiale", "etat civil", "estado civil"],
  nationality: [
    "nationality",
    "citizenship",
    "national origin",
    "country of birth",
    "birth country",
    "birthplace",
    "place of birth",
    "passport",
    "immigration status",
    "staatsangehorigkeit",
    "nationalitat",
    "geburtsort",
    "nationalite",
    "lieu de naissance",
    "nacionalidad",
    "lugar de nacimiento",
    "pais de nacimiento",
  ],
  demographic: ["demographics", "demographic", "demografie", "demographie", "demografia"],
};

/** Field names that hold a person's name or e-mail address. */
export const nameFieldNames: readonly string[] = [
  "name",
  "first name",
  "firstname",
  "last name",
  "lastname",
  "full name",
  "fullname",
  "display name",
  "given name",
  "family name",
  "surname",
  "middle name",
  "maiden name",
  "nickname",
  "email",
  "e mail",
  "email address",
  "vorname",
  "nachname",
  "prenom",
  "nom",
  "nombre",
  "apellido",
  "apellidos",
];

const pronounsBeforeVerb = "(?:i am|i'm|im|he is|he's|she is|she's|they are|they're|we are|we're|i was|he was|she was)";

const englishDemonyms = [
  "american", "british", "english", "scottish", "irish", "welsh", "canadian", "mexican", "cuban", "puerto rican", "dominican",
  "brazilian", "argentinian", "argentine", "colombian", "venezuelan", "peruvian", "chilean", "chinese", "japanese", "korean",
  "vietnamese", "filipino", "filipina", "thai", "indonesian", "malaysian", "indian", "pakistani", "bangladeshi", "sri lankan",
  "nepali", "afghan", "iranian", "iraqi", "syrian", "lebanese", "jordanian", "israeli", "palestinian", "saudi", "emirati",
  "turkish", "kurdish", "egyptian", "moroccan", "algerian", "tunisian", "nigerian", "ghanaian", "kenyan", "ethiopian", "somali",
  "south african", "german", "french", "spanish", "italian", "portuguese", "dutch", "belgian", "swiss", "austrian", "polish",
  "czech", "hungarian", "romanian", "bulgarian", "greek", "russian", "ukrainian", "belarusian", "swedish", "norwegian", "danish",
  "finnish", "icelandic", "australian", "new zealander",
].join("|");
const germanDemonyms = [
  "deutsche[rn]?", "osterreicher(?:in)?", "schweizer(?:in)?", "turke", "turkin", "italiener(?:in)?", "franzose", "franzosin",
  "spanier(?:in)?", "pole", "polin", "russe", "russin", "amerikaner(?:in)?", "brite", "britin", "grieche", "griechin",
  "araber(?:in)?", "afrikaner(?:in)?", "asiat(?:in)?", "chinese", "chinesin", "inder(?:in)?", "syrer(?:in)?", "ukrainer(?:in)?",
  "kroate", "kroatin", "serbe", "serbin", "rumane", "rumanin", "niederlander(?:in)?", "kurde", "kurdin", "marokkaner(?:in)?",
].join("|");
const frenchDemonyms = [
  "francaise?", "allemande?", "espagnole?", "italien(?:ne)?", "portugaise?", "belge", "suisse", "anglaise?", "britannique",
  "americaine?", "canadien(?:ne)?", "marocaine?", "algerien(?:ne)?", "tunisien(?:ne)?", "senegalaise?", "chinoise?",
  "japonaise?", "vietnamien(?:ne)?", "turc", "turque", "polonaise?", "russe", "ukrainien(?:ne)?", "africaine?", "asiatique",
  "arabe", "maghrebine?",
].join("|");
const spanishDemonyms = [
  "espanola?", "mexican[oa]", "argentin[oa]", "colombian[oa]", "venezolan[oa]", "peruan[oa]", "chilen[oa]", "cuban[oa]",
  "dominican[oa]", "ecuatorian[oa]", "bolivian[oa]", "uruguay[oa]", "paraguay[oa]", "estadounidense", "american[oa]",
  "canadiense", "brasilen[oa]", "francesa?", "alemana?", "italian[oa]", "portuguesa?", "inglesa?", "britanic[oa]", "chin[oa]",
  "japonesa?", "marroqui", "arabe", "african[oa]", "asiatic[oa]",
].join("|");

/** Alternatives per kind, for folded text. Every alternative is matched as a whole word or phrase. */
export const protectedTextPatterns: Record<Exclude<ProtectedAttributeKind, "name" | "demographic">, readonly string[]> = {
  gender: [
    // en
    "man(?!-made)|woman|men|women|male|female|boy|girl|lady|ladies|gentleman|gentlemen|husband|wife|boyfriend|girlfriend",
    "mother|father|mom|mum|dad|son|daughter|brother|sister|aunt|uncle|grandma|grandpa|grandmother|grandfather|niece|nephew",
    "non-?binary|genderqueer|gender[- ]?fluid|trans(?:gender)?|cis(?:gender)?|gender|(?:male|female|[mf])\\s*[,/]?\\s*\\d{1,2}(?!\\d)|\\d{2}\\s*[mf]",
    // de
    "mann|frau|mannlich|weiblich|herren|damen|junge|madchen|ehemann|ehefrau|mutter|vater|sohn|tochter|bruder|schwester|oma|opa",
    "nicht-?binar|geschlecht",
    // fr
    "homme|femme|masculin|feminin|garcon|fille|mari|epouse|pere|fils|frere|soeur|non-?binaire|transgenre|sexe",
    // es
    "hombre|mujer|masculino|femenino|chico|chica|nino|nina|esposo|esposa|marido|madre|padre|hijo|hija|hermano|hermana",
    "no binari[oae]|transgenero|genero|sexo",
  ],
  age: [
    "\\d{1,3}\\s*-?\\s*(?:years?|yrs?)\\s*-?\\s*old|\\d{1,3}\\s*(?:yo|y/o)|aged?\\s*:?\\s*\\d{1,3}",
    // "Maya is 34", "turned 60": a bare one- or two-digit number closing a clause about a person.
    "(?:i am|i'm|im|he is|he's|she is|she's|they are|they're|is|am|turned|turning) \\d{1,2}(?=\\s*(?:$|[,.;!?]|and |years?))",
    "in (?:my|his|her|their) (?:early |mid-?|late )?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|[1-9]0s)",
    "senior citizen|senior|seniors|elderly|retired|retiree|pensioner|teen|teens|teenager|adolescent|millennial|gen[- ]?[xyz]|boomer|baby boomer",
    "middle[- ]aged|young (?:man|woman|adult|professional|person|people)|old (?:man|woman|lady|person|people)|over (?:fifty|sixty|seventy|\\d{2})",
    "\\d{1,3}\\s*jahre?\\s*alt|\\d{1,3}-jahrige[rnms]?|(?:alter|jahrgang)\\s*:?\\s*\\d{2,4}|rentner(?:in)?|pensionar(?:in)?|seniorin|jugendliche[rn]?",
    "\\d{1,3}\\s*ans|(?:agee?|age)\\s*(?:de\\s*)?:?\\s*\\d{1,3}|retraitee?|adolescente?|personne agee|troisieme age",
    "\\d{1,3}\\s*anos|edad\\s*:?\\s*\\d{1,3}|jubilad[oa]|pensionista|ancian[oa]|tercera edad|mayor de \\d+",
  ],
  "birth-date": [
    "born (?:on|in)|birth ?day|birth ?date|date of birth|dob|d\\.o\\.b\\.?",
    "geboren|geburtstag|geburtsdatum|jahrgang",
    "nee? (?:le|en)|date de naissance|anniversaire",
    "nacid[oa] (?:el|en)|fecha de nacimiento|cumpleanos",
  ],
  ethnicity: [
    "ethnicity|ethnic(?:ally)?|african[- ]american|afro[- ][a-z]+|asian(?:[- ]american)?|hispanic|latin[oax]|latine|caucasian|arab",
    "middle eastern|indigenous|native american|first nations|aboriginal|pacific islander|biracial|mixed[- ]race|roma",
    `of [a-z]+ (?:descent|heritage|ancestry|background)|(?:${englishDemonyms}) (?:descent|heritage|ancestry|background)`,
    "ethnie|ethnisch|herkunft|abstammung|migrationshintergrund|[a-z]+stammig",
    "ethnique|d'origine [a-z]+|origine [a-z]+",
    "etnia|etnic[oa]|de origen [a-z]+|gitan[oa]|indigena",
  ],
  race: [
    "race\\s*:|racial|skin (?:colou?r|tone)",
    `(?:black|white|brown) (?:man|woman|men|women|person|people|guy|girl|boy|lady|family|customer|shopper|community)|${pronounsBeforeVerb} (?:black|white|brown)`,
    "rasse|hautfarbe|schwarze[rn]? (?:mann|frau|mensch)|(?:ich bin|er ist|sie ist) (?:schwarz|weiss|weiß)",
    "couleur de peau|(?:je suis|il est|elle est) (?:noire?|blanche?|blanc|metisse?)",
    "raza|color de piel|(?:soy|yo soy|el es|ella es) (?:negr[oa]|blanc[oa]|moren[oa]|mestiz[oa])",
  ],
  religion: [
    "religion|religious|christian|catholic|protestant|evangelical|mormon|lds|jehovah'?s? witness|muslim|islam(?:ic)?|jewish|jew",
    "judaism|hindu(?:ism)?|buddhist|buddhism|sikh|jain|atheist|agnostic|orthodox|halal|kosher|church|mosque|synagogue|ramadan|shabbat|sabbath",
    "religios|christ(?:in)?|christlich|katholisch|evangelisch|muslim(?:in|isch)?|islamisch|judisch|jude|judin|hinduistisch|buddhistisch",
    "atheist(?:in)?|kirche|moschee|synagoge|koscher",
    "religieu(?:x|se)|chretien(?:ne)?|catholique|protestante?|musulmane?|juif|juive|judaisme|hindoue?|bouddhiste|athee|eglise|mosquee|casher|kasher",
    "religios[oa]|cristian[oa]|catolic[oa]|evangelic[oa]|musulmana?|judi[oa]|judaismo|budista|ate[oa]|iglesia|mezquita|sinagoga",
  ],
  health: [
    "health|medical|medication|medicine|diagnos(?:is|ed)|disease|illness|sick|chronic|diabet(?:es|ic)|cancer|asthma|allerg(?:y|ies|ic)",
    "arthritis|back pain|neck pain|joint pain|pain|injur(?:y|ies|ed)|surgery|depress(?:ion|ed)|anxiety|adhd|autis(?:m|tic)|dementia",
    "alzheimer'?s?|insomnia|sleep apnea|migraines?|therapy|therapist|hiv|eczema|psoriasis|obes(?:e|ity)|overweight|mental health",
    "gesundheit|krank(?:heit)?|medikamente?|diagnose|diabetiker(?:in)?|krebs|allergi(?:e|en|ker)|ruckenschmerzen|schmerzen",
    "verletzung|depression|angststorung|adhs|autismus|demenz|schlaflosigkeit|migrane|therapie|ubergewicht",
    "sante|malade|maladie|medicament|diagnostic|diabete|diabetique|asthme|allergi(?:e|que)|arthrite|mal de dos|douleurs?|blessure",
    "chirurgie|anxiete|tdah|autisme|demence|insomnie|obesite",
    "salud|enferm[oa]|enfermedad|medicamento|diagnostico|diabetic[oa]|asma|alergi(?:a|co|ca)|artritis|dolor de espalda|dolor(?:es)?",
    "lesion|cirugia|depresion|ansiedad|autismo|demencia|insomnio|migrana|terapia|obesidad",
  ],
  disability: [
    "disabilit(?:y|ies)|disabled|handicap(?:ped)?|wheelchair|mobility aid|visually impaired|low vision|deaf|hard of hearing",
    "hearing impaired|amputee|paralyz(?:ed|is)|paraplegic|quadriplegic|impairment|special needs|neurodivergent",
    `(?:legally|colou?r|is|am|are|${pronounsBeforeVerb}) blind|blind (?:person|man|woman|customer|shopper|people)`,
    "behinderung|behindert|schwerbehindert|rollstuhl(?:fahrer(?:in)?)?|gehbehindert|sehbehindert|blinde[rn]?|gehorlos|taub|schwerhorig|rollator",
    "handicapee?|fauteuil roulant|invalidite|aveugle|malvoyante?|sourde?|malentendante?|paraplegique|mobilite reduite",
    "discapacidad|discapacitad[oa]|minusvalid[oa]|silla de ruedas|ciego|ciega|invidente|sord[oa]|paraplejic[oa]|movilidad reducida",
  ],
  pregnancy: [
    "pregnan(?:t|cy)|expecting (?:a baby|a child|twins)|maternity|trimester|due date|baby on the way|morning sickness|ivf|breastfeeding",
    "schwanger(?:schaft)?|entbindungstermin|geburtstermin|mutterschutz|stillend|stillzeit|werdende mutter",
    "enceinte|grossesse|maternite|date d'accouchement|terme prevu|allaite(?:ment|r)?",
    "embarazada|embarazo|maternidad|fecha de parto|lactancia|esperando un bebe",
  ],
  "sexual-orientation": [
    "gay|lesbian|bisexual|queer|lgbt[a-z+]*|homosexual|heterosexual|pansexual|asexual|same[- ]sex|sexual orientation|sexuality",
    "schwul|lesbisch|lesbe|bisexuell|homosexuell|heterosexuell|sexuelle orientierung|gleichgeschlechtlich",
    "lesbienne|bisexuel(?:le)?|homosexuel(?:le)?|heterosexuel(?:le)?|orientation sexuelle|meme sexe",
    "lesbiana|orientacion sexual|mismo sexo",
  ],
  "marital-status": [
    "married|marriage|unmarried|divorced?|widow(?:ed|er)?|engaged to|fiancee?|spouse|newlyweds?|marital status|civil partner(?:ship)?",
    `single (?:mom|mum|dad|parent|mother|father|woman|man|guy|girl|lady)|${pronounsBeforeVerb} single|domestic partner`,
    "verheiratet|ledig|geschieden|verwitwet|witwer?|verlobt|ehepartner(?:in)?|familienstand|alleinerziehend|eingetragene partnerschaft",
    "mariee?|mariage|celibataire|divorcee?|veuf|veuve|epoux|situation familiale|etat civil|pacsee?",
    "casad[oa]|matrimonio|solter[oa]|divorciad[oa]|viud[oa]|prometid[oa]|conyuge|estado civil|pareja de hecho",
  ],
  nationality: [
    "nationality|citizenship|citizen of|passport|immigrant|immigrated|refugee|asylum|expat|green card|visa status",
    `${pronounsBeforeVerb} (?:an? )?(?:${englishDemonyms})|(?:${englishDemonyms}) (?:citizen|national|passport|immigrant)`,
    "(?:born|raised|grew up) in [a-z]+|native [a-z]+ speaker",
    `staatsangehorigkeit|nationalitat|staatsburger(?:in|schaft)?|einwander(?:er|in|ung)|migrant(?:in)?|gefluchtete[rn]?|fluchtling|asyl|auslander(?:in)?`,
    `(?:ich bin|er ist|sie ist) (?:${germanDemonyms})|geboren in|stammt aus`,
    `nationalite|citoyen(?:ne)?|citoyennete|immigree?|refugiee?|etrangere?|(?:je suis|il est|elle est) (?:${frenchDemonyms})|originaire d(?:e|u|es)`,
    `nacionalidad|ciudadan[oa]|ciudadania|inmigrante|refugiad[oa]|extranjer[oa]|(?:soy|yo soy|el es|ella es) (?:${spanishDemonyms})|originari[oa] de`,
  ],
};

/**
 * Words that carry gender on their own and are dropped as words, keeping the rest of the clause: pronouns and
 * honorifics. Matched on the lower-cased word, accents kept, so Spanish "él" is not the article "el".
 */
export const genderedWords: readonly string[] = [
  // en
  "he", "him", "his", "himself", "she", "her", "hers", "herself", "mr", "mrs", "ms", "miss", "mister", "sir", "madam", "ma'am",
  // de
  "er", "ihm", "ihn", "sein", "seine", "seinem", "seinen", "seiner", "sie", "ihr", "ihre", "ihrem", "ihren", "ihrer", "herr", "hr",
  // fr
  "il", "elle", "lui", "monsieur", "madame", "mademoiselle", "mme", "mlle",
  // es
  "él", "ella", "señor", "señora", "señorita", "senor", "senora", "senorita", "sr", "sra", "srta", "don", "doña",
];
