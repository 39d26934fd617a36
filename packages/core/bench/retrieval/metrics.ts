/**
 * nDCG@k with gain `relevance - 1` (so a judged-irrelevant 1.0 and an unjudged product both gain 0) and a
 * log2 discount; the ideal ranking is the judged products by gain. Returns `undefined` for a query whose
 * judged products all gain 0: it has no ideal ranking, and the caller leaves it out of the mean.
 */
export function ndcgAt(k: number, ranked: readonly string[], judgments: ReadonlyMap<string, number>): number | undefined {
  const gains = [...judgments.values()].map((relevance) => relevance - 1).filter((gain) => gain > 0).sort((a, b) => b - a);
  if (gains.length === 0) return undefined;
  let ideal = 0;
  gains.slice(0, k).forEach((gain, index) => {
    ideal += gain / Math.log2(index + 2);
  });
  let actual = 0;
  ranked.slice(0, k).forEach((id, index) => {
    const gain = (judgments.get(id) ?? 1) - 1;
    if (gain > 0) actual += gain / Math.log2(index + 2);
  });
  return actual / ideal;
}

/** Share of the products judged relevant (relevance above 1) that appear in the top `k`; `undefined` if none. */
export function recallAt(k: number, ranked: readonly string[], judgments: ReadonlyMap<string, number>): number | undefined {
  const relevant = [...judgments].filter(([, relevance]) => relevance > 1).map(([id]) => id);
  if (relevant.length === 0) return undefined;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] as number;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}
