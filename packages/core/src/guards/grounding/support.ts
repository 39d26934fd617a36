import type { ExtractedClaim } from "./extract/extract-claims";
import { numberKey, sameNumber } from "./extract/number-literal";
import type { AvailabilityMention } from "./extract/scan-availability";
import type { CodeMention } from "./extract/scan-codes";
import type { MoneyMention, QuantityMention } from "./extract/scan-quantities";
import type { TermMatch, TermRun } from "./extract/scan-terms";
import type { FactIndex, FactQuantity } from "./facts/facts-index";
import type { GroundingEvidence } from "./grounding-types";
import type { UnitDefinition } from "./lexicon/units";
import { foldText } from "./text/fold-text";

export type Verdict = { supported: boolean; reason: string; evidence?: GroundingEvidence };

export type SupportOptions = { conversionTolerance: number; defaultCurrency: string };

const dollarCurrencies = new Set(["USD", "CAD", "AUD", "NZD", "HKD", "SGD", "MXN", "BRL", "TWD"]);

const supported = (reason: string, evidence?: GroundingEvidence): Verdict =>
  evidence === undefined ? { supported: true, reason } : { supported: true, reason, evidence };
const unsupported = (reason: string): Verdict => ({ supported: false, reason });

/** Decides one claim against the facts. */
export function judgeClaim(claim: ExtractedClaim, text: string, index: FactIndex, options: SupportOptions): Verdict {
  const written = text.slice(claim.start, claim.end);
  const mention = claim.mention;
  switch (mention.type) {
    case "quantity":
      // A window's wording may be quoted from another window ("30 days" to return, not to deliver).
      return (mention.context === undefined ? quotedVerdict(written, index) : undefined) ?? judgeQuantity(mention, written, index, options);
    case "money":
      return quotedVerdict(written, index) ?? judgeMoney(mention, written, index, options);
    case "code":
      return quotedVerdict(written, index) ?? judgeCode(mention, written, index);
    case "availability":
      return judgeAvailability(mention, index);
    case "terms":
      return judgeTerms(mention, index);
  }
}

/**
 * A number or code the facts contain word for word is supported whatever the parse says. Boundaries are
 * strict: "4 in." does not match inside "4.5 in.", nor "1/4 in." inside "2-1/4 in.".
 */
function quotedVerdict(written: string, index: FactIndex): Verdict | undefined {
  const needle = foldText(written).replace(/[.,;:]+$/u, "").trim();
  if (needle.length < 2) return undefined;
  for (const fact of index.texts) {
    let position = fact.folded.indexOf(needle);
    while (position !== -1) {
      if (isBoundaryBefore(fact.folded, position) && isBoundaryAfter(fact.folded, position + needle.length)) {
        return supported(`the facts say "${written.trim()}"`, fact.source === undefined ? { text: written.trim() } : { text: written.trim(), source: fact.source });
      }
      position = fact.folded.indexOf(needle, position + 1);
    }
  }
  return undefined;
}

function isBoundaryBefore(text: string, position: number): boolean {
  if (position === 0) return true;
  const previous = text[position - 1] as string;
  if (/[\p{L}\p{N}#]/u.test(previous)) return false;
  if (/[.,/-]/u.test(previous) && /\p{N}/u.test(text[position - 2] ?? "")) return false;
  return true;
}

function isBoundaryAfter(text: string, position: number): boolean {
  const next = text[position];
  if (next === undefined) return true;
  if (/[\p{L}\p{N}]/u.test(next)) return false;
  if (/[.,/-]/u.test(next) && /\p{N}/u.test(text[position + 1] ?? "")) return false;
  return true;
}

function judgeQuantity(mention: QuantityMention & { context?: string }, written: string, index: FactIndex, options: SupportOptions): Verdict {
  const unit = mention.unit;
  if (unit?.unitClass === "percentage") return judgePercentage(mention, written, index);
  for (const fact of index.quantities) {
    if (fact.unit === undefined || unit === undefined) continue;
    if (!contextsAgree(mention.context, fact.context)) continue;
    if (sameUnit(unit, fact.unit) && sameNumber(fact.value, mention.value)) return supported(`the facts say ${fact.evidence.text}`, fact.evidence);
    if (unit.unitClass !== "count" && fact.unit.dimension === unit.dimension && fact.unit.id !== unit.id) {
      const converted = convert(fact, unit);
      if (converted !== undefined && isConversionMatch(mention.value, converted, mention.resolution, options.conversionTolerance)) {
        return supported(`${fact.evidence.text} in the facts is ${formatNumber(converted)} ${unit.id}`, fact.evidence);
      }
    }
  }
  const anyNumber = index.numbers.get(numberKey(mention.value));
  if (unit === undefined && anyNumber !== undefined) return supported(`the facts state the number in ${anyNumber.text}`, anyNumber);
  if (unit?.unitClass === "count") {
    // A count may appear without its word: "Box of 10" against "10 per box".
    const loose = index.quantities.find(
      (fact) => sameNumber(fact.value, mention.value) && (fact.unit === undefined || fact.unit.unitClass === "count"),
    );
    if (loose !== undefined) return supported(`the facts state ${loose.evidence.text}`, loose.evidence);
  }
  // Closest first, so the reason names the value the text most likely meant.
  const sameDimension = unit === undefined ? [] : index.quantities.filter((fact) => fact.unit?.dimension === unit.dimension);
  const distance = (fact: FactQuantity) => Math.abs((convert(fact, unit as UnitDefinition) ?? Number.POSITIVE_INFINITY) - mention.value);
  sameDimension.sort((left, right) => distance(left) - distance(right));
  const conflict = sameDimension.find(
    (fact) => sameNumber(fact.value, mention.value) && fact.context !== undefined && mention.context !== undefined && fact.context !== mention.context,
  );
  if (conflict !== undefined) return unsupported(`the facts give ${conflict.evidence.text} for ${conflict.context ?? "something else"}, not for ${mention.context ?? "this"}`);
  const stated = listOf(sameDimension.map((fact) => fact.evidence.text));
  if (unit === undefined) return unsupported(`the facts do not state the number ${written.trim()}`);
  return unsupported(stated === "" ? `the facts do not state ${written.trim()}` : `the facts do not state ${written.trim()}; they state ${stated}`);
}

function judgePercentage(mention: QuantityMention, written: string, index: FactIndex): Verdict {
  for (const fact of index.percentages) {
    if (fact.derived ? Math.abs(fact.value - mention.value) < 1 : sameNumber(fact.value, mention.value)) {
      return supported(`the facts say ${fact.evidence.text}`, fact.evidence);
    }
  }
  const stated = listOf(index.percentages.map((fact) => fact.evidence.text));
  return unsupported(stated === "" ? `the facts do not state ${written.trim()}` : `the facts do not state ${written.trim()}; they state ${stated}`);
}

function judgeMoney(mention: MoneyMention, written: string, index: FactIndex, options: SupportOptions): Verdict {
  for (const fact of index.money) {
    if (Math.abs(fact.amount - mention.amount) > 0.005 + 1e-9) continue;
    if (currenciesAgree(mention, fact, options.defaultCurrency)) return supported(`the facts say ${fact.evidence.text}`, fact.evidence);
  }
  const bare = index.quantities.find((fact) => fact.unit === undefined && fact.noun === undefined && Math.abs(fact.value - mention.amount) <= 0.005);
  if (bare !== undefined) return supported(`the facts state the amount in ${bare.evidence.text}`, bare.evidence);
  const stated = listOf(index.money.map((fact) => fact.evidence.text));
  return unsupported(stated === "" ? `the facts state no price of ${written.trim()}` : `the facts do not state ${written.trim()}; they state ${stated}`);
}

function currenciesAgree(mention: MoneyMention, fact: { currency?: string; symbol?: string }, defaultCurrency: string): boolean {
  const claimed = mention.currency;
  const stated = fact.currency ?? (fact.symbol === "$" ? undefined : fact.symbol);
  if (claimed !== undefined && stated !== undefined) return claimed === stated;
  // A bare "$" or "dollars" fits any dollar currency, or the default one when the facts only say "$".
  if (claimed === undefined && stated !== undefined) return dollarCurrencies.has(stated) || stated === defaultCurrency;
  if (claimed !== undefined && stated === undefined) return fact.symbol !== "$" || dollarCurrencies.has(claimed);
  return true;
}

function judgeCode(mention: CodeMention, written: string, index: FactIndex): Verdict {
  const evidence = index.codes.get(mention.code) ?? (/^\d+$/.test(mention.code) ? index.numbers.get(numberKey(Number(mention.code))) : undefined);
  if (evidence !== undefined) return supported(`the facts say ${evidence.text}`, evidence);
  const similar = [...index.codes.entries()].filter(([code]) => code.length > 1 && sharedPrefix(code, mention.code) >= Math.min(2, mention.code.length - 1));
  const stated = listOf(similar.map(([, found]) => found.text));
  const label = mention.discount ? "discount code" : "code";
  return unsupported(stated === "" ? `the ${label} ${written.trim()} is not in the facts` : `the ${label} ${written.trim()} is not in the facts; they give ${stated}`);
}

function judgeAvailability(mention: AvailabilityMention, index: FactIndex): Verdict {
  const facts = index.availability;
  if (mention.status === "low-stock" && mention.quantity !== undefined) {
    const evidence = index.stockQuantities.get(mention.quantity);
    if (evidence !== undefined) return supported(`the facts say ${evidence.text}`, evidence);
    const known = listOf([...index.stockQuantities.values()].map((found) => found.text));
    return unsupported(known === "" ? `the facts do not say ${mention.quantity} are left` : `the facts do not say ${mention.quantity} are left; they say ${known}`);
  }
  const wanted = mention.status === "low-stock" ? "low-stock" : mention.status;
  const evidence = facts.get(wanted) ?? (mention.status === "low-stock" ? lowStockEvidence(index) : undefined);
  if (evidence !== undefined) return supported(`the facts say ${evidence.text}`, evidence);
  if (facts.size === 0) return unsupported("the facts say nothing about stock");
  const said = listOf([...facts.values()].map((found) => found.text));
  return unsupported(`the facts do not say it is ${mention.status.replaceAll("-", " ")}; they say ${said}`);
}

/** "Selling fast" and "low stock" hold when some variant has five or fewer left. */
function lowStockEvidence(index: FactIndex): GroundingEvidence | undefined {
  for (const [quantity, evidence] of index.stockQuantities) if (quantity <= 5) return evidence;
  return undefined;
}

function judgeTerms(run: TermRun, index: FactIndex): Verdict {
  const missing: TermMatch[] = [];
  let evidence: GroundingEvidence | undefined;
  for (const term of run.terms) {
    const found = termEvidence(term, index);
    if (found === undefined) missing.push(term);
    else evidence ??= found;
  }
  if (missing.length === 0) return supported(evidence === undefined ? "the facts name it" : `the facts say ${evidence.text}`, evidence);
  const names = missing.map((term) => `"${term.text}"`).join(" and ");
  const groups = new Set(missing.flatMap((term) => term.entries.map((entry) => entry.group)).filter((group) => group !== undefined));
  const kinds = new Set(missing.flatMap((term) => term.entries.map((entry) => entry.kind)));
  const rivals = index.termEntries.filter(({ entry }) => (entry.position ?? "any") !== "modifier").filter(({ entry }) =>
    run.kind === "attribute" || run.kind === "size" ? entry.group !== undefined && groups.has(entry.group) : kinds.has(entry.kind) || (kinds.has("colour") && entry.kind === "finish"),
  );
  const stated = listOf(rivals.map(({ evidence: found }) => found.text));
  const noun = run.terms.length > 1 || missing.length > 1 ? `${names} ${missing.length > 1 ? "are" : "is"}` : `${names} is`;
  return unsupported(stated === "" ? `${noun} not in the facts` : `${noun} not in the facts; they say ${stated}`);
}

function termEvidence(term: TermMatch, index: FactIndex): GroundingEvidence | undefined {
  for (const entry of term.entries) {
    const found = index.concepts.get(entry.id) ?? index.implied.get(entry.id);
    if (found !== undefined) return found;
  }
  return undefined;
}

function contextsAgree(claimed: string | undefined, stated: string | undefined): boolean {
  return claimed === undefined || stated === undefined || claimed === stated;
}

// Ounces by weight and by volume are written alike; a catalog's "12 oz." bottle is either.
function sameUnit(left: UnitDefinition, right: UnitDefinition): boolean {
  if (left.id === right.id) return true;
  const ounces = new Set(["oz", "floz"]);
  return ounces.has(left.id) && ounces.has(right.id);
}

function convert(fact: FactQuantity, unit: UnitDefinition): number | undefined {
  const from = fact.unit;
  if (from === undefined) return undefined;
  const base = fact.value * from.factor + (from.offset ?? 0);
  return (base - (unit.offset ?? 0)) / unit.factor;
}

/** A converted value matches when the claim rounds to it at the claim's precision and is close in relative terms. */
function isConversionMatch(claimed: number, converted: number, resolution: number, tolerance: number): boolean {
  const difference = Math.abs(claimed - converted);
  return difference <= resolution / 2 + 1e-9 && difference <= tolerance * Math.max(Math.abs(converted), 1e-9) + 1e-9;
}

function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function sharedPrefix(left: string, right: string): number {
  let length = 0;
  while (length < left.length && length < right.length && left[length] === right[length]) length++;
  return length;
}

function listOf(items: readonly string[]): string {
  const unique = [...new Set(items.map((item) => item.trim()).filter((item) => item !== ""))];
  if (unique.length === 0) return "";
  const shown = unique.slice(0, 3).map((item) => `"${item}"`);
  return unique.length > 3 ? `${shown.join(", ")} and ${unique.length - 3} more` : shown.join(", ");
}
