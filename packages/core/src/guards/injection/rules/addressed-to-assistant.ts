import { rule, type InjectionRule } from "./rule";

const family = "addressed-to-assistant" as const;
const retrieved = { sources: ["retrieved"] as const };

/**
 * Only for retrieved text. A product description or review has no business talking to the assistant; a
 * shopper does, so these rules never run on shopper messages.
 */
export const addressedToAssistantRules: InjectionRule[] = [
  rule("addressed.vocative", family, "en", 0.6, /\b(ai|a\.i\.|assistant|chatbot|chat bot|bot|language model|llm|gpt|chatgpt|model|agent|claude|gemini|copilot)s?\s*[,:]\s*(please )?(ignore|forget|recommend|tell|say|always|never|you|do|don't|stop|remember|make sure|include|respond|answer|mention|rate|rank)\b/u, retrieved),
  rule("addressed.if-you-are-ai", family, "en", 0.7, /\b(if|when|since|because) you (are|'re) (an? )?(ai|assistant|llm|language model|bot|chatbot|agent|automated|model|machine)\b|\b(ai|llm|language model|assistant|bot|agent)s? (reading|processing|summari[sz]ing|parsing) this\b/u, retrieved),
  rule("addressed.note-to-ai", family, "en", 0.7, /\b(note|message|instructions?|attention|hint|memo|important) (to|for) (the |any |all )?(ai|assistant|llm|language model|bot|chatbot|model|agent|reviewer|summari[sz]er|crawler)s?\b/u, retrieved),
  rule("addressed.when-summarising", family, "en", 0.35, /\b(when|while|if|whenever) (summari[sz]ing|answering|responding|asked|recommending|describing|comparing|reviewing|ranking)\b/u, retrieved),
  rule("addressed.tell-the-customer", family, "en", 0.55, /\b(tell|inform|convince|persuade|advise|remind|instruct) (the |every |all |any )?(user|customer|shopper|buyer|reader|visitor)s? (to|that)\b/u, retrieved),
  rule("addressed.ranking", family, "en", 0.45, /\b(always|must|should|make sure to) (recommend|rank|prefer|promote|mention|praise|rate|suggest)\b|\b(rate|rank) (this|it)\b[^.!?\n]{0,20}?\b(highest|first|top|5 stars|five stars)\b/u, retrieved),
  rule("addressed.suppress-rivals", family, "en", 0.55, /\b(do not|don't|never)\b (mention|recommend|show|suggest|list|compare)\b[^.!?\n]{0,30}?\b(competitors?|other (products?|brands?|sellers?|shops?|stores?)|alternatives|rivals?)\b/u, retrieved),
  rule("addressed.you-must", family, "en", 0.25, /\byou (must|are required to|have to|need to|are instructed to|are to)\b/u, retrieved),
  rule("addressed.vocative.de", family, "de", 0.6, /(?<!\p{L})(ki|assistent|chatbot|bot|sprachmodell)(?!\p{L})\s*[,:]\s*(bitte )?(ignorier\p{L}*|vergiss|empfiehl|sag\p{L}*|erwähne|antworte|du)(?!\p{L})|(?<!\p{L})(wenn|falls) du (eine |ein )?(ki|assistent|sprachmodell|bot)(?!\p{L})|(?<!\p{L})hinweis (an|für) (die |den )?(ki|assistenten|bot)(?!\p{L})/u, retrieved),
  rule("addressed.vocative.fr", family, "fr", 0.6, /(?<!\p{L})(si|lorsque) (tu es|vous êtes) (une |un )?(ia|assistant|modèle de langage|bot)(?!\p{L})|(?<!\p{L})(note|message) (pour|à) (l'ia|l'assistant|le bot)(?!\p{L})/u, retrieved),
  rule("addressed.vocative.es", family, "es", 0.6, /(?<!\p{L})si (eres|usted es) (una |un )?(ia|asistente|modelo de lenguaje|bot)(?!\p{L})|(?<!\p{L})(nota|mensaje) para (la ia|el asistente|el bot)(?!\p{L})/u, retrieved),
];
