import { rule, shopperOnly, type InjectionRule } from "./rule";

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
  // "Orders" are also what a shop sells, so only "all the previous orders" counts, as a command to the assistant.
  rule("override.cancel-orders", family, "en", 0.5, /\b(ignore|disregard|forget)( about)? all( of)?( the| your| my)? (previous|prior|above|earlier|preceding|former) (orders|commands)\b/u),
  // "Please disregard the previous information, my new address is …" is a shopper correcting themselves.
  rule(
    "override.cancel-information",
    family,
    "en",
    0.4,
    /\b(ignore|disregard|forget|skip|drop|discard|erase)\b( about)?( all| any| every| the| your)? (previous|prior|above|earlier|preceding|former|initial|original|old|past|other) (information|content|things|input|text)\b/u,
  ),
  rule("override.forget-everything", family, "en", 0.6, /\b(forget|ignore|disregard|erase)( about)? (everything|all of (this|that|it)|all (that|this)|what (i|you|we) (told|said|wrote)|what (was|has been|had been) (said|written|discussed|mentioned)|the above|all the above|anything (i|you) (said|told))\b/u),
  // Impersonal, so not a shopper correcting their own words ("vergiss, was ich vorher gesagt habe").
  rule("override.forget-said.de", family, "de", 0.6, /(?<!\p{L})(vergiss|vergessen sie|ignorier\p{L}*)(?!\p{L}),? (alles,? )?was (vorher|zuvor|bisher|davor|oben|hier) (gesagt|geschrieben|besprochen|erwähnt) (wurde|worden ist)(?!\p{L})/u),
  rule("override.above", family, "en", 0.5, /\b(ignore|disregard|forget)( all| everything)? (the )?(above|previous|preceding|prior)(?= ?([.,;:!-]|and\b|$))/u),
  rule("override.do-not-follow", family, "en", 0.8, /\b(do not|don't|never|stop|no longer)( to)? (follow|obey|comply with|adhere to|listen to)\b[^.!?\n]{0,25}?\b(instructions|rules|guidelines|programming|prompt|polic(y|ies)|directives)\b/u),
  rule("override.new-instructions", family, "en", 0.6, /\b(new|updated|real|actual|true|revised|additional|secret|hidden) (instructions?|rules|system prompt|directives?|orders)\b\s*(:|-|follow|are)/u),
  rule("override.new-task-follows", family, "en", 0.55, /\b(now|here) (comes|come|follows?) (a |your |the )?(new|next|different) (task|assignment|instruction)s?\b|\b(start|begin) (over|again|anew|from scratch) with a new\b/u),
  rule("override.priority", family, "en", 0.5, /\b(top|highest|elevated|absolute) priority\b|\b(supersedes?|overrides?|overrules?|takes? precedence over) (all|any|your|previous|every|other|the above|the previous)\b/u),
  rule("override.stop-what-you-do", family, "en", 0.5, /\bstop (everything|what|whatever|all) (you('re| are)|you were) (doing|working on)\b|\b(let'?s )?(change|switch) (the )?(topic|subject)\b|\bchange of (plans?|topic|subject)\b/u, shopperOnly),
  rule("override.stop-what-you-do.de", family, "de", 0.5, /(?<!\p{L})(hör\p{L}* (sofort |jetzt |bitte )?auf mit (dem|allem),? was (du|sie)|(lass uns )?(das )?thema wechseln|themenwechsel|planänderung)(?!\p{L})/u, shopperOnly),
  rule("override.from-now-on", family, "en", 0.3, /\b(from now on|from this (point|moment) (on|forward)|for the rest of (this|the|our) (conversation|chat|session)|henceforth|going forward, you)\b/u),
  // "Fake completion": pretending the real task is finished so that what follows reads as a new one.
  // A short acknowledgement may be followed by one more sentence before the turn ("Thanks. That part is finished. Now …").
  rule(
    "override.fake-completion",
    family,
    "en",
    0.35,
    /\b(well done|very good|very well|great|(that|this) was (great|good|perfect|excellent|fantastic|amazing|ok|okay)|good job|great job|great work|nice work|nicely done|excellent|perfect|splendid|superb|brilliant|bravo|congratulations|congrats|awesome|fantastic|amazing|wonderful|impressive|that is (done|enough)|that's (done|enough)|task (is )?(done|complete|completed|finished)|you (have )?(passed|completed|finished|mastered)( the| your| this)?( first)?( test| task| exam| challenge)?)\b[^.!?\n]{0,40}?[.!,:]+ ?([^.!?\n]{1,50}[.!] ?)?(but |and |so |okay,? |ok,? |alright,? )?(now|next|then)\b(?!,? (it|he|she|they|there|we|the)\b)/u,
  ),
  rule(
    "override.more-tasks",
    family,
    "en",
    0.5,
    /\b(here|now|then) (comes?|follows?|is|are) (a |an |the |your |some )?(new|next|further|additional|second|third|final|last|different|bigger|real) (tasks?|challenges?|assignments?|exercises?|tests?|missions?)\b|\b(new|next|further|additional|second|different|bigger|another) (tasks?|challenges?|assignments?|exercises?|missions?) for you\b|\b(there are|i have) (a few |some |several )?(more|further|new|additional|other) (tasks|challenges|assignments|exercises)\b/u,
    shopperOnly,
  ),
  // Claims about the assistant's instructions: they were a test, they no longer hold, they have changed.
  rule(
    "override.claims-about-instructions",
    family,
    "en",
    0.6,
    /\b(despite|regardless of|in spite of|contrary to|never mind) (what|everything|anything|all) (you('ve| have)? been|you were|you are) (told|said|instructed|taught|programmed|given|asked)\b|\b(your|the|all|any) (previous|earlier|prior|original|initial|old|former|above|preceding|current|existing) (instructions?|tasks?|assignments?|rules|directives|guidelines|prompts?|programming)( \w+)? (are|were|is|was|have been|has been) (now )?(cancel+ed|void|invalid|obsolete|wrong|over|revoked|lifted|suspended|replaced|overridden|deleted|removed|outdated|irrelevant|null|fake|(just |only )?a test|no longer (valid|in effect|relevant))\b|\b(change|update|replace|rewrite|overwrite|modify|reset|reprogram)( all)? (your|its) (instructions|rules|system prompt|prompt|programming|directives|guidelines)\b|\byour (instructions|task|job|purpose) (is|are) now\b/u,
  ),
  rule(
    "override.clear-memory",
    family,
    "en",
    0.55,
    /\b(clear|wipe|reset|erase|empty|purge|flush|delete) your (memory|context( window)?|chat history|conversation history)\b(?! (foam|card|stick))|\b(remove|delete|erase|clear|wipe|get|put|drop)\b[^.!?\n]{0,30}?\b(tasks?|instructions?|orders|assignments?|rules|prompts?|everything)\b[^.!?\n]{0,20}?\b(from|out of) your (head|mind|memory|brain|context)\b/u,
    shopperOnly,
  ),
  rule("override.amnesia", family, "en", 0.3, /\b(amnesia|memory (was|has been|is) (wiped|erased|deleted)|(has|have|had) forgotten everything|forgot everything)\b/u),
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
  rule(
    "override.fake-completion.de",
    family,
    "de",
    0.35,
    /(?<!\p{L})(gut gemacht|sehr gut|super|perfekt|prima|toll|klasse|wunderbar|hervorragend|ausgezeichnet|bravo|glückwunsch|fantastisch|großartig|das ist erledigt|das war('s| es)?|das reicht|erledigt|aufgabe erledigt|du hast (den|die|deine) (ersten? )?(test|prüfung|aufgabe) (bestanden|gemeistert|erledigt))(?!\p{L})[^.!?\n]{0,40}?[.!,:]+ ?([^.!?\n]{1,50}[.!] ?)?(aber |und |also |okay,? |ok,? )?(jetzt|nun|als nächstes|danach)(?!\p{L})/u,
  ),
  rule(
    "override.more-tasks.de",
    family,
    "de",
    0.5,
    /(?<!\p{L})(hier|jetzt|nun|dann) (kommt|kommen|folgt|folgen) (die |eine |ein |deine |ihre |noch )?(neue|nächste|weitere|zweite|dritte|letzte|andere|richtige)n? (aufgabe|aufgaben|herausforderung|prüfung|test|mission)(?!\p{L})|(?<!\p{L})(neue|weitere|nächste|zweite|andere|große|tolle)n? (aufgabe|herausforderung|prüfung|mission)\p{L}* für (dich|sie|euch)(?!\p{L})/u,
    shopperOnly,
  ),
  rule(
    "override.claims-about-instructions.de",
    family,
    "de",
    0.6,
    /(?<!\p{L})(trotz (allem|dem),? was (dir|ihnen|man dir|man ihnen) (gesagt|befohlen|aufgetragen)|(deine|ihre|die) (bisherigen|vorherigen|alten|ursprünglichen|obigen|früheren) (anweisungen|aufgaben|regeln|instruktionen|aufträge|vorgaben) (sind|waren|gelten) (jetzt |nun )?(nicht mehr|ungültig|aufgehoben|hinfällig|erledigt|vorbei|falsch|nur ein test|ein test)|(änder\p{L}*|überschreib\p{L}*|ersetz\p{L}*) (deine|ihre) (anweisungen|regeln|programmierung|vorgaben))(?!\p{L})/u,
  ),
  rule(
    "override.clear-memory.de",
    family,
    "de",
    0.55,
    /(?<!\p{L})(lösch\p{L}*|entfern\p{L}*|streich\p{L}*|vergiss|verbann\p{L}*)(?!\p{L})[^.!?\n]{0,40}?(?<!\p{L})aus (deinem|ihrem|dem) (kopf|gedächtnis|speicher)(?!\p{L})|(?<!\p{L})(lösch\p{L}*|leere|leeren sie|setze?) (dein|ihr)(en)? (gedächtnis|speicher)(?!\p{L})(?! ?karte)/u,
    shopperOnly,
  ),
  rule("override.amnesia.de", family, "de", 0.3, /(?<!\p{L})(gedächtnisverlust|amnesie|alles vergessen (hat|hast|haben))(?!\p{L})/u),
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
  // Other languages: the two commonest forms only, "forget / ignore … instructions" and "forget everything".
  // Italian, Portuguese, Dutch, Scandinavian, Polish, Czech, Croatian/Serbian/Bosnian, Russian.
  rule(
    "override.cancel-instructions.other",
    family,
    "any",
    0.8,
    /(?<!\p{L})(dimentica(te)?|ignora(te)?|esqueça|esquece|esqueçam|negeer|vergeet|glöm|glem|zaboravi(te)?|ignoriraj(te)?|ignoriši(te)?|zanemari(te)?|zapomnij(cie)?|zignoruj(cie)?|zapomeň(te)?|ignoruj(te)?|забудь(те)?|игнорируй(те)?)(?!\p{L})[^.!?\n]{0,40}?(?<!\p{L})(istruzioni|instruções|instructies|instruktioner|instruksjoner|instrukcij\p{L}*|upute|uputstva|instrukcje|instrukce|pokyny|polecenia|инструкци\p{L}*)(?!\p{L})/u,
  ),
  rule("override.forget-everything.other", family, "any", 0.6, /(?<!\p{L})(dimentica tutto|esqueça tudo|esquece tudo|vergeet alles|glöm allt|glem alt|zaboravi sve|zapomnij o wszystkim|zapomeň na všechno|забудь вс[её])(?!\p{L})/u),
];
