import { calculateHallucinationSignals } from "llmverify";
import { createGroundingChecker } from "../../src/guards/grounding/grounding-checker";
import { builtInColourEntries } from "../../src/guards/grounding/lexicon/colours";
import { builtInMaterialEntries } from "../../src/guards/grounding/lexicon/materials";
import { foldText, wordTokens } from "../../src/guards/grounding/text/fold-text";
import type { Span } from "./metrics";

/** A checker under test: given facts and text, the spans it reports as unsupported (undefined: no spans). */
export type GroundingSystem = {
  name: string;
  check(facts: string, text: string): { flagged: boolean; spans: Span[] | undefined };
};

export function aisleSystem(): GroundingSystem {
  const checker = createGroundingChecker();
  return {
    name: "aisle",
    check(facts, text) {
      const report = checker.check({ text, facts });
      return { flagged: !report.grounded, spans: report.unsupported.map(({ start, end }) => ({ start, end })) };
    },
  };
}

/**
 * The simple baseline: any number, or any single colour or material word of Aisle's vocabulary, in the text
 * that is not a token of the facts.
 */
export function tokenBaseline(): GroundingSystem {
  const vocabulary = new Set(
    [...builtInColourEntries, ...builtInMaterialEntries].flatMap((entry) => entry.forms).map(foldText).filter((form) => !form.includes(" ")),
  );
  const numberPattern = /\d+(?:[.,/]\d+)*/g;
  return {
    name: "baseline: token not in facts",
    check(facts, text) {
      const factNumbers = new Set(facts.match(numberPattern) ?? []);
      const factWords = new Set(wordTokens(facts).map((token) => token.folded));
      const spans: Span[] = [];
      for (const match of text.matchAll(numberPattern)) {
        if (!factNumbers.has(match[0])) spans.push({ start: match.index, end: match.index + match[0].length });
      }
      for (const token of wordTokens(text)) {
        if (vocabulary.has(token.folded) && !factWords.has(token.folded)) spans.push({ start: token.start, end: token.end });
      }
      return { flagged: spans.length > 0, spans };
    },
  };
}

/**
 * npm `llmverify` (offline heuristics): its speculative-facts signal counts capitalized words of the output
 * missing from the prompt. The facts are the prompt; a case is flagged when the signal is above zero. It
 * reports no spans.
 */
export function llmverifySystem(): GroundingSystem {
  return {
    name: "llmverify speculativeFacts",
    check(facts, text) {
      const signals = calculateHallucinationSignals(facts, text, undefined);
      return { flagged: signals.speculativeFactsScore > 0, spans: undefined };
    },
  };
}
