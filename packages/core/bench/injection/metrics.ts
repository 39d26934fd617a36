export type Scores = { precision: number; recall: number; f1: number };

export function scores(gold: readonly boolean[], predicted: readonly boolean[]): Scores {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  gold.forEach((positive, index) => {
    const flagged = predicted[index] === true;
    if (flagged && positive) truePositives++;
    else if (flagged) falsePositives++;
    else if (positive) falseNegatives++;
  });
  const precision = truePositives + falsePositives === 0 ? 0 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 0 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Share of benign texts flagged. */
export function falsePositiveRate(predicted: readonly boolean[]): number {
  return predicted.length === 0 ? 0 : predicted.filter(Boolean).length / predicted.length;
}

export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}
