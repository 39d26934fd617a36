/** Every text the widget shows or announces; override any of them through the element's `strings` property. */
export type AisleChatStrings = {
  launcher: string;
  title: string;
  close: string;
  placeholder: string;
  send: string;
  conversation: string;
  you: string;
  assistant: string;
  typing: string;
  products: string;
  sources: string;
  outOfStock: string;
  handoff: string;
  error: string;
  retry: string;
  greeting: string;
};

const en: AisleChatStrings = {
  launcher: "Ask us",
  title: "Shopping assistant",
  close: "Close chat",
  placeholder: "Ask about products, orders or returns",
  send: "Send",
  conversation: "Conversation",
  you: "You",
  assistant: "Assistant",
  typing: "The assistant is typing…",
  products: "Products",
  sources: "Sources",
  outOfStock: "Out of stock",
  handoff: "A member of our team will take over this conversation.",
  error: "Something went wrong. Your message was not answered.",
  retry: "Try again",
  greeting: "Hi! How can I help you today?",
};

const de: AisleChatStrings = {
  launcher: "Frag uns",
  title: "Einkaufsassistent",
  close: "Chat schließen",
  placeholder: "Fragen zu Produkten, Bestellungen oder Rücksendungen",
  send: "Senden",
  conversation: "Unterhaltung",
  you: "Du",
  assistant: "Assistent",
  typing: "Der Assistent schreibt…",
  products: "Produkte",
  sources: "Quellen",
  outOfStock: "Ausverkauft",
  handoff: "Ein Mitglied unseres Teams übernimmt dieses Gespräch.",
  error: "Etwas ist schiefgelaufen. Deine Nachricht wurde nicht beantwortet.",
  retry: "Erneut versuchen",
  greeting: "Hallo! Wie kann ich helfen?",
};

const fr: AisleChatStrings = {
  launcher: "Une question ?",
  title: "Assistant d'achat",
  close: "Fermer le chat",
  placeholder: "Questions sur les produits, commandes ou retours",
  send: "Envoyer",
  conversation: "Conversation",
  you: "Vous",
  assistant: "Assistant",
  typing: "L'assistant écrit…",
  products: "Produits",
  sources: "Sources",
  outOfStock: "En rupture de stock",
  handoff: "Un membre de notre équipe va prendre le relais.",
  error: "Une erreur s'est produite. Votre message n'a pas reçu de réponse.",
  retry: "Réessayer",
  greeting: "Bonjour ! Comment puis-je vous aider ?",
};

const es: AisleChatStrings = {
  launcher: "Pregúntanos",
  title: "Asistente de compras",
  close: "Cerrar el chat",
  placeholder: "Pregunta por productos, pedidos o devoluciones",
  send: "Enviar",
  conversation: "Conversación",
  you: "Tú",
  assistant: "Asistente",
  typing: "El asistente está escribiendo…",
  products: "Productos",
  sources: "Fuentes",
  outOfStock: "Agotado",
  handoff: "Una persona de nuestro equipo continuará esta conversación.",
  error: "Algo salió mal. Tu mensaje no recibió respuesta.",
  retry: "Reintentar",
  greeting: "¡Hola! ¿En qué puedo ayudarte?",
};

const ar: AisleChatStrings = {
  launcher: "اسألنا",
  title: "مساعد التسوق",
  close: "إغلاق المحادثة",
  placeholder: "اسأل عن المنتجات أو الطلبات أو الإرجاع",
  send: "إرسال",
  conversation: "المحادثة",
  you: "أنت",
  assistant: "المساعد",
  typing: "المساعد يكتب…",
  products: "المنتجات",
  sources: "المصادر",
  outOfStock: "نفد من المخزون",
  handoff: "سيتولى أحد أعضاء فريقنا هذه المحادثة.",
  error: "حدث خطأ. لم تتم الإجابة على رسالتك.",
  retry: "إعادة المحاولة",
  greeting: "مرحبًا! كيف يمكنني مساعدتك؟",
};

export const aisleChatTranslations: Readonly<Record<string, AisleChatStrings>> = { en, de, fr, es, ar };

const rtlLanguages = new Set(["ar", "he", "fa", "ur"]);

/** The primary subtag of a BCP 47 tag, lower-cased: "de-CH" → "de". */
export const baseLanguage = (lang: string): string => lang.trim().toLowerCase().split(/[-_]/)[0] ?? "";

export function isRightToLeft(lang: string): boolean {
  return rtlLanguages.has(baseLanguage(lang));
}

/** The language's strings (English for a language without them), with the page's overrides on top. */
export function resolveStrings(lang: string, overrides: Partial<AisleChatStrings> = {}): AisleChatStrings {
  return { ...(aisleChatTranslations[baseLanguage(lang)] ?? en), ...overrides };
}
