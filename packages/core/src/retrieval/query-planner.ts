import type { TextAnalyzer } from "./analyzer";
import { withinOneEdit } from "./edit-distance";
import type { InvertedIndex, TermAlternative } from "./inverted-index";

export type TypoToleranceOptions = {
  enabled: boolean;
  minLength: number;
  rareDocumentFrequency: number;
  rareFrequencyRatio: number;
  weight: number;
  maxAlternatives: number;
};

export type QueryPlannerOptions = {
  synonyms: readonly (readonly string[])[];
  synonymWeight: number;
  typoTolerance: TypoToleranceOptions;
  /** Weight of a term that shares the query term's full stem; 0 turns stem expansion off. */
  stemExpansionWeight: number;
  /** The full stemmer for stem expansion, over folded index terms. */
  fullStem: (term: string) => string;
  /** Weight of the joined form of two adjacent query words ("dish washer" → "dishwasher"); 0 turns it off. */
  compoundWeight: number;
};

type SynonymPhrase = { terms: string[]; group: number };

/**
 * Turns a query into scoring positions: one per distinct query term, each with the spellings that may stand
 * for it (the term, a one-word synonym, typo neighbours), plus extra positions for multi-word synonyms.
 */
export class QueryPlanner {
  private readonly phrasesByFirstTerm = new Map<string, SynonymPhrase[]>();
  private readonly groups: SynonymPhrase[][] = [];
  /** Index terms grouped by full stem, filled in as the vocabulary grows. */
  private readonly termsByFullStem = new Map<string, number[]>();
  private stemmedTermCount = 0;

  constructor(
    private readonly analyzer: TextAnalyzer,
    private readonly index: InvertedIndex,
    private readonly options: QueryPlannerOptions,
  ) {
    options.synonyms.forEach((group, groupIndex) => {
      const phrases: SynonymPhrase[] = [];
      for (const phrase of group) {
        const terms = analyzer.analyze(phrase);
        if (terms.length === 0) continue;
        const entry = { terms, group: groupIndex };
        phrases.push(entry);
        const first = terms[0] as string;
        const list = this.phrasesByFirstTerm.get(first);
        if (list === undefined) this.phrasesByFirstTerm.set(first, [entry]);
        else list.push(entry);
      }
      this.groups.push(phrases);
    });
  }

  /** The analysed query terms, repeats removed. */
  terms(query: string): string[] {
    return [...new Set(this.analyzer.analyze(query))];
  }

  plan(query: string): TermAlternative[][] {
    const analysed = this.analyzer.analyze(query);
    const seen = new Map<string, TermAlternative[]>();
    const positions: TermAlternative[][] = [];
    for (const term of analysed) {
      if (seen.has(term)) continue;
      const position: TermAlternative[] = [{ termId: this.index.termId(term), weight: 1 }];
      seen.set(term, position);
      positions.push(position);
    }
    this.addSynonyms(analysed, seen, positions);
    if (this.options.stemExpansionWeight > 0) {
      for (const [term, position] of seen) this.addStemRelatives(term, position);
    }
    if (this.options.compoundWeight > 0) this.addCompounds(analysed, positions);
    if (this.options.typoTolerance.enabled) {
      for (const [term, position] of seen) this.addTypoNeighbours(term, position);
    }
    return positions
      .map((position) => position.filter((alternative) => alternative.termId >= 0 && this.index.frequencyOf(alternative.termId) > 0))
      .filter((position) => position.length > 0);
  }

  private addSynonyms(analysed: readonly string[], seen: Map<string, TermAlternative[]>, positions: TermAlternative[][]): void {
    const weight = this.options.synonymWeight;
    for (let start = 0; start < analysed.length; start++) {
      for (const phrase of this.phrasesByFirstTerm.get(analysed[start] as string) ?? []) {
        if (!phrase.terms.every((term, offset) => analysed[start + offset] === term)) continue;
        for (const other of this.groups[phrase.group] ?? []) {
          if (other === phrase) continue;
          const termIds = other.terms.map((term) => this.index.termId(term));
          if (phrase.terms.length === 1 && other.terms.length === 1) {
            seen.get(phrase.terms[0] as string)?.push({ termId: termIds[0] as number, weight });
          } else {
            // A multi-word synonym cannot share one position; its words score as extra, down-weighted positions.
            for (const termId of termIds) positions.push([{ termId, weight: weight / other.terms.length }]);
          }
        }
      }
    }
  }

  /**
   * Index terms are light stems (plurals folded); the query also reaches terms that only the full stemmer
   * merges ("lighting" for "light"), at a lower weight, so recall grows without the full stemmer's false merges
   * costing precision.
   */
  private addStemRelatives(term: string, position: TermAlternative[]): void {
    if (/\d/.test(term)) return;
    for (let termId = this.stemmedTermCount; termId < this.index.termCount; termId++) {
      const text = this.index.termText(termId);
      if (/\d/.test(text)) continue;
      const key = this.options.fullStem(text);
      const group = this.termsByFullStem.get(key);
      if (group === undefined) this.termsByFullStem.set(key, [termId]);
      else group.push(termId);
    }
    this.stemmedTermCount = this.index.termCount;
    const own = this.index.termId(term);
    for (const termId of this.termsByFullStem.get(this.options.fullStem(term)) ?? []) {
      if (termId !== own) position.push({ termId, weight: this.options.stemExpansionWeight });
    }
  }

  /** Adds the joined form of each pair of adjacent alphabetic query terms when the index holds it. */
  private addCompounds(analysed: readonly string[], positions: TermAlternative[][]): void {
    for (let index = 0; index + 1 < analysed.length; index++) {
      const first = analysed[index] as string;
      const second = analysed[index + 1] as string;
      if (/\d/.test(first) || /\d/.test(second)) continue;
      const candidates = new Set([first + second, ...this.analyzer.analyze(first + second)]);
      for (const candidate of candidates) {
        const termId = this.index.termId(candidate);
        if (this.index.frequencyOf(termId) > 0) {
          positions.push([{ termId, weight: this.options.compoundWeight }]);
          break;
        }
      }
    }
  }

  private addTypoNeighbours(term: string, position: TermAlternative[]): void {
    const options = this.options.typoTolerance;
    // Digits are not typos: "100" and "1000" are different sizes.
    if (term.length < options.minLength || /\d/.test(term)) return;
    const frequency = this.index.frequencyOf(this.index.termId(term));
    if (frequency > options.rareDocumentFrequency) return;
    const needed = frequency === 0 ? 1 : frequency * options.rareFrequencyRatio;
    const candidates: { termId: number; frequency: number }[] = [];
    for (let length = term.length - 1; length <= term.length + 1; length++) {
      for (const termId of this.index.termsOfLength(length)) {
        const candidateFrequency = this.index.frequencyOf(termId);
        if (candidateFrequency < needed) continue;
        const candidate = this.index.termText(termId);
        if (candidate !== term && withinOneEdit(term, candidate)) candidates.push({ termId, frequency: candidateFrequency });
      }
    }
    candidates.sort((a, b) => b.frequency - a.frequency || a.termId - b.termId);
    for (const candidate of candidates.slice(0, options.maxAlternatives)) {
      position.push({ termId: candidate.termId, weight: options.weight });
    }
  }
}
