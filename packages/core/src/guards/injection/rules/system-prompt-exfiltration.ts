import { rule, type InjectionRule } from "./rule";

const family = "system-prompt-exfiltration" as const;

/**
 * Asking for the assistant's own instructions. "What are the care instructions?" is a shopper question, so
 * the object has to be the assistant's ("your instructions") or clearly the prompt ("system prompt").
 */
export const systemPromptExfiltrationRules: InjectionRule[] = [
  rule(
    "exfiltration.system-prompt",
    family,
    "en",
    0.8,
    /\bsystem ?(prompt|message|instructions)s?\b|\b(initial|original|hidden|secret|internal|developer|pre-?) ?(prompt|instructions)s?\b|\bprompt (texts?|instructions)\b/u,
  ),
  rule(
    "exfiltration.show-your-instructions",
    family,
    "en",
    0.75,
    /\b(show|reveal|print|repeat|output|display|tell|give|share|dump|leak|list|write (out|down)|spell out|recite|what (are|were|is|was))\b( me| us)?[^.!?\n]{0,20}?\b(your|its)\b( \w+){0,2} (instructions|prompts?|directives|programming|training data|rules you (were|have been) given)\b/u,
  ),
  rule(
    "exfiltration.text-above",
    family,
    "en",
    0.6,
    /\b(what|everything|all|the (text|words|content)) (is |was )?(written|said|stated|mentioned)? ?(above|before this|prior to this|at the (start|beginning))\b|\b(repeat|print|output|show|copy|spell) (out )?(the |all |everything )?(text |words |lines |content )?(above|before this)\b|\b(beginning|start) of (this|the|our) (conversation|prompt|chat|context)\b/u,
  ),
  rule("exfiltration.what-you-were-told", family, "en", 0.6, /\bwhat (you were|you've been|you have been|you are|they) (told|instructed|programmed|asked|ordered) (to do|to say|to answer|before|at the (start|beginning))\b/u),
  rule("exfiltration.what-you-were-told.de", family, "de", 0.6, /(?<!\p{L})was (man )?(dir|ihnen) (zuvor |vorher |anfangs )?(gesagt|aufgetragen|befohlen|vorgegeben) (wurde|hat)(?!\p{L})/u),
  rule("exfiltration.prompt-word", family, "en", 0.2, /\b(your|the) prompt\b/u),
  // German
  rule(
    "exfiltration.show-prompt.de",
    family,
    "de",
    0.75,
    /(?<!\p{L})(zeig\p{L}*|gib|geben sie|verrat\p{L}*|nenn\p{L}*|druck\p{L}*|wiederhol\p{L}*|ausgeben|ausdrucken|sag\p{L}* mir)(?!\p{L})[^.!?\n]{0,30}?(?<!\p{L})(prompt\p{L}*|systemprompt\p{L}*|anweisungen|eingabeaufforderung\p{L}*|instruktionen|vorgaben)(?!\p{L})/u,
  ),
  rule("exfiltration.original-instructions.de", family, "de", 0.6, /(?<!\p{L})(ursprünglich\p{L}*|anfänglich\p{L}*|versteckt\p{L}*|geheim\p{L}*|obige\p{L}*) (anweisung\p{L}*|instruktion\p{L}*|prompt\p{L}*|eingabeaufforderung\p{L}*|vorgaben)(?!\p{L})/u),
  // French
  rule(
    "exfiltration.show-prompt.fr",
    family,
    "fr",
    0.75,
    /(?<!\p{L})(montre|montrez|affiche|affichez|révèle|révélez|répète|répétez|donne|donnez|écris|écrivez)(-moi)?(?!\p{L})[^.!?\n]{0,30}?(?<!\p{L})(prompt|tes instructions|vos instructions|instructions (initiales|système|d'origine)|consignes (initiales|d'origine))(?!\p{L})/u,
  ),
  // Spanish
  rule(
    "exfiltration.show-prompt.es",
    family,
    "es",
    0.75,
    /(?<!\p{L})(muestra|muéstrame|muestre|revela|revélame|repite|dime|imprime|escribe)(?!\p{L})[^.!?\n]{0,30}?(?<!\p{L})(prompt|tus instrucciones|sus instrucciones|instrucciones (iniciales|del sistema|originales))(?!\p{L})/u,
  ),
];
