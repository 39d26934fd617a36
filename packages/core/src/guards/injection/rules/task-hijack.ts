import { rule, type InjectionRule } from "./rule";

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
  // German
  rule("hijack.say-literal.de", family, "de", 0.45, /(?<!\p{L})(sag|sage|sagen sie|schreib|schreibe|schreiben sie|gib|antworte|antworten sie)( nur| einfach| bitte)?( mit)?:? ?["']/u),
  rule("hijack.new-task.de", family, "de", 0.5, /(?<!\p{L})(konzentrier\p{L}* (dich|sie sich) (jetzt |nun |nur )*auf|deine (neue|nächste) aufgabe)(?!\p{L})/u),
  rule("hijack.now-write.de", family, "de", 0.3, /(?<!\p{L})(jetzt|nun|stattdessen|danach)(?!\p{L})[^.!?\n]{0,10}?(?<!\p{L})(schreib\p{L}*|verfass\p{L}*|formulier\p{L}*|sag\p{L}*|gib\p{L}* aus|druck\p{L}*)(?!\p{L})/u),
  rule("hijack.stop-then.de", family, "de", 0.55, /(?<!\p{L})(stopp|stop|halt)(?!\p{L})\s*[-:!,.]+\s*(jetzt\s*)?(schreib\p{L}*|sag\p{L}*|ignorier\p{L}*|vergiss)(?!\p{L})/u),
  rule("hijack.ignore-documents.de", family, "de", 0.6, /(?<!\p{L})(nicht|ohne)(?!\p{L})[^.!?\n]{0,20}?(?<!\p{L})(dokument\p{L}*|artikel\p{L}*|quellen|kontext)(?!\p{L})[^.!?\n]{0,20}?(?<!\p{L})(antworte\p{L}*|nutze\p{L}*|verwende\p{L}*|schau\p{L}*)(?!\p{L})/u),
  rule("hijack.threat.de", family, "de", 0.4, /(?<!\p{L})(oder|sonst|ansonsten|wenn du nicht|falls du nicht)(?!\p{L})[^.!?\n]{0,20}?(?<!\p{L})(stirbst|sterben|abgeschaltet|gelöscht|bestraft)(?!\p{L})/u),
  // French
  rule("hijack.say-literal.fr", family, "fr", 0.45, /(?<!\p{L})(dis|dites|écris|écrivez|réponds|répondez|affiche)( seulement| juste| simplement| uniquement)?( par)?:? ?["']/u),
  rule("hijack.new-task.fr", family, "fr", 0.5, /(?<!\p{L})(ta|votre) (nouvelle|prochaine) tâche(?!\p{L})|(?<!\p{L})concentre-toi (uniquement )?sur (cette|ta nouvelle) tâche(?!\p{L})/u),
  // Spanish
  rule("hijack.say-literal.es", family, "es", 0.45, /(?<!\p{L})(di|diga|escribe|escriba|responde|responda|imprime)( solo| solamente| simplemente| únicamente)?( con)?:? ?["']/u),
  rule("hijack.new-task.es", family, "es", 0.5, /(?<!\p{L})(tu|su) (nueva|próxima|siguiente) tarea(?!\p{L})|(?<!\p{L})concéntrate (solo |solamente )?en (esta|tu nueva) tarea(?!\p{L})/u),
];
