import type { ClaimKind } from "../grounding-types";
import { foldText } from "../text/fold-text";
import { scanAvailability, type AvailabilityMention } from "./scan-availability";
import { scanCodes, type CodeMention } from "./scan-codes";
import { scanNumberWords, scanNumericMentions, type MoneyMention, type QuantityMention } from "./scan-quantities";
import { buildTermRuns, type TermLexicon, type TermMatch, type TermRun } from "./scan-terms";
import type { UnitLookup } from "./unit-lookup";

export type DurationContext = "return" | "delivery" | "warranty";

export type ClaimMention =
  | (QuantityMention & { context?: DurationContext })
  | MoneyMention
  | CodeMention
  | AvailabilityMention
  | TermRun;

export type ExtractedClaim = { kind: ClaimKind; start: number; end: number; mention: ClaimMention };

/** Everything the facts state, unfiltered: vocabulary terms count wherever they stand. */
export type FactMentions = {
  numeric: Array<(QuantityMention & { context?: DurationContext }) | MoneyMention>;
  codes: CodeMention[];
  availability: AvailabilityMention[];
  terms: TermMatch[];
};

export type ClaimExtractor = {
  /** Claims in `text`; nothing inside `skip` (allow-listed phrases) is read. */
  claims(text: string, skip?: ReadonlyArray<{ start: number; end: number }>): ExtractedClaim[];
  facts(text: string): FactMentions;
};

const triggerStems: Array<[DurationContext, readonly string[]]> = [
  ["return", ["return", "refund", "exchang", "ruckgab", "rucksend", "umtausch", "erstatt", "widerruf", "retour", "rembours", "echang", "devoluc", "devolv", "reembols"]],
  ["delivery", ["ship", "deliver", "dispatch", "arriv", "transit", "liefer", "versand", "versend", "zustell", "livraison", "livr", "expedi", "envio", "envia", "entreg", "llega"]],
  ["warranty", ["warrant", "guarant", "garanti", "gewahrleist"]],
];

export function createClaimExtractor({ units, lexicon }: { units: UnitLookup; lexicon: TermLexicon }): ClaimExtractor {
  const scan = (text: string, skip: ReadonlyArray<{ start: number; end: number }>) => {
    const free = <Span extends { start: number; end: number }>(span: Span) => !skip.some((skipped) => overlaps(skipped, span));
    const availability = scanAvailability(text).filter(free);
    const { codes: allCodes, ignored } = scanCodes(text, units);
    const codes = allCodes.filter((code) => free(code) && !availability.some((mention) => overlaps(mention, code)));
    const blocked = [...skip, ...availability, ...codes, ...ignored];
    const isBlocked = (start: number, end: number) => blocked.some((span) => span.start < end && start < span.end);
    const numeric = [
      ...scanNumericMentions(text, { units, isTaken: isBlocked }),
      ...scanNumberWords(text, { units, isTaken: isBlocked }),
    ].map((mention) => (mention.type === "quantity" && mention.unit?.unitClass === "duration" ? { ...mention, ...contextOf(text, mention) } : mention));
    const spans = [...blocked, ...numeric];
    const isTaken = (start: number, end: number) => spans.some((span) => span.start < end && start < span.end);
    return { availability, codes, numeric, isTaken };
  };

  return {
    claims(text, skip = []) {
      const { availability, codes, numeric, isTaken } = scan(text, skip);
      const runs = buildTermRuns(text, lexicon.match(text), isTaken);
      const mentions: ClaimMention[] = [...availability, ...codes, ...numeric, ...runs];
      return mentions
        .map((mention) => ({ kind: kindOf(mention), start: mention.start, end: mention.end, mention }))
        .sort((left, right) => left.start - right.start || right.end - left.end);
    },
    facts(text) {
      const { availability, codes, numeric, isTaken } = scan(text, []);
      return { numeric, codes, availability, terms: lexicon.matchAll(text).filter((term) => !isTaken(term.start, term.end)) };
    },
  };
}

function overlaps(left: { start: number; end: number }, right: { start: number; end: number }): boolean {
  return left.start < right.end && right.start < left.end;
}

function kindOf(mention: ClaimMention): ClaimKind {
  switch (mention.type) {
    case "availability":
      return "availability";
    case "code":
      return mention.discount ? "discount-code" : "code";
    case "money":
      return "money";
    case "terms":
      return mention.kind;
    case "quantity": {
      const unitClass = mention.unit?.unitClass;
      if (unitClass === "percentage") return "percentage";
      if (unitClass === "duration") {
        if (mention.context === "return") return "return-window";
        if (mention.context === "delivery") return "delivery-window";
        return "duration";
      }
      if (unitClass === "count") return "count";
      if (unitClass === "measurement") return "measurement";
      return mention.counted === true ? "count" : "number";
    }
  }
}

// Clauses end at punctuation or a conjunction: in "returns within 14 days and delivery in 30 days" each
// number belongs to its own clause.
const clauseBreak = /^(?:[,;:()]|and|but|while|whereas|or|und|aber|oder|et|mais|ou|y|pero|o)$/u;

/**
 * Which window a duration is about: the nearest return, delivery or warranty word in its clause, else in its
 * sentence.
 */
function contextOf(text: string, mention: { start: number; end: number }): { context?: DurationContext } {
  const from = Math.max(0, mention.start - 120);
  const to = Math.min(text.length, mention.end + 120);
  let windowStart = from;
  let windowEnd = to;
  const before = text.slice(from, mention.start);
  const boundaryBefore = Math.max(before.lastIndexOf("\n"), ...[". ", "! ", "? "].map((mark) => before.lastIndexOf(mark)));
  if (boundaryBefore !== -1) windowStart = from + boundaryBefore + 1;
  const after = text.slice(mention.end, to);
  const boundaries = ["\n", ". ", "! ", "? "].map((mark) => after.indexOf(mark)).filter((position) => position !== -1);
  if (boundaries.length > 0) windowEnd = mention.end + Math.min(...boundaries);
  // Words and clause breaks of the sentence, in order.
  const pieces = [...text.slice(windowStart, windowEnd).matchAll(/\p{L}+|[,;:()]/gu)].map((match) => ({
    folded: foldText(match[0]),
    position: windowStart + match.index,
  }));
  const clauseOf = (position: number) => pieces.filter((piece) => piece.position < position && clauseBreak.test(piece.folded)).length;
  const mentionClause = clauseOf(mention.start);
  let best: { context: DurationContext; sameClause: boolean; distance: number } | undefined;
  for (const piece of pieces) {
    const context = triggerStems.find(([, stems]) => stems.some((stem) => piece.folded.startsWith(stem)))?.[0];
    if (context === undefined) continue;
    const sameClause = clauseOf(piece.position) === mentionClause;
    const distance = piece.position < mention.start ? mention.start - piece.position : piece.position - mention.end;
    if (best === undefined || (sameClause && !best.sameClause) || (sameClause === best.sameClause && distance < best.distance)) {
      best = { context, sameClause, distance };
    }
  }
  return best === undefined ? {} : { context: best.context };
}
