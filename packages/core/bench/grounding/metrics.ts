import type { GroundingCase } from "./load-cases";

export type Span = { start: number; end: number };

/** What a system reported for one case: the spans it flags as unsupported. */
export type Prediction = { flagged: boolean; spans: Span[] | undefined; ms: number };

export type Scores = {
  cases: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  /** Undefined when the system reports no spans. */
  spanPrecision: number | undefined;
  spanRecall: number | undefined;
  p50Ms: number;
  p95Ms: number;
};

/**
 * Case level: positive means "unsupported", a case is flagged when anything is reported. Span level: a
 * reported span is correct when it overlaps an occurrence of a listed substring; a listed substring is
 * found when a reported span overlaps one of its occurrences. Spans reported on supported cases are wrong.
 */
export function score(cases: readonly GroundingCase[], predictions: readonly Prediction[]): Scores {
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  let trueNegative = 0;
  let spansReported = 0;
  let spansCorrect = 0;
  let goldTotal = 0;
  let goldFound = 0;
  let hasSpans = true;
  cases.forEach((entry, index) => {
    const prediction = predictions[index] as Prediction;
    const positive = entry.label === "unsupported";
    if (prediction.flagged && positive) truePositive++;
    else if (prediction.flagged) falsePositive++;
    else if (positive) falseNegative++;
    else trueNegative++;
    if (prediction.spans === undefined) {
      hasSpans = false;
      return;
    }
    const gold = entry.unsupported.map((substring) => occurrences(entry.text, substring));
    goldTotal += gold.length;
    for (const spans of gold) if (spans.some((span) => prediction.spans?.some((found) => overlaps(found, span)))) goldFound++;
    for (const found of prediction.spans) {
      spansReported++;
      if (gold.some((spans) => spans.some((span) => overlaps(found, span)))) spansCorrect++;
    }
  });
  const precision = ratio(truePositive, truePositive + falsePositive);
  const recall = ratio(truePositive, truePositive + falseNegative);
  const latencies = predictions.map((prediction) => prediction.ms);
  return {
    cases: cases.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    accuracy: ratio(truePositive + trueNegative, cases.length),
    spanPrecision: hasSpans ? ratio(spansCorrect, spansReported) : undefined,
    spanRecall: hasSpans ? ratio(goldFound, goldTotal) : undefined,
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
  };
}

function occurrences(text: string, substring: string): Span[] {
  const spans: Span[] = [];
  if (substring === "") return spans;
  let position = text.indexOf(substring);
  while (position !== -1) {
    spans.push({ start: position, end: position + substring.length });
    position = text.indexOf(substring, position + 1);
  }
  return spans;
}

const overlaps = (left: Span, right: Span) => left.start < right.end && right.start < left.end;

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? 0 : numerator / denominator);

export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * (sorted.length - 1)))] as number;
}
