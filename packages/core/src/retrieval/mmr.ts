/**
 * Maximal marginal relevance: picks `limit` items one at a time, each maximising
 * `lambda · relevance - (1 - lambda) · (highest similarity to an item already picked)`, so near-duplicates
 * (the same product in five colours) give way to different ones. Relevance is rescaled to [0, 1] first so that
 * `lambda` means the same whatever the scorer. Returns indices into `relevance`.
 */
export function selectDiverse(
  relevance: readonly number[],
  similarity: (first: number, second: number) => number,
  options: { limit: number; lambda: number },
): number[] {
  const count = relevance.length;
  const limit = Math.min(options.limit, count);
  if (limit === 0) return [];
  let best = Number.NEGATIVE_INFINITY;
  let worst = Number.POSITIVE_INFINITY;
  for (const score of relevance) {
    best = Math.max(best, score);
    worst = Math.min(worst, score);
  }
  // Non-negative scores keep their ratio to the best (min-max would give the weakest candidate no relevance at
  // all); scores that can be negative, like cosines, are rescaled between the extremes.
  const span = best - worst;
  const normalised = relevance.map((score) =>
    worst >= 0 ? (best > 0 ? score / best : 1) : span > 0 ? (score - worst) / span : 1,
  );
  const highestSimilarity = new Float64Array(count).fill(Number.NEGATIVE_INFINITY);
  const chosen = new Uint8Array(count);
  const picked: number[] = [];
  while (picked.length < limit) {
    let bestIndex = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let index = 0; index < count; index++) {
      if (chosen[index] === 1) continue;
      const redundancy = picked.length === 0 ? 0 : (highestSimilarity[index] as number);
      const value = options.lambda * (normalised[index] as number) - (1 - options.lambda) * redundancy;
      if (value > bestValue) {
        bestValue = value;
        bestIndex = index;
      }
    }
    chosen[bestIndex] = 1;
    picked.push(bestIndex);
    for (let index = 0; index < count; index++) {
      if (chosen[index] === 1) continue;
      const value = similarity(index, bestIndex);
      if (value > (highestSimilarity[index] as number)) highestSimilarity[index] = value;
    }
  }
  return picked;
}
