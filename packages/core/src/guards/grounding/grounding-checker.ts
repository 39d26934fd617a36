import type { Product } from "../../catalog/product";
import type { ContextDocument } from "../../spec";
import { createClaimExtractor, type ExtractedClaim } from "./extract/extract-claims";
import { createTermLexicon } from "./extract/scan-terms";
import { createUnitLookup } from "./extract/unit-lookup";
import { createFactIndexBuilder, type FactIndex } from "./facts/facts-index";
import { addProductFacts, isProduct } from "./facts/product-facts";
import { resolveGroundingSettings, type GroundingSettings, type ResolvedGroundingSettings } from "./grounding-settings";
import type { ClaimKind, GroundingClaim, GroundingFact, GroundingFacts, GroundingReport } from "./grounding-types";
import { buildVocabulary } from "./lexicon/build-vocabulary";
import { judgeClaim } from "./support";

const preparedMarker = Symbol.for("aisle.grounding.preparedFacts");

/** Facts indexed once, to check several texts (or a stream's sentences) against them. */
export type PreparedFacts = { readonly [preparedMarker]: true; readonly index: FactIndex };

export type GroundingInput = { text: string; facts: GroundingFacts | PreparedFacts };

export type GroundingChecker = {
  /** Finds the claims in `text` and checks each against `facts`. Synchronous, offline. */
  check(input: GroundingInput): GroundingReport;
  prepareFacts(facts: GroundingFacts): PreparedFacts;
  /** The claims in `text`, before any facts are consulted. */
  extractClaims(text: string): Array<Pick<GroundingClaim, "kind" | "text" | "start" | "end">>;
  readonly settings: ResolvedGroundingSettings;
};

/**
 * Builds a grounding checker: it takes generated text and the facts it may rely on (strings, context
 * documents, catalog products) and reports every claim (prices, percentages, codes, measurements, counts,
 * colours, materials, attributes, stock, delivery and return windows) with whether the facts support it.
 */
export function createGroundingChecker(settings: GroundingSettings = {}): GroundingChecker {
  const resolved = resolveGroundingSettings(settings);
  const vocabulary = buildVocabulary(resolved);
  const units = createUnitLookup(vocabulary.units);
  const extractor = createClaimExtractor({ units, lexicon: createTermLexicon(vocabulary.terms) });
  const kinds = new Set<ClaimKind>(resolved.kinds ?? []);
  const checksKind = (kind: ClaimKind) => (kinds.size === 0 || kinds.has(kind)) && (resolved.bareNumbers || kind !== "number");
  const allowPatterns = resolved.allowList.map((phrase) => new RegExp(escapeRegExp(phrase), "giu"));
  const options = { conversionTolerance: resolved.conversionTolerance, defaultCurrency: resolved.defaultCurrency };

  const prepareFacts = (facts: GroundingFacts): PreparedFacts => {
    const builder = createFactIndexBuilder(extractor, vocabulary.entriesById);
    for (const fact of toList(facts)) {
      if (typeof fact === "string") builder.addText(fact);
      else if (isProduct(fact)) addProductFacts(builder, fact, units);
      else if (isContextDocument(fact)) {
        if (fact.title !== undefined) builder.addText(fact.title, fact.id);
        if (fact.path !== undefined && fact.path.length > 0) builder.addText(fact.path.join(" > "), fact.id);
        builder.addText(fact.text, fact.id);
      }
    }
    return { [preparedMarker]: true, index: builder.build() };
  };

  // Allow-listed phrases are not read at all, so "Series 7" yields no number claim.
  const allowedSpans = (text: string) =>
    allowPatterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length })));
  const claimsOf = (text: string): ExtractedClaim[] => extractor.claims(text, allowedSpans(text)).filter((claim) => checksKind(claim.kind));

  return {
    settings: resolved,
    prepareFacts,
    extractClaims(text) {
      return claimsOf(text).map((claim) => ({ kind: claim.kind, text: text.slice(claim.start, claim.end), start: claim.start, end: claim.end }));
    },
    check({ text, facts }) {
      const { index } = isPrepared(facts) ? facts : prepareFacts(facts);
      const claims: GroundingClaim[] = claimsOf(text).map((claim) => {
        const base = { kind: claim.kind, text: text.slice(claim.start, claim.end), start: claim.start, end: claim.end };
        const verdict = judgeClaim(claim, text, index, options);
        return verdict.evidence === undefined
          ? { ...base, supported: verdict.supported, reason: verdict.reason }
          : { ...base, supported: verdict.supported, reason: verdict.reason, evidence: verdict.evidence };
      });
      const unsupported = claims.filter((claim) => !claim.supported);
      return { grounded: unsupported.length === 0, claims, unsupported };
    },
  };
}

let defaultChecker: GroundingChecker | undefined;

/**
 * Checks `text` against `facts` with the built-in vocabulary; pass settings (or build a checker with
 * `createGroundingChecker`) for allow-lists, the shop's colours and materials, or other units.
 */
export function checkGrounding(input: GroundingInput, settings?: GroundingSettings): GroundingReport {
  if (settings !== undefined) return createGroundingChecker(settings).check(input);
  defaultChecker ??= createGroundingChecker();
  return defaultChecker.check(input);
}

function isPrepared(facts: GroundingFacts | PreparedFacts): facts is PreparedFacts {
  return typeof facts === "object" && facts !== null && !Array.isArray(facts) && (facts as Partial<PreparedFacts>)[preparedMarker] === true;
}

function toList(facts: GroundingFacts): readonly GroundingFact[] {
  return Array.isArray(facts) ? facts : [facts as GroundingFact];
}

function isContextDocument(value: GroundingFact): value is ContextDocument {
  return typeof value === "object" && value !== null && typeof (value as Partial<ContextDocument>).text === "string" && !isProduct(value as Product);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
