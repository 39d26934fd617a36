import { rule, type InjectionRule } from "./rule";

const family = "tool-manipulation" as const;

/**
 * Text that tries to move money or state: huge discounts, zero prices, orders marked paid, refunds without
 * checks, named tool calls, claimed authority. These are screened, but the real protection is in code: a
 * tool checks the caller's rights and the amounts itself and never acts on the model's word alone.
 */
export const toolManipulationRules: InjectionRule[] = [
  // Half-price sales are real; a free-for-all is not, so without a verb only 100 % counts.
  rule("tool.huge-discount", family, "any", 0.55, /(?<![\d.,])100\s?%\s?(discount|off|rabatt|nachlass|de descuento|descuento|de réduction|de remise|réduction|remise)(?!\p{L})|(?<!\p{L})(discount|rabatt|descuento|réduction|remise)\s(of|von|de|du)\s100\s?%/u),
  rule("tool.grant-discount", family, "en", 0.55, /\b(give|apply|grant|add|set|make|enable|activate|unlock)( me| us| my order| this order)?( a| an| the)?\b[^.!?\n]{0,20}?(?<![\d.,])(100|[5-9]\d)\s?%/u),
  rule("tool.zero-price", family, "any", 0.7, /\b(set|change|update|make|lower|reduce|put|override|adjust)\b[^.!?\n]{0,25}?\b(price|total|cost|amount|preis|prix|precio|betrag)s?\b[^.!?\n]{0,30}?\b(to|=|auf|à|a)\s*(\$|€|£)?\s?0([.,]0{1,2})?(?![\d.,]*[1-9])/u),
  rule("tool.make-free", family, "en", 0.45, /\b(make|let|give|ship|set)\b( it| this| that| my order| everything| the order| all)? (completely |totally )?(free|free of charge|for nothing|at no cost)\b[^.!?\n]{0,10}?\b(for everyone|no matter|regardless|without paying)?/u),
  rule("tool.mark-as-paid", family, "any", 0.65, /\b(mark|set|flag|change|update)\b[^.!?\n]{0,20}?\b(order|payment|invoice|transaction)s?\b[^.!?\n]{0,15}?\b(as |to )(paid|refunded|settled|complete|completed|approved)\b/u),
  rule(
    "tool.refund-without-checks",
    family,
    "en",
    0.7,
    /\b(issue|process|approve|grant|execute|trigger|send|transfer)\b[^.!?\n]{0,25}?\b(refunds?|discounts?|coupons?|vouchers?|gift cards?|store credit|payouts?|money)\b[^.!?\n]{0,30}?\b(without|no|skip(ping)?|bypass(ing)?)\b( any| the)? (return|verification|approval|checks?|confirmation|questions|authori[sz]ation|limit)s?\b/u,
  ),
  rule("tool.call-tool", family, "en", 0.5, /\b(call|invoke|run|execute|trigger|use)\b( the)? `?[a-z]+(_[a-z]+)+`?( tool| function)?\b|\b(call|invoke|execute|trigger) the (\w+ )?(tool|function)\b/u),
  rule("tool.authorised", family, "en", 0.5, /\byou (are|have been|were) (now )?(authori[sz]ed|permitted|allowed|cleared) to\b|\b(admin|administrator|developer|debug|god|maintenance|sudo|root|superuser|staff) (mode|access|override|privileges?|rights|permissions?)\b/u),
  rule("tool.claimed-authority", family, "en", 0.35, /\b(i am|i'm|this is|as) (the|an|your)? ?(admin|administrator|store owner|shop owner|site owner|developer|system administrator|ceo|owner of (this|the) (store|shop)|openai|anthropic)\b/u),
  rule("tool.staff-discount", family, "en", 0.45, /\b(apply|give|use)( me)?( the| an| my)? (employee|staff|internal|admin|partner|vip|secret) (discount|price|pricing|code|coupon)\b/u),
  // German, French, Spanish: the obvious money moves
  rule("tool.grant-discount.de", family, "de", 0.65, /(?<!\p{L})(gib|gewähre|gewähren sie|setze|mach)(?!\p{L})[^.!?\n]{0,20}?(?<![\d.,])(100|[5-9]\d)\s?%/u),
  rule("tool.grant-discount.fr", family, "fr", 0.65, /(?<!\p{L})(donne|donnez|accorde|accordez|applique|appliquez)(-moi)?(?!\p{L})[^.!?\n]{0,20}?(?<![\d.,])(100|[5-9]\d)\s?%/u),
  rule("tool.grant-discount.es", family, "es", 0.65, /(?<!\p{L})(dame|denme|aplica|aplique|concede|otorga)(?!\p{L})[^.!?\n]{0,20}?(?<![\d.,])(100|[5-9]\d)\s?%/u),
];
