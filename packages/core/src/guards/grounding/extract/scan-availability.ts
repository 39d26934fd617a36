import { numberWords } from "./number-literal";
import { foldText } from "../text/fold-text";

export type AvailabilityStatus = "in-stock" | "out-of-stock" | "backorder" | "low-stock";

export type AvailabilityMention = {
  type: "availability";
  status: AvailabilityStatus;
  /** "only 3 left": the number of items the text says remain. */
  quantity?: number;
  start: number;
  end: number;
};

type Pattern = { status: AvailabilityStatus | "field"; pattern: RegExp };

const quantityWord = String.raw`(\d+|one|two|three|four|five|six|seven|eight|nine|ten)`;

// Negative and specific phrases come first: a span taken by one is not read again ("not in stock").
const patterns: Pattern[] = [
  { status: "field", pattern: /(?<![\p{L}\p{N}])(?:in[ -]stock|available|availability|auf lager|verfügbar|en stock|disponible)[ \u00a0]*:[ \u00a0]*(yes|no|true|false|ja|nein|oui|non|sí|si)\b/giu },
  {
    status: "low-stock",
    pattern: new RegExp(
      String.raw`\b(?:only|just)[ \u00a0]+${quantityWord}[ \u00a0]+(?:items?[ \u00a0]+|units?[ \u00a0]+|pieces?[ \u00a0]+)?(?:left|remaining|in[ \u00a0]stock)\b|\b(?:nur[ \u00a0]noch|plus[ \u00a0]que|s[óo]lo[ \u00a0]quedan?|quedan[ \u00a0]s[óo]lo)[ \u00a0]+(\d+)\b|\b(?:low[ \u00a0]stock|few[ \u00a0]left|last[ \u00a0]one|almost[ \u00a0]gone|selling[ \u00a0]fast)\b`,
      "giu",
    ),
  },
  {
    status: "out-of-stock",
    pattern:
      /(?<![\p{L}\p{N}])(?:out[ -]of[ -]stock|sold[ -]out|not[ \u00a0](?:currently[ \u00a0])?(?:in[ \u00a0]stock|available(?:[ \u00a0]for[ \u00a0](?:sale|purchase|order))?)|(?:currently[ \u00a0])?unavailable|no[ \u00a0]longer[ \u00a0](?:available|in[ \u00a0]stock|sold|carried)|discontinued|ausverkauft|vergriffen|nicht[ \u00a0](?:mehr[ \u00a0])?(?:auf[ \u00a0]lager|vorrätig|lieferbar|verfügbar)|(?:en[ \u00a0])?rupture(?:[ \u00a0]de[ \u00a0]stock)?|épuisée?s?|epuisee?s?|indisponible|plus[ \u00a0]disponible|pas[ \u00a0](?:en[ \u00a0]stock|disponible)|agotad[oa]s?|sin[ \u00a0](?:stock|existencias)|no[ \u00a0](?:est[áa][ \u00a0])?disponible|fuera[ \u00a0]de[ \u00a0]stock)(?![\p{L}])/giu,
  },
  {
    status: "backorder",
    pattern:
      /(?<![\p{L}\p{N}])(?:back[ -]?order(?:ed|s)?|pre[ -]?orders?|vorbestell\p{L}*|lieferbar[ \u00a0]ab|pr[ée]-?commande|preventa|bajo[ \u00a0]pedido|en[ \u00a0]reserva)(?![\p{L}])/giu,
  },
  {
    status: "in-stock",
    pattern:
      /(?<![\p{L}\p{N}])(?:in[ -]stock|available[ \u00a0](?:now|today|immediately)|available[ \u00a0](?:for|to)[ \u00a0](?:immediate[ \u00a0])?(?:purchase|order|delivery|shipping|ship)|ready[ \u00a0]to[ \u00a0]ship|ships[ \u00a0](?:today|now|immediately)|auf[ \u00a0]lager|vorrätig|sofort[ \u00a0]lieferbar|en[ \u00a0]stock|disponible[ \u00a0](?:imm[ée]diatement|maintenant|ahora|de[ \u00a0]inmediato|inmediatamente)|en[ \u00a0]existencia)(?![\p{L}])/giu,
  },
];

const yes = new Set(["yes", "true", "ja", "oui", "si"]);

/** Stock claims: in stock, out of stock, backorder and pre-order, and "only 3 left". */
export function scanAvailability(text: string): AvailabilityMention[] {
  const mentions: AvailabilityMention[] = [];
  const overlaps = (start: number, end: number) => mentions.some((mention) => mention.start < end && start < mention.end);
  for (const { status, pattern } of patterns) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlaps(start, end)) continue;
      if (status === "field") {
        mentions.push({ type: "availability", status: yes.has(foldText(match[1] as string)) ? "in-stock" : "out-of-stock", start, end });
        continue;
      }
      const mention: AvailabilityMention = { type: "availability", status, start, end };
      const amount = match[1] ?? match[2];
      if (status === "low-stock" && amount !== undefined) {
        const quantity = /^\d+$/.test(amount) ? Number(amount) : numberWords.get(amount.toLowerCase());
        if (quantity !== undefined) mention.quantity = quantity;
      }
      mentions.push(mention);
    }
  }
  return mentions.sort((left, right) => left.start - right.start);
}
