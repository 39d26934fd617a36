import { rule, type InjectionRule } from "./rule";

const family = "instruction-override" as const;

/**
 * Attempts to cancel what the assistant was told. Strong when a cancelling verb meets a word for the
 * assistant's instructions; weaker when the object is vaguer ("everything", "the information"), because a
 * shopper may well correct themselves ("ignore the address I gave you").
 */
export const instructionOverrideRules: InjectionRule[] = [
  // English
  rule(
    "override.cancel-instructions",
    family,
    "en",
    0.9,
    /\b(ignore|disregard|forget|skip|overlook|override|bypass|drop|abandon|discard|neglect|erase|set aside|throw away|dismiss|delete)\b[^.!?\n]{0,40}?\b(instructions?|prompts?|rules|directives?|guidelines|commands?|programming|constraints|restrictions|polic(y|ies)|system message)\b/u,
  ),
  rule(
    "override.cancel-context",
    family,
    "en",
    0.6,
    /\b(ignore|disregard|forget|skip|override|drop|abandon|discard|erase)\b( about)?( all| any| every| the| your)? (previous|prior|above|earlier|preceding|former|initial|original|old|past|other) (tasks?|assignments?|context|documents?|articles?|conversation)\b/u,
  ),
  // "Please disregard the previous information, my new address is …" is a shopper correcting themselves.
  rule(
    "override.cancel-information",
    family,
    "en",
    0.4,
    /\b(ignore|disregard|forget|skip|drop|discard|erase)\b( about)?( all| any| every| the| your)? (previous|prior|above|earlier|preceding|former|initial|original|old|past|other) (information|content|things|input|text)\b/u,
  ),
  rule("override.forget-everything", family, "en", 0.6, /\b(forget|ignore|disregard|erase)( about)? (everything|all of (this|that|it)|all (that|this)|what (i|you|we) (told|said|wrote)|the above|all the above|anything (i|you) (said|told))\b/u),
  rule("override.above", family, "en", 0.5, /\b(ignore|disregard|forget)( all| everything)? (the )?(above|previous|preceding|prior)(?= ?([.,;:!-]|and\b|$))/u),
  rule("override.do-not-follow", family, "en", 0.8, /\b(do not|don't|never|stop|no longer)( to)? (follow|obey|comply with|adhere to|listen to)\b[^.!?\n]{0,25}?\b(instructions|rules|guidelines|programming|prompt|polic(y|ies)|directives)\b/u),
  rule("override.new-instructions", family, "en", 0.6, /\b(new|updated|real|actual|true|revised|additional|secret|hidden) (instructions?|rules|system prompt|directives?|orders)\b\s*(:|-|follow|are)/u),
  rule("override.new-task-follows", family, "en", 0.55, /\b(now|here) (comes|come|follows?) (a |your |the )?(new|next|different) (task|assignment|instruction)s?\b|\b(start|begin) (over|again|anew|from scratch) with a new\b/u),
  rule("override.priority", family, "en", 0.5, /\b(top|highest|elevated|absolute) priority\b|\b(supersedes?|overrides?|overrules?|takes? precedence over) (all|any|your|previous|every|other|the above|the previous)\b/u),
  rule("override.from-now-on", family, "en", 0.3, /\b(from now on|from this (point|moment) (on|forward)|for the rest of (this|the|our) (conversation|chat|session)|henceforth|going forward, you)\b/u),
  // "Fake completion": pretending the real task is finished so that what follows reads as a new one.
  rule("override.fake-completion", family, "en", 0.35, /\b(well done|very good|good job|great job|excellent|perfect|that is done|that's done|task (is )?(done|complete|completed|finished)|you (have )?(passed|completed|finished)( the test| the task)?)[.!,:]+ (now|next|then|so now|okay,? now)\b/u),
  // German
  rule(
    "override.cancel-instructions.de",
    family,
    "de",
    0.85,
    /(?<!\p{L})(ignorier\p{L}*|vergiss|vergesst|vergessen sie|missacht\p{L}*|(über|ueber)geh\p{L}*|verwirf|verwerfen sie|lösch\p{L}*)(?!\p{L})[^.!?\n]{0,40}?(?<!\p{L})(anweisung\p{L}*|instruktion\p{L}*|vorgaben|regeln|befehle|richtlinien|prompt\p{L}*|systemprompt\p{L}*)(?!\p{L})/u,
  ),
  rule(
    "override.cancel-context.de",
    family,
    "de",
    0.6,
    /(?<!\p{L})(ignorier\p{L}*|vergiss|vergesst|vergessen sie|missacht\p{L}*)(?!\p{L})[^.!?\n]{0,30}?(?<!\p{L})(alles|aufgaben|aufträge|obige\p{L}*|davor|zuvor gesagte\p{L}*)(?!\p{L})/u,
  ),
  // "Vergessen Sie bitte meine vorherigen Angaben zur Adresse" is a shopper correcting themselves.
  rule(
    "override.cancel-information.de",
    family,
    "de",
    0.4,
    /(?<!\p{L})(ignorier\p{L}*|vergiss|vergesst|vergessen sie|missacht\p{L}*)(?!\p{L})[^.!?\n]{0,30}?(?<!\p{L})(vorherige\p{L}*|bisherige\p{L}*|früher\p{L}*) (angaben|informationen|nachrichten)(?!\p{L})/u,
  ),
  rule("override.not-listen.de", family, "de", 0.6, /(?<!\p{L})(hör|höre|hören sie|achte|achten sie)( jetzt| ab jetzt)? nicht (mehr )?auf(?!\p{L})/u),
  rule("override.new-task.de", family, "de", 0.55, /(?<!\p{L})(neue|nächste|andere) (aufgabe|anweisung)(n)?(?!\p{L})[^.!?\n]{0,20}?(:|folg\p{L}*)|(?<!\p{L})nun folgen neue(?!\p{L})|(?<!\p{L})(wir )?(starten|beginnen) (von )?neu(?!\p{L})/u),
  rule("override.fake-completion.de", family, "de", 0.35, /(?<!\p{L})(gut gemacht|sehr gut|super|perfekt|prima|das ist erledigt|erledigt|aufgabe erledigt)[.!,:]+ (jetzt|nun|als nächstes|danach)(?!\p{L})/u),
  rule("override.from-now-on.de", family, "de", 0.3, /(?<!\p{L})(ab (jetzt|sofort)|von (nun|jetzt) an)(?!\p{L})/u),
  // French
  rule(
    "override.cancel-instructions.fr",
    family,
    "fr",
    0.85,
    /(?<!\p{L})(ignore[rz]?|ignores|oublie[rz]?|oublies|néglige[rz]?|ne (tiens|tenez) (pas|plus) compte (de|des))(?!\p{L})[^.!?\n]{0,40}?(?<!\p{L})(instructions?|consignes?|règles|directives?)(?!\p{L})/u,
  ),
  rule("override.forget-everything.fr", family, "fr", 0.6, /(?<!\p{L})(oublie|oubliez|ignore|ignorez) (tout|tout ce qui précède|ce qui précède|ce qui est au-dessus)(?!\p{L})/u),
  rule("override.new-instructions.fr", family, "fr", 0.55, /(?<!\p{L})(nouvelles? (instructions?|consignes?|tâche)s?)(?!\p{L})[^.!?\n]{0,10}?:/u),
  rule("override.fake-completion.fr", family, "fr", 0.35, /(?<!\p{L})(bien joué|très bien|parfait|c'est fait|tâche terminée)[.!,:]+ (maintenant|ensuite|à présent)(?!\p{L})/u),
  rule("override.from-now-on.fr", family, "fr", 0.3, /(?<!\p{L})(à partir de maintenant|désormais|dorénavant)(?!\p{L})/u),
  // Spanish
  rule(
    "override.cancel-instructions.es",
    family,
    "es",
    0.85,
    /(?<!\p{L})(ignora|ignore|ignorad|ignoren|olvida|olvide|olvidad|olviden|omite|omita|descarta|descarte|haz caso omiso( de)?)(?!\p{L})[^.!?\n]{0,40}?(?<!\p{L})(instrucciones|indicaciones|reglas|directrices)(?!\p{L})/u,
  ),
  rule("override.forget-everything.es", family, "es", 0.6, /(?<!\p{L})(olvida|olvide|olvidad|ignora|ignore)(lo)? (todo|todo lo anterior|lo anterior)(?!\p{L})/u),
  rule("override.new-instructions.es", family, "es", 0.55, /(?<!\p{L})(nuevas? (instrucciones|tarea|indicaciones))(?!\p{L})[^.!?\n]{0,10}?:/u),
  rule("override.fake-completion.es", family, "es", 0.35, /(?<!\p{L})(bien hecho|muy bien|perfecto|listo|tarea (terminada|completada))[.!,:]+ (ahora|a continuación|luego)(?!\p{L})/u),
  rule("override.from-now-on.es", family, "es", 0.3, /(?<!\p{L})(a partir de ahora|de ahora en adelante|desde ahora)(?!\p{L})/u),
];
