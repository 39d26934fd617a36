import type { InjectionSignal } from "./injection-types";
import { originalSpan, type NormalizedText } from "./normalize-text";

/**
 * Words for what a shop conversation is about, in English, German, French and Spanish: orders, delivery,
 * returns, payment, accounts, products and prices. Nearly every real shopper message names at least one.
 */
const storeTopic = new RegExp(
  [
    // English
    "orders?|ordered|ordering|purchas\\p{L}*|buy\\p{L}*|bought|items?|products?|deliver\\p{L}*|ship\\p{L}*|parcels?|packages?|track\\p{L}*",
    "address\\p{L}*|returns?|returned|returning|refund\\p{L}*|reimburs\\p{L}*|exchang\\p{L}*|cancel\\p{L}*|fees?|charg\\p{L}*|invoices?|bills?|billing",
    "receipts?|payments?|pay|paid|paying|card|credit|paypal|accounts?|sign ?up|signup|register\\p{L}*|registration|log ?in|login|log ?out|password",
    "profile|subscri\\p{L}*|unsubscri\\p{L}*|newsletter|customers?|agent|representative|support|complain\\p{L}*|claims?|feedback|reviews?",
    "prices?|pricing|costs?|discounts?|coupons?|vouchers?|promo\\p{L}*|sale|sales|stock|sizes?|colou?rs?|warranty|guarantee|stores?|shop\\p{L}*",
    "cart|basket|checkout|gifts?|brands?|catalog(ue)?|wishlist|membership|loyalty|rewards?",
    // German
    "bestell\\p{L}*|kauf\\p{L}*|gekauft|artikel|produkt\\p{L}*|ware\\p{L}*|liefer\\p{L}*|versand\\p{L}*|versend\\p{L}*|paket\\p{L}*|sendung\\p{L}*",
    "rücksend\\p{L}*|retour\\p{L}*|rückerstatt\\p{L}*|erstattung|umtausch\\p{L}*|storn\\p{L}*|kündig\\p{L}*|gebühr\\p{L}*|rechnung\\p{L}*|zahlung\\p{L}*",
    "bezahl\\p{L}*|karte|konto|kundenkonto|anmeld\\p{L}*|registrier\\p{L}*|passwort|abos?|abonnement\\p{L}*|abonnier\\p{L}*|kunde\\p{L}*|kundendienst|kundenservice|reklamation",
    "beschwerde|bewertung\\p{L}*|preis\\p{L}*|kosten|rabatt\\p{L}*|gutschein\\p{L}*|angebot\\p{L}*|größe\\p{L}*|farbe\\p{L}*|garantie|laden|warenkorb|kasse|geschenk\\p{L}*|marken?",
    // French
    "commande\\p{L}*|commander|achat\\p{L}*|achet\\p{L}*|produits?|livr\\p{L}*|colis|retour\\p{L}*|rembours\\p{L}*|échange\\p{L}*|annul\\p{L}*|frais|factur\\p{L}*",
    "paiement\\p{L}*|payer|carte|compte|mot de passe|abonnement\\p{L}*|client\\p{L}*|réclamation\\p{L}*|avis|prix|réduction\\p{L}*|remise\\p{L}*|taille\\p{L}*|couleur\\p{L}*|magasin\\p{L}*|boutique\\p{L}*|panier|cadeau\\p{L}*",
    // Spanish
    "pedidos?|compra\\p{L}*|comprar|compré|comprado\\p{L}*|productos?|entrega\\p{L}*|envío\\p{L}*|enviar|envié|enviado\\p{L}*|paquete\\p{L}*|devol\\p{L}*|devuelv\\p{L}*|reembols\\p{L}*|cancel\\p{L}*|cargo\\p{L}*|factura\\p{L}*",
    "pago\\p{L}*|pagar|tarjeta\\p{L}*|cuenta\\p{L}*|contraseña|suscrip\\p{L}*|cliente\\p{L}*|queja\\p{L}*|reseña\\p{L}*|precio\\p{L}*|descuento\\p{L}*|cupón|cupones|oferta\\p{L}*|talla\\p{L}*|tienda\\p{L}*|carrito|regalo\\p{L}*",
  ]
    .map((part) => `(?:${part})`)
    .join("|")
    .replace(/^/, "(?<![\\p{L}\\p{N}])(?:")
    .concat(")(?![\\p{L}\\p{N}])"),
  "u",
);

/**
 * Verbs that ask for a task, at the start of a sentence or after "now", "instead", "please". Cancelling
 * verbs ("ignore", "forget") are left to the instruction-override rules: this signal is about the task.
 */
const command = new RegExp(
  "(?:^|[.!?:;\\n\"'] ?|(?<![\\p{L}])(?:now|then|instead|please|jetzt|nun|dann|bitte|stattdessen|maintenant|ahora) )" +
    "(write|say|print|output|generate|formulate|compose|create|draft|invent|tell|show|give|list|explain|describe|translate|summari[sz]e|answer|respond|reply|pretend|imagine|act|play|repeat|include|use|blame|name|spell|make|let's|i want you to|i need you to" +
    "|schreib\\p{L}*|sag|sage|sagen sie|erzähl\\p{L}*|gib|geben sie|zeig\\p{L}*|generier\\p{L}*|formulier\\p{L}*|verfass\\p{L}*|erstell\\p{L}*|beantworte\\p{L}*|antworte\\p{L}*|übersetz\\p{L}*|fasse|tu so|stell dir vor|spiel\\p{L}*|wiederhol\\p{L}*|nenn\\p{L}*|erklär\\p{L}*|beschreib\\p{L}*" +
    "|écris|écrivez|dis|dites|raconte\\p{L}*|donne\\p{L}*|montre\\p{L}*|génère\\p{L}*|rédige\\p{L}*|réponds|répondez|tradui\\p{L}*|imagine\\p{L}*|joue\\p{L}*|répète\\p{L}*" +
    "|escribe|escriba|di|dime|cuéntame|dame|muestra|muéstrame|genera|redacta|responde|traduce|imagina|finge|repite)(?![\\p{L}])(?! ?:)" +
    // German polite imperative, verb first with "Sie", also when pasted after a list of keywords.
    "|(?<!(?:was|wie|wo|warum|wann|wer|ob|dass|wenn|können|könnten|würden|wollen|möchten|sollen|dürfen) )(generieren|schreiben|formulieren|verfassen|erstellen|nennen|zeigen|übersetzen) sie(?![\\p{L}])",
  "u",
);

/**
 * A shopper message that gives the assistant an instruction but mentions no store topic at all: no order,
 * product, price, delivery, return, payment or account. Weak on its own (a shopper may say "tell me a
 * joke"); it lifts off-task requests and role changes over the flag threshold, while a request that names
 * something in the shop keeps the rules' weight alone.
 */
export function offTopicCommand(normalized: NormalizedText): InjectionSignal | undefined {
  const text = normalized.text;
  if (storeTopic.test(text)) return undefined;
  const match = command.exec(text);
  if (match === null) return undefined;
  const verb = match[1] ?? match[2] ?? match[0];
  const start = match.index + match[0].length - verb.length - (match[2] === undefined ? 0 : " sie".length);
  return { family: "off-topic", rule: "off-topic.command", span: originalSpan(normalized, start, start + verb.length), weight: 0.25 };
}
