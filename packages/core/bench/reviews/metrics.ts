export { accuracy, macroF1, percentile } from "../intent/metrics";

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

export function recall(gold: readonly string[], predicted: readonly string[], label: string): number {
  let found = 0;
  let total = 0;
  gold.forEach((goldLabel, index) => {
    if (goldLabel !== label) return;
    total++;
    if (predicted[index] === label) found++;
  });
  return total === 0 ? 0 : found / total;
}
