/**
 * BM25 over the candidate units of one call. Each unit has its own terms and context terms (its document's
 * title and path, its heading): a query term found only in the context still counts, at a lower weight, so
 * "What is the returns policy?" reaches the sentences of a document titled "Returns policy" even when none
 * of them repeats the word.
 */

import { synonymsOf } from "./synonyms";

export type IndexEntry = { terms: readonly string[]; contextTerms: readonly string[] };

export type QueryTerm = { term: string; weight: number };

export type UnitScore = {
  score: number;
  /** Share of the query's weight (by idf) the unit or its context covers, 0-1. */
  coverage: number;
  /** Query terms found in the unit's own text, not only its context. */
  contentMatches: number;
};

type PreparedOrigin = { weight: number; idf: number; variants: Array<{ term: string; factor: number }> };
export type PreparedQuery = { origins: PreparedOrigin[]; totalWeight: number };

const k1 = 1.2;
const b = 0.75;
/** How much a context match is worth next to a match in the text (a text match saturates near k1 + 1). */
const contextWeight = 0.6;
/** Credit for a compound or derived form ("Versand" → "Versandkosten", "return" → "returnable"). */
const partialFactor = 0.5;
const minimumPartialLength = 5;
/** Credit for a synonym ("cost" → "price", "Rückgabe" → "return"). */
const synonymFactor = 0.7;

export class LexicalIndex {
  readonly size: number;
  private readonly frequencies: Array<Map<string, number>>;
  private readonly lengths: number[];
  private readonly contexts: Array<Set<string>>;
  private readonly documentFrequency = new Map<string, number>();
  private readonly vocabulary: string[];
  private readonly averageLength: number;

  constructor(entries: readonly IndexEntry[]) {
    this.size = entries.length;
    this.frequencies = entries.map((entry) => {
      const frequency = new Map<string, number>();
      for (const term of entry.terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
      for (const term of frequency.keys()) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
      return frequency;
    });
    this.lengths = entries.map((entry) => entry.terms.length);
    this.contexts = entries.map((entry) => new Set(entry.contextTerms));
    const vocabulary = new Set(this.documentFrequency.keys());
    for (const context of this.contexts) for (const term of context) vocabulary.add(term);
    this.vocabulary = [...vocabulary].filter((term) => term.length >= minimumPartialLength).sort();
    this.averageLength = this.size === 0 ? 1 : Math.max(1, this.lengths.reduce((sum, length) => sum + length, 0) / this.size);
  }

  idf(term: string): number {
    const frequency = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (this.size - frequency + 0.5) / (frequency + 0.5));
  }

  /** Weighs each distinct term once (highest weight wins) and finds its compound and derived forms. */
  prepare(query: readonly QueryTerm[]): PreparedQuery {
    const weights = new Map<string, number>();
    for (const { term, weight } of query) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
    const origins: PreparedOrigin[] = [];
    let totalWeight = 0;
    for (const [term, weight] of weights) {
      const variants = [{ term, factor: 1 }, ...synonymsOf(term).map((synonym) => ({ term: synonym, factor: synonymFactor }))];
      if (term.length >= minimumPartialLength && !/^\d+$/.test(term)) {
        for (const candidate of this.vocabulary) {
          if (candidate !== term && (candidate.startsWith(term) || candidate.endsWith(term) || term.startsWith(candidate))) {
            variants.push({ term: candidate, factor: partialFactor });
          }
        }
      }
      const idf = this.idf(term);
      origins.push({ weight, idf, variants });
      totalWeight += weight * idf;
    }
    return { origins, totalWeight };
  }

  score(unit: number, query: PreparedQuery): UnitScore {
    const frequency = this.frequencies[unit] as Map<string, number>;
    const context = this.contexts[unit] as Set<string>;
    const normaliser = k1 * (1 - b + (b * (this.lengths[unit] as number)) / this.averageLength);
    let score = 0;
    let covered = 0;
    let contentMatches = 0;
    for (const origin of query.origins) {
      let text = 0;
      let inContext = 0;
      let matchFactor = 0;
      for (const variant of origin.variants) {
        const count = frequency.get(variant.term) ?? 0;
        if (count > 0) text = Math.max(text, ((count * (k1 + 1)) / (count + normaliser)) * variant.factor);
        if (context.has(variant.term)) inContext = Math.max(inContext, contextWeight * variant.factor);
        if (count > 0 || context.has(variant.term)) matchFactor = Math.max(matchFactor, variant.factor);
      }
      if (matchFactor === 0) continue;
      score += origin.idf * origin.weight * (text + inContext);
      covered += origin.idf * origin.weight * matchFactor;
      if (text > 0) contentMatches++;
    }
    return { score, coverage: query.totalWeight === 0 ? 0 : covered / query.totalWeight, contentMatches };
  }
}
