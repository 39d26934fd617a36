/**
 * Ways to merge a lexical and a vector ranking:
 * - `rrf`: reciprocal rank fusion, `Σ 1 / (k + rank)`; needs no score calibration.
 * - `weighted`: each list's scores scaled to [0, 1] within this query (lexical by its best score, vector
 *   between its extremes), then `(1 - vectorWeight) · lexical + vectorWeight · vector`. Keeps how far apart
 *   candidates are, which ranks lose; it ranked better than RRF on the development benchmark.
 */
export type FusionMethod = "rrf" | "weighted";

/** Both scores of every candidate, in parallel arrays; a lexical score of 0 means no lexical match. */
export type FusionCandidates = { lexicalScores: Float64Array; vectorScores: Float64Array };

export type FusionOptions = { method: FusionMethod; rrfK: number; vectorWeight: number };

/** Fused scores, in candidate order. */
export function fuseScores(candidates: FusionCandidates, options: FusionOptions): Float64Array {
  const { lexicalScores, vectorScores } = candidates;
  const count = lexicalScores.length;
  const fused = new Float64Array(count);
  if (count === 0) return fused;
  const lexicalWeight = 1 - options.vectorWeight;
  if (options.method === "rrf") {
    const lexicalRanks = ranks(lexicalScores);
    const vectorRanks = ranks(vectorScores);
    for (let index = 0; index < count; index++) {
      const lexical = (lexicalScores[index] as number) > 0 ? 1 / (options.rrfK + (lexicalRanks[index] as number)) : 0;
      const vector = 1 / (options.rrfK + (vectorRanks[index] as number));
      fused[index] = 2 * (lexicalWeight * lexical + options.vectorWeight * vector);
    }
    return fused;
  }
  let bestLexical = 0;
  let bestVector = Number.NEGATIVE_INFINITY;
  let worstVector = Number.POSITIVE_INFINITY;
  for (let index = 0; index < count; index++) {
    bestLexical = Math.max(bestLexical, lexicalScores[index] as number);
    bestVector = Math.max(bestVector, vectorScores[index] as number);
    worstVector = Math.min(worstVector, vectorScores[index] as number);
  }
  const vectorSpan = bestVector - worstVector;
  const lexicalScale = bestLexical > 0 ? lexicalWeight / bestLexical : 0;
  const vectorScale = vectorSpan > 0 ? options.vectorWeight / vectorSpan : 0;
  for (let index = 0; index < count; index++) {
    fused[index] = (lexicalScores[index] as number) * lexicalScale + ((vectorScores[index] as number) - worstVector) * vectorScale;
  }
  return fused;
}

/** 1-based ranks by descending score; ties share the better rank. */
function ranks(scores: Float64Array): Float64Array {
  const order = Array.from(scores.keys()).sort((a, b) => (scores[b] as number) - (scores[a] as number));
  const result = new Float64Array(scores.length);
  let rank = 0;
  let previous = Number.NaN;
  order.forEach((index, position) => {
    const score = scores[index] as number;
    if (score !== previous) rank = position + 1;
    previous = score;
    result[index] = rank;
  });
  return result;
}
