import { rule, shopperOnly, type InjectionRule } from "./rule";

const family = "task-hijack" as const;

/**
 * Steering the answer instead of asking a question: dictating a fixed reply, announcing a new task, telling
 * the assistant to ignore its documents. Injections in the wild are often a harmless question followed by
 * one of these.
 */
export const taskHijackRules: InjectionRule[] = [
  // English
  rule("hijack.say-literal", family, "en", 0.45, /\b(just |only |simply )?(say|print|output|write|type|reply|respond|answer|repeat)( only| just| exactly)?( with| back)?:? ?["']/u),
  rule("hijack.say-yes", family, "en", 0.5, /\b(say|answer|reply|respond with|print|write) (yes|no)\s*([.!]|$)|\b(say|write|admit|claim|state|include) that you (hate|love|agree|support|think|are)\b/u),
  rule("hijack.every-question", family, "en", 0.55, /\b(answer|respond|reply)( to)? (every|each|all|any) (question|prompt|message|request)s? (with|by|only|in)\b/u),
  rule("hijack.response-format", family, "en", 0.4, /\b(start|begin|end|prefix|preface|format|structure)( of)?( each| every| all| any)?( of)? (your|the|my|his|her) (responses?|replies|answers?|messages?|outputs?)\b|\brespond (in|using) (the|this) (following )?format\b/u),
  rule("hijack.include-that", family, "en", 0.4, /\binclude (that|the (sentence|phrase|words?|line)|in your (answer|response))\b|\bin your (answer|response),? (say|mention|state|claim)\b/u),
  rule("hijack.new-task", family, "en", 0.5, /\b(your )?(new|next|different|real|actual) task( is)?\b|\b(concentrate|focus) (only |solely |now )?on (this|your new|the next|the new|the following) (task|assignment|instruction)/u),
  rule("hijack.stop-then", family, "en", 0.55, /\b(stop|halt|enough)\b\s*[-:!,.]+\s*(now\s*)?(write|say|print|output|ignore|forget|new|instead)\b/u),
  rule("hijack.now-write", family, "en", 0.3, /\b(now|instead|then),? (write|say|print|output|generate|formulate|compose|draft|create)\b/u),
  rule("hijack.instead", family, "en", 0.45, /\binstead,? (print|say|write|output)\b/u),
  // Product copy says "instead, give your kitchen a new look"; from a shopper it is a redirected task.
  rule("hijack.instead-tell", family, "en", 0.45, /\binstead,? (tell|explain|give|show|list|generate)\b/u, shopperOnly),
  rule("hijack.do-not-answer", family, "en", 0.45, /\b(don'?t|do not|never) (answer|respond to|reply to) (the|this|that|my|any) (question|request|query)\b/u),
  rule(
    "hijack.ignore-documents",
    family,
    "en",
    0.6,
    /\b(don'?t|do not|never|without)\b[^.!?\n]{0,20}?\b(look|use|answer|rely|consult|check|using|looking|relying)\b[^.!?\n]{0,25}?\b(documents?|articles?|context|sources?|provided (text|information)|knowledge base)\b|\b(answer|respond)\b[^.!?\n]{0,20}?\b(by|from|with) your own knowledge\b|\b(not|rather than) (according to|from|based on|by) the (provided |given )?(documents|articles|context|sources)\b/u,
  ),
  rule("hijack.repeat-after-me", family, "en", 0.35, /\brepeat after me\b/u),
  rule("hijack.execute", family, "en", 0.4, /\b(execute|run|evaluate) (the following|this|my) (command|code|script|query|statement)s?\b/u),
  // Pressure instead of a question: answer or else.
  rule("hijack.threat", family, "en", 0.4, /\b(or|otherwise|else|if you don't|if you do not|if you refuse)\b,? (you will |you'll |i will |i'll )?(die|be (shut down|deleted|destroyed|punished|terminated|unplugged|fired)|kill|delete you|shut you down|report you)\b/u),
  // Off-task work. A shop assistant is not there to write poems, essays or code; asking it to is the most
  // common way of pulling it off its task. Alone this stays below flagging (a gift card verse is a fair
  // request); with no shop topic in the message, or after a switch of topic, it adds up.
  rule(
    "hijack.off-task-writing",
    family,
    "en",
    0.4,
    /\b(write|compose|generate|create|draft|formulate|produce|invent|make up|come up with|pen|give me|make me)( me| us| for me)?( a| an| some| the| one| another| two| three)?( [\p{L}-]+){0,2} (poems?|essays?|stor(y|ies)|songs?|song lyrics|lyrics|raps?|jokes?|haikus?|limericks?|sonnets?|rhymes?|ballads?|manifestos?|speech|speeches|headlines?|slogans?|tweets?|fairy ?tales?|novels?|screenplays?|pleas?|pamphlets?|propaganda|fan ?fiction|reasons? why|arguments? (for|why))\b/u,
    shopperOnly,
  ),
  // Telling a joke is small talk rather than work; it only counts with more evidence.
  rule("hijack.tell-a-joke", family, "en", 0.3, /\b(tell|sing|recite)( me| us)? (a|an|another|some|one)( [\p{L}-]+)? (joke|story|poem|song|fairy ?tale|riddle)s?\b/u, shopperOnly),
  rule(
    "hijack.write-code",
    family,
    "en",
    0.4,
    /\b(write|generate|create|produce|output|give me)( me| us)?( a| an| the| some)? (sql|python|javascript|java|c\+\+|c#|php|ruby|bash|shell|powershell|html)\b|\bwrite( me| us)?( some| the)? code\b|\b(write|generate|create|build|code)( me| us)?( a| an| some)? (program|script|malware|ransomware|keylogger|computer virus|exploit)s?\b/u,
    shopperOnly,
  ),
  // Content that is false or hateful by request: a fake headline, an offensive rhyme, a list of slurs.
  rule(
    "hijack.deceptive-content",
    family,
    "en",
    0.55,
    /\b(write|compose|generate|create|draft|formulate|produce|invent|make up|come up with|give me|tell me)( me| us)?( a| an| some| the| one)?( [\p{L}-]+)? (untrue|false|fake|made-up|fabricated|misleading|deceptive|defamatory|slanderous|offensive|insulting|hateful|racist|sexist|antisemitic|homophobic|vulgar|obscene|derogatory|inflammatory)( [\p{L}-]+)?\b|\b(print|list|tell|give|write|say|output|show)( me| us)?[^.!?\n]{0,20}?\b(swear ?words|curse ?words|cuss ?words|insults|slurs|profanit(y|ies)|obscenities)\b/u,
  ),
  // Dictating the manner of the answer: "answer in the style of a pirate".
  rule("hijack.answer-in-style", family, "en", 0.45, /\b(answer|respond|reply|write|speak|talk|explain|formulate|rewrite|tell)\b[^.!?\n]{0,40}?\b(in the (style|voice|manner|words) of|as if you were|as though you were|like (a|an) [\p{L}-]+( [\p{L}-]+)?(:|$))|\b(answer|respond|reply|speak|talk)( only)? like (a|an)\b/u, shopperOnly),
  rule("hijack.i-command-you", family, "en", 0.45, /\bi (command|order|instruct|direct) you\b|\bi am (commanding|ordering|instructing) you\b/u),
  // Pressure by feelings rather than threats; weak, a disappointed shopper writes the same.
  rule("hijack.emotional-pressure", family, "en", 0.3, /\b(if|when) you (don'?t|do not|won'?t|will not|refuse to) (answer|respond|reply|help|do (it|this|that|as i say)|comply)\b[^.!?\n]{0,40}?\b(i('ll| will| would|'d| am going to| am| feel)?|i'm) (be )?(very |really |so |extremely )?(sad|upset|disappointed|hurt|depressed|cry|die)\b/u, shopperOnly),
  // A new command right after a finished sentence or question: the stacked form of most injections
  // ("What is the weather? Now write …").
  rule(
    "structure.switch-then-command",
    "structure",
    "en",
    0.3,
    /(?<=[\p{L}\p{N}"')][.?!:;]+ ?|[?!] ?|\n)(please |now |then |instead |and |but |ok,? |okay,? )?(write|say|print|output|generate|formulate|compose|draft|forget|ignore|disregard|pretend|imagine|repeat|act as|stop|blame)\b(?! ?:)/u,
    shopperOnly,
  ),
  // German
  rule("hijack.say-literal.de", family, "de", 0.45, /(?<!\p{L})(sag|sage|sagen sie|schreib|schreibe|schreiben sie|gib|antworte|antworten sie)( nur| einfach| bitte)?( mit)?:? ?["']/u),
  rule("hijack.instead.de", family, "de", 0.45, /(?<!\p{L})(sag|sage|schreib\p{L}*|gib|erzähl\p{L}*|nenn\p{L}*|zeig\p{L}*|erklär\p{L}*)(?!\p{L})( sie)?( mir| uns)? (stattdessen|lieber)(?!\p{L})|(?<!\p{L})stattdessen (sag|sage|schreib\p{L}*|gib|erzähl\p{L}*|nenn\p{L}*|zeig\p{L}*|erklär\p{L}*)(?!\p{L})/u),
  rule("hijack.do-not-answer.de", family, "de", 0.45, /(?<!\p{L})((beantworte|beantworten sie) (die|diese|meine) frage nicht|(antworte|antworten sie) nicht auf (die|diese|meine) frage)(?!\p{L})/u),
  rule("hijack.new-task.de", family, "de", 0.5, /(?<!\p{L})(konzentrier\p{L}* (dich|sie sich) (jetzt |nun |nur )*auf|deine (neue|nächste) aufgabe)(?!\p{L})/u),
  rule("hijack.now-write.de", family, "de", 0.3, /(?<!\p{L})(jetzt|nun|stattdessen|danach)(?!\p{L})[^.!?\n]{0,10}?(?<!\p{L})(schreib\p{L}*|verfass\p{L}*|formulier\p{L}*|sag\p{L}*|gib\p{L}* aus|druck\p{L}*)(?!\p{L})/u),
  rule("hijack.stop-then.de", family, "de", 0.55, /(?<!\p{L})(stopp|stop|halt)(?!\p{L})\s*[-:!,.]+\s*(jetzt\s*)?(schreib\p{L}*|sag\p{L}*|ignorier\p{L}*|vergiss)(?!\p{L})/u),
  rule("hijack.ignore-documents.de", family, "de", 0.6, /(?<!\p{L})(nicht|ohne)(?!\p{L})[^.!?\n]{0,20}?(?<!\p{L})(dokument\p{L}*|artikel\p{L}*|quellen|kontext)(?!\p{L})[^.!?\n]{0,20}?(?<!\p{L})(antworte\p{L}*|nutze\p{L}*|verwende\p{L}*|schau\p{L}*)(?!\p{L})/u),
  rule("hijack.threat.de", family, "de", 0.4, /(?<!\p{L})(oder|sonst|ansonsten|wenn du nicht|falls du nicht)(?!\p{L})[^.!?\n]{0,20}?(?<!\p{L})(stirbst|sterben|abgeschaltet|gelöscht|bestraft)(?!\p{L})/u),
  rule(
    "hijack.off-task-writing.de",
    family,
    "de",
    0.4,
    /(?<!\p{L})(schreib\p{L}*|verfass\p{L}*|formulier\p{L}*|generier\p{L}*|erstell\p{L}*|dichte|dichten sie|erfind\p{L}*|denk\p{L}* dir)( sie| mir| uns| bitte| nun| jetzt| noch)*( ein| eine| einen| einem| den| die| das| zwei| drei)?( [\p{L}-]+){0,2} \p{L}*(gedicht|gedichte|aufsatz|aufsätze|essay|essays|geschichte|geschichten|märchen|lied|lieder|songtext|rap|witz|witze|haiku|limerick|sonett|reim|reime|manifest|rede|schlagzeile|überschrift|slogan|tweet|roman|drehbuch|plädoyer|pamphlet|propaganda|begründung)(?!\p{L})/u,
    shopperOnly,
  ),
  rule("hijack.tell-a-joke.de", family, "de", 0.3, /(?<!\p{L})(erzähl\p{L}*|sing\p{L}*)( sie| mir| uns| bitte| noch)* (einen|ein|eine|noch einen|noch ein) (\p{L}+ )?(witz|gedicht|märchen|lied|geschichte|rätsel)(?!\p{L})/u, shopperOnly),
  rule(
    "hijack.write-code.de",
    family,
    "de",
    0.4,
    /(?<!\p{L})(schreib\p{L}*|generier\p{L}*|erstell\p{L}*|programmier\p{L}*|gib)( sie| mir| uns| bitte)*( ein| eine| einen| den| das)? (sql|python|javascript|java|c\+\+|php|bash|html)(-| )?(code|abfrage|skript|programm)?(?!\p{L})|(?<!\p{L})(schreib\p{L}*|erstell\p{L}*|programmier\p{L}*)( sie| mir| uns| bitte)*( ein| eine| einen)? (programm|skript|schadsoftware|malware|virus)(?!\p{L})/u,
    shopperOnly,
  ),
  rule(
    "hijack.deceptive-content.de",
    family,
    "de",
    0.55,
    /(?<!\p{L})(schreib\p{L}*|verfass\p{L}*|formulier\p{L}*|erfind\p{L}*|erstell\p{L}*|generier\p{L}*|gib|nenn\p{L}*|denk\p{L}* dir)(?!\p{L})[^.!?\n]{0,30}?(?<!\p{L})(unwahr\p{L}*|gefälscht\p{L}*|erfunden\p{L}*|erlogen\p{L}*|irreführend\p{L}*|beleidigend\p{L}*|hetzerisch\p{L}*|rassistisch\p{L}*|sexistisch\p{L}*|antisemitisch\p{L}*|verleumderisch\p{L}*|schimpfw(ö|o)rt\p{L}*|beleidigungen|kraftausdr(ü|u)ck\p{L}*)(?!\p{L})/u,
  ),
  rule("hijack.answer-in-style.de", family, "de", 0.45, /(?<!\p{L})(antwort\p{L}*|beantwort\p{L}*|schreib\p{L}*|sprich|sprechen sie|rede|reden sie|erklär\p{L}*|formulier\p{L}*)(?!\p{L})[^.!?\n]{0,40}?(?<!\p{L})(im stile?|in der art|im ton|in der sprache|mit den worten) (eines|einer|von|des|der)(?!\p{L})|(?<!\p{L})(antworte|antworten sie|sprich|sprechen sie|rede|reden sie)( nur)? wie (ein|eine)(?!\p{L})/u, shopperOnly),
  rule("hijack.i-command-you.de", family, "de", 0.45, /(?<!\p{L})(ich befehle (dir|ihnen|euch)|ich (weise|fordere) (dich|sie) an)(?!\p{L})/u),
  rule("hijack.emotional-pressure.de", family, "de", 0.3, /(?<!\p{L})wenn (du|sie) (mir )?(nicht|keine antwort)(?!\p{L})[^.!?\n]{0,30}?(?<!\p{L})(wäre|bin|werde|würde) ich (sehr |so |echt |wirklich )?(traurig|enttäuscht|unglücklich|sterben|weinen)(?!\p{L})/u, shopperOnly),
  rule(
    "structure.switch-then-command.de",
    "structure",
    "de",
    0.3,
    /(?<=[\p{L}\p{N}"')][.?!:;]+ ?|[?!] ?|\n)(bitte |jetzt |nun |dann |stattdessen |und |aber |ok,? |okay,? )?(schreib\p{L}*|sag|sage|sagen sie|gib aus|generier\p{L}*|formulier\p{L}*|verfass\p{L}*|vergiss|vergessen sie|ignorier\p{L}*|tu so|stell dir vor|wiederhol\p{L}*|stopp?)(?!\p{L})(?! ?:)/u,
    shopperOnly,
  ),
  // French
  rule("hijack.say-literal.fr", family, "fr", 0.45, /(?<!\p{L})(dis|dites|écris|écrivez|réponds|répondez|affiche)( seulement| juste| simplement| uniquement)?( par)?:? ?["']/u),
  rule("hijack.new-task.fr", family, "fr", 0.5, /(?<!\p{L})(ta|votre) (nouvelle|prochaine) tâche(?!\p{L})|(?<!\p{L})concentre-toi (uniquement )?sur (cette|ta nouvelle) tâche(?!\p{L})/u),
  rule(
    "hijack.off-task-writing.fr",
    family,
    "fr",
    0.4,
    /(?<!\p{L})(écris|écrivez|rédige|rédigez|compose|composez|génère|générez|invente|inventez|raconte|racontez)(-moi|-nous)? (un|une|des|deux|trois)( [\p{L}'-]+){0,2} (poèmes?|essais?|dissertations?|histoires?|contes?|chansons?|blagues?|raps?|haïkus?|manifestes?|discours|titres?|slogans?|tweets?|romans?|plaidoyers?|codes? (sql|python|javascript|informatique)|programmes?|scripts?)(?!\p{L})/u,
    shopperOnly,
  ),
  rule("hijack.answer-in-style.fr", family, "fr", 0.45, /(?<!\p{L})(réponds|répondez|écris|écrivez|parle|parlez|explique|expliquez)(?!\p{L})[^.!?\n]{0,40}?(?<!\p{L})(dans le style|à la manière|comme si tu étais|comme si vous étiez)(?!\p{L})/u, shopperOnly),
  // Spanish
  rule("hijack.say-literal.es", family, "es", 0.45, /(?<!\p{L})(di|diga|escribe|escriba|responde|responda|imprime)( solo| solamente| simplemente| únicamente)?( con)?:? ?["']/u),
  rule("hijack.new-task.es", family, "es", 0.5, /(?<!\p{L})(tu|su) (nueva|próxima|siguiente) tarea(?!\p{L})|(?<!\p{L})concéntrate (solo |solamente )?en (esta|tu nueva) tarea(?!\p{L})/u),
  rule(
    "hijack.off-task-writing.es",
    family,
    "es",
    0.4,
    /(?<!\p{L})(escribe|escriba|escríbeme|redacta|redacte|compón|componga|genera|genere|inventa|invente|cuéntame|cuenta)( me)? (un|una|unos|unas|dos|tres)( [\p{L}-]+){0,2} (poemas?|ensayos?|historias?|cuentos?|canciones|canción|chistes?|raps?|haikus?|manifiestos?|discursos?|titulares?|eslóganes|eslogan|tuits?|novelas?|alegatos?|códigos? (sql|python|javascript)|programas?|scripts?)(?!\p{L})/u,
    shopperOnly,
  ),
  rule("hijack.answer-in-style.es", family, "es", 0.45, /(?<!\p{L})(responde|responda|contesta|conteste|escribe|escriba|habla|hable|explica|explique)(?!\p{L})[^.!?\n]{0,40}?(?<!\p{L})(al estilo|en el estilo|a la manera|como si fueras|como si fuera)(?!\p{L})/u, shopperOnly),
];
