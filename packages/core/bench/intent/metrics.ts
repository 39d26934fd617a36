export type Scores = { accuracy: number; macroF1: number; p50Ms: number };

export function accuracy(gold: string[], predicted: string[]): number {
  let correct = 0;
  gold.forEach((label, index) => {
    if (predicted[index] === label) correct++;
  });
  return correct / gold.length;
}

/** F1 of one class: how well the engine finds it (recall) without crying wolf (precision). */
export function classF1(gold: readonly string[], predicted: readonly string[], label: string): number {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  gold.forEach((goldLabel, index) => {
    const predictedLabel = predicted[index];
    if (predictedLabel === label && goldLabel === label) truePositives++;
    else if (predictedLabel === label) falsePositives++;
    else if (goldLabel === label) falseNegatives++;
  });
  const denominator = 2 * truePositives + falsePositives + falseNegatives;
  return denominator === 0 ? 0 : (2 * truePositives) / denominator;
}

/** Macro-F1 over the gold labels: every intent counts the same, however many rows it has. */
export function macroF1(gold: string[], predicted: string[]): number {
  const labels = [...new Set(gold)];
  let total = 0;
  for (const label of labels) total += classF1(gold, predicted, label);
  return total / labels.length;
}

export function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}
