import type { UnitDefinition } from "../lexicon/units";
import type { TermEntry } from "../lexicon/term-entry";
import type { ClaimExtractor, DurationContext } from "../extract/extract-claims";
import type { AvailabilityStatus } from "../extract/scan-availability";
import { numberKey } from "../extract/number-literal";
import type { GroundingEvidence } from "../grounding-types";
import { foldText } from "../text/fold-text";

export type FactQuantity = {
  value: number;
  unit?: UnitDefinition;
  noun?: string;
  context?: DurationContext;
  evidence: GroundingEvidence;
};

export type FactMoney = { amount: number; currency?: string; symbol?: string; evidence: GroundingEvidence };

/** A percentage the facts state, or one derived from a compare-at price (then only rounded claims match). */
export type FactPercentage = { value: number; derived: boolean; evidence: GroundingEvidence };

/** Everything the facts state, indexed for the checks. Build once, check many texts against it. */
export type FactIndex = {
  readonly texts: ReadonlyArray<{ folded: string; source?: string }>;
  readonly quantities: readonly FactQuantity[];
  /** Every number the facts state, whatever its unit. */
  readonly numbers: ReadonlyMap<string, GroundingEvidence>;
  readonly money: readonly FactMoney[];
  readonly percentages: readonly FactPercentage[];
  readonly codes: ReadonlyMap<string, GroundingEvidence>;
  /** Vocabulary concepts the facts name, and the broader ones they imply ("oak" implies "wood"). */
  readonly concepts: ReadonlyMap<string, GroundingEvidence>;
  readonly implied: ReadonlyMap<string, GroundingEvidence>;
  readonly termEntries: ReadonlyArray<{ entry: TermEntry; evidence: GroundingEvidence }>;
  readonly availability: ReadonlyMap<AvailabilityStatus, GroundingEvidence>;
  readonly stockQuantities: ReadonlyMap<number, GroundingEvidence>;
};

export type FactIndexBuilder = {
  addText(text: string, source?: string): void;
  addQuantity(quantity: FactQuantity): void;
  addMoney(money: FactMoney): void;
  addPercentage(percentage: FactPercentage): void;
  addAvailability(status: AvailabilityStatus, evidence: GroundingEvidence, quantity?: number): void;
  addCode(code: string, evidence: GroundingEvidence): void;
  build(): FactIndex;
};

export function createFactIndexBuilder(extractor: ClaimExtractor, entriesById: ReadonlyMap<string, TermEntry>): FactIndexBuilder {
  const texts: Array<{ folded: string; source?: string }> = [];
  const quantities: FactQuantity[] = [];
  const numbers = new Map<string, GroundingEvidence>();
  const money: FactMoney[] = [];
  const percentages: FactPercentage[] = [];
  const codes = new Map<string, GroundingEvidence>();
  const concepts = new Map<string, GroundingEvidence>();
  const implied = new Map<string, GroundingEvidence>();
  const termEntries: Array<{ entry: TermEntry; evidence: GroundingEvidence }> = [];
  const availability = new Map<AvailabilityStatus, GroundingEvidence>();
  const stockQuantities = new Map<number, GroundingEvidence>();

  const imply = (entry: TermEntry, evidence: GroundingEvidence, seen = new Set<string>()) => {
    for (const broader of entry.broader ?? []) {
      if (seen.has(broader)) continue;
      seen.add(broader);
      if (!implied.has(broader)) implied.set(broader, evidence);
      const parent = entriesById.get(broader);
      if (parent !== undefined) imply(parent, evidence, seen);
    }
  };

  const builder: FactIndexBuilder = {
    addText(text, source) {
      if (text.trim() === "") return;
      texts.push(source === undefined ? { folded: foldText(text) } : { folded: foldText(text), source });
      const evidenceOf = (start: number, end: number): GroundingEvidence =>
        source === undefined ? { text: text.slice(start, end) } : { text: text.slice(start, end), source };
      const found = extractor.facts(text);
      for (const mention of found.numeric) {
        const evidence = evidenceOf(mention.start, mention.end);
        if (mention.type === "money") {
          const money: FactMoney = { amount: mention.amount, evidence };
          if (mention.currency !== undefined) money.currency = mention.currency;
          if (mention.symbol !== undefined) money.symbol = mention.symbol;
          builder.addMoney(money);
          continue;
        }
        if (mention.unit?.unitClass === "percentage") builder.addPercentage({ value: mention.value, derived: false, evidence });
        const quantity: FactQuantity = { value: mention.value, evidence };
        if (mention.unit !== undefined) quantity.unit = mention.unit;
        if (mention.noun !== undefined) quantity.noun = mention.noun;
        if (mention.context !== undefined) quantity.context = mention.context;
        builder.addQuantity(quantity);
      }
      for (const code of found.codes) builder.addCode(code.code, evidenceOf(code.start, code.end));
      for (const mention of found.availability) builder.addAvailability(mention.status, evidenceOf(mention.start, mention.end), mention.quantity);
      for (const term of found.terms) {
        const evidence = evidenceOf(term.start, term.end);
        for (const entry of term.entries) {
          if (!concepts.has(entry.id)) concepts.set(entry.id, evidence);
          termEntries.push({ entry, evidence });
          imply(entry, evidence);
        }
      }
    },
    addQuantity(quantity) {
      quantities.push(quantity);
      const key = numberKey(quantity.value);
      if (!numbers.has(key)) numbers.set(key, quantity.evidence);
    },
    addMoney(entry) {
      money.push(entry);
      const key = numberKey(entry.amount);
      if (!numbers.has(key)) numbers.set(key, entry.evidence);
    },
    addPercentage(percentage) {
      percentages.push(percentage);
    },
    addAvailability(status, evidence, quantity) {
      if (!availability.has(status)) availability.set(status, evidence);
      if (status === "low-stock" && !availability.has("in-stock")) availability.set("in-stock", evidence);
      if (quantity !== undefined && !stockQuantities.has(quantity)) stockQuantities.set(quantity, evidence);
    },
    addCode(code, evidence) {
      if (!codes.has(code)) codes.set(code, evidence);
    },
    build() {
      return { texts, quantities, numbers, money, percentages, codes, concepts, implied, termEntries, availability, stockQuantities };
    },
  };
  return builder;
}
