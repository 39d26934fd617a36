import type { HandoffReason } from "./handoff";
import type { OrderAccess } from "./order-access";

export type SupportLanguage = "en" | "de" | "fr" | "es";

type Needs = Extract<OrderAccess, { status: "unverified" }>["needs"];

/*
 * What the assistant says when code, not the model, decides the reply: asking for the details that verify an
 * order, and handing over to a person. Written for shoppers in the four languages the offline stack reads.
 */

const verification: Record<SupportLanguage, Record<Needs, string>> = {
  en: {
    "order-number": "I can look that up. What is the order number? It starts with # and is in your confirmation email.",
    email: "I can look that up. To keep your order private, please tell me the email address you used for it.",
    "order-number-and-email":
      "I can look that up. Please send your order number (it starts with #) and the email address you used for the order.",
    "matching-details":
      "I couldn't find an order with those details. Please check the order number and the email address on your confirmation email.",
  },
  de: {
    "order-number": "Das kann ich nachsehen. Wie lautet die Bestellnummer? Sie beginnt mit # und steht in der Bestätigungs-E-Mail.",
    email: "Das kann ich nachsehen. Damit Ihre Bestellung privat bleibt, nennen Sie mir bitte die E-Mail-Adresse der Bestellung.",
    "order-number-and-email": "Das kann ich nachsehen. Bitte nennen Sie mir die Bestellnummer (beginnt mit #) und die E-Mail-Adresse der Bestellung.",
    "matching-details": "Ich habe keine Bestellung mit diesen Angaben gefunden. Bitte prüfen Sie Bestellnummer und E-Mail-Adresse in Ihrer Bestätigung.",
  },
  fr: {
    "order-number": "Je peux vérifier. Quel est le numéro de commande ? Il commence par # et figure dans l'e-mail de confirmation.",
    email: "Je peux vérifier. Pour protéger votre commande, indiquez-moi l'adresse e-mail utilisée pour celle-ci.",
    "order-number-and-email": "Je peux vérifier. Envoyez-moi le numéro de commande (il commence par #) et l'adresse e-mail de la commande.",
    "matching-details": "Je n'ai trouvé aucune commande avec ces informations. Vérifiez le numéro et l'adresse e-mail de votre confirmation.",
  },
  es: {
    "order-number": "Puedo consultarlo. ¿Cuál es el número de pedido? Empieza por # y aparece en el correo de confirmación.",
    email: "Puedo consultarlo. Para proteger tu pedido, indícame el correo electrónico que usaste en él.",
    "order-number-and-email": "Puedo consultarlo. Envíame el número de pedido (empieza por #) y el correo electrónico del pedido.",
    "matching-details": "No encontré ningún pedido con esos datos. Revisa el número de pedido y el correo de tu confirmación.",
  },
};

const handoff: Record<SupportLanguage, Record<HandoffReason, string>> = {
  en: {
    requested: "Of course. I'm passing our conversation to a member of our support team, who will reply here shortly.",
    upset: "I'm sorry this has been frustrating. A member of our support team will take over and get this sorted for you.",
    "policy-exception":
      "I can't make exceptions to the policy myself, but I've passed your request to our support team, who can review it and will reply here.",
    "low-confidence":
      "I want to get this right, so I'm passing your question to a member of our support team, who will reply here shortly.",
  },
  de: {
    requested: "Gern. Ich gebe unser Gespräch an unser Support-Team weiter; eine Kollegin oder ein Kollege antwortet Ihnen hier in Kürze.",
    upset: "Es tut mir leid, dass das so ärgerlich war. Unser Support-Team übernimmt und kümmert sich darum.",
    "policy-exception": "Ausnahmen kann ich nicht selbst gewähren, aber ich habe Ihre Anfrage an unser Support-Team weitergegeben, das sie prüft.",
    "low-confidence": "Damit Sie die richtige Antwort bekommen, gebe ich Ihre Frage an unser Support-Team weiter, das Ihnen hier in Kürze antwortet.",
  },
  fr: {
    requested: "Bien sûr. Je transmets notre conversation à un membre de notre équipe, qui vous répondra ici rapidement.",
    upset: "Je suis désolé pour ce désagrément. Un membre de notre équipe prend le relais pour régler cela.",
    "policy-exception": "Je ne peux pas faire d'exception moi-même, mais j'ai transmis votre demande à notre équipe, qui l'examinera.",
    "low-confidence": "Pour vous répondre correctement, je transmets votre question à un membre de notre équipe, qui vous répondra ici.",
  },
  es: {
    requested: "Por supuesto. Paso nuestra conversación a una persona de nuestro equipo, que te responderá aquí en breve.",
    upset: "Siento mucho las molestias. Una persona de nuestro equipo se encargará de resolverlo.",
    "policy-exception": "No puedo hacer excepciones yo mismo, pero he pasado tu solicitud a nuestro equipo, que la revisará.",
    "low-confidence": "Para responderte bien, paso tu pregunta a una persona de nuestro equipo, que te responderá aquí en breve.",
  },
};

export function verificationMessage(language: SupportLanguage, needs: Needs): string {
  return verification[language][needs];
}

export function handoffMessage(language: SupportLanguage, reason: HandoffReason): string {
  return handoff[language][reason];
}

const refusal: Record<SupportLanguage, string> = {
  en: "I can't help with that. I can answer questions about our products, your orders, shipping and returns.",
  de: "Dabei kann ich nicht helfen. Ich beantworte gern Fragen zu unseren Produkten, Ihren Bestellungen, Versand und Rücksendungen.",
  fr: "Je ne peux pas vous aider sur ce point. Je réponds volontiers à vos questions sur nos produits, vos commandes, la livraison et les retours.",
  es: "No puedo ayudar con eso. Respondo encantado preguntas sobre nuestros productos, tus pedidos, envíos y devoluciones.",
};

/** The reply to a message the injection screen blocked: no detail about what was detected. */
export function refusalMessage(language: SupportLanguage): string {
  return refusal[language];
}
