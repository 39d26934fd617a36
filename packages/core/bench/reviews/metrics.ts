export { accuracy, classF1, macroF1, percentile } from "../intent/metrics";

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
