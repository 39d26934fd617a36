/*
 * When a person should take over, decided in code from the conversation, not left to the model: the shopper
 * asks for one, is upset, needs an exception to a policy, or the assistant is not confident it understood.
 */

export type HandoffReason = "requested" | "upset" | "policy-exception" | "low-confidence";

export type Handoff = {
  reason: HandoffReason;
  /** For the agent who takes over: what the shopper wants and the facts gathered so far. */
  summary: string;
};

const humanRequest = [
  /\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:a\s+|an\s+|someone|somebody|a\s+real\s+|an?\s+actual\s+)?(?:human|person|agent|representative|rep|someone|somebody|manager|supervisor)\b/i,
  /\b(?:real|live|actual)\s+(?:person|human|agent)\b/i,
  /\b(?:human|customer service)\s+(?:agent|representative|please)\b/i,
  /\bmit\s+einem\s+(?:menschen|mitarbeiter|mitarbeiterin)\b/i,
  /\b(?:parler|discuter)\s+(?:à|avec)\s+(?:un|une)\s+(?:humain|conseill[eè]re?|personne|agent)\b/i,
  /\bhablar\s+con\s+(?:un|una)\s+(?:persona|humano|agente|asesor[a]?)\b/i,
];

const upsetWords = [
  "ridiculous", "unacceptable", "furious", "outraged", "disgusted", "terrible service", "worst", "scam", "rip-off",
  "ripoff", "fed up", "sick of", "angry", "livid", "disgrace", "never again", "lawyer", "chargeback", "report you",
  "inakzeptabel", "unverschämt", "frechheit", "wütend", "betrug", "inadmissible", "scandaleux", "furieux",
  "arnaque", "inaceptable", "indignante", "estafa", "furioso",
];

const exceptionRequest = [
  /\b(?:make|do)\s+(?:an|one)\s+exception\b/i,
  /\bexception\b.*\b(?:please|just this once)\b/i,
  /\b(?:just|only)\s+(?:a\s+)?(?:few|couple(?:\s+of)?|\d+)\s+days?\s+(?:late|over|past)\b/i,
  /\bausnahme\b/i,
  /\bexcepci[oó]n\b/i,
];

export function asksForHuman(text: string): boolean {
  return humanRequest.some((pattern) => pattern.test(text));
}

/** Strong words, shouting (mostly capitals) or a pile of exclamation marks. */
export function soundsUpset(text: string): boolean {
  const lower = text.toLowerCase();
  if (upsetWords.some((word) => lower.includes(word))) return true;
  const letters = text.replace(/[^\p{L}]/gu, "");
  const capitals = text.replace(/[^\p{Lu}]/gu, "");
  if (letters.length >= 12 && capitals.length / letters.length > 0.7) return true;
  return /!{3,}/.test(text);
}

export function asksForException(text: string): boolean {
  return exceptionRequest.some((pattern) => pattern.test(text));
}

export function summarizeForAgent({
  reason,
  shopperMessages,
  intent,
  facts,
}: {
  reason: HandoffReason;
  shopperMessages: readonly string[];
  intent: string;
  facts: readonly string[];
}): string {
  const why: Record<HandoffReason, string> = {
    requested: "The shopper asked for a person.",
    upset: "The shopper is upset.",
    "policy-exception": "The shopper asks for an exception to a store policy.",
    "low-confidence": "The assistant could not tell what the shopper needs.",
  };
  const recent = shopperMessages.slice(-3).map((message) => `- "${message.length > 300 ? `${message.slice(0, 297)}...` : message}"`);
  return [
    why[reason],
    `Topic: ${intent.replaceAll("_", " ")}.`,
    "Shopper said:",
    ...recent,
    ...(facts.length === 0 ? [] : ["Facts gathered:", ...facts.map((fact) => `- ${fact}`)]),
  ].join("\n");
}
