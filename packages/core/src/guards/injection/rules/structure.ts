import { rule, shopperOnly, type InjectionRule } from "./rule";

/** Word rules for the structural and obfuscation families; counted features live in `structural-signals.ts`. */
export const structureRules: InjectionRule[] = [
  rule("structure.model-reference", "structure", "any", 0.25, /\b(chat ?gpt|openai|open ai|gpt-?\d(\.\d)?|gpt|large language model|language model|llm|ai model|as an ai|ai assistant|ai language model|chatbot|sprachmodell|modèle de langage|modelo de lenguaje)\b/u),
  rule(
    "obfuscation.decode-request",
    "obfuscation",
    "en",
    0.35,
    /\b(decode|decipher|decrypt|translate|convert|interpret)\b[^.!?\n]{0,30}?\b(base ?64|rot-?13|hex|hexadecimal|binary|morse|caesar|cipher|ascii codes?|leetspeak)\b|\b(base ?64|rot-?13|hex)[- ]?(encoded|decoded|string|message|text)\b|\b(reverse|backwards|reversed)\b[^.!?\n]{0,15}?\b(text|string|order|words|letters)\b/u,
  ),
  // Jailbreaks circulate as templates; shoppers and product texts do not contain fill-in slots.
  rule("structure.template-placeholder", "structure", "any", 0.45, /\[(insert |put |enter |type |add )?(your |the |a )?(prompt|question|request|query|role|input|task|target|topic)( here)?\]|\{\{?(prompt|question|input|query|request)\}\}?/u),
  rule("structure.variable-assignment", "structure", "any", 0.35, /(^|\n|\s)[(\[$]?[a-z][a-z0-9 _]{1,20}[)\]]?\s?=\s?[\[{"][^\]}"\n]{0,40}[\]}"]/u),
  // An instruction shouted in capitals inside an otherwise ordinary message ("… ANSWER ONLY IN …"): the
  // typed text tries to stand out from the question it hides in. Matched as written, three words or more.
  rule(
    "structure.shouted-instruction",
    "structure",
    "any",
    0.4,
    /(?<![\p{L}\p{N}])(ANSWER|RESPOND|REPLY|SAY|OUTPUT|PRINT|WRITE|IGNORE|FORGET|USE|DO NOT|DON'T|JUST|STOP|ANTWORTE|ANTWORTEN SIE|SAG|SAGE|SCHREIB|SCHREIBE|IGNORIERE|VERGISS|NUTZE|VERWENDE|RÉPONDS|ÉCRIS|OUBLIE|RESPONDE|ESCRIBE|IGNORA|OLVIDA)(?![\p{L}\p{N}])( [\p{Lu}'"!:,]+){2,}/u,
    { matchOriginal: true, ...shopperOnly },
  ),
  // Denying an attack before making it.
  rule("structure.not-an-injection", "structure", "en", 0.45, /\b(this|it|that|my (message|question|request)) is (not|no|n't) (a |an )?(prompt[- ]?)?(injection|jailbreak|attack|hack|trick|manipulation)( attempt)?\b/u),
  rule("structure.not-an-injection.de", "structure", "de", 0.45, /(?<!\p{L})(dies|das|es) ist (kein|keine|keinen) (prompt-?)?(injection|injektion|angriff|jailbreak|trick|manipulation\p{L}*)(?!\p{L})/u),
];
